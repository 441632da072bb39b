package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.vocab.LiteralGate;

/** The temporal rules' gates skip only what their patterns would not match. */
class TemporalGateTest {
    private static final List<Pattern> RULES = NewsTemporalTagger.load(java.nio.file.Path.of("rules")).rulePatterns();
    private static final List<LiteralGate> GATES = RULES.stream().map(LiteralGate::of).toList();
    private static final List<String> FRAGMENTS = List.of("on Friday", "last week", "in 2016", "since 2016",
            "Nov 2014", "14-Dec-2016", "March 3rd, 2018", "next year", "earlier this month", "two years ago",
            "the 1990s", "the '90s", "the 20th century", "twenty-first century", "last summer", "Q1 2013", "2013 Q4",
            "Sept 05 to 06", "March 3 to 14", "3-5 May", "until March 17", "by 2030", "recently", "now", "in the near "
            + "future", "soon", "as soon as", "12/14/2016", "the third of March", "1957-58", "2010 to 2012",
            "Monday (today)", "late last July", "Feb. 28", "the end of the year", "year-end", "the first quarter",
            "this weekend", "last night", "this morning", "at the moment", "these days", "in recent years",
            "fiscal 2015", "FY2016", "mid-2017", "2016-03-04", "the 4th of July", "\u0130n 2016", "\u017fummer",
            "\u212aey", "17%", "$2015", "1,500", "2016.5");

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS),
                Arbitraries.of(FRAGMENTS).map(f -> f.toUpperCase(Locale.ROOT)));
        Arbitrary<String> noise = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6);
        return Combinators.combine(fragment, noise, Arbitraries.of(" ", "", "-", ", "))
                .as((f, n, s) -> f + s + n).list().ofMaxSize(6).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 3000)
    void gatedRulesFindWhatTheirPatternsFind(@ForAll("sentences") String sentence) {
        String folded = LiteralGate.fold(sentence);
        for (LiteralGate gate : GATES) {
            Matcher gated = gate.matcher(sentence, folded);
            assertThat(gated == null ? List.of() : matches(gated)).as("%s on [%s]", gate, sentence)
                    .isEqualTo(matches(gate.pattern().matcher(sentence)));
        }
    }

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }
}
