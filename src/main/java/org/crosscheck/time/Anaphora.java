package org.crosscheck.time;

import static org.crosscheck.time.Fragments.FLAGS;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TimeRule.Resolved;
import org.crosscheck.vocab.CalendarWords;

/**
 * Times counted from the time the text spoke of last rather than from publication: "that year", "the same day",
 * "the following week", "the day before", "a week later", "two years earlier", "later that month", "in November
 * that year", and in financial reports "the quarter", "the year-earlier period", "a year ago" of a quarter.
 * Without an earlier time in the text they count from the anchor.
 */
final class Anaphora {
    private static final String UNIT_WORDS = "(day|week|month|year|quarter|decade|morning|afternoon|evening|night)";
    private static final String FORWARD = "(later|afterwards?|after\\s+that|on|after)";
    private static final String BACKWARD = "(earlier|before\\s+that|before|previously|prior)";
    private static final String FORWARD_STEP = "following|next|subsequent";
    private static final String FORWARD_AFTER = "after|later";
    private static final String BACKWARD_STEP = "previous|preceding|prior";
    private static final String BACKWARD_AFTER = "before|earlier";

    private Anaphora() {
    }

    static List<TimeRule> rules(Fragments f) {
        return List.of(
                TimeRule.late("units from the time after", Pattern.compile("\\b(?:the\\s+(day|week|month|year)|("
                        + f.count + ")\\s+(" + f.unit + "))\\s+(before|after)\\s+", FLAGS), Anaphora::fromTheTimeAfter),
                TimeRule.anaphoric("that unit", Pattern.compile("\\b(?:(?:early|late|earlier|later)\\s+(?:in\\s+|on\\s+)?)?"
                        + "(that|the\\s+same|that\\s+same|the\\s+very)\\s+" + UNIT_WORDS
                        + "\\b(?![\\s-]+(?:ago|old|long))"
                        // "later in the day": the day spoken of, as "later that day"
                        + "|\\b(?:early|late|earlier|later)\\s+in\\s+the\\s+(day)\\b", FLAGS), Anaphora::thatUnit),
                // a time counted forward moves the story on ("a week later ... the next day"): later anaphora count
                // from it; one counted back ("the day before") is a look back, and they keep counting from the first
                TimeRule.late("following unit", followingUnit(FORWARD_STEP, FORWARD_AFTER), Anaphora::followingUnit),
                TimeRule.anaphoric("previous unit", followingUnit(BACKWARD_STEP, BACKWARD_AFTER), Anaphora::followingUnit),
                TimeRule.late("units later", unitsLater(f, FORWARD), Anaphora::unitsLater),
                TimeRule.anaphoric("units earlier", unitsLater(f, BACKWARD), Anaphora::unitsLater),
                TimeRule.late("units later before a clause", Pattern.compile("\\b(" + f.count + ")\\s+(" + f.unit
                        + ")\\s+(later|afterwards?)\\b(?!\\s+than)", FLAGS), Anaphora::unitsLater),
                TimeRule.anaphoric("units earlier before a clause", Pattern.compile("\\b(" + f.count + ")\\s+(" + f.unit
                        + ")\\s+(earlier)\\b(?!\\s+than)", FLAGS), Anaphora::unitsLater),
                TimeRule.anaphoric("season of that year", Pattern.compile("\\b(that|the\\s+same|that\\s+same|the\\s+"
                        + "following|the\\s+next|the\\s+subsequent|the\\s+previous|the\\s+preceding)\\s+(" + f.season
                        + ")\\b", FLAGS), Anaphora::seasonOfThatYear),
                TimeRule.anaphoric("month of that year", Pattern.compile("\\b(?:(\\d{1,2})\\s+)?(" + f.month + ")\\s*(\\d{1,2}"
                        + "(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous"
                        + "|the\\s+preceding)\\s+year\\b", FLAGS), Anaphora::monthOfThatYear),
                TimeRule.anaphoric("year-ago period", Pattern.compile("\\b(?:the\\s+|a\\s+)?(?:year[\\s-]+(?:ago|earlier"
                        + "|before)|prior[\\s-]+year|year[\\s-]+previous)(?:\\s+(quarter|period|month|year|level|results?"
                        + "|figures?))?\\b|\\bthe\\s+(quarter|period)\\s+a\\s+year\\s+(?:ago|earlier|before)\\b"
                        + "|\\blast\\s+year['\u2019]s\\s+(quarter|period)\\b|\\bthe\\s+(?:same|corresponding|comparable)\\s+(?:period|quarter)\\s+(?:of\\s+)?"
                        + "(?:last|a|the\\s+previous|the\\s+prior)\\s+year(?:\\s+(?:earlier|before|ago))?\\b", FLAGS),
                        Anaphora::yearAgoPeriod),
                TimeRule.anaphoric("reporting period", Pattern.compile("\\bthe\\s+(?:(latest|most\\s+recent|recent|"
                        + "just[\\s-]+(?:ended|completed)|same|current|\\d{4})\\s+)?(?:fiscal\\s+)?(quarter|period)\\b"
                        + "(?:\\s+(?:ended|ending|that\\s+ended)\\s+(" + f.month + ")\\s*(\\d{1,2})\\b)?(?!\\s+(?:of|before"
                        + "|after|a\\s+year))", FLAGS), Anaphora::reportingPeriod),
                TimeRule.anaphoric("the year", Pattern.compile("\\bthe\\s+(?:(full|whole|entire|fiscal|calendar|current"
                        + "|latest)\\s+)?(?:fiscal\\s+)?year\\b(?:\\s+(?:ended|ending|that\\s+ended)\\s+(" + f.month
                        + ")\\s*(\\d{1,2})\\b(?:,\\s*(\\d{4})\\b)?)?(?!\\s+(?:before|after|earlier|later|ago"
                        + "|of\\s+(?!\\$)|in|to|\\d)|['\u2019-])", FLAGS), Anaphora::theYear));
    }

