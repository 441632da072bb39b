package org.crosscheck.fact;

import java.time.LocalDate;

/**
 * When something holds: a TimeML value with the interval it denotes, and how it was read.
 *
 * @param value       TimeML value ({@code 2016}, {@code 2016-09}, {@code 2016-W49}, {@code 2016-09-05T14:40+05:30},
 *                    {@code PAST_REF}, a duration such as {@code P2W}, ...)
 * @param start       first day of the interval, or {@code null} when open or unknown
 * @param end         last day of the interval (inclusive), or {@code null} when open or unknown
 * @param granularity {@code DAY}, {@code WEEK}, {@code MONTH}, {@code SEASON}, {@code QUARTER}, {@code YEAR},
 *                    {@code DECADE}, {@code CENTURY}, {@code TIME} for a clock time or part of a day on its day,
 *                    {@code REF} for the fuzzy references, {@code DURATION} and {@code SET}
 * @param phrase      the words it was read from ({@code since 2016}, {@code Earlier in September}), for explanations;
 *                    empty when built without text
 * @param duration    how long what it dates lasted, as a TimeML duration ({@code P2W} for "a two-week exercise"),
 *                    empty when not stated
 * @param direction   {@code PAST} or {@code FUTURE} when the value was chosen by looking back or forward from the
 *                    anchor ("on Friday", "in June"); empty when the words fixed it
 * @param cue         what decided the direction ({@code past tense 'met'}, {@code 'next'}), empty with it
 */
public record TimeSpan(String value, LocalDate start, LocalDate end, String granularity, String phrase,
                       String duration, String direction, String cue) {

    /** Values and wordings repeat across a corpus's claims; each is kept once (see {@code Claim}). */
    public TimeSpan {
        value = value == null ? null : value.intern();
        phrase = phrase == null ? "" : phrase.intern();
        duration = duration == null ? "" : duration.intern();
        direction = direction == null ? "" : direction.intern();
        cue = cue == null ? "" : cue.intern();
    }

    public TimeSpan(String value, LocalDate start, LocalDate end, String granularity) {
        this(value, start, end, granularity, "", "", "", "");
    }

    public TimeSpan(String value, LocalDate start, LocalDate end, String granularity, String phrase) {
        this(value, start, end, granularity, phrase, "", "", "");
    }

    /** The same span read from the given words. */
    public TimeSpan withPhrase(String words) {
        return new TimeSpan(value, start, end, granularity, words, duration, direction, cue);
    }

    /** The same value over another interval (a relation such as "since" applied). */
    public TimeSpan withInterval(LocalDate newStart, LocalDate newEnd) {
        return new TimeSpan(value, newStart, newEnd, granularity, phrase, duration, direction, cue);
    }

    /** The same span, what it dates lasting {@code newDuration}. */
    public TimeSpan withDuration(String newDuration) {
        return new TimeSpan(value, start, end, granularity, phrase, newDuration, direction, cue);
    }

    /** The same span with the direction that chose it and the cue that decided the direction. */
    public TimeSpan withDirection(String newDirection, String newCue) {
        return new TimeSpan(value, start, end, granularity, phrase, duration, newDirection, newCue);
    }

    /** The span as the rules compare it: value, interval, granularity and duration, without how it was read. */
    public TimeSpan bare() {
        return new TimeSpan(value, start, end, granularity, "", duration, "", "");
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
