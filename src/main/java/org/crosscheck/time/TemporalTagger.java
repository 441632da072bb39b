package org.crosscheck.time;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the time expressions of a sentence and resolves them against an anchor (the article's publication
 * date), choosing past or future reference from the sentence's tense and cues.
 */
public interface TemporalTagger {

    /**
     * The time expressions of a sentence, offsets relative to the sentence.
     *
     * @param sentence the sentence text
     * @param anchor   the publication date relative expressions resolve against, or {@code null} when unknown
     *                 (relative expressions then keep an unresolved value such as {@code PAST_REF} or
     *                 {@code XXXX-09})
     */
    List<TimeExpression> tag(String sentence, LocalDate anchor);

    /** The TimeML value of one known expression as used in a sentence, or empty when it is not a time. */
    String normalize(String expression, String sentence, LocalDate anchor);
}
