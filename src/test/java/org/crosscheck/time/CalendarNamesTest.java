package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.time.Taggers.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Month, weekday and season names: when a lower-case or bare name is one, and when it is a common word. */
class CalendarNamesTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            next saturday  | We meet next saturday, OK?                      | 2013-03-23
            monday night   | Then monday night it rained, she said.          | 2013-03-18TNI
            last november  | It happened last november, I think.            | 2012-11
            wednesday      | Then on wednesday at 1:00 pm we left.           | 2013-03-20
            march 2009     | It began in march 2009, she said.              | 2009-03
            14 march       | It began on 14 march, she said.                | 2013-03-14
            may            | This may be the end.                           | ''
            march          | Last march was peaceful.                       | ''
            wednesday      | The wednesday crowd was small.                 | ''
            """)
    void aLowerCaseNameIsOneWhenTheWordsBesideItShowADate(String expression, String sentence, String expected) {
        assertThat(value(expression, sentence, "2013-03-20")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            the summer     | Sales slowed well into the summer.             | 2012-SU
            The summer     | The summer was hot.                            | 2012-SU
            the summer     | Over the summer, prices rose.                  | 2012-SU
            this spring    | The bill will be voted on this spring.         | 2013-SP
            the winter     | They feared the winter storm.                  | ''
            the fall       | It came after the fall of Rome.                | ''
            """)
    void aBareSeasonIsOneUnlessItModifiesANoun(String expression, String sentence, String expected) {
        assertThat(value(expression, sentence, "2013-03-20")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            January        | He was convicted in January of fraud.                                | 2012-01
            early January  | He was convicted in early January of fraud.                          | 2012-01
            January        | The trial will begin in January.                                     | 2013-01
            January        | The firm agreed to buy the bank in January.                          | 2013-01
            December       | The firm changed to a calendar year in December.                     | 2011-12
            """)
    void aPastVerbWithInBeforeABareMonthIsItsPastOccurrence(String expression, String sentence, String expected) {
        assertThat(value(expression, sentence, "2012-11-20")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} in an article of {2}")
    @CsvSource(delimiter = '|', textBlock = """
            last February  | Two helicopters crashed last February.   | 1998-03-01 | 1997-02
            last April     | Sales fell last April.                   | 1989-10-27 | 1989-04
            next July      | The plant opens next July.               | 2011-06-03 | 2012-07
            next September | The plant opens next September.          | 2011-06-03 | 2011-09
            """)
    void theMonthNextToPublicationNamedWithLastOrNextIsAYearAway(String expression, String sentence, String anchor,
                                                                 String expected) {
        assertThat(value(expression, sentence, anchor)).isEqualTo(expected);
    }
}
