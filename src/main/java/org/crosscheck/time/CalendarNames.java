package org.crosscheck.time;

import static org.crosscheck.time.ExplicitDates.dayOf;
import static org.crosscheck.time.Fragments.DAY;
import static org.crosscheck.time.Fragments.FLAGS;
import static org.crosscheck.time.Fragments.MOD;
import static org.crosscheck.time.Fragments.YEAR;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
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

/**
 * Names that recur and so need a year from the anchor: a day of a month ("April 7", "7 April"), day ranges,
 * months, seasons, quarters and weekends ({@link Weekdays} and {@link HolidayNames} read the other recurring
 * names). Which occurrence is meant comes from the sentence's direction ({@link Occurrences}).
 */
final class CalendarNames {
    /** Words after a month name that show "May"/"March" to be the month (the verbs are written lowercase). */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "since", "until", "till", "through", "by",
            "from", "during", "of", "before", "after", "early", "late", "mid", "between", "and", "to", "on", "last",
            "next", "this", "throughout", "for", "or", "around", "as", "that", "the");
    private static final Set<String> SEASON_PREPOSITIONS = Set.of("in", "during", "over", "since", "until",
            "through", "by", "throughout", "into", "for", "after", "before", "of", "till", "across");
    /** Words after "the summer" that show it to be the season itself, not a modifier ("the summer Olympics"). */
    private static final Set<String> AFTER_A_SEASON = Set.of("", "was", "is", "has", "had", "will", "would", "and",
            "but", "when", "as", "before", "after", "months", "season", "of", "saw", "brought", "began", "ended");

    private CalendarNames() {
    }

    static List<TimeRule> rules(Fragments f) {
        return List.of(
                TimeRule.of("month day range", Pattern.compile("\\b(" + f.month + ")\\s*(" + DAY
                        + ")\\s*(?:-|\u2013|to|through|until|till|and)\\s*(?:(" + f.month + ")\\s*)?(" + DAY
                        + ")(?:,?\\s+(" + YEAR + "))?", FLAGS), CalendarNames::monthDayRange),
                TimeRule.of("day month range", Pattern.compile("\\b(" + DAY + ")\\s*(?:-|\u2013|to|and)\\s*(" + DAY
                        + ")\\s+(?:of\\s+)?(" + f.month + ")(?:,?\\s+(" + YEAR + "))?", FLAGS),
                        CalendarNames::dayMonthRange),
                TimeRule.of("month day", Pattern.compile("\\b(?:(" + f.weekday + "),?\\s+)?(" + f.month + ")\\s*("
                        + DAY + ")\\b(?!\\s*(?:%|percent|per\\s*cent))", FLAGS),
                        (m, c) -> monthDay(m.group(2), m.group(3), m.group(1), m.start(2), m.end(), c)),
                TimeRule.of("day month", Pattern.compile("\\b(?:(" + f.weekday + "),?\\s+)?(?:the\\s+)?(" + DAY
                        + ")(?:\\s+of)?\\s+(" + f.monthFull + "|" + f.month + "(?=\\s))", FLAGS),
                        (m, c) -> monthDay(m.group(3), m.group(2), m.group(1), m.start(), m.end(3), c)),
                TimeRule.of("month", Pattern.compile("\\b(?:(" + MOD + ")[\\s-]+)?(?:(last|next|this|coming|past)"
                        + "\\s+)?(" + f.monthFull + ")\\b(?:\\s+(?:of\\s+)?(last|this|next)\\s+year\\b)?", FLAGS),
                        CalendarNames::bareMonth),
                TimeRule.of("season", Pattern.compile("\\b(?:(" + MOD + ")[\\s-]+)?(?:(last|next|this|coming|past|the)"
                        + "\\s+)?(" + f.season + ")\\b(?:\\s+(?:of\\s+)?(?:(" + f.anyYear
                        + ")|(last|this|next)\\s+year\\b))?", FLAGS), CalendarNames::season),
                TimeRule.of("ordinal quarter", Pattern.compile("\\b(?:the\\s+)?(?:(?:comparable\\s+)?(year[\\s-]+(?:ago"
                        + "|earlier|before)|prior[\\s-]+year)\\s+)?(?:(\\d{4})\\s+)?(first|second|third"
                        + "|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?quarter\\b(?:\\s+of\\s+(?:(?:the\\s+)?"
                        + "(?:fiscal\\s+)?(?:year\\s+)?(" + YEAR + ")|(?:the\\s+)?(last|this|next|current)\\s+(?:fiscal\\s+)?"
                        + "year\\b|the\\s+(?:fiscal\\s+)?year\\b)|,?\\s+(" + YEAR + "))?", FLAGS),
                        CalendarNames::ordinalQuarter),
                TimeRule.of("quarter without year", Pattern.compile("\\bQ([1-4])\\b(?![\\s/-]*\\d)"),
                        CalendarNames::bareQ),
                TimeRule.of("weekend", Pattern.compile("\\b(the|this|last|next|past|coming)\\s+weekend\\b", FLAGS),
                        CalendarNames::weekend),
                TimeRule.of("week of a day", Pattern.compile("\\bthe\\s+week\\s+of\\s+(" + f.month + ")\\s*(" + DAY
                        + ")(?:,?\\s+(" + YEAR + "))?", FLAGS), CalendarNames::weekOf));
    }

    // ---- days of a month

    private static Resolved monthDay(String monthText, String dayText, String weekdayText, int start, int end,
                                     Context c) {
        // a day number stands beside the month by construction, so a lower-case name is read too ("may 5")
        Month month = c.calendar().month(monthText);
        int day = dayOf(dayText);
        if (month == null || day > month.maxLength()) {
            return null;
        }
        if (weekdayText != null && c.anchor != null) {
            Resolved agreeing = yearOfWeekday(month, day, c.calendar().weekday(weekdayText), c);
            if (agreeing != null) {
                return agreeing;
            }
        }
        return yearlessDay(month, day, c.direction(start, end), c);
    }

    /**
     * "Monday, Feb 18": of the two occurrences of the day around the anchor (the last one and the next one), the
     * one that falls on that weekday. When neither does, the weekday is not used here: the day is read as any
     * yearless day and the time extractor reports that the weekday disagrees ("Tuesday, 15 November" in a story of
     * 16 November 2017 is 2017-11-15, a Wednesday, not 2016-11-15, a Tuesday a year back).
     */
    private static Resolved yearOfWeekday(Month month, int day, DayOfWeek weekday, Context c) {
        for (LocalDate date : List.of(nearest(month, day, false, c.anchor), nearest(month, day, true, c.anchor))) {
            if (date.getMonth() == month && date.getDayOfMonth() == day && date.getDayOfWeek() == weekday) {
                return new Resolved(Granularity.DAY.spanOf(date), c.publication() + ", "
                        + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date
                        + " is the occurrence next to publication on which the weekday and the day agree");
            }
        }
        return null;
    }

    /** A month and day without year: before or after the anchor, as {@link Occurrences} decides. */
    static Resolved yearlessDay(Month month, int day, Direction d, Context c) {
        if (c.anchor == null) {
            return new Resolved(Granularity.DAY.unresolved(String.format(Locale.ROOT, "XXXX-%02d-%02d", month.getValue(), day)),
                    "no anchor");
        }
        LocalDate before = nearest(month, day, false, c.anchor);
        LocalDate after = nearest(month, day, true, c.anchor);
        Occurrences.Choice choice = Occurrences.choose(c.anchor, before, before, after, true, d);
        return new Resolved(Granularity.DAY.spanOf(choice.date()), c.publication() + ", " + choice.reason()
                + " -> " + (choice.future() ? "next " : "most recent ")
                + month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day);
    }

    private static LocalDate nearest(Month month, int day, boolean future, LocalDate anchor) {
        for (int k = 0; k <= 8; k++) {
            int year = anchor.getYear() + (future ? k : -k);
            try {
                LocalDate date = LocalDate.of(year, month, day);
                if (future ? !date.isBefore(anchor) : !date.isAfter(anchor)) {
                    return date;
                }
            } catch (DateTimeException e) {
                // 29 February in a common year: try the next candidate year
            }
        }
        return LocalDate.of(anchor.getYear(), month, Math.min(day, 28));
    }

    private static Resolved monthDayRange(Matcher m, Context c) {
        Month first = c.calendar().month(m.group(1));
        Month second = m.group(3) == null ? first : c.calendar().month(m.group(3));
        if (first == null || second == null) {
            return null;
        }
        return dayRange(first, dayOf(m.group(2)), m.start(1), m.end(2), second, dayOf(m.group(4)),
                m.group(3) != null ? m.start(3) : m.start(4), m.end(4), m.group(5), c);
    }

    private static Resolved dayMonthRange(Matcher m, Context c) {
        Month month = c.calendar().month(m.group(3));
        if (month == null) {
            return null;
        }
        return dayRange(month, dayOf(m.group(1)), m.start(1), m.end(1), month, dayOf(m.group(2)), m.start(2),
                m.end(2), m.group(4), c);
    }

    /** "Sept 05 to 06", "March 3 to 14, 2018": the value of the first day, the span to the last. */
    private static Resolved dayRange(Month m1, int d1, int s1, int e1, Month m2, int d2, int s2, int e2,
                                     String year, Context c) {
        if (d1 > m1.maxLength() || d2 > m2.maxLength() || (m1 == m2 && d2 <= d1)) {
            return null;
        }
        LocalDate from;
        String how;
        if (year != null) {
            try {
                from = LocalDate.of(Integer.parseInt(year), m1, d1);
            } catch (DateTimeException e) {
                return null;
            }
            how = "explicit date range";
        } else {
            Resolved start = yearlessDay(m1, d1, c.direction(s1, e2), c);
            if (start.span().start() == null) {
                TimeSpan end = Granularity.DAY.unresolved(String.format(Locale.ROOT, "XXXX-%02d-%02d", m2.getValue(), d2));
                return new Resolved(start.span(), start.how()).withParts(List.of(new Part(s1, e1, start.span()),
                        new Part(s2, e2, end)));
            }
            from = start.span().start();
            how = start.how() + " to " + m2.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d2;
        }
        LocalDate to;
        try {
            to = LocalDate.of(from.getYear(), m2, d2);
        } catch (DateTimeException e) {
            return null;
        }
        if (to.isBefore(from)) {
            to = to.plusYears(1);
        }
        TimeSpan span = new TimeSpan(from.toString(), from, to, "DAY");
        return new Resolved(span, how).withParts(List.of(new Part(s1, e1, Granularity.DAY.spanOf(from)),
                new Part(s2, e2, Granularity.DAY.spanOf(to))));
    }

    private static Resolved weekOf(Matcher m, Context c) {
        Month month = c.calendar().month(m.group(1));
        int day = dayOf(m.group(2));
        if (month == null || day > month.maxLength()) {
            return null;
        }
        Resolved date = m.group(3) != null
                ? new Resolved(Granularity.DAY.spanOf(LocalDate.of(Integer.parseInt(m.group(3)), month,
                        Math.min(day, month.length(Integer.parseInt(m.group(3)) % 4 == 0)))), "explicit date")
                : yearlessDay(month, day, c.direction(m.start(), m.end()), c);
        if (date.span().start() == null) {
            return new Resolved(Granularity.WEEK.unresolved("XXXX-WXX"), date.how());
        }
        return new Resolved(Granularity.WEEK.spanOf(date.span().start()), date.how() + " -> its week");
    }

    // ---- months, weekdays, seasons, quarters, weekends

    /**
     * "to" + a verb shortly before "in January": the month may belong to the infinitive ("announced an agreement
     * to acquire the company in January", "has decided to admit them in early March"), whose time is ahead of the
     * past verb, so the past tense does not hold the month back ("to" before an article is a preposition: "changed
     * to a calendar year in December").
     */
    private static final Pattern INFINITIVE_BEFORE = Pattern.compile("\\bto\\s+(?!(?:a|an|the|its|his|her|their|our|this|that)\\b)"
            + "\\p{Ll}+\\b");
    private static final int INFINITIVE_REACH = 90;

    private static Resolved bareMonth(Matcher m, Context c) {
        String name = m.group(3);
        String mod = lower(m.group(1));
        String which = lower(m.group(2));
        String yearWord = lower(m.group(4));
        Month month = c.calendar().month(name);
        if (month == null || !c.readAsName(name, m.start(3), m.end(3), commonWord(month))) {
            return null;
        }
        if ((month == Month.MAY || month == Month.MARCH) && mod == null && which == null && yearWord == null
                && !TIME_PREPOSITIONS.contains(Words.previous(c.text, m.start()))) {
            return null;
        }
        if (c.anchor == null) {
            return new Resolved(Granularity.MONTH.unresolved(String.format(Locale.ROOT, "XXXX-%02d", month.getValue())),
                    "no anchor");
        }
        int anchorMonth = c.anchor.getMonthValue();
        int year;
        String how;
        if (yearWord != null) {
            year = c.anchor.getYear() + yearOffset(yearWord);
            how = yearWord + " year";
        } else if (which != null && !which.equals("past") && !which.equals("coming")) {
            // the month right before or after publication is "last month" or "next month": named, it is a year away
            // ("last February" in a story of 1 March is February a year back)
            boolean adjacent = "last".equals(which) ? month == Month.from(c.anchor).minus(1)
                    : "next".equals(which) && month == Month.from(c.anchor).plus(1);
            year = switch (which) {
                case "last" -> month.getValue() < anchorMonth && !adjacent ? c.anchor.getYear() : c.anchor.getYear() - 1;
                case "next" -> month.getValue() > anchorMonth && !adjacent ? c.anchor.getYear() : c.anchor.getYear() + 1;
                default -> c.anchor.getYear();
            };
            how = "'" + which + "' " + name + (adjacent ? ", the month next to publication named: a year away" : "");
        } else {
            Direction d = modDirection(mod, which);
            if (d == null) {
                d = c.direction(m.start(3), m.end(3));
                if ("in".equals(Words.previous(c.text, m.start())) && !INFINITIVE_BEFORE.matcher(
                        c.text.subSequence(Math.max(0, m.start() - INFINITIVE_REACH), m.start())).find()) {
                    d = d.heldIfPast("'in' the month");
                }
            }
            LocalDate first = LocalDate.of(c.anchor.getYear(), month, 1);
            LocalDate before = month.getValue() <= anchorMonth ? first : first.minusYears(1);
            LocalDate after = month.getValue() >= anchorMonth ? first : first.plusYears(1);
            Occurrences.Choice choice = Occurrences.choose(c.anchor, before,
                    before.with(TemporalAdjusters.lastDayOfMonth()), after, true, d);
            year = choice.date().getYear();
            how = choice.reason() + " -> " + (before.equals(after) ? "this " : choice.future() ? "next "
                    : "most recent ") + name;
        }
        return new Resolved(Granularity.MONTH.spanOf(LocalDate.of(year, month, 1)), c.publication() + ", " + how);
    }

    /** Month names that are also common words ("may", "march", "an august body"): lower case, they need a number. */
    static boolean commonWord(Month month) {
        return month == Month.MAY || month == Month.MARCH || month == Month.AUGUST;
    }

    /** The direction a modifier or determiner fixes by itself ("earlier in", "coming"), or null. */
    static Direction modDirection(String mod, String which) {
        if ("past".equals(which) || (mod != null && mod.startsWith("earlier"))) {
            return Direction.fixed(false, "'" + (which != null ? which : "earlier") + "'");
        }
        if ("coming".equals(which) || (mod != null && mod.startsWith("later"))) {
            return Direction.fixed(true, "'" + (which != null ? which : "later") + "'");
        }
        return null;
    }

    private static Resolved season(Matcher m, Context c) {
        String mod = lower(m.group(1));
        String which = lower(m.group(2));
        String name = m.group(3).toLowerCase(Locale.ROOT);
        String yearText = m.group(4);
        String yearWord = lower(m.group(5));
        boolean explicitTime = yearText != null || yearWord != null || (which != null && !which.equals("the"));
        boolean prepositional = SEASON_PREPOSITIONS.contains(Words.previous(c.text, m.start()));
        String after = Words.next(c.text, m.end()).toLowerCase(Locale.ROOT);
        if (!explicitTime && after.equals("of") && (name.equals("fall") || name.equals("spring"))) {
            // "the fall of Rome", "the spring of discontent": a noun, not the season
            return null;
        }
        // "The summer was hot", "over the summer": "the" with a summer or winter that modifies no noun after it
        if ("the".equals(which) && !name.equals("fall") && !name.equals("spring") && AFTER_A_SEASON.contains(after)) {
            prepositional = true;
        }
        // "spring" and "fall" are also common nouns and verbs: a season needs a year, a determiner, a modifier
        // or a time preposition
        if (!explicitTime && !prepositional && mod == null) {
            return null;
        }
        if (name.equals("fall") && !explicitTime && !"the".equals(which)) {
            return null;
        }
        String code = c.calendar().season(name);
        int firstMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        if (yearText != null) {
            int year = Fragments.year(yearText);
            return year < 0 ? null : new Resolved(Granularity.SEASON.spanOf(LocalDate.of(year, firstMonth, 1)),
                    "explicit season");
        }
        if (c.anchor == null) {
            return new Resolved(Granularity.SEASON.unresolved("XXXX-" + code), "no anchor");
        }
        if (yearWord != null) {
            int y = c.anchor.getYear() + yearOffset(yearWord);
            return new Resolved(Granularity.SEASON.spanOf(LocalDate.of(y, firstMonth, 1)),
                    c.publication() + ", " + name + " of " + yearWord + " year");
        }
        LocalDate current = Granularity.SEASON.first(c.anchor);
        int k = Math.floorMod(firstMonth / 3 - current.getMonthValue() / 3, 4);
        String how;
        if ("last".equals(which) || "past".equals(which)) {
            k = k == 0 ? -4 : k - 4;
            how = "'" + which + "' -> previous " + name;
        } else if ("next".equals(which) || "coming".equals(which)) {
            k = k == 0 ? 4 : k;
            how = "'" + which + "' -> next " + name;
        } else if ("this".equals(which)) {
            k = k > 2 ? k - 4 : k;
            how = "'this' -> nearest " + name;
        } else {
            Direction d = modDirection(mod, which);
            if (d == null) {
                d = c.direction(m.start(3), m.end(3));
            }
            k = d.future() ? k : (k == 0 ? 0 : k - 4);
            how = d.reason() + " -> " + (d.future() ? "next " : "most recent ") + name;
        }
        return new Resolved(Granularity.SEASON.shifted(current, k), c.publication() + ", " + how);
    }

    private static Resolved ordinalQuarter(Matcher m, Context c) {
        Resolved q = quarterNamed(m, c);
        if (q == null || m.group(1) == null || q.span().start() == null) {
            return q;
        }
        // "the year-ago third quarter"
        return new Resolved(Granularity.QUARTER.spanOf(q.span().start().minusYears(1)), q.how() + ", a year before");
    }

    private static Resolved quarterNamed(Matcher m, Context c) {
        String ord = m.group(3).toLowerCase(Locale.ROOT);
        boolean last = ord.equals("last") || ord.equals("final");
        String yearText = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(6);
        boolean ofYear = yearText != null || m.group(5) != null
                || m.group(0).toLowerCase(Locale.ROOT).matches(".*\\bof\\s+the\\s+(fiscal\\s+)?year$");
        if (last && !ofYear) {
            return null;
        }
        int q = switch (ord) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
        if (yearText != null) {
            return new Resolved(Granularity.QUARTER.spanOf(LocalDate.of(Integer.parseInt(yearText), q * 3 - 2, 1)),
                    "explicit quarter");
        }
        if (c.anchor == null) {
            return new Resolved(Granularity.QUARTER.unresolved("XXXX-Q" + q), "no anchor");
        }
        if (m.group(5) != null) {
            int year = c.anchor.getYear() + yearOffset(m.group(5).toLowerCase(Locale.ROOT));
            return new Resolved(Granularity.QUARTER.spanOf(LocalDate.of(year, q * 3 - 2, 1)),
                    c.publication() + ", quarter of " + m.group(5).toLowerCase(Locale.ROOT) + " year");
        }
        if (ofYear) {
            return new Resolved(Granularity.QUARTER.spanOf(LocalDate.of(c.anchor.getYear(), q * 3 - 2, 1)),
                    c.publication() + ", quarter of the publication year");
        }
        return quarter(q, c.direction(m.start(), m.end()), c);
    }

    private static Resolved bareQ(Matcher m, Context c) {
        int q = Integer.parseInt(m.group(1));
        if (c.anchor == null) {
            return new Resolved(Granularity.QUARTER.unresolved("XXXX-Q" + q), "no anchor");
        }
        return quarter(q, c.direction(m.start(), m.end()), c);
    }

    /**
     * A quarter named without its year. Results are reported for weeks after a quarter ends, so a quarter that
     * ended less than {@link #REPORTING_DAYS} days before the anchor is the one meant even in a forward-looking
     * sentence ("expects third-quarter profit" written in October).
     */
    private static Resolved quarter(int q, Direction d, Context c) {
        LocalDate firstThis = Granularity.QUARTER.first(c.anchor);
        LocalDate before = LocalDate.of(c.anchor.getYear(), q * 3 - 2, 1);
        if (before.isAfter(firstThis)) {
            before = before.minusYears(1);
        }
        LocalDate after = before.equals(firstThis) ? before : before.plusYears(1);
        LocalDate beforeEnd = before.plusMonths(3).minusDays(1);
        boolean recent = !beforeEnd.isBefore(c.anchor.minusDays(REPORTING_DAYS));
        boolean future = d.future() && !recent;
        LocalDate chosen = future ? after : before;
        String how = d.reason() + (d.future() && recent ? ", but Q" + q + " ended " + java.time.temporal.ChronoUnit
                .DAYS.between(beforeEnd, c.anchor) + " days back and is still reported" : "") + " -> "
                + (future ? "next" : "most recent") + " Q" + q;
        return new Resolved(Granularity.QUARTER.spanOf(chosen), c.publication() + ", " + how);
    }

    static final int REPORTING_DAYS = 45;

    /** A weekend as the Saturday and Sunday of its ISO week ({@code 2016-W49-WE}). */
    private static Resolved weekend(Matcher m, Context c) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        if (c.anchor == null) {
            return new Resolved(Granularity.WEEK.unresolved("XXXX-WXX-WE"), "no anchor");
        }
        boolean weekendNow = c.anchor.getDayOfWeek().getValue() >= 6;
        String how = "'" + which + " weekend'";
        int steps;
        switch (which) {
            case "last", "past" -> steps = -1;
            case "next", "coming" -> steps = weekendNow ? 1 : 0;
            case "this" -> steps = 0;
            default -> {
                Direction d = c.direction(m.start(), m.end());
                steps = d.future() || weekendNow ? 0 : -1;
                how = d.reason();
            }
        }
        TimeSpan week = Granularity.WEEK.shifted(c.anchor, steps);
        TimeSpan span = new TimeSpan(week.value() + "-WE", week.end().minusDays(1), week.end(), "WEEK");
        return new Resolved(span, c.publication() + ", " + how + " -> weekend of " + week.value());
    }

    static int yearOffset(String word) {
        return switch (word) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
