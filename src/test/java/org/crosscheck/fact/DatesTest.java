package org.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates of one occurrence compared: a day without a year read in the other's year, and how far apart is apart. */
class DatesTest {

    private static TimeSpan day(String value) {
        LocalDate d = LocalDate.parse(value.substring(0, 10));
        return new TimeSpan(value, d, d, "DAY");
    }

    private static Claim expected(TimeSpan t, String published) {
        return Claim.builder().source("x.txt").attribute("date").modality("EXPECTED").time(t).value(t.value())
                .published(published).build();
    }

    @Test
    void aDayWithoutAYearIsReadInTheYearOfTheOtherDate() {
        TimeSpan read = Dates.inYearOf(new TimeSpan("XXXX-08-03T18:04+05:30", null, null, "TIME"),
                day("2023-08-23"));
        assertThat(read.start()).isEqualTo(LocalDate.of(2023, 8, 3));
        assertThat(read.value()).isEqualTo("2023-08-03T18:04+05:30");
        assertThat(read.granularity()).isEqualTo("TIME");
        // A bare month may be the last one or the next: it is not read in any year.
        assertThat(Dates.inYearOf(new TimeSpan("XXXX-12", null, null, "MONTH"), day("2019-01-15"))).isNull();
        assertThat(Dates.inYearOf(new TimeSpan("XXXX-02-30", null, null, "DAY"), day("2023-08-23"))).isNull();
    }

    @Test
    void onlyAnUndatedArticlesDayWithoutAYearIsReadSo() {
        TimeSpan yearless = new TimeSpan("XXXX-08-03", null, null, "DAY");
        assertThat(Dates.farApart(expected(yearless, ""), expected(day("2023-08-23"), "2023-08-20"))).isTrue();
        // In a dated article the tagger left the year open on purpose.
        assertThat(Dates.farApart(expected(yearless, "2023-07-30"), expected(day("2023-08-23"), "2023-08-20")))
                .isFalse();
        // Within a week, or a year against a day, is no pair of days to review.
        assertThat(Dates.farApart(expected(day("2023-08-23"), "x"), expected(day("2023-08-24"), "y"))).isFalse();
        assertThat(Dates.farApart(expected(new TimeSpan("2017", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31),
                "YEAR"), "x"), expected(day("2015-02-03"), "y"))).isFalse();
    }
}
