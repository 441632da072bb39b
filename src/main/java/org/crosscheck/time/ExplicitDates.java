package org.crosscheck.time;

import org.crosscheck.ingest.DateOrder;
import static org.crosscheck.time.Fragments.DAY;
import static org.crosscheck.time.Fragments.FLAGS;
import static org.crosscheck.time.Fragments.MOD;
import static org.crosscheck.time.Fragments.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TimeRule.Part;
import org.crosscheck.time.TimeRule.Resolved;
import org.crosscheck.time.TimeRule.Type;

/**
 * Dates the words fix without an anchor: ISO dates and date-times, day-month-year and month-day-year in words,
 * numeric dates in either order ({@code 10/31/1974}, {@code 14/02/2020}, {@code 25.03.2019}, {@code 10-31-74};
 * an order the numbers leave open is taken from the document and flagged), years in digits or words ("nineteen
 * ninety-six"), year ranges, months of a year, decades, centuries and quarters of a year.
 */
final class ExplicitDates {
    /** Words before a number that make it a quantity rather than a year. */
    private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("about", "around", "some", "over",
            "nearly", "almost", "approximately", "roughly", "than", "least", "estimated", "another", "additional",
            "extra", "total", "no", "number", "resolution", "flight", "route", "article", "section", "room",
            "highway", "model", "chapter", "rule", "bill", "page", "pages", "code", "score");
    /** Words that introduce a year rather than a count before a plural noun ("the 2010 elections"). */
    private static final java.util.Set<String> YEAR_PRECEDERS = java.util.Set.of("in", "since", "of", "by", "until",
            "till", "from", "the", "its", "their", "his", "her", "our", "for", "during", "before", "after", "between",
            "and", "to", "through", "a", "an", "year", "fiscal", "early", "late", "mid", "that", "this", "as", "at",
            "on");
    /** Words before a bare "2/15" that make it a date rather than a fraction or a score. */
    private static final java.util.Set<String> DATE_PREPOSITIONS = java.util.Set.of("on", "by", "since", "until",
            "till", "from", "before", "after", "through", "dated", "date", "of");
    private static final Pattern ZONE_TEXT = Pattern.compile("Z|[+-]\\d{2}:?\\d{2}");

    private ExplicitDates() {
    }

