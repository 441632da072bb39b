package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.Claim;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.WordSenses;
import org.crosscheck.time.TimeExpression;
import org.crosscheck.vocab.LiteralGate;

/**
 * Reads editions and firsts. Emits (kind ORDINAL):
 * <ul>
 * <li>{@code ordinal}: "the Nth X" and "X-IV" (a Roman numeral after a capitalised name) next to an event word;
 * value the edition number; "first" is not read as an edition, since "the first visit in years" is no edition;</li>
 * <li>{@code first}: {@code FIRST_EVER} for "first-ever X", "first ever X", "for the first time ever", "maiden X";
 * {@code FIRST_IN_N_YEARS} (detail N) for "first ... in N years/decades"; {@code FIRST} for "for the first time"
 * and "the first X"; the detail says which first when the sentence says so ({@code hosting}: "hosts for the first
 * time"; {@code taking part}: "takes part for the first time");</li>
 * <li>{@code previous}: "the previous X was in YEAR", "last such X took place in YEAR", "the first X since YEAR";
 * value the year, from the time expression after the cue, else from a four-digit year.</li>
 * <li>{@code ordinal} claims for every form of an edition: "the Nth X", "the Nth edition of X", "X-IV", "X VI",
 * "X 5"; detail {@code headline} when read from the article's headline.</li>
 * </ul>
 * The subject is the governing event; for "previous", the event other than the previous instance, else the
 * {@code *} key.
 */
public final class OrdinalExtractor implements Extractor {
    private static final Pattern FEW_WORDS = Pattern.compile("(?:\\s+[\\p{L}-]+){0,2}\\s+");
    private static final Pattern DIGITS_SUFFIXED = Pattern.compile("\\d+\\p{L}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** At most four words and no punctuation between a "first" phrase and the event word it modifies. */
    private static final Pattern FEW_WORDS_AHEAD = Pattern.compile("(?:\\s*[\\p{L}\\d'\u2019-]+){0,4}\\s*");
    public static final String NAME = "ordinal";
    private static final Pattern ORDINAL = Pattern.compile("(?i)(?<![\\p{L}\\d-])(" + Numbers.ORDINAL
            + ")(?![\\p{L}\\d])");
    private static final Pattern ROMAN = Pattern.compile("\\p{Lu}[\\p{L}]+[- ]([IVXLC]{2,6})(?![\\p{L}\\d])");
    private static final LiteralGate FIRST_EVER =
            LiteralGate.compile("(?i)\\bfirst[- ]ever\\b|\\bfor the first time[- ]ever\\b"
                    + "|\\bfor the first time in (?:its |their )?history\\b", 0);
    private static final LiteralGate FIRST_IN =
            LiteralGate.compile("(?i)\\bfirst\\b[^.;]{0,60}?\\bin (?:(?:more than|over|"
                    + "almost|nearly|about) )?(\\d+|" + Numbers.CARDINAL_WORD + ") (years|decades)\\b", 0);
    private static final Pattern FIRST_WORD = Pattern.compile("(?i)\\bfirst\\b");
    private static final LiteralGate FIRST_TIME = LiteralGate.compile("(?i)\\bfor the first time\\b", 0);
    private static final Pattern FIRST_BEFORE_EVENT = Pattern.compile("(?i)\\bfirst\\b(?:\\s+[\\p{L}-]+){0,3}?\\s*$");
    private static final Pattern PREVIOUS = Pattern.compile("(?i)\\b(?:previous|last|preceding|earlier)\\s+(?:such\\s+)?"
            + "$");
    private static final LiteralGate FIRST_SINCE = LiteralGate.compile("(?i)\\bfirst\\b[^.;]{0,60}?\\bsince "
            + "(1[89]\\d{2}|20\\d{2})\\b", 0);
    private static final Pattern MAIDEN = Pattern.compile("(?i)(?<![\\p{L}])maiden(?![\\p{L}])");
    /** Characters either side of a first phrase in which its role is read. */
    private static final int ROLE_REACH = 60;
    private static final Pattern HOSTING = Pattern.compile("(?i)(?<![\\p{L}])(?:host|hosts|hosted|hosting|host "
            + "country|home soil)(?![\\p{L}])");
    private static final Pattern TAKING_PART = Pattern.compile("(?i)(?<![\\p{L}])(?:take part|takes part|took part"
            + "|taking part|participat\\p{L}*|join(?:s|ed|ing)?|compet\\p{L}*|qualif\\p{L}*|attend\\p{L}*)"
            + "(?![\\p{L}])");
    /** How far either side of an event word its edition number is looked for. */
    private static final int EDITION_REACH = 80;
    private static final Pattern EDITION_WORD = Pattern.compile("(?<![\\p{L}\\d])(?:\\p{L}+|\\d{1,3}(?:st|nd|rd|th)?"
            + "|[IVXLC]{1,6})(?![\\p{L}\\d])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d{2}|20\\d{2})(?!\\d)");
    /** Tokens between the one ranked and the infinitive of the feat ("the second man after Sir Geoff Hurst to"). */
    private static final int RANK_REACH = 9;
    private static final java.util.Set<String> RANK_FROM = java.util.Set.of("after", "since", "besides");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]");
    private static final java.util.Set<String> RANKED_FILES = java.util.Set.of("noun.person", "noun.group");

