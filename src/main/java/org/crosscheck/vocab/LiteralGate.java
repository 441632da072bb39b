package org.crosscheck.vocab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap test that a regular expression cannot match a text, so that it need not be run. From the pattern it
 * derives a set of literals one of which every match holds ({@code \b(?:last|next)\s+weekend\b} gives "weekend";
 * {@code \bagreed\b|\bcleared\b} gives "agreed" and "cleared"); a text holding none of them, case folded, cannot
 * match. When the literals are prefixes of every match, no match starts before the first occurrence of one, and the
 * search starts there. Java's regex engine tries every alternative at every position, which makes alternations of
 * cue words the most expensive part of reading a sentence; an {@code indexOf} per literal is not.
 *
 * <p>The derivation follows the known-literals analysis of regex indexers (exact strings, prefixes, suffixes and
 * required factors of each subexpression, combined through concatenation, alternation and repetition). It is
 * conservative: literals use only ASCII characters and caseless punctuation and symbols, compared after
 * {@link #fold}, and any construct it does not follow (a class of many characters, {@code .}, {@code \s}, a
 * back-reference, an unknown syntax) holds no literal. A pattern for which no literal is necessary is ungated and
 * always runs. Besides the literals it starts at, a text must also hold one of each of a few more sets that every
 * match needs ({@code \$\d+} needs "$" and a digit). A {@code \b} or {@code \s} beside a literal's letter or
 * digit bounds it: "min" of {@code \s+min} is then looked for only where no letter, digit or underscore precedes
 * it. Immutable and thread-safe.
 */
public final class LiteralGate {
    /**
     * More literals than this are cut shorter, which merges them: each costs a scan of the text, which is cheap
     * ({@code indexOf} is vectorised) only while they are few.
     */
    private static final int MAX_LITERALS = 24;
    /** Longer literals are cut: a longer one is rarely more selective. */
    private static final int MAX_LENGTH = 12;
    /** Up to this many exact strings of a subexpression are kept to combine with its neighbours. */
    private static final int MAX_EXACT = 64;
    /** Products of exact strings larger than this are not formed. */
    private static final int MAX_PRODUCT = 4096;
    /** How many sets of necessary literals a gate tests, the most selective first. */
    private static final int MAX_SETS = 3;
    /** Character classes up to this size count as a choice of literals ({@code [12]}, {@code \d}). */
    private static final int MAX_CLASS = 10;
    private static final Set<String> NONE = Set.of("");
    private static final int UNSUPPORTED_FLAGS = Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ;

    /**
     * Stands in a derived literal for a word boundary ({@code \b}) or a whitespace character ({@code \s}): the
     * character on that side of the literal's text is no word character. A private-use character, which no
     * pattern literal holds ({@link #safe}).
     */
    private static final char EDGE = '\uE000';
    private static final String EDGE_ONLY = String.valueOf(EDGE);

    /**
     * A literal as searched: its text, and whether the character before (after) an occurrence must not be a word
     * character, as a {@code \b} or {@code \s} beside a letter or digit of the pattern demands. "min" of
     * {@code \s+(?:min|sec)\b} then does not open the gate on "minister", nor "day" of {@code \bday} on "today".
     */
    private record Literal(String text, boolean before, boolean after) {
        static Literal of(String marked) {
            int from = 0;
            int to = marked.length();
            while (from < to && marked.charAt(from) == EDGE) {
                from++;
            }
            while (to > from && marked.charAt(to - 1) == EDGE) {
                to--;
            }
            String text = marked.substring(from, to).replace(EDGE_ONLY, "");
            return new Literal(text, from > 0 && word(text.charAt(0)), to < marked.length()
                    && word(text.charAt(text.length() - 1)));
        }

        /** Where the literal next occurs in the folded text from {@code from} on, or -1. */
        int in(String folded, int from) {
            for (int at = folded.indexOf(text, from); at >= 0; at = folded.indexOf(text, at + 1)) {
                int end = at + text.length();
                if ((!before || at == 0 || !word(folded.charAt(at - 1)))
                        && (!after || end == folded.length() || !word(folded.charAt(end)))) {
                    return at;
                }
            }
            return -1;
        }

