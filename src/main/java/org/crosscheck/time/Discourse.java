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
    /** The day quarters are reported after (publication), or null. */
    private final java.time.LocalDate anchor;
    /** The latest quarter the text named that had ended by publication: the one a report is about. */
    private TimeSpan reportedQuarter;

    Discourse(java.time.LocalDate anchor) {
        this.anchor = anchor;
    }

    /** The times spoken of so far, latest last. */
    List<TimeSpan> references() {
        return List.copyOf(times);
    }

    /**
     * The latest quarter the text named that had ended by publication, or null: the quarter a report is about
     * ("third-quarter net rose"), whose later "a year ago", "the latest quarter" and "the 1989 period" are of it
     * even after an aside on another ("a fourth-quarter charge" expected, "after a flat second quarter").
     */
    TimeSpan reportedQuarter() {
        return reportedQuarter;
    }

    /** Adds the times of a sentence that can anchor others. */
    void after(List<Mention> sentence) {
        for (Mention m : sentence) {
            if (canAnchor(m)) {
                TimeSpan q = m.span();
                if (q.granularity().equals("QUARTER") && anchor != null && q.end().isBefore(anchor)
                        && (reportedQuarter == null || q.end().isAfter(reportedQuarter.end()))) {
                    reportedQuarter = q;
                }
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
