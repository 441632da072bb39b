package org.crosscheck.time;

/** Which way a stretch of a sentence points in time, from its tense and cues ("will", "next", past verbs). */
public final class Tense {
    private Tense() {
    }

    /** True when the words around {@code [start, end)} of the sentence look forward; news defaults to the past. */
    public static boolean pointsForward(String sentence, int start, int end) {
        return new TenseCues(sentence).direction(start, end).future();
    }
}
