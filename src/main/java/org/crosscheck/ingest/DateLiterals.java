package org.crosscheck.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.vocab.CalendarWords;

/**
 * Explicit calendar dates as publishers print them in headers, bylines, datelines and signatures:
 * {@code 2018-03-03}, {@code 2019-03-25T10:00:00Z}, {@code 14-Dec-2016}, {@code 23 May, 2024},
 * {@code Mon 25 Mar 2019}, {@code March 3rd, 2018}, {@code Monday, March 25, 2019}, {@code Mar. 3 2018},
 * {@code 25.03.2019}, {@code 25/03/2019}, {@code 2019/03/25}, and the year-less {@code Nov 20} of a dateline.
 * Month and weekday names come from {@code rules/data/calendar.csv}. A numeric date whose numbers could be day
 * or month either way round is read in the order given ({@link DateOrder}), day first when none is.
 */
public final class DateLiterals {
    /**
     * English month names and abbreviations, longest first, for the patterns that must be built without a
     * vocabulary (a signature line).
     */
    public static final String MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?";
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:1[89]\\d\\d|2\\d\\d\\d)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;

    /** A date found in text and where. */
    public record Found(LocalDate date, int start, int end, boolean ambiguous) {
        public Found(LocalDate date, int start, int end) {
            this(date, start, end, false);
        }
    }

    private final CalendarWords calendar;
    private final String month;
    private final Pattern iso;
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private final Pattern numeric;
    private final Pattern yearFirst;
    private final Pattern monthDay;

    public DateLiterals(CalendarWords calendar) {
        this.calendar = calendar;
        this.month = calendar.monthPattern();
        String weekday = "(?:" + calendar.anyWeekdayPattern() + ",?\\s+)?";
        iso = Pattern.compile("(?<![\\d-])(" + YEAR + ")-(\\d{2})-(\\d{2})(?![\\d-])");
        dayMonthYear = Pattern.compile("\\b" + weekday + "(" + DAY + ")(?:\\s+of)?[-/ .]+(" + month + ")[-/ ,.]+(" + YEAR
                + ")\\b", FLAGS);
        monthDayYear = Pattern.compile("\\b" + weekday + "(" + month + ")\\s+(" + DAY + "),?\\s+(" + YEAR + ")\\b", FLAGS);
        numeric = Pattern.compile("(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2(" + YEAR + ")(?![\\d./-]\\d)");
        yearFirst = Pattern.compile("(?<![\\d./-])(" + YEAR + ")/(\\d{1,2})/(\\d{1,2})(?![\\d/])");
        monthDay = Pattern.compile("\\b(" + month + ")\\s+(" + DAY + ")\\b", FLAGS);
    }

    /** Month names and abbreviations of the vocabulary, as a pattern. */
    public String monthPattern() {
        return "(?i:" + month + ")";
    }

    /** A pattern for any full date this class reads (no groups), to build header patterns with. */
    public String datePattern() {
        return "(?:" + strip(iso) + "|" + strip(dayMonthYear) + "|" + strip(monthDayYear) + "|" + strip(numeric)
                .replace("\\2", "[./-]") + "|" + strip(yearFirst) + ")";
    }

    private static String strip(Pattern p) {
        return p.pattern().replaceAll("\\((?!\\?)", "(?:");
    }

    /** The first full date (day, month and year) in the text; numeric dates day first. */
    public Optional<Found> findDate(CharSequence text) {
        return findDate(text, DateOrder.UNKNOWN);
    }

    /** The first full date in the text, numeric dates read in {@code order}. */
    public Optional<Found> findDate(CharSequence text, DateOrder order) {
        Found best = null;
        for (Pattern p : new Pattern[] {iso, dayMonthYear, monthDayYear, numeric, yearFirst}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Found f = toDate(p, m, order);
                if (f != null) {
                    if (best == null || f.start() < best.start()) {
                        best = f;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A month and day with no year ({@code Nov 20}), when the text has one. */
    public Optional<MonthDay> findMonthDay(CharSequence text) {
        Matcher m = monthDay.matcher(text);
        while (m.find()) {
            Month mo = calendar.month(m.group(1));
            if (mo == null) {
                continue;
            }
            int day = Integer.parseInt(m.group(2).replaceAll("\\D", ""));
            try {
                return Optional.of(MonthDay.of(mo, day));
            } catch (DateTimeException e) {
                // not a real day of that month; look further
            }
        }
        return Optional.empty();
    }

    private Found toDate(Pattern p, Matcher m, DateOrder order) {
        try {
            if (p == iso) {
                return new Found(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))), m.start(), m.end());
            }
            if (p == yearFirst) {
                return new Found(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))), m.start(), m.end());
            }
            if (p == numeric) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                int year = Integer.parseInt(m.group(4));
                boolean ambiguous = a <= 12 && b <= 12 && a != b;
                boolean dayFirst = a > 12 || b <= 12 && order != DateOrder.MONTH_FIRST;
                return new Found(dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b), m.start(), m.end(),
                        ambiguous && order == DateOrder.UNKNOWN);
            }
            boolean dayFirst = p == dayMonthYear;
            Month month = calendar.month(m.group(dayFirst ? 2 : 1));
            if (month == null) {
                return null;
            }
            return new Found(LocalDate.of(Integer.parseInt(m.group(3)), month, dayOf(m.group(dayFirst ? 1 : 2))),
                    m.start(), m.end());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int dayOf(String text) {
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }
}
