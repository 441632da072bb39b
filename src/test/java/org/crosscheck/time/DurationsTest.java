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
            Mondays              | The museum is closed on Mondays.                   | XXXX-WXX-1
            Sunday mornings      | He plays golf on Sunday mornings.                  | XXXX-WXX-7TMO
            Monday               | Flights will leave on Monday and Tuesday nights.   | XXXX-WXX-1TNI
            Tuesday nights       | Flights will leave on Monday and Tuesday nights.   | XXXX-WXX-2TNI
            Monday night         | The talks resume on Monday night.                  | 2013-03-25TNI
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
            an hour and a half   | The talks lasted an hour and a half.               | PT1H30M
            two and a half years | The trial took two and a half years.               | P2Y6M
            a minute and a half  | A minute and a half later, a pilot calls in.       | PT1M30S
            two and a half days  | The siege lasted two and a half days.              | P2DT12H
            two and a half weeks | The strike lasted two and a half weeks.            | P2.5W
            two and a half decades | It took two and a half decades.                  | P25Y
            2 1/2 years          | The panel will look back over 2 1/2 years.         | P2Y6M
            5 1/2 hours          | She will spend 5 1/2 hours on the ground.          | PT5H30M
            two more weeks       | The boy will stay for at least two more weeks.     | P2W
            20 more years        | It wants to keep the fleet for 20 more years.      | P20Y
            an additional year   | The loan may be extended for an additional year.   | P1Y
            the next couple of years | Prices will rise over the next couple of years. | P2Y
            months               | The merger follows months of twists and turns.     | PXM
            minutes              | He left minutes before the plane departed.         | PTXM
            weeks                | Such a test can now take weeks to run.             | PXW
            hours                | He tweeted hours after the quake.                  | PTXH
            """)
    void durationsAndRecurrences(String expression, String sentence, String expected) {
        assertThat(value(expression, sentence, "2013-03-22")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In those days the town had no road.
            The offensive ended years ago.
            The fire ripped through the tower in the early hours of Wednesday morning.
            """)
    void aPluralUnitThatIsATimeIsNoLength(String sentence) {
        // "those days" is a time, "years ago" a date and "the early hours" the time after midnight
        assertThat(Taggers.SHIPPED.tag(sentence, java.time.LocalDate.parse("2017-06-14")))
                .noneMatch(t -> t.span().value().matches("PT?X[DYH]"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            recent years  | Colombia has suffered from a rash of kidnappings in recent years.     | PXY
            recent months | Officials have expressed concerns in recent months about the murders. | PXM
            recent weeks  | He has been under treatment for bipolar disorder in recent weeks.     | PXW
            recent days   | Ten people were killed in clashes in the region in recent days.       | PAST_REF
            recent years  | As the yen soared in recent years, its problems became acute.         | PAST_REF
            """)
    void recentUnitsInAPerfectAreALengthUpToNow(String expression, String sentence, String expected) {
        assertThat(value(expression, sentence, "1998-04-02")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            the year        | Net income for the year ended Aug. 31 was C$2.7 million.           | P1Y
            the fiscal year | In the fiscal year ended Jan. 31, the company reported sales.      | P1Y
            the year        | It expects net income in the year ending June 30, 1990, to fall.   | P1Y
            June 30, 1990   | It expects net income in the year ending June 30, 1990, to fall.   | 1990-06-30
            the year        | Net income for the year ended Dec. 31 rose 5%.                     | 1989
            """)
    void aYearEndedOnAnotherDayThanDecember31IsTwelveMonths(String expression, String sentence, String expected) {
        assertThat(value(expression, sentence, "1989-10-30")).isEqualTo(expected);
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
