package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.ingest.DateOrder;
import org.junit.jupiter.api.Test;

/** Times counted from the time the text spoke of last, not from publication. */
class AnaphoraTest {
    private static List<List<String>> doc(String... sentences) {
        return Taggers.document("2016-12-14", DateOrder.UNKNOWN, sentences);
    }

    @Test
    void yearsAndDaysCountFromTheTimeSpokenOfLast() {
        // "the following year" moves the story on: "that year" is then 2002
        assertThat(doc("The treaty was signed on March 3, 2001.", "It came into force the following year.",
                "In November that year, the first troops left.", "The day before, talks had failed.",
                "A week later, the border reopened."))
                .containsExactly(List.of("2001-03-03"), List.of("2002"), List.of("2002-11"), List.of("2001-03-02"),
                        List.of("2001-03-10"));
    }

    @Test
    void aTimeCountedForwardIsTheTimeLaterAnaphoraCountFrom() {
        assertThat(doc("The plant exploded on May 3.", "A week later the owner was arrested.",
                "He was released the next day.", "The day before, his lawyer had appealed."))
                .containsExactly(List.of("2016-05-03"), List.of("2016-05-10"), List.of("2016-05-11"),
                        List.of("2016-05-10"));
    }

    @Test
    void yearsCountedForwardReachBackToEarlierSentences() {
        assertThat(doc("He was elected mayor in 2004.", "Two years later he ran for governor.",
                "A year later, he lost."))
                .containsExactly(List.of("2004"), List.of("2006"), List.of("2007"));
    }

    @Test
    void theNextYearOfAStoryIsTheYearAfterItsTimeAndOfAPlanNextYear() {
        assertThat(doc("In 2007 the firm moved to Texas.", "The next year, it doubled in size."))
                .containsExactly(List.of("2007"), List.of("2008"));
        assertThat(doc("In 2007 the firm moved to Texas.", "It will open a second plant the next year."))
                .containsExactly(List.of("2007"), List.of("2017"));
    }

    @Test
    void aSeasonOfThatYearIsTheSeasonOfTheTimeSpokenOf() {
        assertThat(doc("The crisis began in 2008.", "That summer, oil hit $147.", "The following spring, banks failed.",
                "The previous summer had been mild."))
                .containsExactly(List.of("2008"), List.of("2008-SU"), List.of("2009-SP"), List.of("2007-SU"));
        assertThat(doc("The storm hit on Oct. 3, 2012.", "The following winter was mild."))
                .containsExactly(List.of("2012-10-03"), List.of("2012-WI"));
    }

    @Test
    void thatSundayIsTheSundayNearestTheDaySpokenOf() {
        assertThat(doc("The soldier was killed on March 12, 2010.", "That Sunday, thousands marched."))
                .containsExactly(List.of("2010-03-12"), List.of("2010-03-14"));
    }

    @Test
    void thatSummerWithoutAnEarlierTimeIsNoTime() {
        assertThat(doc("That summer, oil hit $147.")).containsExactly(List.of());
    }

    @Test
    void withoutAnEarlierTimeTheyCountFromPublication() {
        assertThat(doc("The border reopened the following day.")).containsExactly(List.of("2016-12-15"));
    }

    @Test
    void theNextDayCountsFromTheLastDayNotFromAYear() {
        assertThat(doc("The unrest began in 1984.", "On Friday the army moved in.", "The next morning it withdrew."))
                .containsExactly(List.of("1984"), List.of("2016-12-09"), List.of("2016-12-10TMO"));
    }

    @Test
    void inAReportAYearEarlierIsTheQuarterReportedOnAYearBefore() {
        assertThat(Taggers.document("1989-10-30", DateOrder.UNKNOWN,
                "Third-quarter profit rose 19% to $98 million from $71 million a year earlier.",
                "For the nine months, net fell to $1 billion from $2 billion a year earlier."))
                .containsExactly(List.of("1989-Q3", "1988-Q3"), List.of("P9M", "1988"));
    }

