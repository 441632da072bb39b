package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.time.Taggers.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Halves of a year with their year in the words; a half without one is no date. */
class HalvesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the second half of 2009        | Sales rose in the second half of 2009.               | 2009-H2
            the last half of 1989          | Earnings will be lower for the last half of 1989.    | 1989-H2
            the first half of next year    | The plant opens in the first half of next year.      | 2011-H1
            the second half of the year    | Growth should pick up in the second half of the year. | 2010-H2
            first-half 2010                | First-half 2010 profit doubled.                      | 2010-H1
            H2 2011                        | Deliveries start in H2 2011.                         | 2011-H2
            the first half                 | He scored twice in the first half.                   | ''
            the first half of the match    | He scored in the first half of the match.            | ''
            """)
    void halves(String expression, String sentence, String expected) {
        assertThat(value(expression, sentence, "2010-06-15")).isEqualTo(expected);
    }
}
