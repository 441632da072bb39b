package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.fact.TimeSpan;
import org.junit.jupiter.api.Test;

/** Within one article, a month and a day outside it are two events, however few days lie between. */
class ArticleEventsTimeTest {
    private static final TimeSpan SEPTEMBER = new TimeSpan("2018-09", LocalDate.of(2018, 9, 1),
            LocalDate.of(2018, 9, 30), "MONTH");

    private static TimeSpan day(int month, int day) {
        LocalDate d = LocalDate.of(2018, month, day);
        return new TimeSpan(d.toString(), d, d, "DAY");
    }

    @Test
    void aMonthAndADayOutsideItAreApart() {
        assertThat(ArticleEvents.monthApart(SEPTEMBER, day(10, 5))).isTrue();
        assertThat(ArticleEvents.monthApart(day(10, 5), SEPTEMBER)).isTrue();
    }

    @Test
    void aDayInsideTheMonthOrTwoDaysAreNot() {
        assertThat(ArticleEvents.monthApart(SEPTEMBER, day(9, 28))).isFalse();
        assertThat(ArticleEvents.monthApart(day(10, 1), day(10, 5))).isFalse();
    }
}
