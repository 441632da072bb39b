package org.crosscheck.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The gate only skips a pattern, or the start of a text, where the pattern cannot match. */
class LiteralGateTest {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Constructions the derivation handles in its own way, each with traps for it. */
    private static final List<Pattern> CONSTRUCTIONS = List.of(
            Pattern.compile("\\b(?:signed|inked|sign(?:s|ing)?\\b(?! up))\\b", CI),
            Pattern.compile("\\b(?:(?:early|late)[\\s-]+)?(?:(last|next)\\s+)?(spring|summer|fall)\\b(?:\\s+of\\s+"
                    + "(20\\d\\d))?", CI),
            Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])"),
            Pattern.compile("\\b(?:the\\s+)?((?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?)(?:\\s+of)?[-/ ]+(Jan|Feb)\\.?",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<=\\b(?:in|for)\\s)(?:the\\s+)?(?:near\\s+)?future|(?<!\\bas\\s)\\bsoon\\b", CI),
            Pattern.compile("\\b(yesterday|tonight|today|last\\s+night)\\b", CI),
            Pattern.compile("(?<![\\p{L}\\d])(?:\\QKi\\E(?:\\Qlo\\E|\\Qss\\E)|\\QSki\\E)(?![\\p{L}\\d])", CI),
            Pattern.compile("(?<![\\p{L}\\d])(?:\\QIn\\E(?:\\Qdia\\E|\\Qdonesia\\E)?|\\QIS\\E)(?![\\p{L}\\d])"),
            Pattern.compile("(?i)k(?-i)it|Kat"),
            Pattern.compile("a{2,3}b|(?:ab)+c|x*yz|q{0,2}r"),
            Pattern.compile("^the|end$|\\Aopen|close\\z", Pattern.MULTILINE),
            Pattern.compile("(?<name>don't|won't)\\s+\\k<name>|\\bno\\b|[^a]bc|.x", CI),
            Pattern.compile("(?>ab|a)c|\\d\\.\\d|\\$\\d+|[A-C]-\\d"),
            Pattern.compile("\\bQ([1-4])(?:\\s*|-|/)(?:(20\\d\\d)|['\u2019](\\d\\d))?\\b"),
            Pattern.compile("sis|s(?:i|\u0131)k|\u017fun|\u212a", CI),
            Pattern.compile("\\b(?:sik|sun|kit|is)\\b", CI),
            Pattern.compile("st(?=\\s)|(?:mid|end)-year|\\byear[\\s-]end\\b", CI),
            Pattern.compile("(?<![\\p{L}\\d])(\\Q$\\E|\\Q\u20ac\\E|\\QRs\\E)\\s?(\\d+)(?:\\s?(bn|k))?", CI),
            Pattern.compile("(\\d+)\\s+(?:rupees|\\Q\u00a3\\E)|\\s[\u2014\u2013]\\s|[\u2018'](\\w+)[\u2019']", CI),
            Pattern.compile("didn\\u2019t|\\x41bc|\\0101b|\\cIx|\\u20ac5|\\x{41}b|(a)(b)\\2c", CI));

    private static final List<String> TOKENS = List.of("signed", "sign", "signs up", "inked", "SIGNING", "early",
            "late", "last", "next", "spring", "Summer", "fall", "of", "2016", "1999", "20", "-", "2016-11-03", "3rd",
            "the", "Jan", "feb.", "31", "07", "/", "in", "for", "near", "future", "as", "soon", "yesterday",
            "tonight", "today", "night", "Kilo", "KISS", "Ski", "ki", "India", "Indonesia", "In", "IS", "is", "kit",
            "Kit", "KIT", "kat", "Kat", "aab", "aaab", "ab", "abab", "c", "abc", "yz", "xxyz", "r", "qqr", "end",
            "open", "close", "don't", "won't", "no", "No", "bc", "xbc", "x", "1.5", "$30", "B-52", "Q3", "q4",
            "Q1-2016", "Q2'16", "st", "mid-year", "year end", "year-end", "\u0130", "\u0131", "\u017f", "\u212a",
            "s\u0131k", "\u017fun", "\u212ait", "S\u0130S", "\u00e9t\u00e9", "\u2019", "'", "\u00a0", "\n", ".", ",",
            "$", "$5", "\u20ac12bn", "Rs 40", "rs", "30 rupees",
            "\u00a3", "\u2014", "\u2013", "\u2018talks\u2019", "5k", "didn\u2019t", "Abc", "Ab", "\tx",
            "\u20ac5", "abbc");
    private static final List<String> SEPARATORS = List.of(" ", " ", "", "-", ", ", "\n", "'", "/");

    @Test
    void derivesTheLiteralsEveryMatchNeeds() {
        assertThat(LiteralGate.of(Pattern.compile("\\bagreed\\b|\\bcleared\\b", CI)).literals())
                .containsExactlyInAnyOrder("agreed", "cleared");
        LiteralGate weekend = LiteralGate.of(Pattern.compile("\\b(the|this|last|next)\\s+weekend\\b", CI));
        assertThat(weekend.literals()).containsExactly("weekend");
        assertThat(weekend.byPrefix()).isFalse();
        LiteralGate signed = LiteralGate.of(CONSTRUCTIONS.get(0));
        // each word whole between its boundaries: "sign" alone, not inside "design" or "signal"
        assertThat(signed.literals()).contains("sign", "inked").allMatch(l -> l.startsWith("sign") || l.equals("inked"));
        assertThat(signed.byPrefix()).isTrue();
        assertThat(LiteralGate.of(CONSTRUCTIONS.get(2)).literals()).isNotEmpty().allMatch(l -> l.matches("\\d-\\d*"));
        assertThat(LiteralGate.of(Pattern.compile("[a-z]+ing")).literals()).containsExactly("ing");
        LiteralGate money = LiteralGate.of(Pattern.compile("(?:\\$|\u20ac)\\s?\\d+"));
        assertThat(List.of(money.literals(), money.alsoRequired().get(0)))
                .containsExactlyInAnyOrder(List.of("$", "\u20ac"),
                        List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        assertThat(money.mayMatch("$ and 5")).isTrue();
        assertThat(money.mayMatch("$ alone")).isFalse();
    }

    @Test
    void aWordBoundaryOrASpaceBesideALiteralKeepsItFromOpeningInsideAWord() {
        LiteralGate units = LiteralGate.of(Pattern.compile("\\d\\s+(?:min|sec|day)s?\\b|\\bday\\b", CI));
        for (String inside : List.of("the minister of security", "today 5 holidays", "5 minister")) {
            assertThat(units.mayMatch(LiteralGate.fold(inside))).as(inside).isFalse();
        }
        for (String text : List.of("in 5 mins", "3 sec.", "a day", "day\u2019s end", "\u00e9day")) {
            assertThat(units.mayMatch(LiteralGate.fold(text))).as(text).isTrue();
            assertSameMatches(units, text);
        }
    }

    @Test
    void leavesUngatedWhatItCannotBound() {
        for (String regex : List.of(".*", "\\s+", "x?", "(?:ab)*", "[a-z]+", "\\p{L}", "(?x) a b", "\\Gab",
                "a|\\w", "(?U)\\d", "\u00e9")) {
            assertThat(LiteralGate.of(Pattern.compile(regex, CI)).isGated()).as(regex).isFalse();
        }
        assertThat(LiteralGate.of(Pattern.compile("a.b", Pattern.LITERAL)).isGated()).isFalse();
        assertThat(LiteralGate.of(Pattern.compile("ab", Pattern.COMMENTS)).isGated()).isFalse();
    }

    @Test
    void escapesThatRunOnIntoTheirDigitsAreNotReadAsLiterals() {
        String[][] cases = {{"didn\\u2019t", "didn\u2019t"}, {"\\x41bc", "Abc"}, {"\\0101b", "Ab"}, {"\\cIx", "\tx"},
                {"\\u20ac5", "\u20ac5"}, {"\\x{41}b", "Ab"}, {"(a)(b)\\2c", "abbc"}};
        for (String[] c : cases) {
            LiteralGate gate = LiteralGate.of(Pattern.compile(c[0], CI));
            assertThat(matches(gate.pattern().matcher(c[1]))).as(c[0]).isNotEmpty();
            assertSameMatches(gate, c[1]);
        }
    }

    @Test
    void foldsAsTheRegexEngineComparesCaseInsensitively() {
        assertThat(LiteralGate.fold("Sign \u0130 \u0131 \u017f \u212a \u00c9")).isEqualTo("sign i i s k \u00e9");
        assertThat(LiteralGate.fold("plain")).isSameAs("plain");
    }

    @Test
    void startsTheSearchAtTheFirstCandidateYetSeesTheTextBefore() {
        LiteralGate gate = LiteralGate.of(Pattern.compile("(?<=\\bin\\s)(?:the\\s+)?future|^x", CI));
        String text = "x plans for the future, in future";
        Matcher m = gate.matcher(text, LiteralGate.fold(text));
        assertThat(m.find()).isTrue();
        assertThat(m.start()).isEqualTo(0);
        String later = "plans for the future, in future";
        Matcher n = LiteralGate.of(Pattern.compile("(?<=\\bin\\s)future", CI)).matcher(later, LiteralGate.fold(later));
        assertThat(n.find()).isTrue();
        assertThat(n.start()).isEqualTo(later.lastIndexOf("future"));
        assertThat(LiteralGate.of(Pattern.compile("weekend")).matcher("no", "no")).isNull();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(TOKENS), Arbitraries.of(WORDS),
                Arbitraries.of(WORDS).map(t -> t.toUpperCase(java.util.Locale.ROOT)),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(4));
        return Combinators.combine(token, Arbitraries.of(SEPARATORS)).as((t, s) -> t + s).list().ofMaxSize(14)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 1000)
    void gatedMatchesAreThePatternsOwn(@ForAll("texts") String text) {
        for (Pattern p : patterns()) {
            assertSameMatches(LiteralGate.of(p), text);
        }
    }

    /** The gate finds what the pattern finds: no match where it says none can be, the same ones where it runs. */
    static void assertSameMatches(LiteralGate gate, String text) {
        List<String> plain = matches(gate.pattern().matcher(text));
        String folded = LiteralGate.fold(text);
        Matcher gated = gate.matcher(text, folded);
        assertThat(gated == null ? List.of() : matches(gated)).as("%s on [%s]", gate, text).isEqualTo(plain);
        if (!plain.isEmpty()) {
            assertThat(gate.mayMatch(folded)).as("%s on [%s]", gate, text).isTrue();
        }
    }

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            StringBuilder groups = new StringBuilder();
            for (int g = 1; g <= m.groupCount(); g++) {
                groups.append('|').append(m.group(g));
            }
            out.add(m.start() + "-" + m.end() + groups);
        }
        return out;
    }

    private static List<Pattern> patterns() {
        return PATTERNS;
    }

    private static final List<Pattern> PATTERNS = loadPatterns();
    /** The words of the patterns, so that the texts come close to matching. */
    private static final List<String> WORDS = PATTERNS.stream()
            .flatMap(p -> Pattern.compile("[A-Za-z']+(?: [a-z]+)?").matcher(p.pattern()).results().map(r -> r.group()))
            .distinct().toList();

    private static List<Pattern> loadPatterns() {
        Set<Pattern> out = new LinkedHashSet<>(CONSTRUCTIONS);
        Vocabulary vocabulary = Vocabulary.load(Path.of("rules"));
        for (String table : List.of("modality.csv", "participation.csv", "furniture.csv")) {
            for (DataTable.Row row : vocabulary.table(table, "pattern").rows()) {
                out.add(row.pattern("pattern"));
            }
        }
        return List.copyOf(out);
    }
}
