package org.crosscheck.time;

import java.util.Locale;
import org.crosscheck.fact.TimeSpan;

/**
 * A time expression found in text and what it resolves to.
 *
 * @param text     the expression as written
 * @param start    offset of its first character (relative to the text that was tagged)
 * @param end      offset just past its last character
 * @param span     TimeML value, interval and granularity; the direction and cue that chose the value, if any
 * @param relation how the sentence relates to the span: empty for "at/in", {@code SINCE}, {@code UNTIL},
 *                 {@code BEFORE}, {@code AFTER}
 * @param anchor   what the value was resolved against, in words ({@code publication 2016-12-14, past})
 * @param type     the TimeML type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param forward  whether the sentence looks forward at the expression (its tense and cues), whether or not the
 *                 value needed a direction
 * @param referenceZone for a clock time given in a reference zone beside the local time ("1900 GMT", "2:15 a.m.
 *                 ET"), that zone's reference name from {@code time_zones.csv} ({@code gmt}, {@code et}); empty
 *                 for local or unstated time and for other expressions
 */
public record TimeExpression(String text, int start, int end, TimeSpan span, String relation, String anchor,
                             String type, boolean forward, String referenceZone) {

    public TimeExpression(String text, int start, int end, TimeSpan span, String relation, String anchor,
                          String type, boolean forward) {
        this(text, start, end, span, relation, anchor, type, forward, "");
    }

    /** Marks, in {@link #anchor}, a numeric date whose day and month could be either way round. */
    static final String AMBIGUOUS = "ambiguous: also ";

    /** Whether the words read another way too (03/02/2020 with day and month swapped). */
    public boolean ambiguous() {
        return anchor.contains(AMBIGUOUS);
    }

    /** In {@link #anchor} when no word names the day of a clock time and the publication day is assumed. */
    static final String ASSUMED_DAY = ", the publication day";

    /**
     * Whether the expression's day is the anchor's only because no word of it names a day ("at 2.35pm" read as the
     * publication day): such a time says nothing of which day the anchor is.
     */
    public boolean dayAssumed() {
        return anchor.contains(ASSUMED_DAY);
    }

    /** A date or clock time: a point or interval on the calendar, not a length or a recurrence. */
    public boolean isPoint() {
        return type.equals("DATE") || type.equals("TIME");
    }

    /**
     * The same expression with offsets moved by {@code delta} (from sentence to file offsets) and its span
     * labelled with the words it was read from, relation included ({@code since 2016}).
     */
    public TimeExpression shift(int delta) {
        String words = relation.isEmpty() || text.toLowerCase(Locale.ROOT).startsWith(relation.toLowerCase(Locale.ROOT))
                ? text : relation.toLowerCase(Locale.ROOT) + " " + text;
        return new TimeExpression(text, start + delta, end + delta, span == null ? null : span.withPhrase(words),
                relation, anchor, type, forward, referenceZone);
    }
}
