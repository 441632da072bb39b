package org.crosscheck.fact;

import java.time.LocalDate;

/**
 * When something holds: a TimeML value with the interval it denotes.
 *
 * @param value       TimeML value ({@code 2016}, {@code 2016-09}, {@code 2016-W49}, {@code PAST_REF}, ...)
 * @param start       first day of the interval, or {@code null} when open or unknown
 * @param end         last day of the interval (inclusive), or {@code null} when open or unknown
 * @param granularity {@code DAY}, {@code WEEK}, {@code MONTH}, {@code SEASON}, {@code QUARTER}, {@code YEAR},
 *                    {@code DECADE}, {@code CENTURY} or {@code REF} for the fuzzy references
 * @param phrase      the words it was read from ({@code since 2016}, {@code Earlier in September}), for explanations;
 *                    empty when built without text
 */
public record TimeSpan(String value, LocalDate start, LocalDate end, String granularity, String phrase) {

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

    /** Days the interval covers, or {@code Long.MAX_VALUE} when it is open or unknown. */
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