    static List<TimeRule> rules(Fragments f) {
        String weekdayPrefix = "(?:" + f.anyWeekday + ",?\\s+)?";
        return List.of(
                TimeRule.of("ISO date", Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})"
                        + "(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d-]|:\\d)"), ExplicitDates::iso),
                TimeRule.of("day month year", Pattern.compile("\\b" + weekdayPrefix + "(?:the\\s+)?(" + DAY
                        + ")(?:\\s+of)?[-/ ]+(" + f.month + ")(?:[-/ ,]+(" + f.anyYear + ")|-(\\d\\d)(?!\\d))", FLAGS),
                        (m, c) -> fullDate(m.group(3) != null ? m.group(3) : m.group(4), m.group(2), m.group(1), c)),
                TimeRule.of("month day year", Pattern.compile("\\b" + weekdayPrefix + "(" + f.month + ")\\s*(" + DAY
                        + "),?\\s+(" + f.anyYear + "|['\u2019]\\d\\d(?!\\d))", FLAGS),
                        (m, c) -> fullDate(m.group(3), m.group(1), m.group(2), c)),
                TimeRule.of("numeric date", Pattern.compile("(?<![\\d/.$\u00a3\u20ac,-])(\\d{1,2})(?:/(\\d{1,2})/|\\.(\\d{1,2})\\."
                        + "|-(\\d{1,2})-)(\\d{4}|\\d{2})(?![\\d/-]|[.,]\\d)"), ExplicitDates::numeric),
                TimeRule.of("numeric date year first", Pattern.compile("(?<![\\d/.-])(\\d{4})/(\\d{1,2})/(\\d{1,2})"
                        + "(?![\\d/])"), (m, c) -> day(m.group(1), m.group(2), m.group(3), "explicit date")),
                TimeRule.of("numeric month and day", Pattern.compile("(?<![\\d/.$,-])(\\d{1,2})/(\\d{1,2})"
                        + "(?![\\d/]|[.,]\\d)"), ExplicitDates::numericMonthDay),
                TimeRule.of("ordinal day of a month", Pattern.compile("\\b(?:the\\s+)?" + f.ordinal + "\\s+of\\s+"
                        + f.monthFull + "(?:,?\\s+" + YEAR + ")?", FLAGS),
                        (m, c) -> natty(m.group(), m.start(), m.end(), c).orElse(null)),
                TimeRule.of("year in words", Pattern.compile("\\b(?:the\\s+year\\s+)?(" + Fragments.SPELLED_YEAR
                        + ")\\b", FLAGS), (m, c) -> yearSpan(Fragments.year(m.group(1)), "year in words")),
                TimeRule.of("month year", Pattern.compile("\\b(?:(" + MOD + ")[\\s-]+)?(" + f.month
                        + ")(?:,?\\s+|\\s+of\\s+)(" + f.anyYear + ")", FLAGS), ExplicitDates::monthYear),
                TimeRule.of("decade", Pattern.compile("\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(1[0-9]\\d0|20\\d0)"
                        + "['\u2019]?s|['\u2019](\\d0)s|(\\d0)['\u2019]?s|(" + f.decadeWord + "))\\b", FLAGS),
                        ExplicitDates::decade),
                TimeRule.of("century", Pattern.compile("\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(\\d{1,2})"
                        + "(?:st|nd|rd|th)|(" + f.ordinal + "))[\\s-]+century\\b", FLAGS), ExplicitDates::century),
                TimeRule.of("quarter of a year", Pattern.compile("\\b(?:Q([1-4])(?:\\s*|-|/)(" + YEAR
                        + ")|(" + YEAR + ")\\s*-?\\s*Q([1-4])|Q([1-4])['\u2019](\\d\\d))\\b"), ExplicitDates::qQuarter),
                TimeRule.of("year range", Pattern.compile("(?<![\\w$\u00a3\u20ac\u00a5#.,/-])(" + YEAR
                        + ")\\s*(-|\u2013|/|to|through|and)\\s*(" + YEAR + "|\\d\\d(?![\\d%-]|[.,]\\d))", FLAGS),
                        ExplicitDates::yearRange),
                TimeRule.of("year", Pattern.compile("(?<![\\w$\u00a3\u20ac\u00a5#.,/-])(?:(" + MOD + ")[\\s-]+)?(?:(fiscal"
                        + "|FY)\\s*(?:year\\s+)?)?(?:the\\s+year\\s+)?(" + YEAR + ")(?!-\\d)", FLAGS), ExplicitDates::year));
    }

    // ---- days

    private static Resolved iso(Matcher m, Context c) {
        LocalDate d;
        try {
            d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
        if (m.group(4) == null) {
            return new Resolved(Granularity.DAY.spanOf(d), "explicit date");
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        if (hour > 24 || minute > 59) {
            return null;
        }
        String clock = m.group(4) + ":" + m.group(5) + (m.group(6) == null ? "" : ":" + m.group(6));
        String zone = m.group(7) == null ? "" : m.group(7).equals("Z") ? "Z" : offset(m.group(7));
        return new Resolved(new TimeSpan(d + "T" + clock + zone, d, d, "TIME"), "explicit date and time", Type.TIME);
    }

    private static String offset(String z) {
        return ZONE_TEXT.matcher(z).matches() && z.indexOf(':') < 0 ? z.substring(0, 3) + ":" + z.substring(3) : z;
    }

    private static Resolved fullDate(String yearText, String monthText, String dayText, Context c) {
        int year = yearText.length() <= 3 ? twoDigitYear(Integer.parseInt(yearText.replaceAll("\\D", "")), c)
                : yearText.matches("\\d{4}") ? Integer.parseInt(yearText) : Fragments.year(yearText);
        Month month = c.calendar().month(monthText);
        if (year < 0 || month == null) {
            return null;
        }
        return day(year, month.getValue(), dayOf(dayText), "explicit date");
    }

    private static Resolved day(String year, String month, String day, String how) {
        return day(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day), how);
    }

    private static Resolved day(int year, int month, int day, String how) {
        try {
            return new Resolved(Granularity.DAY.spanOf(LocalDate.of(year, month, day)), how);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A year written with two digits: the century that puts it nearest the anchor, else the 1950-2049 window. */
    static int twoDigitYear(int yy, Context c) {
        int reference = c.anchor != null ? c.anchor.getYear() : 2000;
        int base = reference / 100 * 100;
        int best = base + yy;
        for (int candidate : new int[] {base - 100 + yy, base + 100 + yy}) {
            if (Math.abs(candidate - reference) < Math.abs(best - reference)) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * {@code 10/31/1974}, {@code 31.10.1974}, {@code 10-31-74}: a first number over 12 is a day, a second over 12
     * a day; when both could be months the document's order decides, and the reading says the other was possible.
     */
    private static Resolved numeric(Matcher m, Context c) {
        int a = Integer.parseInt(m.group(1));
        String second = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        int b = Integer.parseInt(second);
        String y = m.group(5);
        int year = y.length() == 2 ? twoDigitYear(Integer.parseInt(y), c) : Integer.parseInt(y);
        // "2.1.10" is a version more often than a date; a day over 12 shows a date
        if (y.length() == 2 && m.group(3) != null && a <= 12) {
            return null;
        }
        return orderedDay(a, b, year, c);
    }

    private static Resolved orderedDay(int a, int b, int year, Context c) {
        boolean dayFirst;
        String how;
        if (a > 12 && b <= 12) {
            dayFirst = true;
            how = "explicit date, day first (" + a + " cannot be a month)";
        } else if (b > 12 && a <= 12) {
            dayFirst = false;
            how = "explicit date, month first (" + b + " cannot be a month)";
        } else if (a == b) {
            dayFirst = false;
            how = "explicit date";
        } else if (a <= 12 && b <= 12) {
            dayFirst = c.order == DateOrder.DAY_FIRST;
            String other = dayOrNull(year, dayFirst ? a : b, dayFirst ? b : a);
            how = "explicit date, " + (dayFirst ? "day" : "month") + " first "
                    + (c.order == DateOrder.UNKNOWN ? "by default" : "as the document writes dates")
                    + "; " + TimeExpression.AMBIGUOUS + other;
        } else {
            return null;
        }
        Resolved r = dayFirst ? day(year, b, a, how) : day(year, a, b, how);
        return r;
    }

    /** The ISO day, or the text "no other day" when it does not exist. */
    private static String dayOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return "no other day";
        }
    }

    /** "on 2/15": a month and day without year, only after a word that introduces a date ("24/7" is no date). */
    private static Resolved numericMonthDay(Matcher m, Context c) {
        boolean alone = m.start() == 0 && m.end() == c.text.strip().length();
        if (!alone && !DATE_PREPOSITIONS.contains(Words.previous(c.text, m.start()))) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        boolean dayFirst = a > 12 || (b <= 12 && c.order == DateOrder.DAY_FIRST);
        int month = dayFirst ? b : a;
        int day = dayFirst ? a : b;
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
            return null;
        }
        return CalendarNames.yearlessDay(Month.of(month), day, c.direction(m.start(), m.end()), c);
    }

    // ---- months, years, decades, centuries, quarters

    private static Resolved monthYear(Matcher m, Context c) {
        if (!c.readAsName(m.group(2), m.start(2), m.end(2), true)) {
            return null;
        }
        Month month = c.calendar().month(m.group(2));
        int year = Fragments.year(m.group(3));
        if (month == null || year < 0) {
            return null;
        }
        return new Resolved(Granularity.MONTH.spanOf(YearMonth.of(year, month).atDay(1)), "explicit month");
    }

    private static Resolved yearSpan(int year, String how) {
        return year < 1000 || year > 2999 ? null : new Resolved(Granularity.YEAR.spanOf(LocalDate.of(year, 1, 1)), how);
    }

    private static Resolved decade(Matcher m, Context c) {
        boolean withThe = m.group().toLowerCase(Locale.ROOT).startsWith("the");
        if (m.group(1) != null) {
            int start = Integer.parseInt(m.group(1));
            if (start % 100 == 0 && start < 2000) {
                return new Resolved(Granularity.CENTURY.spanOf(LocalDate.of(start, 1, 1)), "explicit century");
            }
            return new Resolved(Granularity.DECADE.spanOf(LocalDate.of(start, 1, 1)), "explicit decade");
        }
        int tens;
        if (m.group(2) != null) {
            tens = Integer.parseInt(m.group(2));
        } else if (withThe && m.group(3) != null) {
            tens = Integer.parseInt(m.group(3));
        } else if (withThe && m.group(4) != null) {
            tens = c.calendar().decadeWord(m.group(4));
        } else {
            return null;
        }
        // a two-digit decade ("the '90s", "the 10s") is the latest one not after the publication year
        int year = 1900 + tens;
        if (c.anchor != null && 2000 + tens <= c.anchor.getYear()) {
            year = 2000 + tens;
        }
        return new Resolved(Granularity.DECADE.spanOf(LocalDate.of(year, 1, 1)), "decade written with two digits");
    }

    private static Resolved century(Matcher m, Context c) {
        Integer n = m.group(1) != null ? Integer.valueOf(m.group(1)) : c.calendar().ordinal(m.group(2));
        if (n == null || n < 1 || n > 22) {
            return null;
        }
        return new Resolved(Granularity.CENTURY.spanOf(LocalDate.of((n - 1) * 100, 1, 1)), "explicit century");
    }

    private static Resolved qQuarter(Matcher m, Context c) {
        int q;
        int year;
        if (m.group(1) != null) {
            q = Integer.parseInt(m.group(1));
            year = Integer.parseInt(m.group(2));
        } else if (m.group(3) != null) {
            q = Integer.parseInt(m.group(4));
            year = Integer.parseInt(m.group(3));
        } else {
            q = Integer.parseInt(m.group(5));
            year = twoDigitYear(Integer.parseInt(m.group(6)), c);
        }
        return new Resolved(Granularity.QUARTER.spanOf(LocalDate.of(year, q * 3 - 2, 1)), "explicit quarter");
    }

    private static Resolved yearRange(Matcher m, Context c) {
        String connector = m.group(2).toLowerCase(Locale.ROOT);
        if (connector.equals("and") && !Words.previous(c.text, m.start()).equals("between")) {
            return null;
        }
        int from = Integer.parseInt(m.group(1));
        String second = m.group(3);
        int to = second.length() == 2 ? from / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
        if (to <= from || to - from > 50 || quantity(c.text, m.start(1), m.end(3))) {
            return null;
        }
        TimeSpan first = Granularity.YEAR.spanOf(LocalDate.of(from, 1, 1));
        TimeSpan last = Granularity.YEAR.spanOf(LocalDate.of(to, 1, 1));
        TimeSpan span = new TimeSpan(first.value(), first.start(), last.end(), "YEAR");
        return new Resolved(span, "explicit year range").withParts(List.of(new Part(m.start(1), m.end(1), first),
                new Part(m.start(3), m.end(3), last)));
    }

    private static Resolved year(Matcher m, Context c) {
        if (m.group(2) == null && quantity(c.text, m.start(3), m.end(3))) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        String mod = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return new Resolved(Granularity.YEAR.spanOf(LocalDate.of(year, 1, 1)),
                mod == null ? "explicit year" : "explicit year (" + mod + ")");
    }

    /** Whether a four-digit number reads as a count or a label ("some 1500 people", "Resolution 1540"). */
    static boolean quantity(String text, int start, int end) {
        String before = Words.previous(text, start);
        if (QUANTIFIERS.contains(before)) {
            return true;
        }
        String next = Words.next(text, end);
        if (next.isEmpty()) {
            return false;
        }
        if (next.equals("%") || next.equalsIgnoreCase("percent") || next.matches("(?i)hours|hrs|GMT|UTC|[A-Z]{2}T")) {
            return true;
        }
        boolean pluralNoun = next.length() > 3 && next.endsWith("s") && Character.isLowerCase(next.charAt(0))
                && !next.endsWith("ss");
        return pluralNoun && !before.isEmpty() && !YEAR_PRECEDERS.contains(before)
                && !capitalised(Words.previousRaw(text, start));
    }

    static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    static int dayOf(String text) {
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    /** The explicit date Natty reads in a candidate the patterns above do not cover ("the third of March"). */
    static Optional<Resolved> natty(String candidate, int start, int end, Context c) {
        Optional<NattyDates.Parsed> parsed = NattyDates.parse(candidate, c.anchor);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = parsed.get().date();
        if (parsed.get().yearGiven()) {
            return Optional.of(new Resolved(Granularity.DAY.spanOf(date), "explicit date (read by Natty)"));
        }
        return Optional.of(CalendarNames.yearlessDay(date.getMonth(), date.getDayOfMonth(), c.direction(start, end), c));
    }
}
