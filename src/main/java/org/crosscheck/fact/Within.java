package org.crosscheck.fact;

/**
 * A place lies within another (a town within a district, a city within a country), from the gazetteer in
 * {@code rules/data/places.csv}; rules derive the transitive closure.
 */
@FactField("a place lies within another, from data/places.csv; places.drl derives the transitive closure")
public record Within(
        @FactField(value = "the contained place (canonical name)", example = "Tarsk") String place,
        @FactField(value = "the containing place (canonical name)", example = "Vesk") String container) implements java.io.Serializable {
}
