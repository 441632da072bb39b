package org.crosscheck.fact;

import java.util.Locale;

/**
 * Qualifier-aware arithmetic on quantity claims, for rules: each claim's number, qualifier and resolution become an
 * interval of possible totals, and two claims conflict only when their intervals are disjoint.
 *
 * <p>A number is as exact as it was written ({@link Claim#resolution}): "142" allows 141.5 to 142.5, "12.2
 * billion" 12.15 to 12.25 billion, and a round figure stands for anything it rounds, within a tenth of itself
 * ("Rs 600 crore" agrees with 615, "$20 billion" does not agree with 15.3). Qualifiers: EXACT n is that interval;
 * ABOUT n (about, around, some) widens it to a unit of its last written digit, at most a tenth of n ("about 40" is
 * 36..44, "some 187" 186..188); ALMOST n (nearly, almost) is the lower half of ABOUT; UP_TO n is [0, n]; UNDER n is
 * [0, n]; AT_LEAST and OVER n are [n, inf). A range ({@code 10-12} in the value) spans its ends. A claim whose
 * detail is EACH (per side, from each side) counts twice for a total; a claim without a resolution is exact.
 * Figures more than {@value #MAX_RATIO} times apart are of different things, not rival accounts of one.
 */
public final class Quantities {
    /** Largest share of a number a rounding or an "about" may stand for. */
    public static final double ROUNDING = 0.10;
    /**
     * How many times larger one figure may be than another and still be a misreport of one quantity: beyond it
     * ("$45" and "$26.2 billion", "2 dead" and "79 dead") the two are figures of different things.
     */
    public static final double MAX_RATIO = 20;
    /** Detail of one of several counts of a sentence whose holders are not read. */
    public static final String PART = "PART";
    /** Kind of a count of a running total. */
    public static final String TALLY = "TALLY";

    private Quantities() {
    }

    /** Lowest total the claim allows. */
    public static double low(Claim c, int sides) {
        double n = lowEnd(c) * multiplier(c, sides);
        double exact = exactTolerance(c) * multiplier(c, sides);
        return switch (qualifier(c)) {
            case "ABOUT", "ALMOST" -> n - aboutTolerance(c) * multiplier(c, sides);
            case "UP_TO", "UNDER" -> 0;
            case "AT_LEAST", "OVER" -> n;
            default -> n - exact;
        };
    }

    /** Highest total the claim allows. */
    public static double high(Claim c, int sides) {
        double n = highEnd(c) * multiplier(c, sides);
        double exact = exactTolerance(c) * multiplier(c, sides);
        return switch (qualifier(c)) {
            case "ABOUT" -> n + aboutTolerance(c) * multiplier(c, sides);
            case "ALMOST", "UNDER" -> n;
            case "UP_TO" -> n + exact;
            case "AT_LEAST", "OVER" -> Double.POSITIVE_INFINITY;
            default -> n + exact;
        };
    }

    /** Half the place value of the last written digit, at most {@value #ROUNDING} of the number. */
    static double exactTolerance(Claim c) {
        double r = c.resolution();
        if (Double.isNaN(r) || r <= 0) {
            return 0;
        }
        // Half-open: "37" rounds 36.5 up to, not including, 37.5, where "38" begins.
        return Math.min(r / 2 * (1 - 1e-9), ROUNDING * Math.abs(lowEnd(c)));
    }

