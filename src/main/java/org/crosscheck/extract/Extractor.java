package org.crosscheck.extract;

import java.util.List;
import org.crosscheck.fact.Claim;

/**
 * Reads one sentence of an article and emits the claims of one fact kind it states. Implementations are
 * stateless and thread-safe: the pipeline runs them over many articles at once.
 */
public interface Extractor {

    /** The claims of this extractor's kind that the sentence states, with offsets into the article file. */
    List<Claim> extract(SentenceContext context);
}
