package org.crosscheck.fact;

import java.time.temporal.ChronoUnit;

/**
 * Helpers the date rules call on {@link TimeSpan}s: how far apart two dates are, whether a date is a range of days
 * the text wrote ("14-20 September") rather than a coarse date ("September"), and whether a length of time fits
 * the days a range spans.
 */
public final class Dates {
    /** Dates of one event at most this many days apart may be two phases or a misread weekday: for review. */
    public static final int NEAR_DAYS = 7;

    private Dates() {
    }

    /** Whether a span can date an occurrence: a known interval, not a fuzzy reference ("now", "recently"). */
    public static boolean definite(TimeSpan t) {
        return t != null && t.start() != null && t.end() != null && !"REF".equals(t.granularity());
    }

    /** Days between the end of the earlier span and the start of the later (0 when they overlap). */
    public static long gap(TimeSpan a, TimeSpan b) {
        if (!definite(a) || !definite(b) || a.overlaps(b)) {
            return 0;
        }
        return a.end().isBefore(b.start()) ? ChronoUnit.DAYS.between(a.end(), b.start())
                : ChronoUnit.DAYS.between(b.end(), a.start());
    }

    /**
     * Whether two disjoint spans of at most a week each are within {@value #NEAR_DAYS} days of each other
     * ("2014" and "2015" touch, yet are two years).
     */
    public static boolean near(TimeSpan a, TimeSpan b) {
        return definite(a) && definite(b) && a.days() <= NEAR_DAYS && b.days() <= NEAR_DAYS
                && gap(a, b) <= NEAR_DAYS;
    }

    /** A range of days written as such ("14-20 September", "from 3 to 14 May"): day granularity, several days. */
    public static boolean range(TimeSpan t) {
        return definite(t) && "DAY".equals(t.granularity()) && t.days() > 1;
    }

    /**
     * Two ranges that overlap but disagree on an end: "3 to 14 May" and "3 to 17 May" give one occurrence two ends.
     */
    public static boolean endsDiffer(TimeSpan a, TimeSpan b) {
        return range(a) && range(b) && a.overlaps(b) && (!a.start().equals(b.start()) || !a.end().equals(b.end()));
    }

    /**
     * Whether a duration claim (number in days, resolution-aware, see {@link Quantities}) cannot be the length of a
     * range of days counted inclusively ("a 12-day drill" and dates spanning 9 days).
     */
    public static boolean lengthDiffers(Claim duration, TimeSpan span) {
        if (!range(span) || Double.isNaN(duration.number())) {
            return false;
        }
        long days = span.days();
        return Quantities.high(duration, 1) < days - 0.5 || Quantities.low(duration, 1) > days + 0.5;
    }
}
