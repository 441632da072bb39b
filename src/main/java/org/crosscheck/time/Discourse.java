package org.crosscheck.time;

import java.util.List;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TimeRule.Type;

/**
 * The time a text spoke of last, carried from sentence to sentence so that "that year", "the following day" and
 * "a week later" count from it. Only a time that names a period counts: a date, a month, a year, a clock time;
 * not a fuzzy reference, a duration, a recurrence, or a relation's open interval ("since 2016").
 */
final class Discourse {
    /** How many earlier times are kept: anaphora reach back a few sentences, not a whole book. */
    private static final int KEPT = 32;
    private final java.util.ArrayDeque<TimeSpan> times = new java.util.ArrayDeque<>();

    /** The times spoken of so far, latest last. */
    List<TimeSpan> references() {
        return List.copyOf(times);
    }

    /** Adds the times of a sentence that can anchor others. */
    void after(List<Mention> sentence) {
        for (Mention m : sentence) {
            if (canAnchor(m)) {
                times.addLast(m.span());
                if (times.size() > KEPT) {
                    times.removeFirst();
                }
            }
        }
    }

    static boolean canAnchor(Mention m) {
        if (!m.anchors() || m.type() != Type.DATE && m.type() != Type.TIME || !m.relation().isEmpty()) {
            return false;
        }
        TimeSpan s = m.span();
        return s.start() != null && s.end() != null && switch (s.granularity()) {
            case "DAY", "WEEK", "MONTH", "SEASON", "QUARTER", "HALF", "YEAR", "TIME" -> true;
            default -> false;
        };
    }
}
