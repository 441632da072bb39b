package org.crosscheck.fact;

import java.util.Map;

/**
 * Levels of the kinds of place a place claim's {@code unit} holds, for rules: two places of one event conflict only
 * at the same level (two towns, two countries), since a venue and a city, or a district and a country, may both be
 * true of one event without the text saying that one holds the other. Water (a sea, a bay) and kinds left unknown
 * have no level and conflict with nothing.
 */
public final class PlaceKinds {
    private static final Map<String, Integer> LEVEL = Map.of("venue", 0, "village", 1, "town", 1, "city", 1,
            "district", 2, "region", 3, "country", 4);

    private PlaceKinds() {
    }

    /** The level of a kind, lowest first (venue 0, settlements 1, district 2, region 3, country 4), else -1. */
    public static int level(String kind) {
        return kind == null ? -1 : LEVEL.getOrDefault(kind, -1);
    }

    /** Whether two kinds are of one level (a village and a city are both settlements). */
    public static boolean sameLevel(String a, String b) {
        int la = level(a);
        return la >= 0 && la == level(b);
    }

    /**
     * Whether two names may be one place written more or less fully: one's words begin the other's ("Bahanaga" and
     * "Bahanaga Bazar"), case aside.
     */
    public static boolean sameName(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT).strip();
        String y = b.toLowerCase(java.util.Locale.ROOT).strip();
        return x.equals(y) || y.startsWith(x + " ") || x.startsWith(y + " ");
    }

    /** Whether a kind is a village or town named from the text (a gazetteer city is too large for "near"). */
    public static boolean small(String kind) {
        return "village".equals(kind) || "town".equals(kind);
    }
}
