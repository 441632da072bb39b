package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words beside an offset are read by walking from it: the work does not grow with the text before it. */
class WordsTest {
    /** A text that counts the characters read from it. */
    private static final class Counting implements CharSequence {
        private final String text;
        int reads;

        Counting(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Test
    void previousAndNextWordsAreAsWritten() {
        assertThat(Words.previousRaw("Resolution 1540", 11)).isEqualTo("Resolution");
        assertThat(Words.previous("some - 2000", 7)).isEqualTo("some");
        assertThat(Words.previous("Mr. 2000", 4)).isEqualTo("mr");
        assertThat(Words.next("2000 people", 4)).isEqualTo("people");
        assertThat(Words.before("faster than can be done today", 24, 4)).containsExactly("than", "can", "be", "done");
    }

    @Test
    void theWorkIsTheWordsNotTheTextBeforeThem() {
        String filler = "word ".repeat(200_000);
        for (int size : new int[] {1_000, 1_000_000}) {
            Counting text = new Counting(filler.substring(0, size) + "in 2016");
            int at = text.length() - 4;
            assertThat(Words.previous(text, at)).isEqualTo("in");
            assertThat(text.reads).as("characters read before offset %d", at).isLessThan(10);
        }
    }
}