    /**
     * "the day before last Tuesday's hearing", "three days after Easter", "the day after tomorrow": a count of units
     * from the date written right after it, which the expression takes in; null unless a date starts there and
     * is at least as fine as the unit (a day moves by days, weeks, months or years; a month by months or years).
     */
    private static Resolved fromTheTimeAfter(Matcher m, Context c) {
        Mention date = c.inSentenceAt(m.end());
        if (date == null || date.type() != TimeRule.Type.DATE) {
            return null;
        }
        String count = m.group(1) != null ? "1" : c.calendar().count(m.group(2));
        CalendarWords.Unit unit = c.calendar().unit(m.group(1) != null ? m.group(1) : m.group(3));
        if (count == null || count.equals("X") || unit == null || unit.clock()) {
            return null;
        }
        long n = Long.parseLong(count) * unit.amount() * (m.group(4).equalsIgnoreCase("before") ? -1 : 1);
        Granularity g;
        try {
            g = Granularity.valueOf(date.span().granularity());
        } catch (IllegalArgumentException e) {
            return null;
        }
        // from the date's value: its span may already be the open interval its "before"/"after" made of it
        LocalDate from = dayOf(date.span().value(), g);
        if (from == null) {
            return null;
        }
        LocalDate to;
        switch (unit.letter()) {
            case "D" -> to = g == Granularity.DAY ? from.plusDays(n) : null;
            case "W" -> to = g == Granularity.DAY ? from.plusWeeks(n) : null;
            case "M" -> to = g == Granularity.DAY || g == Granularity.MONTH ? from.plusMonths(n) : null;
            case "Q" -> to = g == Granularity.DAY || g == Granularity.MONTH ? from.plusMonths(3 * n) : null;
            case "Y" -> to = g == Granularity.DAY || g == Granularity.MONTH || g == Granularity.YEAR ? from.plusYears(n)
                    : null;
            default -> to = null;
        }
        if (to == null) {
            return null;
        }
        return new Resolved(g.spanOf(to), m.group().strip() + " " + date.span().value() + " (" + date.how() + ") -> "
                + to).endingAt(date.end());
    }

