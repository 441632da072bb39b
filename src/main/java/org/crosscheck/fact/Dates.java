package org.crosscheck.fact;

import java.time.LocalDate;
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

    /** A day that no word gives a year: {@code XXXX-08-03}, {@code XXXX-08-03T18:04+05:30}. */
    private static final java.util.regex.Pattern YEARLESS = java.util.regex.Pattern.compile(
            "XXXX-(\\d{2})-(\\d{2})(?:T.*)?");

    /**
     * A day without a year ("August 3" of an undated article) read in the year of another date of the same
     * occurrence, which falls in one year; {@code null} when the span is no day without a year (a bare month, "in
     * December", may be the last one or the next), or the other gives no single year. A span that has its interval
     * is returned as it is.
     */
    public static TimeSpan inYearOf(TimeSpan yearless, TimeSpan dated) {
        if (definite(yearless)) {
            return yearless;
        }
        if (yearless == null || yearless.value() == null || !definite(dated)) {
            return null;
        }
        java.util.regex.Matcher m = YEARLESS.matcher(yearless.value());
        if (!m.matches() || dated.start().getYear() != dated.end().getYear()) {
            return null;
        }
        int year = dated.start().getYear();
        try {
            LocalDate day = LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            // The granularity stays the yearless value's: a clock time on that day is still TIME.
            return new TimeSpan(year + yearless.value().substring(4), day, day, yearless.granularity(),
                    yearless.phrase());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The coarsest date {@link #farApart} compares: a month ("in November"), not a year of plans. */
    private static final int MONTH_DAYS = 31;

    /**
     * Whether two claims date one occurrence to a month or finer, share no day and lie more than {@value #NEAR_DAYS}
     * days apart. The date of an article without a publication date that no word gives a year ("August 3") is read
     * in the other's year ({@link #inYearOf}); a dated article's date left without a year stays undecided (the tagger
     * could not tell whether "December" was the last or the next).
     */
    public static boolean farApart(Claim a, Claim b) {
        TimeSpan x = a.published().isEmpty() ? inYearOf(a.time(), b.time()) : a.time();
        TimeSpan y = b.published().isEmpty() ? inYearOf(b.time(), a.time()) : b.time();
        return definite(x) && definite(y) && x.days() <= MONTH_DAYS && y.days() <= MONTH_DAYS && x.disjoint(y)
                && !near(x, y);
    }
}
