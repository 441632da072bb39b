package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseCuesTest {

    private static boolean future(String sentence, String expression) {
        int at = sentence.indexOf(expression);
        return new TenseCues(sentence).direction(at, at + expression.length()).future();
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
            The team meets on Friday.                              | Friday | false
            The ban ended on Friday; talks will resume.            | Friday | false
            """)
    void nearestCueDecides(String sentence, String expression, boolean future) {
        assertThat(future(sentence, expression)).isEqualTo(future);
    }
}
