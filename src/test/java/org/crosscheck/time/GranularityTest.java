package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.fact.TimeSpan;
import org.junit.jupiter.api.Test;

class GranularityTest {

    @Test
    void isoWeekBelongsToItsWeekBasedYear() {
        assertThat(Granularity.WEEK.spanOf(LocalDate.of(2016, 1, 1))).isEqualTo(
                new TimeSpan("2015-W53", LocalDate.of(2015, 12, 28), LocalDate.of(2016, 1, 3), "WEEK"));
    }

    @Test
    void winterCarriesTheYearOfItsDecember() {
        TimeSpan fromFebruary = Granularity.SEASON.spanOf(LocalDate.of(2013, 2, 10));
        assertThat(fromFebruary).isEqualTo(
                new TimeSpan("2012-WI", LocalDate.of(2012, 12, 1), LocalDate.of(2013, 2, 28), "SEASON"));
        assertThat(Granularity.SEASON.shifted(LocalDate.of(2013, 3, 22), -3).value()).isEqualTo("2012-SU");
    }

    @Test
    void quarterDecadeAndCenturyValues() {
        assertThat(Granularity.QUARTER.spanOf(LocalDate.of(2013, 5, 10))).isEqualTo(
                new TimeSpan("2013-Q2", LocalDate.of(2013, 4, 1), LocalDate.of(2013, 6, 30), "QUARTER"));
        assertThat(Granularity.DECADE.spanOf(LocalDate.of(1994, 7, 1))).isEqualTo(
                new TimeSpan("199", LocalDate.of(1990, 1, 1), LocalDate.of(1999, 12, 31), "DECADE"));
        assertThat(Granularity.CENTURY.spanOf(LocalDate.of(1957, 1, 1)).value()).isEqualTo("19");
    }

    @Test
    void shiftedMovesWholeUnits() {
        assertThat(Granularity.MONTH.shifted(LocalDate.of(2018, 3, 31), -1)).isEqualTo(
                new TimeSpan("2018-02", LocalDate.of(2018, 2, 1), LocalDate.of(2018, 2, 28), "MONTH"));
        assertThat(Granularity.YEAR.shifted(LocalDate.of(2019, 8, 20), 1).value()).isEqualTo("2020");
    }
}
