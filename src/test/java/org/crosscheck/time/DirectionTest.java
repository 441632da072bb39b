package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.time.Taggers.value;

import java.time.LocalDate;
import org.crosscheck.time.TenseCues.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Choosing the occurrence of a recurring name: the tense, its cue, and how near each occurrence is. */
class DirectionTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Monday  | The trial opens Monday.                                  | 2013-03-25
            the 4th | The summit begins on the 4th.                            | 2013-04-04
            Friday  | The minister resigned on Friday.                         | 2013-03-15
            Nov. 21 | The bonds were called for redemption on Nov. 21.        | 2013-11-21
            Dec. 15 | The bonds were redeemed on Dec. 15.                      | 2012-12-15
            June 7  | The closures will begin on June 7.                       | 2013-06-07
            Dec. 16 | The deal Britain signed on Dec. 16 will cut tariffs.     | 2012-12-16
            Friday  | Shares fell 50 cents on Friday to close at $20.          | 2013-03-15
            Tuesday | They vowed to fight Tuesday's ruling.                  | 2013-03-19
            Monday  | The vote is on Monday.                                   | 2013-03-25
            Monday  | Ministers hold talks on Monday.                          | 2013-03-25
            Monday  | The funeral takes place on Monday.                       | 2013-03-25
            Monday  | It is not clear whether the match goes ahead on Monday. | 2013-03-25
            Monday  | Schools remain closed until Monday.                      | 2013-03-25
            Monday  | Schools remained closed until Monday.                    | 2013-03-18
            Monday  | The court postponed the hearing until Monday.            | 2013-03-25
            Monday  | He could be sentenced as early as Monday.                | 2013-03-25
            Monday  | Storm hits Haiti on Monday                               | 2013-03-18
            Monday  | Police say the man was arrested on Monday.               | 2013-03-18
            Friday  | In trading Friday, the shares fell 50 cents.             | 2013-03-15
            Tuesday | Police fired tear gas, rubber bullets and pepper spray on Tuesday to clear the road. | 2013-03-19
            """)
    void theOccurrenceMeant(String expression, String sentence, String expected) {
        String anchor = expression.startsWith("Nov") ? "2013-11-02" : expression.startsWith("Dec. 16") ? "2012-12-20"
                : expression.startsWith("Dec. 15") ? "2013-02-02" : "2013-03-20";
        assertThat(value(expression, sentence, anchor)).isEqualTo(expected);
    }

    @Test
    void aDistantOccurrenceOnTheOtherSideDoesNotWin() {
        LocalDate anchor = LocalDate.of(2013, 3, 18);
        Direction past = Direction.past("past tense 'met'");
        Occurrences.Choice c = Occurrences.choose(anchor, LocalDate.of(2012, 6, 7), LocalDate.of(2012, 6, 7),
                LocalDate.of(2013, 6, 7), true, past);
        assertThat(c.date()).isEqualTo(LocalDate.of(2012, 6, 7));
        Occurrences.Choice near = Occurrences.choose(anchor, LocalDate.of(2012, 4, 7), LocalDate.of(2012, 4, 7),
                LocalDate.of(2013, 4, 7), true, past);
        assertThat(near.date()).isEqualTo(LocalDate.of(2013, 4, 7));
        assertThat(near.reason()).contains("days ahead is meant");
    }

    @Test
    void anUncuedDayAQuarterAheadIsMeantAgainstOneFarBack() {
        assertThat(value("29 March", "The deal sets out the exit on 29 March.", "2019-01-15")).isEqualTo("2019-03-29");
        LocalDate anchor = LocalDate.of(2019, 1, 15);
        Occurrences.Choice uncued = Occurrences.choose(anchor, LocalDate.of(2018, 3, 29), LocalDate.of(2018, 3, 29),
                LocalDate.of(2019, 3, 29), true, Direction.DEFAULT_PAST);
        assertThat(uncued.date()).isEqualTo(LocalDate.of(2019, 3, 29));
        // a past tense keeps its own reach, and a month (a span) is not planned ahead by default
        Occurrences.Choice past = Occurrences.choose(anchor, LocalDate.of(2018, 3, 29), LocalDate.of(2018, 3, 29),
                LocalDate.of(2019, 3, 29), true, Direction.past("past tense 'set'"));
        assertThat(past.date()).isEqualTo(LocalDate.of(2018, 3, 29));
        Occurrences.Choice month = Occurrences.choose(anchor, LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 30),
                LocalDate.of(2019, 4, 1), true, Direction.DEFAULT_PAST);
        assertThat(month.date()).isEqualTo(LocalDate.of(2018, 4, 1));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Monday  | He was arrested on a Monday in the spring.               | XXXX-WXX-1
            Monday  | One Monday, he walked out of the office.                 | XXXX-WXX-1
            Sunday  | Crowds attended a Sunday night memorial service.         | 2013-03-17
            Monday  | He was arrested on Monday.                               | 2013-03-18
            """)
    void anIndefiniteWeekdayIsTheWeekdayOnly(String expression, String sentence, String expected) {
        assertThat(value(expression, sentence, "2013-03-20")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            January | The split would be paid on a still unspecified date in January to holders.      | 1990-01
            Friday  | A pledge to protect him could not stop the bullet that tore through his window Friday night. | 1989-10-20
            Friday  | The bullet that tore through a constitutionally protected clinic on Friday.       | 1989-10-20
            """)
    void aParticipleBetweenADeterminerAndItsNounIsNoTenseButAVerbAfterThatIs(String expression, String sentence,
                                                                              String expected) {
        assertThat(value(expression, sentence, "1989-10-26")).isEqualTo(expected);
    }

    @Test
    void theDirectionAndItsCueAreOnTheSpan() {
        TimeExpression t = Taggers.expression("The trial opens Monday.", "Monday", "2013-03-20");
        assertThat(t.span().direction()).isEqualTo("FUTURE");
        assertThat(t.span().cue()).isEqualTo("present tense of a scheduled event 'opens'");
        TimeExpression fixed = Taggers.expression("The accord was signed on March 3, 2001.", "March", "2013-03-18");
        assertThat(fixed.span().direction()).isEmpty();
    }
}
