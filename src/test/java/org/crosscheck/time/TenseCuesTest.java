package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseCuesTest {
    private static final TenseCues.Lexicon LEXICON =
            TenseCues.Lexicon.from(TimeVocabulary.load(java.nio.file.Path.of("rules")));

    private static boolean future(String sentence, String expression) {
        int at = sentence.indexOf(expression);
        return new TenseCues(sentence, LEXICON).direction(at, at + expression.length()).future();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The team will travel on Friday.                        | Friday | true
            The team travelled on Friday.                          | Friday | false
            The team held talks on Friday.                         | Friday | false
            The summit is to be held on Friday.                    | Friday | true
            The summit was scheduled for Friday.                   | Friday | true
            Officials plan to meet on Friday.                      | Friday | true
            The vote is expected on Friday.                        | Friday | true
            The team would have travelled on Friday.               | Friday | false
            Closures are due to the cuts announced on Friday.      | Friday | false
            The team meets on Friday.                              | Friday | true
            The trial opens Monday.                                | Monday | true
            The team had been scheduled to travel on Friday.       | Friday | false
            Shares fell 50 cents on Friday to close at $20.        | Friday | false
            Three days later, on Friday, the talks ended.          | Friday | false
            The ban ended on Friday; talks will resume.            | Friday | false
            The firm announced the plan Aug. 21.                   | Aug. 21 | false
            The airline will add flights by August in the search for markets untouched by the crisis. | August | true
            They finished by Friday.                               | Friday | false
            The flu season peaked by the end of the year.          | end of the year | false
            He will leave at dawn (4 a.m. Thursday), '' Castro said. | Thursday | true
            The boards approved it, and the deal should close by Friday. | Friday | true
            The deal should have closed by Friday.                 | Friday | false
            The firm will buy it at a premium over its price last Friday. | last Friday | false
            The group will sell the unit it bought two years ago.   | two years ago | false
            The drill is expected to last six days.                 | last six days | true
            """)
    void nearestCueDecides(String sentence, String expression, boolean future) {
        assertThat(future(sentence, expression)).isEqualTo(future);
    }
}
