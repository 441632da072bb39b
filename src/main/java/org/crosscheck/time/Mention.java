package org.crosscheck.time;

import java.util.List;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TenseCues.Direction;
import org.crosscheck.time.TimeRule.Part;
import org.crosscheck.time.TimeRule.Type;

/**
 * A time expression found in a sentence, resolved.
 *
 * @param start     offset of its first character in the sentence
 * @param end       offset just past it
 * @param span      value, interval and granularity, the relation applied
 * @param relation  {@code SINCE}, {@code UNTIL}, {@code BEFORE}, {@code AFTER} or empty
 * @param how       how it was resolved, in words
 * @param parts     the ends of a range, each with its own value
 * @param type      its TimeML type
 * @param direction the direction that chose its value, or null when none was needed (an explicit date)
 * @param anchors   whether later anaphora may count from it (see {@link TimeRule#anchors})
 */
record Mention(int start, int end, TimeSpan span, String relation, String how, List<Part> parts, Type type,
               Direction direction, boolean anchors) {
    int length() {
        return end - start;
    }

    boolean covers(int from, int to) {
        return start <= from && to <= end;
    }

    boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }
}
