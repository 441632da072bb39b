package org.crosscheck.fact;

/**
 * One article as the rules see it.
 *
 * @param source    file name
 * @param origin    independent-source identifier (duplicates share it)
 * @param published ISO publication date, empty when unknown
 * @param outlet    outlet name, empty when unknown
 * @param datedBy   when the publication date was inferred from what another article states, that article's origin;
 *                  empty otherwise. A date so inferred is not independent of that article: rules must not count the
 *                  two as corroborating each other's dates.
 */
public record SourceInfo(String source, String origin, String published, String outlet, String datedBy) {
    public SourceInfo(String source, String origin, String published, String outlet) {
        this(source, origin, published, outlet, "");
    }
}