    @Test
    void inAReportAYearAgoIsTheQuarterOfTheSentencesBefore() {
        assertThat(Taggers.document("1989-11-01", DateOrder.UNKNOWN, "Kimberly-Clark posted a 20% gain in third-quarter net.",
                "Net rose to $108.8 million from $90.5 million a year ago."))
                .containsExactly(List.of("1989-Q3"), List.of("1988-Q3"));
        // without a quarter in the text, a year ago is a year
        assertThat(Taggers.document("1989-11-01", DateOrder.UNKNOWN, "He was arrested in March.",
                "A year ago he had been freed.")).containsExactly(List.of("1989-03"), List.of("1988"));
    }

    @Test
    void aReportIsAboutTheLatestQuarterItNamesThatHasEnded() {
        // the fourth quarter is a forecast and the second an aside: the report is on the third
        assertThat(Taggers.document("1989-11-02", DateOrder.UNKNOWN, "Third-quarter net income rose 11%.",
                "The earthquake will result in a fourth-quarter charge.", "After a flat second quarter, sales grew.",
                "Earnings fell 59% in the latest quarter, compared with $6.1 million a year ago."))
                .containsExactly(List.of("1989-Q3"), List.of("1989-Q4"), List.of("1989-Q2"), List.of("1989-Q3",
                        "1988-Q3"));
    }

    @Test
    void theQuarterEndedOnADayIsThatQuarter() {
        assertThat(Taggers.value("the quarter ended Sept. 30", "Sales rose in the quarter ended Sept. 30.",
                "1989-10-30")).isEqualTo("1989-Q3");
        assertThat(Taggers.value("Sept. 30", "Sales rose in the quarter ended Sept. 30.", "1989-10-30"))
                .isEqualTo("1989-09-30");
    }

    @Test
    void aTimeCountedFromAnotherDoesNotBecomeTheTimeSpokenOf() {
        // "a year ago" is 1988-Q3; "the quarter" after it is still the one reported on
        assertThat(Taggers.document("1989-10-30", DateOrder.UNKNOWN, "Net rose in the third quarter from a year ago.",
                "The quarter included a gain.")).containsExactly(List.of("1989-Q3", "1988-Q3"), List.of("1989-Q3"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            day before last Tuesday   | The day before last Tuesday's hearing, Manuel went home.  | 2000-02-21
            the day after tomorrow    | They meet the day after tomorrow.                         | 2000-02-26
            The day before yesterday  | The day before yesterday it rained.                       | 2000-02-22
            Two days after Monday's   | Two days after Monday's vote, he resigned.                | 2000-02-23
            Two weeks after Sept. 11, 2001 | Two weeks after Sept. 11, 2001, he quit.             | 2001-09-25
            A year after March 1999   | A year after March 1999, he quit.                         | 2000-03
            two days                  | He stayed two days after the vote.                        | P2D
            """)
    void aCountOfUnitsBeforeOrAfterADateIsThatDateMoved(String expression, String sentence, String expected) {
        assertThat(Taggers.value(expression, sentence, "2000-02-24")).isEqualTo(expected);
    }

    @Test
    void laterInTheDayIsTheDaySpokenOfOrPublication() {
        assertThat(doc("The talks opened on May 3.", "Later in the day, the envoys left."))
                .containsExactly(List.of("2016-05-03"), List.of("2016-05-03"));
        assertThat(doc("He arrived in Philadelphia later in the day.")).containsExactly(List.of("2016-12-14"));
    }

    @Test
    void aCountOfDaysNamedInThePresentIsToday() {
        assertThat(Taggers.value("the second day", "It's the second day of an offensive by the security forces.",
                "1998-03-06")).isEqualTo("1998-03-06");
        assertThat(Taggers.value("eighth day", "In Saudi Arabia, today is the eighth day of the operation.",
                "1990-08-15")).isEqualTo("1990-08-15");
        // a count of days in the past is no day of publication
        assertThat(Taggers.value("the second day", "It was the second day of the offensive.", "1998-03-06"))
                .isNotEqualTo("1998-03-06");
    }

    @Test
    void yearsEndIsTheYearEnd() {
        assertThat(Taggers.value("year's end", "The rules should be in place by year's end.", "1989-10-26"))
                .isEqualTo(Taggers.value("year-end", "The rules should be in place by year-end.", "1989-10-26"))
                .isEqualTo("1989");
    }
}