        /**
         * An ASCII letter, digit or underscore: a word character to every {@code \b} whatever the flags (folding
         * takes no other character to one but letters). Any other character may stand beside a boundary.
         */
        private static boolean word(char c) {
            return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
        }
    }

    private final Pattern pattern;
    /** The literals, folded; {@code null} when the pattern is ungated. */
    private final Literal[] literals;
    /** Whether every match starts with one of the literals. */
    private final boolean prefixes;
    /** Further sets of literals, one of each of which every match holds. */
    private final Literal[][] also;

    private LiteralGate(Pattern pattern, Literal[] literals, boolean prefixes, Literal[][] also) {
        this.pattern = pattern;
        this.literals = literals;
        this.prefixes = prefixes;
        this.also = also;
    }

    private static LiteralGate ungated(Pattern pattern) {
        return new LiteralGate(pattern, null, false, new Literal[0][]);
    }

    private static Literal[] literals(Set<String> marked) {
        return marked.stream().map(Literal::of).distinct().toArray(Literal[]::new);
    }

    /** The gate of a pattern; ungated when no literal is necessary to a match or the syntax is not followed. */
    public static LiteralGate of(Pattern pattern) {
        if ((pattern.flags() & UNSUPPORTED_FLAGS) != 0) {
            return ungated(pattern);
        }
        Info info;
        try {
            info = alternation(new Parser(pattern.pattern(),
                    (pattern.flags() & Pattern.UNICODE_CHARACTER_CLASS) != 0).parse());
        } catch (Unsupported e) {
            return ungated(pattern);
        }
        Set<String> prefix = cap(info.prefix, false);
        boolean byPrefix = better(prefix, info.match()) >= 0;
        Set<String> chosen = byPrefix ? prefix : info.match();
        if (blank(chosen)) {
            return ungated(pattern);
        }
        Literal[][] also = info.required.stream().filter(r -> !r.equals(chosen)).map(LiteralGate::literals)
                .toArray(Literal[][]::new);
        return new LiteralGate(pattern, literals(chosen), byPrefix, also);
    }