    /** A unit of the last written digit, at most {@value #ROUNDING} of the number, at least the exact tolerance. */
    static double aboutTolerance(Claim c) {
        double r = c.resolution();
        double n = Math.abs(lowEnd(c));
        if (Double.isNaN(r) || r <= 0) {
            return ROUNDING * n;
        }
        return Math.max(Math.min(r, ROUNDING * n), exactTolerance(c));
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

    /**
     * True when both claims are comparable quantities and no total satisfies both. Two maxima of one thing ("up to
     * 12,000 troops", "up to 12,700 troops") never conflict here: some total satisfies both; whether they state two
     * different maxima is {@link #maximaDiffer}.
     */
    public static boolean conflict(Claim a, Claim b) {
        if (!comparable(a, b)) {
            return false;
        }
        int sides = 2;
        return high(a, sides) < low(b, sides) || high(b, sides) < low(a, sides);
    }

    /**
     * True when both claims give a maximum of one thing ("up to 36 targets", "up to six targets") and the maxima
     * differ beyond their rounding. Each states what the maximum is, so they disagree; but a total below both
     * satisfies both, so it is for a reviewer, not a contradiction.
     */
    public static boolean maximaDiffer(Claim a, Claim b) {
        if (!comparable(a, b) || !"UP_TO".equals(qualifier(a)) || !"UP_TO".equals(qualifier(b))) {
            return false;
        }
        int sides = 2;
        return highEnd(a) * multiplier(a, sides) + exactTolerance(a) < highEnd(b) * multiplier(b, sides)
                - exactTolerance(b) || highEnd(b) * multiplier(b, sides) + exactTolerance(b)
                < highEnd(a) * multiplier(a, sides) - exactTolerance(a);
    }

    /** True when both claims are comparable quantities that some total satisfies, and not two different maxima. */
    public static boolean agree(Claim a, Claim b) {
        return comparable(a, b) && !conflict(a, b) && !maximaDiffer(a, b);
    }

    /**
     * True when the claims are counts of a running total (kind TALLY: deaths, injuries, arrests) from articles
     * published on different days.
     */
    public static boolean laterReport(Claim a, Claim b) {
        return (TALLY.equals(a.kind()) || TALLY.equals(b.kind())) && !a.published().isEmpty()
                && !b.published().isEmpty() && !a.published().equals(b.published());
    }

    /**
     * True when a running toll rose between reports: the later-published claim allows only higher totals than the
     * earlier one. That is an update as bodies are found, not a disagreement.
     */
    public static boolean risen(Claim a, Claim b) {
        if (!laterReport(a, b)) {
            return false;
        }
        Claim earlier = a.published().compareTo(b.published()) < 0 ? a : b;
        Claim later = earlier == a ? b : a;
        return high(earlier, 2) < low(later, 2);
    }

    /** True when two claims disagree only as the parties each is attributed to disagree ("police said", ...). */
    public static boolean reportedDisagreement(Claim a, Claim b) {
        return !a.attribution().isEmpty() && !b.attribution().isEmpty() && !a.attribution().equals(b.attribution());
    }

    private static boolean overall(Claim c) {
        String d = detail(c);
        return d.isEmpty() || d.equals("EACH") || d.equals("TOTAL");
    }

    private static String detail(Claim c) {
        return c.detail() == null ? "" : c.detail();
    }

    /** The claim's number and qualifier as a reviewer reads them: {@code about 150 troops (each side)}. */
    public static String describe(Claim c) {
        String q = switch (qualifier(c)) {
            case "ABOUT" -> "about ";
            case "ALMOST" -> "nearly ";
            case "UP_TO" -> "up to ";
            case "AT_LEAST" -> "at least ";
            case "OVER" -> "over ";
            case "UNDER" -> "under ";
            default -> "";
        };
        if (c.value() != null && c.value().startsWith("P")) {
            String thing = c.unit().indexOf(':') >= 0 ? " of " + c.unit().substring(c.unit().indexOf(':') + 1) : "";
            return q + c.value() + thing;
        }
        String n = range(c) != null ? range(c)[0] + "-" + range(c)[1] : number(c.number());
        String d = detail(c);
        String each = d.equals("EACH") ? " each side" : d.equals("TOTAL") ? " in total"
                : d.startsWith("in:") ? " in " + d.substring(3) : "";
        String unit = c.unit().isEmpty() ? "" : " " + c.unit();
        String written = written(c);
        return q + (written.isEmpty() ? n + unit : written + " (" + n + unit + ")") + each;
    }

    /** A figure and the word after it at the start of a quote: "954 feet", "948-foot". */
    private static final java.util.regex.Pattern WRITTEN = java.util.regex.Pattern.compile(
            "^(\\d[\\d,]*(?:\\.\\d+)?)(?:[ \\u00a0]|-)?(\\p{L}+)");

    /**
     * A measure as its quote writes it ("954 feet", "948-foot") when its number was converted to the base unit
     * (0.290779 km), so that a finding quotes the sources' own values; empty when the quote starts with no figure or
     * wrote the base unit's number.
     */
    private static String written(Claim c) {
        if (!"measure".equals(c.attribute()) || c.quote() == null || Double.isNaN(c.number())) {
            return "";
        }
        java.util.regex.Matcher m = WRITTEN.matcher(c.quote());
        if (!m.find()) {
            return "";
        }
        double shown = Double.parseDouble(m.group(1).replace(",", ""));
        return Math.abs(shown - c.number()) < 1e-9 * Math.max(1, Math.abs(shown)) ? "" : m.group();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(6)).stripTrailingZeros()
                        .toPlainString();
    }

    private static double multiplier(Claim c, int sides) {
        return "EACH".equals(c.detail()) ? sides : 1;
    }

    private static double lowEnd(Claim c) {
        return c.number();
    }

    /** The upper end of a range written in the value ({@code 10-12}, {@code 10-12 USD}), else the number. */
    private static double highEnd(Claim c) {
        String[] r = range(c);
        if (r == null) {
            return c.number();
        }
        try {
            double lo = Double.parseDouble(r[0]);
            double hi = Double.parseDouble(r[1]);
            return lo == 0 ? hi : c.number() * hi / lo;
        } catch (NumberFormatException e) {
            return c.number();
        }
    }

    /** The two ends of a range value, or {@code null}. */
    private static String[] range(Claim c) {
        String v = c.value() == null ? "" : c.value();
        int space = v.indexOf(' ');
        String head = space < 0 ? v : v.substring(0, space);
        int dash = head.indexOf('-', 1);
        if (dash < 0 || head.startsWith("P")) {
            return null;
        }
        return new String[] {head.substring(0, dash), head.substring(dash + 1)};
    }

    private static String qualifier(Claim c) {
        return c.qualifier() == null ? "" : c.qualifier().toUpperCase(Locale.ROOT);
    }
}
