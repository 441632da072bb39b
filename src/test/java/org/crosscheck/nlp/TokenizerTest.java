package org.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> texts(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void numbersClockTimesAndDesignationsStayWhole() {
        assertThat(texts("At 3:10 a.m., 1,200 people and 14 coaches; $26.2bn, the 777-300ER and Mi-35M."))
                .containsExactly("At", "3:10", "a.m.", ",", "1,200", "people", "and", "14", "coaches", ";", "$",
                        "26.2bn", ",", "the", "777-300ER", "and", "Mi-35M", ".");
    }

    @Test
    void possessivesAndNegationSplitOff() {
        assertThat(texts("May's deal wasn't backed by the U.S."))
                .containsExactly("May", "'s", "deal", "was", "n't", "backed", "by", "the", "U.S.");
        assertThat(texts("Sunday\u2019s crash")).containsExactly("Sunday", "\u2019s", "crash");
    }

    @Test
    void offsetsPointAtTheTokenText() {
        String s = "  The  two-week drill (X-IV) began.";
        for (Token t : Tokenizer.tokenize(s)) {
            assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(texts(s)).contains("two-week", "X-IV");
    }
}