    private final EventFinder events;
    private final ModalityDetector modality;

    public OrdinalExtractor(EventFinder events, ModalityDetector modality) {
        this.events = events;
        this.modality = modality;
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        String text = context.sentence().text();
        List<EventFinder.Mention> mentions = events.find(context);
        List<Claim> out = new ArrayList<>();
        for (EventFinder.Mention e : mentions) {
            String before = text.substring(Math.max(0, e.start() - 40), e.start());
            Matcher o = ORDINAL.matcher(before);
            int last = -1;
            int lastEnd = -1;
            String lastText = "";
            while (o.find()) {
                last = o.start();
                lastEnd = o.end();
                lastText = o.group(1);
            }
            if (last >= 0 && FEW_WORDS.matcher(before.substring(lastEnd)).matches()) {
                OptionalInt n = Numbers.ordinal(lastText);
                int at = e.start() - before.length() + last;
                if (n.isPresent() && (n.getAsInt() > 1 || DIGITS_SUFFIXED.matcher(lastText).matches())) {
                    out.add(ordinal(context, e, text, at, e.end(), n.getAsInt()));
                }
            }
        }
        Matcher r = ROMAN.matcher(text);
        while (r.find()) {
            OptionalInt n = Numbers.roman(r.group(1));
            EventFinder.Mention e = near(mentions, r.start(), r.end(), text);
            if (n.isPresent() && e != null) {
                out.add(ordinal(context, e, text, r.start(), r.end(), n.getAsInt()));
            }
        }
        // Every other form of an edition the event finder read ("the third edition of X", "X 5", "X-IV"): one
        // ordinal claim per mention numbered but not yet claimed.
        for (EventFinder.Mention e : mentions) {
            int n = e.frame().edition();
            // "their first joint exercise" is edition 1 to grouping and a first claim below: "first" is no number.
            boolean first = n == 1 && FIRST_WORD.matcher(text.substring(Math.max(0, e.start() - EDITION_REACH),
                    e.start())).find();
            if (n <= 0 || first || out.stream().anyMatch(c -> c.attribute().equals(ClaimConventions.ORDINAL)
                    && c.number() == n && c.start() <= context.fileOffset(e.end() + EDITION_REACH)
                    && c.end() >= context.fileOffset(Math.max(0, e.start() - EDITION_REACH)))) {
                continue;
            }
            int[] at = editionText(text, e, n);
            out.add(ordinal(context, e, text, Math.min(at[0], e.start()), Math.max(at[1], e.end()), n));
        }
        firsts(context, mentions, text, out);
        previous(context, mentions, text, out);
        ranks(context, mentions, out);
        return out;
    }

