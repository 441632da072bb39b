package org.crosscheck.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.crosscheck.fact.TimeSpan;

/**
 * The calendar units a time expression can denote, each knowing its TimeML value and its interval for any day
 * inside it, and how to step to the neighbouring unit.
 *
 * <p>Seasons are meteorological (spring March-May, summer June-August, autumn September-November, winter
 * December-February); a winter carries the year of its December, so 2012-WI runs from 2012-12-01 to 2013-02-28.
 * Halves are of the calendar year ({@code 2009-H2} is July-December). Centuries are TimeML's: {@code 19} is
 * 1900-1999.
 */
public enum Granularity {
    DAY, WEEK, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY, REF;

    private static final String[] SEASONS = {"WI", "SP", "SU", "FA"};

    /** The unit of this granularity that contains {@code day}, as a span. */
    public TimeSpan spanOf(LocalDate day) {
        LocalDate first = first(day);
        return new TimeSpan(value(first), first, last(first), name());
    }

    /** The unit {@code steps} units after (negative: before) the one containing {@code day}, as a span. */
    public TimeSpan shifted(LocalDate day, int steps) {
        return spanOf(step(first(day), steps));
    }

    /** A span of this granularity whose value could not be resolved for want of an anchor. */
    public TimeSpan unresolved(String value) {
        return new TimeSpan(value, null, null, name());
    }

    /** The first day of the unit that contains {@code day}. */
    LocalDate first(LocalDate day) {
        return switch (this) {
            case DAY, REF -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case SEASON -> {
                LocalDate month = day.withDayOfMonth(1);
                yield month.minusMonths(month.getMonthValue() % 3);
            }
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case HALF -> day.withDayOfMonth(1).withMonth(day.getMonthValue() <= 6 ? 1 : 7);
            case YEAR -> day.withDayOfYear(1);
            case DECADE -> LocalDate.of(Math.floorDiv(day.getYear(), 10) * 10, 1, 1);
            case CENTURY -> LocalDate.of(Math.floorDiv(day.getYear(), 100) * 100, 1, 1);
        };
    }

    private LocalDate last(LocalDate first) {
        return step(first, 1).minusDays(1);
    }

    private LocalDate step(LocalDate first, int steps) {
        return switch (this) {
            case DAY, REF -> first.plusDays(steps);
            case WEEK -> first.plusWeeks(steps);
            case MONTH -> first.plusMonths(steps);
            case SEASON, QUARTER -> first.plusMonths(3L * steps);
            case HALF -> first.plusMonths(6L * steps);
            case YEAR -> first.plusYears(steps);
            case DECADE -> first.plusYears(10L * steps);
            case CENTURY -> first.plusYears(100L * steps);
        };
    }

    private String value(LocalDate first) {
        return switch (this) {
            case DAY, REF -> first.toString();
            case WEEK -> String.format(java.util.Locale.ROOT, "%04d-W%02d", first.get(IsoFields.WEEK_BASED_YEAR),
                    first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", first.getYear(), first.getMonthValue());
            case SEASON -> String.format(java.util.Locale.ROOT, "%04d-%s", first.getYear(), SEASONS[first.getMonthValue() / 3 % 4]);
            case QUARTER -> String.format(java.util.Locale.ROOT, "%04d-Q%d", first.getYear(), (first.getMonthValue() - 1) / 3 + 1);
            case HALF -> String.format(java.util.Locale.ROOT, "%04d-H%d", first.getYear(), first.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> String.format(java.util.Locale.ROOT, "%04d", first.getYear());
            case DECADE -> String.format(java.util.Locale.ROOT, "%03d", first.getYear() / 10);
            case CENTURY -> String.format(java.util.Locale.ROOT, "%02d", first.getYear() / 100);
        };
    }

    /** The season code ({@code WI}, {@code SP}, {@code SU}, {@code FA}) of a season's first month. */
    static String seasonCode(int firstMonth) {
        return SEASONS[firstMonth / 3 % 4];
    }
}
