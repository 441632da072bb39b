package org.crosscheck.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What relative expressions resolve against: a document's creation (publication) time, from any ISO 8601 date
 * or date-time ({@code 1998-03-01}, {@code 1998-03-01T14:11}, {@code 2013-02-12T04:30:00-02:00},
 * {@code 2019-03-25T10:00:00Z}, {@code 19980301}) or an underspecified one ({@code 1998-04-XX}, {@code 1998}).
 *
 * @param day       the day; for an underspecified anchor a day inside what is known (the 15th of a month, the
 *                  1st of July of a year), whose unknown parts {@link #mask} hides in values derived from it
 * @param precision {@link Granularity#DAY}, {@link Granularity#MONTH} or {@link Granularity#YEAR}
 * @param time      the time of day, or null
 * @param zone      the UTC offset written with the time, or null
 */
public record Anchor(LocalDate day, Granularity precision, LocalTime time, ZoneOffset zone) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-?(\\d{2}|XX)(?:-?(\\d{2}|XX))?)?"
            + "(?:[T ](\\d{2})(?::?(\\d{2})(?::?(\\d{2})(?:[.,]\\d+)?)?)?"
            + "(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    /** A day-precise anchor without a time, or null for a null day. */
    public static Anchor of(LocalDate day) {
        return day == null ? null : new Anchor(day, Granularity.DAY, null, null);
    }

    /** The anchor an ISO 8601 text denotes, empty when it denotes no calendar date (a time alone, a word). */
    public static Optional<Anchor> parse(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches() || (m.group(2) == null && m.group(4) != null)) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            String month = m.group(2);
            String day = m.group(3);
            if (month == null || month.equals("XX")) {
                if (day != null && !day.equals("XX")) {
                    return Optional.empty();
                }
                return Optional.of(new Anchor(LocalDate.of(year, 7, 1), Granularity.YEAR, null, null));
            }
            if (day == null || day.equals("XX")) {
                return Optional.of(new Anchor(LocalDate.of(year, Integer.parseInt(month), 15), Granularity.MONTH,
                        null, null));
            }
            LocalDate date = LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
            LocalTime time = null;
            if (m.group(4) != null) {
                int hour = Integer.parseInt(m.group(4));
                int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
                int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                time = hour == 24 && minute == 0 && second == 0 ? LocalTime.MIDNIGHT : LocalTime.of(hour, minute, second);
            }
            ZoneOffset zone = null;
            if (m.group(7) != null) {
                String z = m.group(7);
                zone = z.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(z.length() == 5 && z.indexOf(':') < 0
                        ? z.substring(0, 3) + ":" + z.substring(3) : z);
            }
            return Optional.of(new Anchor(date, Granularity.DAY, time, zone));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A value computed from this anchor with the digits it does not know replaced by X: against {@code 1998-04-XX},
     * "today" is {@code 1998-04-XX} and "last month" {@code 1998-03}.
     */
    public String mask(String value) {
        if (precision == Granularity.DAY || value.length() < 4 || !Character.isDigit(value.charAt(0))) {
            return value;
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            String masked = value.substring(0, 8) + "XX" + value.substring(10);
            return precision == Granularity.YEAR ? value.substring(0, 5) + "XX" + masked.substring(7) : masked;
        }
        if (precision == Granularity.YEAR && value.matches("\\d{4}-(?:\\d{2}|W\\d{2}).*")) {
            return value.substring(0, 5) + value.substring(5).replaceAll("\\d", "X");
        }
        return value;
    }
}
