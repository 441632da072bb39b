package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.time.Taggers.value;

import java.util.List;
import org.crosscheck.ingest.DateOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates the words fix: numeric dates in either order, two-digit years, years in words, ISO date-times. */
class ExplicitDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            10-31-74             | He was born on 10-31-74 in Ohio.                  | 1974-10-31
            31-Oct-74            | He was born on 31-Oct-74 in Ohio.                 | 1974-10-31
            10.31.1974           | He was born on 10.31.1974 in Ohio.                | 1974-10-31
            14/02/2020           | The deal was signed on 14/02/2020.                | 2020-02-14
            2/15                 | The vote is due on 2/15.                          | 2020-02-15
            2019/03/25           | It was filed 2019/03/25.                          | 2019-03-25
            19.02.10             | Euro date is 19.02.10.                            | 2010-02-19
            nineteen ninety-six  | Prices peaked in nineteen ninety-six.             | 1996
            the year two thousand | Nobody feared the year two thousand.             | 2000
            January nineteen ninety-seven | In January nineteen ninety-seven they met. | 1997-01
            Q3 '19               | Sales rose in Q3 '19.                             | 2019-Q3
            """)
    void numericAndSpelledDates(String expression, String sentence, String expected) {
        assertThat(value(expression, sentence, "2020-01-20")).isEqualTo(expected);
    }

    @Test
    void anIsoDateTimeIsATimeOnItsDayWithItsZone() {
        TimeExpression t = Taggers.expression("Markets opened at 2019-03-25T10:00:00Z sharp.", "2019", "2019-03-26");
        assertThat(t.type()).isEqualTo("TIME");
        assertThat(t.span().value()).isEqualTo("2019-03-25T10:00:00Z");
        assertThat(t.span().start()).hasToString("2019-03-25");
        // TimeML annotates news times in local time
        assertThat(value("2019-03-25T10:00:00Z", "Markets opened at 2019-03-25T10:00:00Z sharp.", "2019-03-26"))
                .isEqualTo("2019-03-25T10:00:00");
    }

    @Test
    void aNumericDateEitherWayRoundIsFlaggedUnlessTheDocumentDecides() {
        TimeExpression t = Taggers.expression("The accord was signed on 03/02/2020.", "03/02", "2020-06-01");
        assertThat(t.span().value()).isEqualTo("2020-03-02");
        assertThat(t.ambiguous()).isTrue();
        assertThat(t.anchor()).contains("also 2020-02-03");
        // the outlet writes the day first
        assertThat(Taggers.document("2020-06-01", DateOrder.DAY_FIRST, "The accord was signed on 03/02/2020."))
                .containsExactly(List.of("2020-02-03"));
        // another numeric date of the article shows its order
        assertThat(Taggers.document("2020-06-01", DateOrder.UNKNOWN, "Talks began on 25/01/2020.",
                "The accord was signed on 03/02/2020.")).containsExactly(List.of("2020-01-25"), List.of("2020-02-03"));
    }

    @Test
    void aWeekdayWithADatePicksTheYearTheyAgreeIn() {
        // 18 February was a Monday in 2013, not in 2012: the weekday decides against the past default
        assertThat(value("Monday, Feb 18", "The trial was set for Monday, Feb 18.", "2013-02-12")).isEqualTo("2013-02-18");
        assertThat(value("Monday, Feb 18", "The talks ended on Monday, Feb 18.", "2013-03-20")).isEqualTo("2013-02-18");
    }

    @Test
    void aWeekdayThatNeitherNearOccurrenceAgreesWithDoesNotMoveTheDayAYear() {
        // 15 November 2017 was a Wednesday; 2016's was a Tuesday, but a story of 16 November 2017 speaks of its eve
        assertThat(value("Tuesday, 15 November", "On Tuesday, 15 November the identities were confirmed.",
                "2017-11-16")).isEqualTo("2017-11-15");
        TimeExpression t = Taggers.expression("On Tuesday, 15 November the identities were confirmed.", "Tuesday",
                "2017-11-16");
        assertThat(t.span().start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.WEDNESDAY);
    }

    @Test
    void aCountIsNotAYear() {
        assertThat(value("1500", "Some 1500 people attended.", "2016-12-14")).isEmpty();
        assertThat(value("24/7", "The desk is open 24/7.", "2016-12-14")).isEmpty();
    }
}
