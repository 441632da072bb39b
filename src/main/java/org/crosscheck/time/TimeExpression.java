package org.crosscheck.time;

import org.crosscheck.fact.TimeSpan;

/**
 * A time expression found in text and what it resolves to.
 *
 * @param text     the expression as written
 * @param start    offset of its first character (relative to the text that was tagged)
 * @param end      offset just past its last character
 * @param span     TimeML value, interval and granularity
 * @param relation how the sentence relates to the span: empty for "at/in", {@code SINCE}, {@code UNTIL},
 *                 {@code BEFORE}, {@code AFTER}
 * @param anchor   what the value was resolved against, in words ({@code publication 2016-12-14, past})
 */
public record TimeExpression(String text, int start, int end, TimeSpan span, String relation, String anchor) {

    /**
     * The same expression with offsets moved by {@code delta} (from sentence to file offsets) and its span
     * labelled with the words it was read from, relation included ({@code since 2016}).
     */
    public TimeExpression shift(int delta) {
        String words = relation.isEmpty() || text.toLowerCase(java.util.Locale.ROOT).startsWith(
                relation.toLowerCase(java.util.Locale.ROOT)) ? text : relation.toLowerCase(java.util.Locale.ROOT) + " " + text;
        return new TimeExpression(text, start + delta, end + delta, span == null ? null : span.withPhrase(words),
                relation, anchor);
    }
}