    /**
     * "the first player ever to score a hat-trick in the World Cup final", "the second man after Geoff Hurst to
     * score a World Cup final hat-trick": where one who did a feat stands among all who did it. A {@code rank} claim
     * of the sentence's event: value the rank, detail the feat's head noun without its spelling marks
     * ({@code hattrick} for "hat-trick", "hattrick"). The one ranked is a person or a group (WordNet), the feat an
     * infinitive with its object; a feat joined to another ("to score a hattrick and be on the losing side") is a
     * rarer one, not read.
     */
    private void ranks(SentenceContext context, List<EventFinder.Mention> mentions, List<Claim> out) {
        List<Token> tokens = context.tokens();
        for (int i = 1; i + 3 < tokens.size(); i++) {
            Token ord = tokens.get(i);
            OptionalInt n = ord.tag() == Tag.ADJ || ord.tag() == Tag.NOUN ? Numbers.ordinal(ord.lower())
                    : OptionalInt.empty();
            if (n.isEmpty() || !tokens.get(i - 1).lower().equals("the") || !ranked(tokens.get(i + 1))) {
                continue;
            }
            int to = i + 2;
            while (to < tokens.size() && to - i <= RANK_REACH && !tokens.get(to).lower().equals("to")
                    && tokens.get(to).tag() != Tag.VERB && tokens.get(to).tag() != Tag.AUX
                    && tokens.get(to).tag() != Tag.PUNCT) {
                to++;
            }
            if (to + 1 >= tokens.size() || !tokens.get(to).lower().equals("to")
                    || tokens.get(to + 1).tag() != Tag.VERB) {
                continue;
            }
            int k = to + 2;
            if (k < tokens.size() && tokens.get(k).tag() == Tag.DET) {
                k++;
            }
            int head = -1;
            while (k < tokens.size() && (tokens.get(k).nominal() || tokens.get(k).tag() == Tag.ADJ)) {
                head = tokens.get(k).tag() == Tag.NOUN ? k : -1;
                k++;
            }
            if (head < 0 || k + 1 < tokens.size() && tokens.get(k).tag() == Tag.CCONJ
                    && (tokens.get(k + 1).tag() == Tag.VERB || tokens.get(k + 1).tag() == Tag.AUX)) {
                continue;
            }
            // "the first player to score a hat-trick in a World Cup final after Sir Geoff Hurst", "the second man
            // after Hurst to score": a rank counted from another's feat is not read, whichever way it counts.
            int clauseEnd = k;
            while (clauseEnd < tokens.size() && tokens.get(clauseEnd).tag() != Tag.PUNCT
                    && tokens.get(clauseEnd).tag() != Tag.VERB && tokens.get(clauseEnd).tag() != Tag.AUX) {
                clauseEnd++;
            }
            boolean counted = false;
            for (int j = i + 1; j < clauseEnd; j++) {
                counted |= RANK_FROM.contains(tokens.get(j).lower());
            }
            if (counted) {
                continue;
            }
            String feat = NOT_LETTERS.matcher(tokens.get(head).lemma()).replaceAll("");
            if (feat.isEmpty()) {
                continue;
            }
            out.add(events.claimAbout(NAME, context, mentions, modality, tokens.get(i - 1).start(),
                            tokens.get(head).end())
                    .kind(ClaimConventions.KIND_ORDINAL)
                    .attribute(ClaimConventions.RANK)
                    .value(Integer.toString(n.getAsInt()))
                    .detail(feat)
                    .number(n.getAsInt())
                    .build());
        }
    }

    /** Whether a noun names who can be ranked among those who did a feat: a person or a group for most uses. */
    private static boolean ranked(Token t) {
        if (t.tag() != Tag.NOUN) {
            return false;
        }
        WordSenses.Reading r = WordSenses.shared().reading(t.lemma(), Tag.NOUN);
        return r != null && r.share(RANKED_FILES) >= 0.5;
    }

    private void firsts(SentenceContext context, List<EventFinder.Mention> mentions, String text, List<Claim> out) {
        List<int[]> taken = new ArrayList<>();
        // "the first time since 2009": the previous instance was in 2009.
        Matcher since = FIRST_SINCE.matcher(text, context.folded());
        while (since != null && since.find()) {
            if (ofAnotherThing(context, mentions, since.start(), since.start(1) - "since ".length())) {
                taken.add(new int[] {since.start(), since.end()});
                continue;
            }
            int y = Integer.parseInt(since.group(1));
            ModalityDetector.Modality mod = modality.at(context, since.start(), since.end());
            out.add(context.claim(NAME, context.fileOffset(since.start()), context.fileOffset(since.end()))
                    .kind(ClaimConventions.KIND_ORDINAL)
                    .subject(events.subjectAt(mentions, context, since.start()))
                    .attribute(ClaimConventions.PREVIOUS)
                    .value(since.group(1))
                    .number(y)
                    .modality(mod.modality())
                    .negated(mod.negated())
                    .time(new org.crosscheck.fact.TimeSpan(since.group(1), java.time.LocalDate.of(y, 1, 1),
                            java.time.LocalDate.of(y, 12, 31), "YEAR"))
                    .build());
            taken.add(new int[] {since.start(), since.end()});
        }
        Matcher maiden = MAIDEN.matcher(text);
        while (maiden.find()) {
            for (EventFinder.Mention e : mentions) {
                if (e.start() >= maiden.end() && FEW_WORDS_AHEAD.matcher(text.substring(maiden.end(), e.start()))
                        .matches()) {
                    out.add(first(context, List.of(e), maiden.start(), e.end(), ClaimConventions.FIRST_EVER,
                            role(text, maiden.start()), Double.NaN));
                    taken.add(new int[] {maiden.start(), e.end()});
                    break;
                }
            }
        }
        Matcher in = FIRST_IN.matcher(text, context.folded());
        while (in != null && in.find()) {
            double n = Numbers.cardinal(in.group(1)) * (in.group(2).equalsIgnoreCase("decades") ? 10 : 1);
            if (ofAnotherThing(context, mentions, in.start(), text.lastIndexOf(" in ", in.start(1)) + 1)) {
                taken.add(new int[] {in.start(), in.end()});
            } else if (!Double.isNaN(n)) {
                out.add(first(context, mentions, in.start(), in.end(), ClaimConventions.FIRST_IN_N_YEARS,
                        Numbers.text(n), n));
                taken.add(new int[] {in.start(), in.end()});
            }
        }
        Matcher ever = FIRST_EVER.matcher(text, context.folded());
        while (ever != null && ever.find()) {
            if (!overlaps(taken, ever.start(), ever.end())) {
                out.add(first(context, mentions, ever.start(), ever.end(), ClaimConventions.FIRST_EVER,
                        role(text, ever.start()), Double.NaN));
                taken.add(new int[] {ever.start(), ever.end()});
            }
        }
        Matcher time = FIRST_TIME.matcher(text, context.folded());
        while (time != null && time.find()) {
            if (!overlaps(taken, time.start(), time.end())) {
                out.add(first(context, mentions, time.start(), time.end(), ClaimConventions.FIRST_PLAIN,
                        role(text, time.start()), Double.NaN));
                taken.add(new int[] {time.start(), time.end()});
            }
        }
        for (EventFinder.Mention e : mentions) {
            Matcher f = FIRST_BEFORE_EVENT.matcher(text.substring(0, e.start()));
            if (f.find() && !overlaps(taken, f.start(), e.end())) {
                out.add(first(context, List.of(e), f.start(), e.end(), ClaimConventions.FIRST_PLAIN,
                        role(text, f.start()), Double.NaN));
                taken.add(new int[] {f.start(), e.end()});
            }
        }
    }

