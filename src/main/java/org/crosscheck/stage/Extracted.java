package org.crosscheck.stage;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.ingest.ArticleInput;
import org.crosscheck.ingest.SourceSummary;

/**
 * One article after the per-article pass: its summary, claims and MinHash signature, with the text dropped;
 * or, when its date must be inferred from the corpus first, its input (read again then) with no claims yet.
 *
 * @param claims       the article's claims, or null while it is deferred or once they are spilled
 * @param deferred     the input of the article awaiting its date ({@link DatingStage}), or null: not the article,
 *                     which a corpus of undated articles could not hold
 * @param ingestNanos  CPU time of reading and parsing
 * @param extractNanos CPU time of time tagging, extraction and signing
 * @param spilledAt    where its claims are in the pass's {@link Spill}, or -1
 */
public record Extracted(SourceSummary summary, List<Claim> claims, int[] signature, ArticleInput deferred,
                        long ingestNanos, long extractNanos, long spilledAt) implements java.io.Serializable {

    public Extracted(SourceSummary summary, List<Claim> claims, int[] signature, ArticleInput deferred, long ingestNanos,
                     long extractNanos) {
        this(summary, claims, signature, deferred, ingestNanos, extractNanos, -1);
    }

    /** The same article with its claims written to {@code spill} and dropped from the heap. */
    Extracted spillTo(Spill spill) {
        if (claims == null) {
            return this;
        }
        return new Extracted(summary, null, signature, deferred, ingestNanos, extractNanos,
                spill.append(new java.util.ArrayList<>(claims)));
    }

    /** The same article without its signature, which only the origins read (a corpus holds a million). */
    Extracted unsigned() {
        return signature == null ? this
                : new Extracted(summary, claims, null, deferred, ingestNanos, extractNanos, spilledAt);
    }

    /** The article's claims, read back from {@code spill} when they were written there. */
    List<Claim> claims(Spill spill) {
        return spilledAt < 0 ? claims : spill.read(spilledAt);
    }
}
