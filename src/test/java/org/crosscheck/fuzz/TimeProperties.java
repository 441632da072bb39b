package org.crosscheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.NewsTemporalTagger;
import org.crosscheck.time.TimeExpression;

/** Generated sentences for the temporal layer: no exception, offsets inside the sentence, valid TimeML values. */
class TimeProperties {
    private static final NewsTemporalTagger TAGGER = NewsTemporalTagger.load(java.nio.file.Path.of("rules"));
    /**
     * TimeML values: calendar dates at any granularity with X for unknown digits (a weekend, a part of the day or
     * a clock time with its zone after a day), the fuzzy references, durations and recurrences.
     */
    static final Pattern TIMEML = Pattern.compile("PRESENT_REF|PAST_REF|FUTURE_REF"
            + "|[\\dX]{2,4}(?:-(?:[\\dX]{2}(?:-[\\dX]{2}(?:T(?:MO|AF|EV|NI|\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2})?))?)?"
            + "|W[\\dX]{2}(?:-WE|-\\d)?|SP|SU|FA|WI|Q[1-4X]|H[12]))?"
            + "|XXXX-(?:WXX-\\d|SP|SU|FA|WI|\\d{2}|XX-XXT(?:MO|AF|EV|NI))"
            + "|PT?(?:\\d+|X)(?:Y|M|W|D|H|S|Q)");

    private static final List<String> FRAGMENTS = List.of("on Friday", "last week", "in 2016", "since 2016",
            "Nov 2014", "14-Dec-2016", "March 3rd, 2018", "next year", "earlier this month", "two years ago",
            "the 1990s", "the 20th century", "last summer", "Q1 2013", "Sept 05 to 06", "March 3 to 14",
            "until March 17", "by 2030", "recently", "now", "will", "was held", "is expected", "12/14/2016",
            "the third of March", "1957-58", "Monday (today)", "in June", "late last July", "Feb. 28", "31 February",
            "2099", "0000", "the 99th day", ",", ".", " ", "\u00A0", "\"", "'");

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
        Arbitrary<String> noise = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12);
        return Combinators.combine(fragment, noise).as((f, n) -> f + " " + n).list().ofMaxSize(8)
                .map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<LocalDate> anchors() {
        return Arbitraries.integers().between(0, 60_000).map(d -> d == 0 ? null : LocalDate.of(1950, 1, 1).plusDays(d));
    }

    @Property
    void taggedExpressionsAreInsideTheSentenceAndValid(@ForAll("sentences") String sentence,
                                                        @ForAll("anchors") LocalDate anchor) {
        for (TimeExpression t : TAGGER.tag(sentence, anchor)) {
            assertThat(t.start()).isBetween(0, sentence.length());
            assertThat(t.end()).isBetween(t.start() + 1, sentence.length());
            assertThat(sentence.substring(t.start(), t.end())).isEqualTo(t.text());
            TimeSpan span = t.span();
            assertThat(span.value()).matches(TIMEML);
            if (span.start() != null && span.end() != null) {
                assertThat(span.start()).isBeforeOrEqualTo(span.end());
            }
        }
    }

    @Property(tries = 2_000)
    void normalizeReturnsAValidValueOrNothing(@ForAll("sentences") String sentence, @ForAll("anchors") LocalDate anchor) {
        String expression = sentence.length() > 6 ? sentence.substring(0, 6) : sentence;
        String value = TAGGER.normalize(expression, sentence, anchor);
        assertThat(value.isEmpty() || TIMEML.matcher(value).matches()).as(value).isTrue();
    }
}
