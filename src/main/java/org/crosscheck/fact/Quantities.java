package org.crosscheck.fact;

import java.util.Locale;

/**
 * Qualifier-aware arithmetic on quantity claims, for rules: each claim's number and qualifier become an interval
 * of possible totals, and two claims conflict only when their intervals are disjoint.
 *
 * <p>Qualifiers: EXACT n is [n, n]; ABOUT n (about, around, some, nearly, approximately) is n +/- {@value #ABOUT}
 * of n, rounded outward; UP_TO n is [0, n]; AT_LEAST n is [n, inf); OVER n is (n, inf); UNDER n is [0, n).
 * A claim whose detail is EACH (per side, from each side) counts {@code sides} times for a total. A round figure
 * stands for anything it rounds, within a tenth of itself ("$5 billion" agrees with $5.43 billion, "$20 billion"
 * not with $15.3 billion), and figures more than {@value #MAX_RATIO} times apart are of different things ("$194" a
 * share and "$26.2 billion"), not rival accounts of one.
 */
public final class Quantities {
    /** Relative tolerance of an approximate number: reporters round "about 150" from anything near it. */
    public static final double ABOUT = 0.15;
    /** Largest share of a number its rounding may stand for. */
    public static final double ROUNDING = 0.10;
    /** How many times larger one figure may be than another and still be a misreport of one quantity. */
    public static final double MAX_RATIO = 20;
    /** Detail of one of several counts of a sentence whose holders are not read. */
    public static final String PART = "PART";
    /** Kind of a count of a running total. */
    public static final String TALLY = "TALLY";

    private Quantities() {
    }

    /** Lowest total the claim allows. */
    public static double low(Claim c, int sides) {
        double n = total(c, sides);
        return switch (qualifier(c)) {
            case "ABOUT" -> Math.floor(n * (1 - ABOUT));
            case "UP_TO", "UNDER" -> 0;
            case "OVER" -> Math.nextUp(n);
            default -> n - rounding(n);
        };
    }

    /** Highest total the claim allows. */
    public static double high(Claim c, int sides) {
        double n = total(c, sides);
        return switch (qualifier(c)) {
            case "ABOUT" -> Math.ceil(n * (1 + ABOUT));
            case "AT_LEAST", "OVER" -> Double.POSITIVE_INFINITY;
            case "UNDER" -> Math.nextDown(n);
            default -> n + rounding(n);
        };
    }

    /**
     * Half a unit of a figure's last non-zero digit, at most {@value #ROUNDING} of it: what "5 billion" may have been
     * rounded from (0.5 billion), nothing for "142" or "5.43 billion" beyond their last digit.
     */
    static double rounding(double n) {
        double a = Math.abs(n);
        if (a < 10 || a != Math.rint(a)) {
            return 0;
        }
        double unit = 1;
        while (unit * 10 <= a && Math.rint(a / (unit * 10)) * unit * 10 == a) {
            unit *= 10;
        }
        return unit == 1 ? 0 : Math.min(unit / 2, ROUNDING * a);
    }

    /**
     * Whether two quantities count the same whole: both overall (no detail, EACH or TOTAL) or both the same side's.
     * One side's count and the total ("40 Uzbek troops", "150 troops") are parts and wholes, not rivals; a PART
     * (one of several counts in a sentence, holder unread) matches nothing but an equal number.
     */
    public static boolean comparable(Claim a, Claim b) {
        if (Double.isNaN(a.number()) || Double.isNaN(b.number())) {
            return false;
        }
        if (PART.equals(a.detail()) || PART.equals(b.detail())) {
            return a.number() == b.number();
        }
        double x = Math.abs(a.number());
        double y = Math.abs(b.number());
        if (x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) > MAX_RATIO) {
            return false;
        }
        return overall(a) && overall(b) || detail(a).equals(detail(b));
    }

    /** True when both claims are comparable quantities and no total satisfies both. */
    public static boolean conflict(Claim a, Claim b) {
        if (!comparable(a, b)) {
            return false;
        }
        int sides = 2;
        return high(a, sides) < low(b, sides) || high(b, sides) < low(a, sides);
    }

    /** True when both claims are comparable quantities that some total satisfies. */
    public static boolean agree(Claim a, Claim b) {
        return comparable(a, b) && !conflict(a, b);
    }

    /**
     * True when the claims are counts of a running total (kind TALLY: deaths, injuries, arrests) from articles
     * published on different days: a toll that changes between reports is an update, not a contradiction.
     */
    public static boolean laterReport(Claim a, Claim b) {
        return (TALLY.equals(a.kind()) || TALLY.equals(b.kind())) && !a.published().isEmpty()
                && !b.published().isEmpty() && !a.published().equals(b.published());
    }

    private static boolean overall(Claim c) {
        String d = detail(c);
        return d.isEmpty() || d.equals("EACH") || d.equals("TOTAL");
    }

    private static String detail(Claim c) {
        return c.detail() == null ? "" : c.detail();
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
