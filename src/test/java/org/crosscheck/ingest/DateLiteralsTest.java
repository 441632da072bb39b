package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class DateLiteralsTest {

    @Test
    void readsThePrintedFormats() {
        assertThat(DateLiterals.findDate("x 2018-03-03 y")).get().extracting(DateLiterals.Found::date)
                .isEqualTo(LocalDate.of(2018, 3, 3));
        assertThat(DateLiterals.findDate("14-Dec-2016").orElseThrow().date()).isEqualTo(LocalDate.of(2016, 12, 14));
        assertThat(DateLiterals.findDate("March 3rd, 2018").orElseThrow().date()).isEqualTo(LocalDate.of(2018, 3, 3));
        assertThat(DateLiterals.findDate("23 May, 2024").orElseThrow().date()).isEqualTo(LocalDate.of(2024, 5, 23));
        assertThat(DateLiterals.findDate("Sept. 5 2019").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 9, 5));
    }

    @Test
    void rejectsImpossibleDatesAndFindsYearlessOnes() {
        assertThat(DateLiterals.findDate("2018-02-30")).isEmpty();
        assertThat(DateLiterals.findDate("Nov 20 (INP)")).isEmpty();
        assertThat(DateLiterals.findMonthDay("ISLAMABAD, Nov 20 (INP):")).contains(MonthDay.of(11, 20));
    }
}
