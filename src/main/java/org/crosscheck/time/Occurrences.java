package org.crosscheck.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.crosscheck.time.TenseCues.Direction;
import org.crosscheck.time.TenseCues.Strength;

/**
 * Chooses which occurrence of a recurring name is meant ("Friday", "April 7", "in June", "the third quarter",
 * "Christmas"): the one at or before the anchor or the one at or after it. A word that fixes the direction
 * ("last", "since") decides. The tense decides too, unless the other occurrence is so much nearer that a writer
 * would not have left the year out for the one the tense points to: a day nearly a year back is written with
 * its year ("last December"), one a few weeks ahead is not. Without a cue, news reports what happened: the past
 * occurrence, with the same exception.
 */
final class Occurrences {
    /** Days: a yearly name this near on the other side of the anchor is the one meant whatever the tense. */
    static final int NEAR_YEARLY = 62;
    /**
     * Days: without a tense cue, a yearly day up to about a quarter ahead is the one meant against one far back
     * ("sets out the exit on 29 March" in a January article): a plan or a schedule is written of before it comes.
     */
    static final int NEAR_YEARLY_UNCUED = 92;
    /** Days: the occurrence the tense points to must be at least this far for the nearer one to win. */
    static final int FAR_YEARLY = 150;
    /** Days: a yearly name this close before the anchor is meant even against a future cue ("signed on Dec 16 will"). */
    static final int RECENT_YEARLY = 14;

    /** The occurrence chosen, whether it is the later one, and why. */
    record Choice(LocalDate date, boolean future, String reason) {
    }

    private Occurrences() {
    }

    /**
     * @param anchor the anchor day
     * @param before the latest occurrence at or before the anchor (its distance measured to {@code beforeEnd})
     * @param beforeEnd the last day of that occurrence
     * @param after  the earliest occurrence at or after the anchor
     * @param yearly whether the name recurs yearly (a month, a day of a month, a holiday) rather than weekly
     * @param d      the direction the sentence gives
     */
    static Choice choose(LocalDate anchor, LocalDate before, LocalDate beforeEnd, LocalDate after, boolean yearly,
                         Direction d) {
        if (before.equals(after)) {
            return new Choice(before, d.future(), d.reason());
        }
        long back = Math.max(0, ChronoUnit.DAYS.between(beforeEnd, anchor));
        long ahead = ChronoUnit.DAYS.between(anchor, after);
        if (d.strength() == Strength.EXPLICIT || !yearly) {
            return new Choice(d.future() ? after : before, d.future(), d.reason());
        }
        if (d.future() && back <= RECENT_YEARLY) {
            return new Choice(before, false, d.reason() + ", but a year ahead; the one " + back + " days back is meant");
        }
        if (d.future() && back <= NEAR_YEARLY && ahead >= FAR_YEARLY) {
            return new Choice(before, false, d.reason() + ", but " + ahead + " days ahead; the one " + back
                    + " days back is meant");
        }
        // a day (not a month, which a story of its events names after it began) is planned ahead without a cue
        int near = d.strength() == Strength.DEFAULT && before.equals(beforeEnd) ? NEAR_YEARLY_UNCUED : NEAR_YEARLY;
        if (!d.future() && ahead <= near && back >= FAR_YEARLY) {
            return new Choice(after, true, d.reason() + ", but " + back + " days back; the one " + ahead
                    + " days ahead is meant");
        }
        return new Choice(d.future() ? after : before, d.future(), d.reason());
    }
}