    /** Least event share (WordNet) of the noun after "first" for the first to count occurrences ("time", "visit"). */
    private static final double COUNTS_OCCURRENCES = 0.3;

    /**
     * Whether the "first" at {@code first}, whose "since" or "in N years" begins at {@code marker}, counts something
     * other than the event's occurrences: a person or thing ("the first team in 60 years to win") or a thing within
     * an event ("a hat-trick, the first in a World Cup final since 1966"). Such a first says nothing of when the
     * event last took place; "Argentina's first since 1986" and "the first visit since 2009" do.
     */
    static boolean ofAnotherThing(SentenceContext context, List<EventFinder.Mention> mentions, int first, int marker) {
        List<org.crosscheck.nlp.Token> between = new ArrayList<>();
        int firstEnd = -1;
        for (org.crosscheck.nlp.Token t : context.tokens()) {
            if (t.start() == first) {
                firstEnd = t.end();
            } else if (firstEnd >= 0 && t.start() >= firstEnd && t.end() <= marker) {
                between.add(t);
            }
        }
        if (between.isEmpty()) {
            return false;
        }
        org.crosscheck.nlp.Token head = between.get(0);
        boolean headIsMention = mentions.stream().anyMatch(m -> m.start() == head.start());
        if (head.tag() == org.crosscheck.nlp.Tag.NOUN && !headIsMention
                && org.crosscheck.nlp.WordSenses.shared().eventShare(head.lemma()) < COUNTS_OCCURRENCES) {
            return true;
        }
        // "the first in a World Cup final": a first within an event, of something the sentence named before.
        return head.tag() == org.crosscheck.nlp.Tag.ADP && between.stream().anyMatch(org.crosscheck.nlp.Token::nominal);
    }

    /**
     * Which first a phrase at {@code at} states: the first time hosting the event ("hosts for the first time"), the
     * first time taking part in it ("takes part for the first time"), or (empty) the event's own first.
     */
    private static String role(String text, int at) {
        String around = text.substring(Math.max(0, at - ROLE_REACH), Math.min(text.length(), at + ROLE_REACH));
        if (HOSTING.matcher(around).find()) {
            return ClaimConventions.HOSTING;
        }
        return TAKING_PART.matcher(around).find() ? ClaimConventions.TAKING_PART : "";
    }

