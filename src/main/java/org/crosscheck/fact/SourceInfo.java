package org.crosscheck.fact;

/**
 * One article as the rules see it.
 */
@FactField("one article, as the rules see it")
public record SourceInfo(
        @FactField(value = "article file name", example = "001_70d7bb2ad96e1bf1.txt") String source,
        @FactField(value = "independent-source identifier (reposts share it)", example = "001_70d7bb2ad96e1bf1.txt") String origin,
        @FactField(value = "ISO publication date, empty when unknown", example = "2018-03-03") String published,
        @FactField(value = "outlet name, empty when unknown", example = "Dawn") String outlet,
        @FactField(value = "when the publication date was inferred from what another article states, that article's "
                + "origin (empty otherwise): rules must not count the two as corroborating each other's dates",
                example = "000_5ce5.txt") String datedBy) {
    public SourceInfo(String source, String origin, String published, String outlet) {
        this(source, origin, published, outlet, "");
    }
}
