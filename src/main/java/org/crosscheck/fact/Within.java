package org.crosscheck.fact;

/**
 * A place lies within another (a town within a district, a city within a country), from the gazetteer in
 * {@code rules/data/places.csv}; rules derive the transitive closure.
 *
 * @param place     the contained place (canonical name)
 * @param container the containing place (canonical name)
 */
public record Within(String place, String container) {
}
