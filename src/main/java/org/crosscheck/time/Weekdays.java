package org.crosscheck.time;

import static org.crosscheck.time.CalendarNames.lower;
import static org.crosscheck.time.ExplicitDates.dayOf;
import static org.crosscheck.time.Fragments.DAY;
import static org.crosscheck.time.Fragments.FLAGS;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TenseCues.Direction;
import org.crosscheck.time.TimeRule.Part;
import org.crosscheck.time.TimeRule.Resolved;
import org.crosscheck.time.TimeRule.Type;

/**
 * Weekdays: the one a sentence means before or after the anchor ("on Friday", "last Tuesday", "Friday night",
 * "Wednesday's ruling"), one counted from the day spoken of ("the previous Friday"), and a day of the month written
 * alone ("on the 4th", "Tuesday the 14th"); and a day with a part of it ({@code 2000-01-07TNI}).
 */
final class Weekdays {
    private Weekdays() {
    }

    static List<TimeRule> rules(Fragments f) {
        return List.of(
                TimeRule.of("weekday", Pattern.compile("\\b(?:(last|next|this|coming|past)\\s+)?(" + f.weekday
                        + ")(?:['\u2019]s)?\\b(?:\\s+(" + f.partOfDay + ")\\b)?", FLAGS), Weekdays::weekday),
                TimeRule.anaphoric("weekday from a day spoken of", Pattern.compile("\\bthe\\s+(previous|preceding|prior"
                        + "|following|next)\\s+(" + f.weekday + ")\\b", FLAGS), Weekdays::weekdayFromSpokenOf),
                TimeRule.anaphoric("that weekday", Pattern.compile("\\bthat\\s+(" + f.weekday + ")\\b", FLAGS),
                        Weekdays::thatWeekday),
                TimeRule.of("day of the month alone", Pattern.compile("\\bthe\\s+(" + DAY + ")(?:st|nd|rd|th)\\b"
                        // "on the 4th." is a day; "the 12th meeting" an ordinal
                        + "(?=\\s*(?:[,.;:)\"\u201d]|$)|\\s+(?:and|at|in|when|to|through|until|or|with|for|as|but)\\b)", FLAGS),
                        Weekdays::dayAlone));
    }

    /**
     * What may follow "a Monday" for the article to be the weekday's own: an end of phrase or a word that starts
     * another ("on a Monday in May"); before a noun the article is the noun's ("a Sunday night memorial service").
     */
    private static final Pattern PHRASE_ENDS = Pattern.compile("\\s*(?:[,.;:)\"\u201d]|$|\\p{Lu})|\\s+(?:and|at"
            + "|in|of|on|when|to|through|until|or|with|for|as|but|before|after)\\b");

    private static Resolved weekday(Matcher m, Context c) {
        String name = m.group(2);
        if (!c.readAsName(name, m.start(2), m.end(2), false)) {
            return null;
        }
        DayOfWeek dow = c.calendar().weekday(name);
        String part = m.group(3) == null ? null : c.calendar().partOfDay(m.group(3));
        boolean possessive = m.group().matches("(?s).*['\u2019]s\\b.*") && m.group(3) == null;
        Integer count = c.calendar().numberWord(Words.previous(c.text, m.start(2)));
        boolean ownPhrase = PHRASE_ENDS.matcher(c.text).region(m.end(), c.text.length()).lookingAt();
        Resolved day = m.group(1) == null && count != null && count == 1 && ownPhrase
                // "on a Monday", "one Monday": some Monday, not one counted from publication (TimeML's XXXX-WXX-1)
                ? new Resolved(Granularity.DAY.unresolved("XXXX-WXX-" + dow.getValue()), "'"
                        + Words.previous(c.text, m.start(2)) + " " + name + "': a weekday, no day")
                : possessive && m.group(1) == null ? possessiveWeekday(dow, m.start(2), m.end(2), c)
                : weekdayDate(dow, lower(m.group(1)), m.start(2), m.end(2), c);
        if (part == null) {
            return day;
        }
        // "Friday night" is a time of its own; "Friday" in it keeps its day
        return partOfDay(day, part).withParts(List.of(new Part(m.start(2), m.end(2), day.span())));
    }

    /** The day a weekday names, "last", "next" or "this" (or null) before it. */
    static Resolved weekdayDate(DayOfWeek dow, String which, int start, int end, Context c) {
        String name = dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (c.anchor == null) {
            return new Resolved(Granularity.DAY.unresolved("XXXX-XX-XX"), "no anchor");
        }
        LocalDate date;
        String how;
        if ("last".equals(which) || "past".equals(which)) {
            date = c.anchor.with(TemporalAdjusters.previous(dow));
            how = "'" + which + "' -> previous " + name;
        } else if ("next".equals(which) || "coming".equals(which)) {
            date = c.anchor.with(TemporalAdjusters.next(dow));
            how = "'" + which + "' -> next " + name;
        } else if ("this".equals(which)) {
            date = Granularity.WEEK.first(c.anchor).with(TemporalAdjusters.nextOrSame(dow));
            how = "'this' -> " + name + " of the publication week";
        } else {
            Direction d = c.direction(start, end);
            date = c.anchor.with(d.future() ? TemporalAdjusters.nextOrSame(dow) : TemporalAdjusters.previousOrSame(dow));
            how = d.reason() + " -> " + (date.equals(c.anchor) ? "same day, a " : d.future() ? "next " : "previous ")
                    + name;
        }
        return new Resolved(Granularity.DAY.spanOf(date), c.publication() + ", " + how);
    }

