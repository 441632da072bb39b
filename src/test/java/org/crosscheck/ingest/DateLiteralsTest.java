package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import org.crosscheck.vocab.CalendarWords;
import org.crosscheck.vocab.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateLiteralsTest {
    private static final DateLiterals DATES = new DateLiterals(CalendarWords.from(Vocabulary.load(Path.of("rules"))));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            x 2018-03-03 y            | 2018-03-03
            2019-03-25T10:00:00Z      | 2019-03-25
            14-Dec-2016               | 2016-12-14
            March 3rd, 2018           | 2018-03-03
            23 May, 2024              | 2024-05-23
            Sept. 5 2019              | 2019-09-05
            Mon 25 Mar 2019 09.00 GMT | 2019-03-25
            Monday, March 25, 2019    | 2019-03-25
            25.03.2019                | 2019-03-25
            25/03/2019                | 2019-03-25
            2019/03/25                | 2019-03-25
            03/25/2019                | 2019-03-25
            """)
    void readsThePrintedFormats(String text, String expected) {
        assertThat(DATES.findDate(text)).get().extracting(DateLiterals.Found::date).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void aNumericDateEitherWayRoundIsReadInTheOrderGivenAndSaysSo() {
        assertThat(DATES.findDate("03/02/2020")).get().satisfies(f -> {
            assertThat(f.date()).isEqualTo(LocalDate.of(2020, 2, 3));
            assertThat(f.ambiguous()).isTrue();
        });
        assertThat(DATES.findDate("03/02/2020", DateOrder.MONTH_FIRST)).get().satisfies(f -> {
            assertThat(f.date()).isEqualTo(LocalDate.of(2020, 3, 2));
            assertThat(f.ambiguous()).isFalse();
        });
    }

    @Test
    void rejectsImpossibleDatesAndFindsYearlessOnes() {
        assertThat(DATES.findDate("2018-02-30")).isEmpty();
        assertThat(DATES.findDate("Nov 20 (INP)")).isEmpty();
        assertThat(DATES.findMonthDay("ISLAMABAD, Nov 20 (INP):")).contains(MonthDay.of(11, 20));
    }
}
