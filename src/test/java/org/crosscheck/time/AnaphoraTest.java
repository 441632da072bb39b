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
        assertThat(doc("The treaty was signed on March 3, 2001.", "It came into force the following year.",
                "In November that year, the first troops left.", "The day before, talks had failed.",
                "A week later, the border reopened."))
                .containsExactly(List.of("2001-03-03"), List.of("2002"), List.of("2001-11"), List.of("2001-03-02"),
                        List.of("2001-03-10"));
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
}