    /** "the previous Friday": the Friday before (or after) the day spoken of last, else before publication. */
    private static Resolved weekdayFromSpokenOf(Matcher m, Context c) {
        DayOfWeek dow = c.calendar().weekday(m.group(2));
        boolean back = !m.group(1).toLowerCase(Locale.ROOT).matches("following|next");
        TimeSpan ref = c.referenceBefore(m.start(), Granularity.DAY);
        LocalDate from = ref != null ? ref.start() : c.anchor;
        if (from == null) {
            return new Resolved(Granularity.DAY.unresolved("XXXX-XX-XX"), "no anchor");
        }
        LocalDate date = from.with(back ? TemporalAdjusters.previous(dow) : TemporalAdjusters.next(dow));
        return new Resolved(Granularity.DAY.spanOf(date), (ref != null ? "the day spoken of last (" + ref.value() + ")"
                : c.publication()) + " -> " + (back ? "previous " : "next ") + m.group(2));
    }

    /**
     * "that Sunday": the Sunday nearest the day spoken of last (the Friday of a story's attack, its Sunday); without
     * a day spoken of, the weekday read as written alone.
     */
    private static Resolved thatWeekday(Matcher m, Context c) {
        DayOfWeek dow = c.calendar().weekday(m.group(1));
        TimeSpan ref = c.referenceBefore(m.start(), Granularity.DAY);
        if (ref == null || ref.start() == null || !c.readAsName(m.group(1), m.start(1), m.end(1), false)) {
            return null;
        }
        LocalDate after = ref.start().with(TemporalAdjusters.nextOrSame(dow));
        LocalDate before = ref.start().with(TemporalAdjusters.previousOrSame(dow));
        LocalDate date = after.toEpochDay() - ref.start().toEpochDay() <= ref.start().toEpochDay() - before.toEpochDay()
                ? after : before;
        return new Resolved(Granularity.DAY.spanOf(date), "the " + m.group(1) + " nearest the day spoken of last ("
                + ref.value() + ")");
    }

    /** "the summit begins on the 4th": that day of the anchor's month, or of the month before or after. */
    private static final Set<String> DAY_PREPOSITIONS = Set.of("on", "by", "until", "till", "from", "since",
            "before", "after");

    private static Resolved dayAlone(Matcher m, Context c) {
        int day = dayOf(m.group(1));
        String before = Words.previousRaw(c.text, m.start());
        DayOfWeek weekdayBefore = c.calendar().weekday(before);
        if (weekdayBefore == null && !DAY_PREPOSITIONS.contains(before.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (c.anchor == null) {
            return new Resolved(Granularity.DAY.unresolved(String.format(Locale.ROOT, "XXXX-XX-%02d", day)), "no anchor");
        }
        if (weekdayBefore != null) {
            // "Tuesday the 14th": the nearest month in which that day is that weekday
            DayOfWeek dow = weekdayBefore;
            for (int k : new int[] {0, -1, 1, -2, 2}) {
                LocalDate month = c.anchor.plusMonths(k);
                if (day <= month.lengthOfMonth() && month.withDayOfMonth(day).getDayOfWeek() == dow) {
                    return new Resolved(Granularity.DAY.spanOf(month.withDayOfMonth(day)), c.publication() + ", "
                            + before + " the " + day + " -> the month near publication in which they agree");
                }
            }
            return null;
        }
        Direction d = c.direction(m.start(), m.end());
        LocalDate thisMonth = c.anchor.withDayOfMonth(Math.min(day, c.anchor.lengthOfMonth()));
        LocalDate date;
        if (d.future()) {
            date = thisMonth.isBefore(c.anchor) ? nextMonthDay(c.anchor.plusMonths(1), day) : thisMonth;
        } else {
            date = thisMonth.isAfter(c.anchor) ? nextMonthDay(c.anchor.minusMonths(1), day) : thisMonth;
        }
        return new Resolved(Granularity.DAY.spanOf(date), c.publication() + ", " + d.reason() + " -> "
                + (d.future() ? "next " : "most recent ") + "day " + day + " of a month");
    }

    private static LocalDate nextMonthDay(LocalDate inMonth, int day) {
        return inMonth.withDayOfMonth(Math.min(day, inMonth.lengthOfMonth()));
    }

    /**
     * "Friday's ruling", "Wednesday's vote": a weekday that names what took place then looks back whatever verb
     * governs the phrase ("would look for ways to get around Wednesday's ruling").
     */
    private static Resolved possessiveWeekday(DayOfWeek dow, int start, int end, Context c) {
        Direction d = c.direction(start, end);
        if (d.future() && d.strength() != TenseCues.Strength.EXPLICIT) {
            d = Direction.past("a weekday's event named with \"'s\" looks back");
        }
        String name = dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (c.anchor == null) {
            return new Resolved(Granularity.DAY.unresolved("XXXX-XX-XX"), "no anchor");
        }
        LocalDate date = c.anchor.with(d.future() ? TemporalAdjusters.nextOrSame(dow)
                : TemporalAdjusters.previousOrSame(dow));
        return new Resolved(Granularity.DAY.spanOf(date), c.publication() + ", " + d.reason() + " -> "
                + (date.equals(c.anchor) ? "same day, a " : d.future() ? "next " : "previous ") + name);
    }

    /** A day with a part of it: "Friday night" is {@code 2000-01-07TNI}. */
    static Resolved partOfDay(Resolved day, String code) {
        TimeSpan s = day.span();
        String value = s.value().matches("[\\dX]{4}-[\\dX]{2}-[\\dX]{2}") ? s.value() + "T" + code : s.value();
        return new Resolved(new TimeSpan(value, s.start(), s.end(), "TIME"), day.how(), Type.TIME);
    }
}