    /** Compiles and gates a pattern. */
    public static LiteralGate compile(String regex, int flags) {
        return of(Pattern.compile(regex, flags));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the pattern has necessary literals; an ungated one always runs. */
    public boolean isGated() {
        return literals != null;
    }

    /** The folded literals one of which every match holds, empty when ungated. */
    public List<String> literals() {
        return literals == null ? List.of() : Arrays.stream(literals).map(Literal::text).distinct().toList();
    }

    /** Further sets of folded literals, one of each of which every match holds. */
    public List<List<String>> alsoRequired() {
        return Arrays.stream(also).map(set -> Arrays.stream(set).map(Literal::text).distinct().toList()).toList();
    }

    /** Whether every match starts with one of the {@link #literals}. */
    public boolean byPrefix() {
        return prefixes;
    }

    /**
     * The text case folded as the regex engine compares characters case-insensitively (also with
     * {@code UNICODE_CASE}: the dotted capital I, the long s and the Kelvin sign fold to ASCII letters), one
     * character for one, so that offsets into it are offsets into the text.
     */
    public static String fold(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
            if (f != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * The earliest offset a match can start at in the text whose {@link #fold} is given: 0 when ungated or when the
     * literals are not prefixes and one occurs, -1 when no match is possible.
     */
    public int firstCandidate(String folded) {
        if (literals == null) {
            return 0;
        }
        int first = -1;
        for (Literal literal : literals) {
            int at = literal.in(folded, 0);
            if (at >= 0) {
                if (!prefixes) {
                    first = 0;
                    break;
                }
                if (first < 0 || at < first) {
                    first = at;
                }
            }
        }
        for (int i = 0; i < also.length && first >= 0; i++) {
            if (!holdsOne(folded, also[i])) {
                first = -1;
            }
        }
        return first;
    }

    private static boolean holdsOne(String folded, Literal[] literals) {
        for (Literal literal : literals) {
            if (literal.in(folded, 0) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pattern may match the text whose {@link #fold} is given. */
    public boolean mayMatch(String folded) {
        return firstCandidate(folded) >= 0;
    }

    /**
     * A matcher over the text whose {@code find} sees the same matches as the pattern's own matcher, set to start
     * at the first candidate (with transparent, non-anchoring bounds, so that look-behinds and word boundaries see
     * the text before it); {@code null} when the pattern cannot match.
     *
     * @param text   the text
     * @param folded {@link #fold} of the text
     */
    public Matcher matcher(String text, String folded) {
        int from = firstCandidate(folded);
        if (from < 0) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        if (from > 0) {
            m.useTransparentBounds(true).useAnchoringBounds(false).region(from, text.length());
        }
        return m;
    }

    @Override
    public String toString() {
        return pattern.pattern() + (literals == null ? " (ungated)"
                : (prefixes ? " starts with one of " : " holds one of ") + shown(literals)
                + (also.length == 0 ? "" : " and one of each of " + Arrays.stream(also).map(LiteralGate::shown)
                .toList()));
    }

    /** Literals as a list, {@code \b} marking a side that must be no word character. */
    private static String shown(Literal[] literals) {
        return Arrays.stream(literals).map(l -> (l.before() ? "\\b" : "") + l.text() + (l.after() ? "\\b" : ""))
                .toList().toString();
    }

    // ---- derivation

    /**
     * What is known of the strings a subexpression matches, folded: all of them when few ({@code exact}, else
     * {@code null}), and sets one of which each starts with, ends with, and holds. A set holding "" tells nothing.
     */
    private record Info(Set<String> exact, Set<String> prefix, Set<String> suffix, List<Set<String>> required) {
        /** The most selective set one of which every match holds. */
        Set<String> match() {
            return required.isEmpty() ? NONE : required.get(0);
        }
    }

    private static final Info ANY = new Info(null, NONE, NONE, List.of());
    private static final Info EMPTY = new Info(NONE, NONE, NONE, List.of());

    /** The most selective of some sets every match needs one literal of, capped, without those telling nothing. */
    @SafeVarargs
    private static List<Set<String>> strongest(Collection<Set<String>>... groups) {
        List<Set<String>> all = new ArrayList<>();
        for (Collection<Set<String>> group : groups) {
            for (Set<String> set : group) {
                Set<String> capped = cap(set, false);
                if (!blank(capped) && !all.contains(capped)) {
                    all.add(capped);
                }
            }
        }
        all.sort((a, b) -> better(b, a));
        // A set that a more selective one implies ("in" after "in" with a space after it) tests nothing more.
        List<Set<String>> kept = new ArrayList<>();
        for (Set<String> set : all) {
            if (kept.size() < MAX_SETS && kept.stream().noneMatch(k -> implies(k, set))) {
                kept.add(set);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * Whether every literal of {@code a} holds one of {@code b}, with its boundaries (or holds its text, when it
     * has none): a text holding a literal of a holds one of b.
     */
    private static boolean implies(Set<String> a, Set<String> b) {
        for (String x : a) {
            String text = x.replace(EDGE_ONLY, "");
            if (b.stream().noneMatch(y -> y.indexOf(EDGE) < 0 ? text.contains(y) : x.contains(y))) {
                return false;
            }
        }
        return true;
    }

    private static Info exactly(Set<String> exact) {
        boolean small = exact.size() <= MAX_EXACT && exact.stream().allMatch(s -> s.length() <= MAX_LENGTH * 2);
        if (small) {
            return new Info(exact, exact, exact, strongest(List.of(exact)));
        }
        Set<String> prefix = cap(exact, false);
        Set<String> suffix = cap(exact, true);
        return new Info(null, prefix, suffix, strongest(List.of(best(prefix, suffix))));
    }

    private static Info alternation(List<List<Node>> alternatives) {
        Info out = null;
        for (List<Node> alternative : alternatives) {
            Info seq = EMPTY;
            for (Node node : alternative) {
                seq = concat(seq, info(node));
            }
            out = out == null ? seq : union(out, seq);
        }
        return out;
    }

    private static Info info(Node node) {
        Info once = switch (node.kind) {
            case ZERO_WIDTH -> EMPTY;
            case EDGE -> exactly(Set.of(EDGE_ONLY));
            case SPACE -> new Info(null, Set.of(EDGE_ONLY), Set.of(EDGE_ONLY), List.of());
            case OPAQUE -> ANY;
            case GROUP -> alternation(node.alternatives);
            case CHARS -> {
                Set<String> chars = new LinkedHashSet<>();
                for (char c : node.chars) {
                    chars.add(String.valueOf(c));
                }
                yield exactly(chars);
            }
        };
        if (node.kind == Kind.ZERO_WIDTH || node.kind == Kind.EDGE || node.min == 1 && node.max == 1) {
            return once;
        }
        if (node.min == 0) {
            if (node.max == 1 && once.exact != null) {
                Set<String> optional = new LinkedHashSet<>(once.exact);
                optional.add("");
                return exactly(optional);
            }
            return ANY;
        }
        return new Info(null, once.prefix, once.suffix, once.required);
    }

    private static Info concat(Info x, Info y) {
        if (x.exact != null && y.exact != null && (long) x.exact.size() * y.exact.size() <= MAX_PRODUCT) {
            Info joined = exactly(product(x.exact, y.exact));
            if (joined.exact != null) {
                return joined;
            }
            return new Info(null, joined.prefix, joined.suffix, strongest(joined.required, x.required, y.required));
        }
        Set<String> prefix = x.exact != null ? productOrCut(x.exact, y.prefix, false) : x.prefix;
        Set<String> suffix = y.exact != null ? productOrCut(x.suffix, y.exact, true) : y.suffix;
        Set<String> junction = productOrCut(x.suffix, y.prefix, false);
        return new Info(null, prefix, suffix, strongest(x.required, y.required, List.of(junction, prefix, suffix)));
    }

    /** The products' strings, cut to prefixes (or suffixes) when too many; the one side alone when far too many. */
    private static Set<String> productOrCut(Set<String> a, Set<String> b, boolean suffixes) {
        if ((long) a.size() * b.size() > MAX_PRODUCT) {
            return cap(suffixes ? b : a, suffixes);
        }
        return cap(product(a, b), suffixes);
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : a) {
            for (String t : b) {
                // two boundaries side by side are one
                out.add(!s.isEmpty() && !t.isEmpty() && s.charAt(s.length() - 1) == EDGE && t.charAt(0) == EDGE
                        ? s + t.substring(1) : s + t);
            }
        }
        return out;
    }

    private static Info union(Info x, Info y) {
        if (x.exact != null && y.exact != null) {
            Set<String> all = new LinkedHashSet<>(x.exact);
            all.addAll(y.exact);
            return exactly(all);
        }
        // each pair of a set every match of x needs and one every match of y needs: "in" or "from" of one
        // alternative and the other, and the units both count
        List<Set<String>> pairs = new ArrayList<>();
        for (Set<String> a : x.required) {
            for (Set<String> b : y.required) {
                pairs.add(union(a, b));
            }
        }
        return new Info(null, cap(union(x.prefix, y.prefix), false), cap(union(x.suffix, y.suffix), true),
                strongest(pairs));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * The set without strings that start (end) with another of it, which occurs wherever they do, cut at the end
     * (start) while there are too many or they are too long; a cut literal is as necessary as the whole.
     */
    private static Set<String> cap(Set<String> literals, boolean suffixes) {
        if (blank(literals)) {
            return NONE;
        }
        Set<String> out = literals;
        int longest = MAX_LENGTH + 1;
        while (true) {
            Set<String> cut = new LinkedHashSet<>();
            for (String s : out) {
                cut.add(s.length() < longest ? s : suffixes ? s.substring(s.length() - longest + 1)
                        : s.substring(0, longest - 1));
            }
            out = minimal(cut, suffixes);
            if (blank(out)) {
                return NONE;
            }
            if (out.size() <= MAX_LITERALS) {
                return out;
            }
            longest = out.stream().mapToInt(String::length).max().orElse(0);
            if (longest <= 1) {
                return NONE;
            }
        }
    }

    private static Set<String> minimal(Set<String> literals, boolean suffixes) {
        List<String> sorted = new ArrayList<>(literals);
        sorted.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        Set<String> kept = new LinkedHashSet<>();
        for (String s : sorted) {
            boolean covered = false;
            for (int k = 1; k < s.length() && !covered; k++) {
                covered = kept.contains(suffixes ? s.substring(s.length() - k) : s.substring(0, k));
            }
            if (!covered) {
                kept.add(s);
            }
        }
        return kept;
    }

    /** Whether a set holds a literal of no text (only boundaries, or none), which every text holds. */
    private static boolean blank(Set<String> literals) {
        for (String s : literals) {
            if (length(s) == 0) {
                return true;
            }
        }
        return false;
    }

    private static int edges(Set<String> literals) {
        int n = 0;
        for (String s : literals) {
            n += s.length() - length(s);
        }
        return n;
    }

    /** The characters of a literal's text, boundaries not counted. */
    private static int length(String literal) {
        int n = 0;
        for (int i = 0; i < literal.length(); i++) {
            if (literal.charAt(i) != EDGE) {
                n++;
            }
        }
        return n;
    }

    /** The most selective of some sets of necessary literals: the longest shortest literal, then the fewest. */
    @SafeVarargs
    private static Set<String> best(Set<String>... candidates) {
        Set<String> best = NONE;
        for (Set<String> c : candidates) {
            Set<String> capped = cap(c, false);
            if (better(capped, best) > 0) {
                best = capped;
            }
        }
        return best;
    }

    /** Positive when {@code a} is more selective than {@code b}, 0 when as selective. */
    private static int better(Set<String> a, Set<String> b) {
        int shortestA = blank(a) ? 0 : a.stream().mapToInt(LiteralGate::length).min().orElse(0);
        int shortestB = blank(b) ? 0 : b.stream().mapToInt(LiteralGate::length).min().orElse(0);
        if (shortestA != shortestB) {
            return Integer.compare(shortestA, shortestB);
        }
        if (shortestA == 0) {
            return 0;
        }
        // as many literals as long: the one with more sides bounded opens on fewer texts
        return b.size() != a.size() ? Integer.compare(b.size(), a.size()) : Integer.compare(edges(a), edges(b));
    }

    // ---- a parser for the part of Java's regex syntax the derivation needs

    /** EDGE: {@code \b}; SPACE: one whitespace character ({@code \s}), neither a word character. */
    private enum Kind { CHARS, GROUP, ZERO_WIDTH, OPAQUE, EDGE, SPACE }

    /** A regex atom with its repetition; {@code chars} are the folded characters it may match (CHARS only). */
    private static final class Node {
        final Kind kind;
        final char[] chars;
        final List<List<Node>> alternatives;
        int min = 1;
        int max = 1;

        Node(Kind kind, char[] chars, List<List<Node>> alternatives) {
            this.kind = kind;
            this.chars = chars;
            this.alternatives = alternatives;
        }

        static Node chars(char... chars) {
            return new Node(Kind.CHARS, chars, null);
        }

        static Node of(Kind kind) {
            return new Node(kind, null, null);
        }
    }

    /** Thrown for syntax the parser does not follow; the pattern is then ungated. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class Parser {
        private final String re;
        private final boolean unicodeClasses;
        private int pos;

        Parser(String re, boolean unicodeClasses) {
            this.re = re;
            this.unicodeClasses = unicodeClasses;
        }

        List<List<Node>> parse() {
            List<List<Node>> top = alternation();
            if (pos != re.length()) {
                throw new Unsupported();
            }
            return top;
        }

        private List<List<Node>> alternation() {
            List<List<Node>> alternatives = new ArrayList<>();
            List<Node> current = new ArrayList<>();
            alternatives.add(current);
            while (pos < re.length()) {
                char c = re.charAt(pos);
                if (c == ')') {
                    break;
                }
                if (c == '|') {
                    pos++;
                    current = new ArrayList<>();
                    alternatives.add(current);
                    continue;
                }
                if (c == '\\' && re.startsWith("\\Q", pos)) {
                    quoted(current);
                    continue;
                }
                Node atom = atom();
                quantifier(atom);
                current.add(atom);
            }
            return alternatives;
        }

        /** {@code \Q...\E}: every character literal; a quantifier after it repeats the last one. */
        private void quoted(List<Node> into) {
            pos += 2;
            int end = re.indexOf("\\E", pos);
            String text = re.substring(pos, end < 0 ? re.length() : end);
            pos = end < 0 ? re.length() : end + 2;
            for (int i = 0; i < text.length(); i++) {
                into.add(literal(text.charAt(i)));
            }
            if (!text.isEmpty()) {
                quantifier(into.get(into.size() - 1));
            }
        }

        private Node atom() {
            char c = re.charAt(pos++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '\\':
                    return escape();
                case '.':
                    return Node.of(Kind.OPAQUE);
                case '^':
                case '$':
                    return Node.of(Kind.ZERO_WIDTH);
                case '?':
                case '*':
                case '+':
                case '{':
                case ']':
                    throw new Unsupported();
                default:
                    return literal(c);
            }
        }

        private static Node literal(char c) {
            return safe(c) ? Node.chars(fold(c)) : Node.of(Kind.OPAQUE);
        }

        private Node group() {
            Kind kind = Kind.GROUP;
            if (re.startsWith("?", pos)) {
                pos++;
                if (re.startsWith(":", pos) || re.startsWith(">", pos)) {
                    pos++;
                } else if (re.startsWith("=", pos) || re.startsWith("!", pos)) {
                    pos++;
                    kind = Kind.ZERO_WIDTH;
                } else if (re.startsWith("<=", pos) || re.startsWith("<!", pos)) {
                    pos += 2;
                    kind = Kind.ZERO_WIDTH;
                } else if (re.startsWith("<", pos)) {
                    int close = re.indexOf('>', pos);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    pos = close + 1;
                } else {
                    // inline flags, (?i) or (?i:...); comments mode, Unicode classes and canonical equivalence
                    // change what the text of the pattern means
                    while (pos < re.length() && "idmsu-".indexOf(re.charAt(pos)) >= 0) {
                        pos++;
                    }
                    if (re.startsWith(")", pos)) {
                        pos++;
                        return Node.of(Kind.ZERO_WIDTH);
                    }
                    if (!re.startsWith(":", pos)) {
                        throw new Unsupported();
                    }
                    pos++;
                }
            }
            List<List<Node>> inner = alternation();
            if (!re.startsWith(")", pos)) {
                throw new Unsupported();
            }
            pos++;
            return kind == Kind.ZERO_WIDTH ? Node.of(Kind.ZERO_WIDTH) : new Node(Kind.GROUP, null, inner);
        }

        /** A class of a few literal characters and ranges ({@code [12]}, {@code [0-3]}); anything else is opaque. */
        private Node charClass() {
            int start = pos;
            int depth = 1;
            if (re.startsWith("]", pos) || re.startsWith("^]", pos)) {
                throw new Unsupported();
            }
            while (pos < re.length() && depth > 0) {
                char c = re.charAt(pos++);
                if (c == '\\') {
                    if (re.startsWith("Q", pos)) {
                        throw new Unsupported();
                    }
                    pos++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
            }
            if (depth > 0) {
                throw new Unsupported();
            }
            String body = re.substring(start, pos - 1);
            StringBuilder chars = new StringBuilder();
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                boolean alphanumeric = c < 128 && Character.isLetterOrDigit(c);
                if (!alphanumeric && (c < 128 || !safe(c))) {
                    return Node.of(Kind.OPAQUE);
                }
                if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                    char to = body.charAt(i + 2);
                    if (!alphanumeric || !Character.isLetterOrDigit(to) || to >= 128 || to < c || to - c >= MAX_CLASS) {
                        return Node.of(Kind.OPAQUE);
                    }
                    for (char x = c; x <= to; x++) {
                        chars.append(x);
                    }
                    i += 2;
                } else {
                    chars.append(c);
                }
            }
            // Both cases of a letter: a class is matched case-insensitively under the flags, and the chars fold
            return choice(chars);
        }

        private static Node choice(CharSequence chars) {
            StringBuilder folded = new StringBuilder();
            for (int i = 0; i < chars.length(); i++) {
                char f = fold(chars.charAt(i));
                if (folded.indexOf(String.valueOf(f)) < 0) {
                    folded.append(f);
                }
            }
            if (folded.length() == 0 || folded.length() > MAX_CLASS) {
                return Node.of(Kind.OPAQUE);
            }
            return Node.chars(folded.toString().toCharArray());
        }

        private Node escape() {
            if (pos >= re.length()) {
                throw new Unsupported();
            }
            char c = re.charAt(pos++);
            if (!Character.isLetterOrDigit(c)) {
                return literal(c);
            }
            switch (c) {
                case 'b':
                case 'B':
                    if (re.startsWith("{", pos)) {
                        throw new Unsupported();
                    }
                    return Node.of(c == 'b' ? Kind.EDGE : Kind.ZERO_WIDTH);
                case 's':
                    return Node.of(Kind.SPACE);
                case 'A':
                case 'z':
                case 'Z':
                    return Node.of(Kind.ZERO_WIDTH);
                case 'd':
                    return unicodeClasses ? Node.of(Kind.OPAQUE) : choice("0123456789");
                case 'p':
                case 'P':
                case 'x':
                case 'N':
                    if (re.startsWith("{", pos)) {
                        int close = re.indexOf('}', pos);
                        if (close < 0) {
                            throw new Unsupported();
                        }
                        pos = close + 1;
                    } else if (c == 'p' || c == 'P') {
                        pos++;
                    } else if (c == 'x') {
                        pos += 2;
                    } else {
                        throw new Unsupported();
                    }
                    return Node.of(Kind.OPAQUE);
                case 'k':
                    int close = re.indexOf('>', pos);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    pos = close + 1;
                    return Node.of(Kind.OPAQUE);
                case 'G':
                    // relative to the previous match, which a region start would move
                    throw new Unsupported();
                case 'u':
                case 'c':
                case '0':
                case '1':
                case '2':
                case '3':
                case '4':
                case '5':
                case '6':
                case '7':
                case '8':
                case '9':
                    // \u2019, \cI, \0101 and back-references run on into the characters that follow, which
                    // would otherwise be read as literals the text must hold
                    throw new Unsupported();
                default:
                    // \s \w \D \t and the like: one character each
                    return Node.of(Kind.OPAQUE);
            }
        }

        private void quantifier(Node atom) {
            if (pos >= re.length()) {
                return;
            }
            char c = re.charAt(pos);
            int min;
            int max;
            if (c == '?' || c == '*' || c == '+') {
                pos++;
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : Integer.MAX_VALUE;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                String[] bounds = re.substring(pos + 1, close).split(",", -1);
                try {
                    min = Integer.parseInt(bounds[0]);
                    max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE
                            : Integer.parseInt(bounds[1]);
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
                if (bounds.length > 2) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else {
                return;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++;
            }
            if (pos < re.length() && "?*+{".indexOf(re.charAt(pos)) >= 0) {
                throw new Unsupported();
            }
            atom.min = Math.min(atom.min, min) == 0 ? 0 : 1;
            atom.max = max == 1 && atom.max == 1 ? 1 : 2;
        }
    }

    /**
     * Characters a literal may hold: printable ASCII, and punctuation and currency or math symbols without case
     * ({@code \u2014}, {@code \u20ac}). Case mappings relate letters (and a few letter-like symbols) only, so no
     * other character folds to one of these but the four ASCII letters {@link #fold} takes care of.
     */
    private static boolean safe(char c) {
        if (c < 128) {
            return c >= ' ' && c < 127;
        }
        boolean caseless = Character.toUpperCase(c) == c && Character.toLowerCase(c) == c
                && Character.toTitleCase(c) == c;
        return caseless && switch (Character.getType(c)) {
            case Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.CONNECTOR_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.CURRENCY_SYMBOL, Character.MATH_SYMBOL -> true;
            default -> false;
        };
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
