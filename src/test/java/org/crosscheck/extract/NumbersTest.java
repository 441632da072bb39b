package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void readsDigitsAndNumberWords() {
        assertThat(Numbers.cardinal("1,200")).isEqualTo(1200);
        assertThat(Numbers.cardinal("four")).isEqualTo(4);
        assertThat(Numbers.cardinal("twenty-one")).isEqualTo(21);
    }

    @Test
    void punctuationAloneIsNotANumber() {
        // Found by ExtractionProperties: a lone hyphen after a year crashed the count extractor.
        assertThat(Numbers.cardinal("-")).isNaN();
        assertThat(Numbers.cardinal("")).isNaN();
        assertThat(Numbers.cardinal("twenty-many")).isNaN();
    }
}
