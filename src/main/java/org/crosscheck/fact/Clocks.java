package org.crosscheck.fact;

import java.util.Locale;

/**
 * Times of day as intervals of minutes, for rules: a time is as exact as it was written (the claim's resolution:
 * "7 pm" is 18:30 to 19:30, "8:30" 8:25 to 8:35, "6:04" to the minute), "around" widens it by as much again (at
 * least five minutes), "shortly after" and "just before" reach half an hour (or its resolution) to one side. Two
 * times of one moment conflict when no minute fits both: "3:10 a.m." and "about 3 am" agree, "around 8:30" and
 * "roughly 8:55" do not.
 */
public final class Clocks {
    /** How far "shortly after" or "just before" reaches, in minutes, at the least. */
    private static final int NEAR = 30;
    /** The least an "around" widens a time, in minutes. */
    private static final int AROUND = 5;

    private Clocks() {
    }

    /** Earliest minute the claim allows. */
    public static double low(Claim c) {
        double n = c.number();
        double r = resolution(c);
        return switch (qualifier(c)) {
            case "ABOUT" -> n - Math.max(r, AROUND);
            case "ALMOST", "UNDER", "UP_TO" -> n - Math.max(r, NEAR);
            case "OVER", "AT_LEAST" -> n;
            default -> n - r / 2;
        };
    }

    /** Latest minute the claim allows. */
    public static double high(Claim c) {
        double n = c.number();
        double r = resolution(c);
        return switch (qualifier(c)) {
            case "ABOUT" -> n + Math.max(r, AROUND);
            case "ALMOST", "UNDER", "UP_TO" -> n;
            case "OVER", "AT_LEAST" -> n + Math.max(r, NEAR);
            default -> n + r / 2;
        };
    }

    /** True when no minute fits both times. */
    public static boolean conflict(Claim a, Claim b) {
        return !Double.isNaN(a.number()) && !Double.isNaN(b.number()) && (high(a) < low(b) || high(b) < low(a));
    }

    /** True when some minute fits both times. */
    public static boolean agree(Claim a, Claim b) {
        return !Double.isNaN(a.number()) && !Double.isNaN(b.number()) && !conflict(a, b);
    }

    /** The time as a reviewer reads it: {@code around 19:00}. */
    public static String describe(Claim c) {
        String q = switch (qualifier(c)) {
            case "ABOUT" -> "around ";
            case "ALMOST", "UNDER", "UP_TO" -> "just before ";
            case "OVER", "AT_LEAST" -> "shortly after ";
            default -> "";
        };
        return q + c.value();
    }

    private static double resolution(Claim c) {
        return Double.isNaN(c.resolution()) || c.resolution() <= 0 ? 1 : c.resolution();
    }

    private static String qualifier(Claim c) {
        return c.qualifier() == null ? "" : c.qualifier().toUpperCase(Locale.ROOT);
    }
}
