package org.crosscheck.time;

import org.crosscheck.ingest.DateOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds the time expressions of a text and resolves them against an anchor (the document's publication time)
 * and the times the text spoke of before them, choosing past or future reference from the tense and cues.
 */
public interface TemporalTagger {

    /**
     * The time expressions of one sentence read on its own, offsets relative to the sentence.
     *
     * @param anchor the publication date relative expressions resolve against, or {@code null} when unknown
     *               (relative expressions then keep an unresolved value such as {@code PAST_REF} or {@code XXXX-09})
     */
    List<TimeExpression> tag(String sentence, LocalDate anchor);

    /**
     * The time expressions of a document's sentences, in order: "that year" and "a week later" count from the
     * time spoken of last. One list per sentence, offsets relative to its sentence. By default each sentence is
     * read on its own.
     *
     * @param anchor the document's anchor, or {@code null}
     * @param order  how the document writes numeric dates
     */
    default List<List<TimeExpression>> tagDocument(List<String> sentences, Anchor anchor, DateOrder order) {
        return sentences.stream().map(s -> tag(s, anchor == null ? null : anchor.day())).toList();
    }

    /** The TimeML value of one known expression as used in a sentence, or empty when it is not a time. */
    String normalize(String expression, String sentence, LocalDate anchor);

    /**
     * The TimeML values of known expressions in the sentences of one document, in document order, each read
     * with the times before it; empty where an expression is not a time. By default each is read on its own.
     */
    default List<String> normalizeDocument(List<Occurrence> occurrences, Anchor anchor) {
        return occurrences.stream().map(o -> normalize(o.expression(), o.sentence(), anchor == null ? null
                : anchor.day())).toList();
    }

    /** One known expression in its sentence. */
    record Occurrence(String expression, String sentence) {
    }
}
