package org.crosscheck.ingest;

/** How an article's publication date was established. */
public enum PublishedBasis {
    /** Stated in the article's own text (header, byline or footer). */
    HEADER,
    /** Given by the input folder's metadata.csv. */
    METADATA,
    /** Reasoned from partial dates, weekdays and the rest of the corpus; the reasoning is in the warnings. */
    INFERRED,
    /** Not known; relative dates of the article stay unresolved. */
    UNKNOWN;

    /** Lower-case form used in reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
