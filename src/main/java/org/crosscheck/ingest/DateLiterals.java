package org.crosscheck.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit calendar dates as publishers print them in bylines and datelines: {@code 2018-03-03},
 * {@code 14-Dec-2016}, {@code 23 May, 2024}, {@code March 3rd, 2018}, {@code Mar. 3 2018}, and the year-less
 * {@code Nov 20} of a dateline.
 */
public final class DateLiterals {
    /** English month names and their usual abbreviations, longest first so that alternation prefers them. */
    public static final String MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?";
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:1[89]\\d\\d|2\\d\\d\\d)";

    private static final Pattern ISO = Pattern.compile("\\b(" + YEAR + ")-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(" + DAY + ")[-/ ]+(" + MONTH + ")[-/ ,]+(" + YEAR + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTH + ")\\s+(" + DAY + "),?\\s+(" + YEAR + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + MONTH + ")\\s+(" + DAY + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** A date found in text and where. */
    public record Found(LocalDate date, int start, int end) {
    }

    private DateLiterals() {
    }

    /** The first full date (day, month and year) in the text. */
    public static Optional<Found> findDate(CharSequence text) {
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                LocalDate date = toDate(p, m);
                if (date != null) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(date, m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A month and day with no year ({@code Nov 20}), when the text has one. */
    public static Optional<MonthDay> findMonthDay(CharSequence text) {
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            Month month = month(m.group(1));
            int day = Integer.parseInt(m.group(2).replaceAll("\\D", ""));
            try {
                return Optional.of(MonthDay.of(month, day));
            } catch (DateTimeException e) {
                // not a real day of that month; look further
            }
        }
        return Optional.empty();
    }

    /** The month a name or abbreviation stands for ({@code Sept.} is September). */
    public static Month month(String name) {
        String key = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(key.length() >= 3 ? key.substring(0, 3) : key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static LocalDate toDate(Pattern p, Matcher m) {
        try {
            if (p == ISO) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            if (p == DAY_MONTH_YEAR) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), dayOf(m.group(1)));
            }
            return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), dayOf(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int dayOf(String text) {
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }
}