    /** The first day of a DAY, MONTH or YEAR value ("2000-02-22", "1999-03", "1999"), or null. */
    private static LocalDate dayOf(String value, Granularity g) {
        try {
            return switch (g) {
                case DAY -> LocalDate.parse(value.substring(0, Math.min(10, value.length())));
                case MONTH -> java.time.YearMonth.parse(value).atDay(1);
                case YEAR -> value.matches("\\d{4}") ? LocalDate.of(Integer.parseInt(value), 1, 1) : null;
                default -> null;
            };
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** "the following day", "the week after" (or "the previous day", "the week before"): one unit on (or back). */
    private static Pattern followingUnit(String step, String after) {
        return Pattern.compile("\\bthe\\s+(" + step + ")\\s+" + UNIT_WORDS + "\\b|\\bthe\\s+" + UNIT_WORDS + "\\s+(" + after
                + ")(?!\\s+(?:yesterday|the|a|an|his|her|its|their|\\p{Lu}))", FLAGS);
    }

    /** "two days later", "a year earlier": a count of units from the earlier time, before a clause boundary. */
    private static Pattern unitsLater(Fragments f, String words) {
        return Pattern.compile("\\b(" + f.count + ")\\s+(" + f.unit + ")\\s+" + words
                + "(?=\\s*[,.;:)]|\\s*$|\\s+(?:in|on|at|when|that|this|the\\s+(?:company|government)))", FLAGS);
    }

    /**
     * "that year", "the same day", "later that month", "later in the day": the unit of the earlier time that holds
     * it.
     */
    private static Resolved thatUnit(Matcher m, Context c) {
        String unit = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        String part = c.calendar().partOfDay(unit);
        Granularity g = part != null ? Granularity.DAY : Granularity.valueOf(unit.toUpperCase(Locale.ROOT));
        TimeSpan ref = c.referenceBefore(m.start(), g);
        Resolved r = within(ref, g, c, "the time spoken of last");
        return part == null ? r : Weekdays.partOfDay(r, part);
    }

    /** "the following day", "the previous year", "the week after": one unit from the earlier time. */
    private static Resolved followingUnit(Matcher m, Context c) {
        String which = (m.group(1) != null ? m.group(1) : m.group(4)).toLowerCase(Locale.ROOT);
        String unit = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        int steps = switch (which) {
            case "previous", "preceding", "prior", "before", "earlier" -> -1;
            default -> 1;
        };
        String part = c.calendar().partOfDay(unit);
        Granularity g = part != null ? Granularity.DAY : Granularity.valueOf(unit.toUpperCase(Locale.ROOT));
        // "the next year" of a story told in the past is the year after its time; of a plan, next year
        TimeSpan ref = which.equals("next") && c.direction(m.start(), m.end()).future() ? null
                : c.referenceBefore(m.start(), g);
        Resolved r = stepped(ref, g, steps, c, (steps < 0 ? "one " : "one ") + g.name().toLowerCase(Locale.ROOT)
                + (steps < 0 ? " before " : " after ") + "the time spoken of last");
        return part == null ? r : Weekdays.partOfDay(r, part);
    }

    private static Resolved unitsLater(Matcher m, Context c) {
        String count = c.calendar().count(m.group(1));
        CalendarWords.Unit unit = c.calendar().unit(m.group(2));
        if (count == null || unit == null || count.equals("X") || unit.clock()) {
            return null;
        }
        String word = m.group(3).toLowerCase(Locale.ROOT);
        int sign = word.startsWith("earlier") || word.startsWith("before") || word.startsWith("previously")
                || word.startsWith("prior") ? -1 : 1;
        TimeSpan ref;
        if (unit.letter().equals("Y") && unit.amount() == 1 && sign < 0 && count.equals("1")) {
            // "a year earlier" in a report is the period reported on, a year before; else a time of the sentence
            TimeSpan period = c.reportedPeriod(m.start());
            ref = period != null ? period : c.inSentenceBefore(m.start(), granularityOf(unit));
        } else {
            ref = c.referenceBefore(m.start(), granularityOf(unit));
        }
        if (ref == null || ref.start() == null) {
            ref = c.anchor == null ? null : unit.letter().equals("Y") ? Granularity.YEAR.spanOf(c.anchor)
                    : Granularity.DAY.spanOf(c.anchor);
        }
        return shift(ref, unit, sign * Integer.parseInt(count), false, null,
                count + " " + m.group(2).toLowerCase(Locale.ROOT) + " " + (sign < 0 ? "before" : "after")
                        + " the time spoken of last");
    }

    /**
     * "that summer", "the following spring", "the previous winter": the season of the time spoken of last, or the
     * first such season after (before) it; without an earlier time, "that summer" is no time the words fix.
     */
    private static Resolved seasonOfThatYear(Matcher m, Context c) {
        String which = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String code = c.calendar().season(m.group(2));
        if (code == null) {
            return null;
        }
        int step = which.endsWith("following") || which.endsWith("next") || which.endsWith("subsequent") ? 1
                : which.endsWith("previous") || which.endsWith("preceding") ? -1 : 0;
        TimeSpan ref = c.referenceBefore(m.start(), Granularity.YEAR);
        if (ref == null || ref.start() == null) {
            if (step == 0 || c.anchor == null) {
                return null;
            }
            ref = Granularity.DAY.spanOf(c.anchor);
        }
        LocalDate from = step > 0 ? ref.end() : ref.start();
        LocalDate season = Granularity.SEASON.first(from);
        if (step == 0) {
            // the season named in the year spoken of, or the one holding the time when it is that season
            if (ref.granularity().equals("YEAR") || !Granularity.SEASON.spanOf(season).value().endsWith(code)) {
                season = Granularity.SEASON.first(LocalDate.of(ref.start().getYear(), firstMonth(code), 1));
            }
        } else {
            do {
                season = Granularity.SEASON.shifted(season, step).start();
            } while (!Granularity.SEASON.spanOf(season).value().endsWith(code));
        }
        return new Resolved(Granularity.SEASON.spanOf(season), which + " " + code + " of the time spoken of last ("
                + ref.value() + ")");
    }

    private static int firstMonth(String seasonCode) {
        return switch (seasonCode) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    private static Resolved monthOfThatYear(Matcher m, Context c) {
        Month month = c.calendar().month(m.group(2));
        if (month == null || !c.capitalised(m.group(2))) {
            return null;
        }
        String which = m.group(4).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int steps = which.contains("following") || which.contains("next") ? 1
                : which.contains("previous") || which.contains("preceding") ? -1 : 0;
        TimeSpan ref = c.referenceBefore(m.start(), Granularity.YEAR);
        if (ref == null || ref.start() == null) {
            return new Resolved(Granularity.MONTH.unresolved(String.format(Locale.ROOT, "XXXX-%02d", month.getValue())), "no earlier time");
        }
        int year = ref.start().getYear() + steps;
        String dayText = m.group(1) != null ? m.group(1) : m.group(3);
        if (dayText != null) {
            int day = ExplicitDates.dayOf(dayText);
            if (day > month.length(java.time.Year.isLeap(year))) {
                return null;
            }
            return new Resolved(Granularity.DAY.spanOf(LocalDate.of(year, month, day)), "year of the time spoken of last");
        }
        return new Resolved(Granularity.MONTH.spanOf(LocalDate.of(year, month, 1)), "year of the time spoken of last");
    }

    /** "the year-earlier quarter", "year-ago results": the period spoken of, a year before. */
    private static Resolved yearAgoPeriod(Matcher m, Context c) {
        TimeSpan ref = c.reportedPeriod(m.start());
        String nounText = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        String noun = nounText == null ? "" : nounText.toLowerCase(Locale.ROOT);
        if (ref != null && (noun.equals("quarter") || noun.equals("period")) && quarterOf(ref) != null) {
            ref = quarterOf(ref);
        } else if (ref == null && noun.equals("quarter") && c.anchor != null) {
            ref = Granularity.QUARTER.shifted(c.anchor, -1);
        }
        if (ref == null || ref.start() == null) {
            if (c.anchor == null) {
                return new Resolved(Granularity.YEAR.unresolved("XXXX"), "no anchor");
            }
            ref = Granularity.YEAR.spanOf(c.anchor);
        }
        if (!isPeriod(ref)) {
            ref = Granularity.YEAR.spanOf(ref.start());
        }
        return shiftYears(ref, -1, "the period spoken of last, a year before");
    }

    /**
     * "the quarter", "the latest period": in a report on a quarter, the quarter spoken of; without one, the
     * quarter that ended last (a "period" needs one spoken of).
     */
    private static Resolved reportingPeriod(Matcher m, Context c) {
        String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String noun = m.group(2).toLowerCase(Locale.ROOT);
        if (m.group(3) != null) {
            Resolved ended = quarterEnded(m.group(3), m.group(4), m.start(), m.end(), c);
            if (ended != null) {
                return ended.withParts(List.of(new TimeRule.Part(m.start(3), m.end(4), endDay(m, c))));
            }
        }
        // a quarter of the sentence, else the one the report is about, else the last one spoken of
        TimeSpan ref = quarterOf(c.inSentenceBefore(m.start(), Granularity.QUARTER));
        if (ref == null) {
            ref = c.reportedQuarter() != null ? c.reportedQuarter() : quarterOf(c.referenceBefore(m.start(), Granularity.QUARTER));
        }
        if (which.matches("\\d{4}")) {
            int year = Integer.parseInt(which);
            LocalDate inYear = (ref != null ? ref.start() : c.anchor == null ? null
                    : Granularity.QUARTER.shifted(c.anchor, -1).start());
            return inYear == null ? null : new Resolved(Granularity.QUARTER.spanOf(inYear.withYear(year)),
                    "the quarter spoken of, in " + year);
        }
        if (ref != null) {
            return new Resolved(ref, "the quarter spoken of last (" + ref.value() + ")");
        }
        if (noun.equals("period") || c.anchor == null) {
            return null;
        }
        if (which.equals("current") || c.direction(m.start(), m.end()).future()) {
            return new Resolved(Granularity.QUARTER.spanOf(c.anchor), c.publication() + ", the current quarter");
        }
        return new Resolved(Granularity.QUARTER.shifted(c.anchor, -1), c.publication() + ", the quarter ended last");
    }

    /** The day a period ended, as written ("Sept. 30"), read on its own. */
    private static TimeSpan endDay(Matcher m, Context c) {
        Month month = c.calendar().month(m.group(3));
        return CalendarNames.yearlessDay(month, Integer.parseInt(m.group(4)), c.direction(m.start(3), m.end(4)), c)
                .span();
    }

    /**
     * "the quarter ended Sept. 30": the calendar quarter that holds most of the three months ending that day (a
     * fiscal quarter ended July 31 is the second).
     */
    private static Resolved quarterEnded(String monthText, String dayText, int start, int end, Context c) {
        Month month = c.calendar().month(monthText);
        int day = Integer.parseInt(dayText);
        if (month == null || day < 1 || day > month.maxLength()) {
            return null;
        }
        Resolved last = CalendarNames.yearlessDay(month, day, c.direction(start, end), c);
        if (last.span().start() == null) {
            return null;
        }
        LocalDate middle = last.span().start().minusDays(45);
        return new Resolved(Granularity.QUARTER.spanOf(middle), last.how() + " -> the quarter that ended then");
    }

    /**
     * A time as the quarter a report speaks of: a quarter itself, or a day that ends one (results "for the
     * period ended Sept. 30"); otherwise null.
     */
    private static TimeSpan quarterOf(TimeSpan ref) {
        if (ref == null || ref.start() == null) {
            return null;
        }
        if (ref.granularity().equals("QUARTER")) {
            return ref;
        }
        if (ref.granularity().equals("DAY") && ref.start().equals(Granularity.QUARTER.spanOf(ref.start()).end())) {
            return Granularity.QUARTER.spanOf(ref.start());
        }
        return null;
    }

    /**
     * "the year", "the full year": the year of a time before it in the sentence, else the publication year; "the
     * year ended March 31" ends on a day other than December 31, so it is no calendar year but twelve months up to
     * that day, a length ({@code P1Y}, as TimeML writes it, like "the nine months ended Sept. 30" {@code P9M}).
     */
    private static Resolved theYear(Matcher m, Context c) {
        if (m.group(2) != null) {
            Resolved ended = quarterEnded(m.group(2), m.group(3), m.start(), m.end(), c);
            if (ended != null) {
                LocalDate last = ended.span().end();
                Month month = c.calendar().month(m.group(2));
                int dayOfMonth = Integer.parseInt(m.group(3));
                int year = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
                // "the year ending June 30, 1990": the day with its year, as written
                TimeSpan day = year > 0 && java.time.YearMonth.of(year, month).isValidDay(dayOfMonth)
                        ? Granularity.DAY.spanOf(LocalDate.of(year, month, dayOfMonth))
                        : CalendarNames.yearlessDay(month, dayOfMonth, c.direction(m.start(2), m.end(3)), c).span();
                List<TimeRule.Part> parts = List.of(new TimeRule.Part(m.start(2), m.group(4) != null ? m.end(4)
                        : m.end(3), day));
                if (month != Month.DECEMBER || dayOfMonth != 31) {
                    return Durations.duration(c.calendar().unit("year"), "1", m.group()).withParts(parts);
                }
                if (m.group(4) != null && day.start() != null) {
                    last = day.start();
                }
                return new Resolved(Granularity.YEAR.spanOf(last), ended.how() + " -> the year that ended then")
                        .withParts(parts);
            }
        }
        TimeSpan ref = c.inSentenceBefore(m.start(), Granularity.YEAR);
        if (ref != null && ref.start() != null && isPeriod(ref)) {
            return new Resolved(Granularity.YEAR.spanOf(ref.start()), "the year of the time spoken of before it");
        }
        if (c.anchor == null) {
            return new Resolved(Granularity.YEAR.unresolved("XXXX"), "no anchor");
        }
        return new Resolved(Granularity.YEAR.spanOf(c.anchor), c.publication() + ", the current year");
    }

    private static boolean isPeriod(TimeSpan span) {
        return switch (span.granularity()) {
            case "DAY", "WEEK", "MONTH", "SEASON", "QUARTER", "HALF", "YEAR", "TIME" -> true;
            default -> false;
        };
    }

    /** The unit of granularity {@code g} that holds the reference (or the anchor when there is none). */
    static Resolved within(TimeSpan ref, Granularity g, Context c, String what) {
        TimeSpan base = ref != null && ref.start() != null ? ref : c.anchor == null ? null : Granularity.DAY.spanOf(c.anchor);
        if (base == null) {
            return new Resolved(g.unresolved(RelativeDates.unresolvedValue(g)), "no anchor");
        }
        String how = ref != null && ref.start() != null ? what + " (" + ref.value() + ")" : c.publication();
        return new Resolved(masked(g.spanOf(base.start()), base, g), how);
    }

    /** The unit of granularity {@code g} {@code steps} units from the one that holds the reference. */
    static Resolved stepped(TimeSpan ref, Granularity g, int steps, Context c, String what) {
        TimeSpan base = ref != null && ref.start() != null ? ref : c.anchor == null ? null : Granularity.DAY.spanOf(c.anchor);
        if (base == null) {
            return new Resolved(g.unresolved(RelativeDates.unresolvedValue(g)), "no anchor");
        }
        String how = ref != null && ref.start() != null ? what + " (" + ref.value() + ")" : c.publication() + ", " + what;
        return new Resolved(masked(g.shifted(base.start(), steps), base, g), how);
    }

    /**
     * {@code n} units from a time. Counted from a finer time than the unit, the result keeps that time's
     * granularity ("a year earlier" than the third quarter of 1989 is the third quarter of 1988); counted from a
     * coarser one, the unit's, with the digits the coarser time does not fix unknown.
     *
     * @param deictic whether the count is from publication ("two years ago"), where a quarter or month the text
     *                reports on still gives the granularity of a year count ("a year ago" in a quarterly report)
     */
    static Resolved shift(TimeSpan base, CalendarWords.Unit unit, int n, boolean deictic, TimeSpan spokenOf,
                          String what) {
        Granularity g = granularityOf(unit);
        if (base == null || base.start() == null) {
            return new Resolved(g.unresolved(RelativeDates.unresolvedValue(g)), "no anchor");
        }
        if (deictic && unit.letter().equals("Y") && unit.amount() == 1 && Math.abs(n) == 1) {
            TimeSpan ref = spokenOf;
            if (ref != null && ref.start() != null && (ref.granularity().equals("QUARTER") || ref.granularity()
                    .equals("MONTH")) && Math.abs(ref.start().getYear() - base.start().getYear()) <= 1) {
                return shiftYears(ref, n, "the " + ref.granularity().toLowerCase(Locale.ROOT) + " spoken of, "
                        + Math.abs(n) + " year" + (Math.abs(n) == 1 ? "" : "s") + (n < 0 ? " before" : " after"))
                        .countedFromSpokenOf();
            }
        }
        String how = (deictic ? what : what + " (" + base.value() + ")");
        Granularity baseG = granularityOf(base.granularity());
        LocalDate from = base.start();
        LocalDate moved = switch (unit.letter()) {
            case "D" -> from.plusDays((long) n * unit.amount());
            case "W" -> from.plusWeeks((long) n * unit.amount());
            case "M" -> from.plusMonths((long) n * unit.amount());
            case "Q" -> from.plusMonths(3L * n * unit.amount());
            default -> from.plusYears((long) n * unit.amount());
        };
        if (deictic || baseG == null || baseG.ordinal() >= g.ordinal()) {
            return new Resolved(masked(g.spanOf(moved), base, g), how);
        }
        // a finer base keeps its own granularity: "a year earlier" than a day is a day
        return new Resolved(baseG.spanOf(moved), how);
    }

    private static Resolved shiftYears(TimeSpan ref, int n, String how) {
        Granularity g = granularityOf(ref.granularity());
        if (g == null) {
            g = Granularity.YEAR;
        }
        return new Resolved(g.spanOf(ref.start().plusYears(n)), how + " (" + ref.value() + ")");
    }

    static Granularity granularityOf(CalendarWords.Unit unit) {
        return switch (unit.letter()) {
            case "D", "H", "S" -> Granularity.DAY;
            case "W" -> Granularity.WEEK;
            case "M" -> unit.clock() ? Granularity.DAY : Granularity.MONTH;
            case "Q" -> Granularity.QUARTER;
            default -> unit.amount() >= 100 ? Granularity.CENTURY : unit.amount() >= 10 ? Granularity.DECADE
                    : Granularity.YEAR;
        };
    }

    private static Granularity granularityOf(String name) {
        return switch (name) {
            case "DAY", "WEEK", "MONTH", "SEASON", "QUARTER", "HALF", "YEAR", "DECADE", "CENTURY" -> Granularity.valueOf(name);
            case "TIME" -> Granularity.DAY;
            default -> null;
        };
    }

    /** A span computed at a finer granularity than its base fixes: the digits the base does not know are X. */
    private static TimeSpan masked(TimeSpan span, TimeSpan base, Granularity g) {
        Granularity baseG = granularityOf(base.granularity());
        if (baseG == null || baseG.ordinal() <= g.ordinal() || baseG.ordinal() > Granularity.YEAR.ordinal()) {
            return span;
        }
        String v = span.value();
        String masked = switch (baseG) {
            case YEAR -> v.substring(0, 4) + v.substring(4).replaceAll("\\d", "X");
            case QUARTER, SEASON, MONTH -> v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-'
                    && baseG == Granularity.MONTH ? v.substring(0, 8) + "XX" : v.substring(0, 4)
                    + v.substring(4).replaceAll("\\d", "X");
            default -> v;
        };
        return new TimeSpan(masked, null, null, span.granularity());
    }
}
