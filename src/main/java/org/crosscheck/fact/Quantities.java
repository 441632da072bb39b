package org.crosscheck.fact;

import java.util.Locale;

/**
 * Qualifier-aware arithmetic on quantity claims, for rules: each claim's number and qualifier become an interval
 * of possible totals, and two claims conflict only when their intervals are disjoint.
 *
 * <p>Qualifiers: EXACT n is [n, n]; ABOUT n (about, around, some, nearly, approximately) is n +/- {@value #ABOUT}
 * of n, rounded outward; UP_TO n is [0, n]; AT_LEAST n is [n, inf); OVER n is (n, inf); UNDER n is [0, n).
 * A claim whose detail is EACH (per side, from each side) counts {@code sides} times for a total; a claim whose
 * detail names a side (a country key) is one side's share and is compared only with the same side's.
 */
public final class Quantities {
    /** Relative tolerance of an approximate number: reporters round "about 150" from anything near it. */
    public static final double ABOUT = 0.15;

    private Quantities() {
    }

    /** Lowest total the claim allows. */
    public static double low(Claim c, int sides) {
        double n = total(c, sides);
        return switch (qualifier(c)) {
            case "ABOUT" -> Math.floor(n * (1 - ABOUT));
            case "UP_TO", "UNDER" -> 0;
            case "OVER" -> Math.nextUp(n);
            default -> n;
        };
    }

    /** Highest total the claim allows. */
    public static double high(Claim c, int sides) {
        double n = total(c, sides);
        return switch (qualifier(c)) {
            case "ABOUT" -> Math.ceil(n * (1 + ABOUT));
            case "AT_LEAST", "OVER" -> Double.POSITIVE_INFINITY;
            case "UNDER" -> Math.nextDown(n);
            default -> n;
        };
    }

    /**
     * True when two quantities speak of the same scope and can be compared: both totals (or per-side figures,
     * EACH, which count twice), or both the share of one named side ("40 Indonesian troops" is compared only with
     * another Indonesian figure, never with a total).
     */
    public static boolean comparable(Claim a, Claim b) {
        boolean sideA = isSide(a);
        boolean sideB = isSide(b);
        return sideA == sideB && (!sideA || a.detail().equals(b.detail()));
    }

    private static boolean isSide(Claim c) {
        String d = c.detail() == null ? "" : c.detail();
        return !d.isEmpty() && !d.equals("EACH") && !d.equals("TOTAL");
    }

    /** True when both claims are quantities and no total satisfies both. */
    public static boolean conflict(Claim a, Claim b) {
        if (Double.isNaN(a.number()) || Double.isNaN(b.number())) {
            return false;
        }
        int sides = 2;
        return high(a, sides) < low(b, sides) || high(b, sides) < low(a, sides);
    }

    /** The claim's number and qualifier as a reviewer reads them: {@code about 150 (each side)}. */
    public static String describe(Claim c) {
        String q = switch (qualifier(c)) {
            case "ABOUT" -> "about ";
            case "UP_TO" -> "up to ";
            case "AT_LEAST" -> "at least ";
            case "OVER" -> "over ";
            case "UNDER" -> "under ";
            default -> "";
        };
        String n = c.number() == Math.rint(c.number()) ? Long.toString((long) c.number()) : Double.toString(c.number());
        String each = "EACH".equals(c.detail()) ? " each side" : "TOTAL".equals(c.detail()) ? " in total" : "";
        return q + n + (c.unit().isEmpty() ? "" : " " + c.unit()) + each;
    }

    private static double total(Claim c, int sides) {
        return "EACH".equals(c.detail()) ? c.number() * sides : c.number();
    }

    private static String qualifier(Claim c) {
        return c.qualifier() == null ? "" : c.qualifier().toUpperCase(Locale.ROOT);
    }
}
