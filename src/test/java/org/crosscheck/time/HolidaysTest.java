package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.time.Taggers.value;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Holidays from rules/data/holidays.csv, their movable days computed. */
class HolidaysTest {
    @Test
    void easterByTheGregorianAndJulianComputus() {
        assertThat(Holidays.easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(Holidays.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Holidays.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(Holidays.orthodoxEaster(2023)).isEqualTo(LocalDate.of(2023, 4, 16));
        assertThat(Holidays.orthodoxEaster(2021)).isEqualTo(LocalDate.of(2021, 5, 2));
    }

    @Test
    void islamicHolidaysByTheHijrahCalendar() {
        assertThat(Holidays.hijri(2023, 10, 1)).contains(LocalDate.of(2023, 4, 21));
        assertThat(Holidays.hijri(2023, 12, 10)).contains(LocalDate.of(2023, 6, 28));
        assertThat(Holidays.hijri(2024, 9, 1)).contains(LocalDate.of(2024, 3, 11));
    }

    @ParameterizedTest(name = "{0} in an article of {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Christmas              | Shops closed on Christmas.                         | 2017-01-10 | 2016-12-25
            Christmas              | Shops closed on Christmas.                         | 2017-04-10 | 2016-12-25
            Christmas              | Shops will close on Christmas.                     | 2016-12-14 | 2016-12-25
            Christmas 2015         | Shops closed on Christmas 2015.                    | 2016-12-14 | 2015-12-25
            last Christmas         | Shops closed last Christmas.                       | 2016-01-10 | 2015-12-25
            Thanksgiving Day       | He spoke on Thanksgiving Day.                      | 2000-01-07 | 1999-11-25
            Easter                 | Pilgrims gathered at Easter.                       | 2019-05-01 | 2019-04-21
            Good Friday            | The accord was signed on Good Friday.              | 2019-05-01 | 2019-04-19
            Eid al-Fitr            | Markets were busy before Eid al-Fitr.              | 2023-05-01 | 2023-04-21
            Election Day           | Polls open on Election Day.                        | 2020-10-20 | 2020-11-03
            New Year's Day         | He resigned on New Year's Day.                     | 2019-02-01 | 2019-01-01
            Independence Day       | Pakistan's Independence Day was celebrated.        | 2019-09-01 | 2019-08-14
            Independence Day       | India celebrated Independence Day with a parade.   | 2019-09-01 | 2019-08-15
            Independence Day       | Crowds marked the Independence Day of Ghana.        | 2019-09-01 | 2019-03-06
            Diwali                 | Lamps were lit for Diwali.                         | 2018-12-01 | 2018-11-07
            """)
    void holidaysResolveToTheirDay(String expression, String sentence, String anchor, String expected) {
        assertThat(value(expression, sentence, anchor)).isEqualTo(expected);
    }

    @Test
    void aSharedNameWithoutACountryAndATableOutsideItsYearsStayUnknown() {
        assertThat(value("Independence Day", "Crowds marked Independence Day.", "2019-09-01")).isEqualTo("XXXX-XX-XX");
        assertThat(value("Diwali", "Lamps were lit for Diwali.", "1990-12-01")).isEqualTo("XXXX-XX-XX");
    }

    @Test
    void aHolidayWeekIsItsIsoWeek() {
        assertThat(value("Easter week", "Protests went on through Easter week.", "2000-04-17")).isEqualTo("2000-W16");
    }

    @ParameterizedTest(name = "{1} in an article of {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Christmas     | The family celebrated Christmas in the village.   | 2012-12-10 | 2011-12-25
            Thanksgiving  | On Thanksgiving, a man was killed in the city.    | 2012-11-10 | 2011-11-24
            Christmas     | The family will celebrate Christmas at home.      | 2012-12-10 | 2012-12-25
            Easter week   | Protesters prayed as Easter week began.            | 2000-04-16 | 2000-W16
            """)
    void aHolidayNamedByAPastVerbIsItsPreviousOccurrence(String expression, String sentence, String anchor,
                                                          String expected) {
        assertThat(value(expression, sentence, anchor)).isEqualTo(expected);
    }
}
