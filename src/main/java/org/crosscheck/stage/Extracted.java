package org.crosscheck.stage;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.SourceSummary;

/**
 * One article after the per-article pass: its summary, claims and MinHash signature, with the text dropped;
 * or, when its date must be inferred from the corpus first, the whole article with no claims yet.
 *
 * @param claims       the article's claims, or null while it is deferred
 * @param deferred     the article awaiting its date ({@link DatingStage}), or null
 * @param ingestNanos  CPU time of reading and parsing
 * @param extractNanos CPU time of time tagging, extraction and signing
 */
public record Extracted(SourceSummary summary, List<Claim> claims, int[] signature, Article deferred,
                        long ingestNanos, long extractNanos) implements java.io.Serializable {
}
