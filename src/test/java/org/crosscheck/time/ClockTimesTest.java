package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.time.Taggers.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clock times as TIME values on the day they belong to. */
class ClockTimesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2:40pm               | The blast came at 2:40pm.                          | 2013-03-22T14:40
            14.40 local time     | The blast came at 14.40 local time.                | 2013-03-22T14:40
            07:41 pm IST         | The order was signed at 07:41 pm IST.              | 2013-03-22T19:41
            10 p.m. Wednesday    | The polls closed at 10 p.m. Wednesday.             | 2013-03-20T22:00
            noon Thursday        | The deadline passed at noon Thursday.              | 2013-03-21T12:00
            5 p.m. EST, Nov. 9   | The offer expires at 5 p.m. EST, Nov. 9.            | 2013-11-09T17:00
            4 in the morning     | He left at 4 in the morning.                       | 2013-03-22T04:00
            a quarter past 6     | He arrived at a quarter past 6.                    | 2013-03-22T06:15
            Friday night         | Protesters marched on Friday night.                | 2013-03-22TNI
            this morning         | The minister resigned this morning.                | 2013-03-22TMO
            last night           | The minister resigned last night.                  | 2013-03-21TNI
            mid-afternoon yesterday | Shares were up at mid-afternoon yesterday.      | 2013-03-21TAF
            0300 hrs             | The train derailed at 0300 hrs.                    | 2013-03-22T03:00
            1900 GMT             | The vote is at about 1900 GMT.                     | 2013-03-22T19:00
            2am on Friday morning | He went in at around 2am on Friday morning.       | 2013-03-22T02:00
            10am on 13 March     | The opening ceremony came at 10am on 13 March.     | 2013-03-13T10:00
            9 a.m. on 2 March 2012 | The polls opened at 9 a.m. on 2 March 2012.      | 2012-03-02T09:00
            6.04 pm (Indian Standard Time – IST) on August 3 | It will land at 6.04 pm (Indian Standard Time – IST) on August 3. | 2013-08-03T18:04
            """)
    void timesOnTheirDay(String expression, String sentence, String expected) {
        assertThat(value(expression, sentence, "2013-03-22")).isEqualTo(expected);
    }

    @Test
    void aReferenceZoneIsNamedAndALocalOneIsNot() {
        assertThat(Taggers.expression("The vote is at about 1900 GMT.", "1900", "2013-03-22").referenceZone())
                .isEqualTo("gmt");
        assertThat(Taggers.expression("It hit at 2:15 a.m. ET on Monday.", "2:15", "2013-03-22").referenceZone())
                .isEqualTo("et");
        assertThat(Taggers.expression("The order was signed at 07:41 pm IST.", "07:41", "2013-03-22").referenceZone())
                .isEmpty();
        assertThat(Taggers.document("2013-03-22", org.crosscheck.ingest.DateOrder.UNKNOWN,
                "The project took 1900 hours of work.")).containsExactly(java.util.List.of());
    }

    @Test
    void theZoneIsKeptAsAnOffsetSoTwoSourcesCanBeCompared() {
        TimeExpression t = Taggers.expression("The order was signed at 07:41 pm IST.", "07:41", "2013-03-22");
        assertThat(t.type()).isEqualTo("TIME");
        assertThat(t.span().value()).isEqualTo("2013-03-22T19:41+05:30");
        assertThat(t.span().granularity()).isEqualTo("TIME");
        assertThat(t.span().start()).hasToString("2013-03-22");
    }

    @Test
    void aBareTimeIsOnTheDaySpokenOfLast() {
        assertThat(Taggers.document("2013-03-22", org.crosscheck.ingest.DateOrder.UNKNOWN,
                "The attack came on Tuesday.", "Police arrived at 10:35 a.m.")).containsExactly(
                java.util.List.of("2013-03-19"), java.util.List.of("2013-03-19T10:35"));
    }

    @Test
    void numbersThatAreNotTimes() {
        assertThat(value("3.15", "Shares rose 3.15 percent.", "2013-03-22")).isEmpty();
        assertThat(value("7:15", "Read John 7:15 aloud.", "2013-03-22")).isEmpty();
    }
}
