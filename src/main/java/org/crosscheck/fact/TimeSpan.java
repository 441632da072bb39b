package org.crosscheck.fact;

import java.time.LocalDate;

/**
 * When something holds: a TimeML value with the interval it denotes, and how it was read.
 */
@FactField("when something holds: a TimeML value with the interval of days it denotes")
public record TimeSpan(
        @FactField(value = "the TimeML value: 2016, 2016-09, 2016-12-13, 2016-W49, 2012-SU, 2013-Q1, "
                + "2016-09-05T14:40+05:30, PAST_REF, a duration such as P2W", example = "2017")
        String value,
        @FactField(value = "first day of the interval; null when open or unknown", example = "2017-01-01") LocalDate start,
        @FactField(value = "last day of the interval (inclusive); null when open or unknown", example = "2017-12-31")
        LocalDate end,
        @FactField(value = "DAY, WEEK, MONTH, SEASON, QUARTER, YEAR, DECADE, CENTURY, TIME for a clock time or part "
                + "of a day on its day, REF for fuzzy references, DURATION, SET", example = "YEAR") String granularity,
        @FactField(value = "the words it was read from, for explanations; empty when built without text", example = "Last year")
        String phrase,
        @FactField(value = "how long what it dates lasted, as a TimeML duration; empty when not stated", example = "P2W")
        String duration,
        @FactField(value = "PAST or FUTURE when the value was chosen by looking back or forward from the anchor; "
                + "empty when the words fixed it", example = "PAST") String direction,
        @FactField(value = "what decided the direction; empty with it", example = "past tense 'met'") String cue) {

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
