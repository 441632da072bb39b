package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.time.Taggers.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lengths of time as DURATION values and recurrences as SET values. */
class DurationsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            five years           | No one knows what will be available in five years. | P5Y
            two-week             | They began a two-week exercise.                    | P2W
            the past three months | Prices rose over the past three months.           | P3M
            several years        | The plan took several years.                       | PXY
            24 hours             | The strike lasted 24 hours.                        | PT24H
            a decade             | It may be the worst in a decade.                   | P10Y
            four-month old       | The four-month old baby slept.                     | P4M
            the past           | Sales grew over the past two years.                  | P2Y
            every year           | The forum meets every year.                        | P1Y
            daily                | Flights leave daily.                               | P1D
            twice a week         | They meet twice a week.                            | P1W
            a year               | The plant makes $5 million a year.                 | P1Y
            every Monday         | The market opens every Monday.                     | XXXX-WXX-1
            20 years             | It was the first visit in 20 years.                | P20Y
            a decade             | Prices hit their highest level in a decade.        | P10Y
            in five years        | The plant will close in five years.                | 2018
            the next decade      | Sales will surge over the next decade.             | P10Y
            the past decade      | Threats had become routine over the past decade.   | P10Y
            the last decade      | They lost earning power in the last decade.        | 200
            43,800 hours         | The engine ran for 43,800 hours.                   | PT43800H
            1,500 years          | The tree is 1,500 years old.                       | P1500Y
            half an hour         | The march was delayed by half an hour.             | PT30M
            half a day           | The search took half a day.                        | PT12H
            half a year          | The line was closed for half a year.               | P6M
            half a century       | It was the worst in half a century.                | P50Y
            half a month         | The strike lasted half a month.                    | P0.5M
            an hour and a half   | The talks lasted an hour and a half.               | PT1.5H
            two and a half years | The trial took two and a half years.               | P2.5Y
            """)
    void durationsAndRecurrences(String expression, String sentence, String expected) {
        assertThat(value(expression, sentence, "2013-03-22")).isEqualTo(expected);
    }

    @Test
    void aDurationHasNoIntervalOfItsOwn() {
        TimeExpression t = Taggers.expression("They began a two-week exercise.", "two-week", "2013-03-22");
        assertThat(t.type()).isEqualTo("DURATION");
        assertThat(t.isPoint()).isFalse();
        assertThat(t.span().start()).isNull();
        assertThat(t.span().duration()).isEqualTo("P2W");
    }

    @Test
    void aCountBeforeLaterIsADateCountedFromTheTimeSpokenOf() {
        assertThat(value("a month earlier", "It began in early December, a month earlier than usual.", "2013-03-22"))
                .isEqualTo("P1M");
    }
}
