package org.crosscheck.report;

import org.crosscheck.ingest.Article;

/**
 * Reads an article again for the reports, as the audit read it: the audit drops each text once its claims are
 * extracted, and the reports need the words around the claims they cite.
 */
@FunctionalInterface
public interface ArticleReader {
    /** The article of that source (decoded text and sentences), or null when it cannot be read now. */
    Article read(String source);

    /** A reader that has no article: the reports then quote the claims' own sentences only. */
    ArticleReader NONE = source -> null;
}
