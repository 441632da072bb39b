package org.crosscheck.fact;

import java.time.LocalDate;

/**
 * When something holds: a TimeML value with the interval it denotes.
 */
@FactField("when something holds: a TimeML value with the interval of days it denotes")
public record TimeSpan(
        @FactField(value = "the TimeML value: 2016, 2016-09, 2016-12-13, 2016-W49, 2012-SU, 2013-Q1, PAST_REF", example = "2017")
        String value,
        @FactField(value = "first day of the interval; null when open or unknown", example = "2017-01-01") LocalDate start,
        @FactField(value = "last day of the interval (inclusive); null when open or unknown", example = "2017-12-31")
        LocalDate end,
        @FactField(value = "DAY, WEEK, MONTH, SEASON, QUARTER, YEAR, DECADE, CENTURY, or REF for fuzzy references",
                example = "YEAR") String granularity,
        @FactField(value = "the words it was read from, for explanations; empty when built without text", example = "Last year")
        String phrase) implements java.io.Serializable {

    /** Values and wordings repeat across a corpus's claims; each is kept once (see {@code Claim}). */
    public TimeSpan {
        value = value == null ? null : value.intern();
        phrase = phrase == null ? null : phrase.intern();
    }

    public TimeSpan(String value, LocalDate start, LocalDate end, String granularity) {
        this(value, start, end, granularity, "");
    }

    /** The same span read from the given words. */
    public TimeSpan withPhrase(String words) {
        return new TimeSpan(value, start, end, granularity, words);
    }

    /**
     * The year of the first day, or 0 when the start is unknown: a rule compares years as numbers
     * ({@code time.year >= 2019}) where {@code start} is a date.
     */
    @FactField(value = "the year of the first day, 0 when the start is unknown", example = "2017")
    public int year() {
        return start == null ? 0 : start.getYear();
    }

    /** Days the interval covers, or {@code Long.MAX_VALUE} when it is open or unknown. */
    @FactField(value = "days the interval covers; Long.MAX_VALUE when open or unknown", example = "365")
    public long days() {
        return start == null || end == null ? Long.MAX_VALUE
                : java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** True unless both intervals are known and share no day. */
    public boolean overlaps(TimeSpan other) {
        if (other == null || start == null || end == null || other.start == null || other.end == null) {
            return true;
        }
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    /** True when both intervals are known and share no day: the only case in which two times conflict. */
    public boolean disjoint(TimeSpan other) {
        return !overlaps(other);
    }
}
