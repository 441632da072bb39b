package org.crosscheck.fact;

/**
 * One article as the rules see it.
 *
 * @param source    file name
 * @param origin    independent-source identifier (duplicates share it)
 * @param published ISO publication date, empty when unknown
 * @param outlet    outlet name, empty when unknown
 */
public record SourceInfo(String source, String origin, String published, String outlet) {
}