    private void previous(SentenceContext context, List<EventFinder.Mention> mentions, String text, List<Claim> out) {
        int base = context.sentence().start();
        for (EventFinder.Mention e : mentions) {
            Matcher p = PREVIOUS.matcher(text.substring(0, e.start()));
            if (!p.find()) {
                continue;
            }
            List<int[]> clauses = Clauses.of(context);
            String year = "";
            int ys = -1;
            int ye = -1;
            for (TimeExpression t : context.times()) {
                int ts = t.start() - base;
                String y = EventFinder.yearOf(t.span());
                if (ts >= e.end() && Clauses.same(clauses, e.start(), ts) && !y.isEmpty()) {
                    year = y;
                    ys = ts;
                    ye = t.end() - base;
                    break;
                }
            }
            if (year.isEmpty()) {
                Matcher y = YEAR.matcher(text);
                y.region(e.end(), Clauses.around(clauses, e.start())[1]);
                if (y.find()) {
                    year = y.group(1);
                    ys = y.start();
                    ye = y.end();
                }
            }
            if (year.isEmpty()) {
                continue;
            }
            List<EventFinder.Mention> others = mentions.stream().filter(m -> m != e).toList();
            ModalityDetector.Modality mod = modality.at(context, p.start(), e.end());
            int y = Integer.parseInt(year);
            out.add(context.claim(NAME, context.fileOffset(p.start()), context.fileOffset(ye))
                    .kind(ClaimConventions.KIND_ORDINAL)
                    .subject(events.subjectAt(others, context, p.start()))
                    .attribute(ClaimConventions.PREVIOUS)
                    .value(year)
                    .number(y)
                    .modality(mod.modality())
                    .negated(mod.negated())
                    .time(new org.crosscheck.fact.TimeSpan(year, java.time.LocalDate.of(y, 1, 1),
                            java.time.LocalDate.of(y, 12, 31), "YEAR"))
                    .build());
        }
    }

    /**
     * Where the sentence writes edition {@code n} of a mention: the ordinal ("third", "14th"), Roman numeral or
     * number nearest the event word; the event word itself when none is found.
     */
    private static int[] editionText(String text, EventFinder.Mention e, int n) {
        int from = Math.max(0, e.start() - EDITION_REACH);
        int to = Math.min(text.length(), e.end() + EDITION_REACH);
        Matcher w = EDITION_WORD.matcher(text);
        w.region(from, to);
        int[] best = {e.start(), e.end()};
        int bestDistance = Integer.MAX_VALUE;
        while (w.find()) {
            String t = w.group();
            OptionalInt v = Numbers.ordinal(t.toLowerCase(java.util.Locale.ROOT));
            if (v.isEmpty()) {
                v = t.chars().allMatch(Character::isDigit) ? OptionalInt.of(Integer.parseInt(t)) : Numbers.roman(t);
            }
            int d = Math.min(Math.abs(w.start() - e.start()), Math.abs(w.start() - e.end()));
            if (v.isPresent() && v.getAsInt() == n && d < bestDistance) {
                best = new int[] {w.start(), w.end()};
                bestDistance = d;
            }
        }
        return best;
    }

    private static EventFinder.Mention near(List<EventFinder.Mention> mentions, int start, int end, String text) {
        for (EventFinder.Mention e : mentions) {
            String between = e.start() >= end ? text.substring(end, e.start()) : e.end() <= start
                    ? text.substring(e.end(), start) : "";
            if (SPACES.split(between.strip()).length <= 3 && !between.contains(",")) {
                return e;
            }
        }
        return null;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(t -> start < t[1] && t[0] < end);
    }

    private Claim ordinal(SentenceContext context, EventFinder.Mention e, String text, int start, int end, int n) {
        ModalityDetector.Modality mod = modality.at(context, e.start(), e.end());
        return context.claim(NAME, context.fileOffset(start), context.fileOffset(end))
                .kind(ClaimConventions.KIND_ORDINAL)
                .subject(e.key().format())
                .attribute(ClaimConventions.ORDINAL)
                .value(Integer.toString(n))
                .detail(context.sentence().index() == 0 ? ClaimConventions.HEADLINE : "")
                .number(n)
                .modality(mod.modality())
                .negated(mod.negated())
                .time(e.timeSpan())
                .build();
    }

    private Claim first(SentenceContext context, List<EventFinder.Mention> mentions, int start, int end, String value,
                        String detail, double number) {
        // "the first ever joint military exercise": the first is of the event word it modifies.
        String text = context.sentence().text();
        for (EventFinder.Mention m : mentions) {
            if (m.start() >= end && FEW_WORDS_AHEAD.matcher(text.substring(end, m.start())).matches()) {
                mentions = List.of(m);
                break;
            }
        }
        return events.claimAbout(NAME, context, mentions, modality, start, end)
                .kind(ClaimConventions.KIND_ORDINAL)
                .attribute(ClaimConventions.FIRST)
                .value(value)
                .detail(detail)
                .number(number)
                .build();
    }
}
