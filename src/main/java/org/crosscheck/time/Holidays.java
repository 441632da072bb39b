package org.crosscheck.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * Holidays and named days from {@code rules/data/holidays.csv}, each with the rule that puts it in a year: fixed
 * days, days counted from Western or Orthodox Easter, the nth weekday of a month, days of the Islamic calendar
 * (java.time's {@link HijrahDate}) and tables of days for calendars java.time does not compute (Diwali, Chinese
 * New Year), which say which years they cover.
 */
public final class Holidays {
    public static final String FILE = "holidays.csv";

    /**
     * One named day.
     *
     * @param name    the name pattern as written in the file
     * @param pattern the compiled name pattern
     * @param rule    how its day falls in a year
     * @param country the country whose day it is, empty when many keep it
     * @param days    how many days it lasts
     * @param preferred whether it is meant when a name shared with other rows is written without a country
     */
    public record Holiday(String name, Pattern pattern, DayRule rule, String country, int days, boolean preferred) {
        /** Its first day in a year, empty when the rule does not cover that year. */
        public Optional<LocalDate> in(int year) {
            return rule.in(year);
        }
    }

    /** How a holiday's day falls in a year. */
    public interface DayRule {
        Optional<LocalDate> in(int year);
    }

    private static final Pattern SPEC = Pattern.compile("(?<base>\\d{2}-\\d{2}|easter|orthodox_easter"
            + "|nth:-?[1-5]:[A-Z]+:\\d{2}|after:[A-Z]+:\\d{2}-\\d{2}|hijri:\\d{2}-\\d{2}|table:[\\d|-]+)"
            + "(?<shift>[+-]\\d+)?");

    private final List<Holiday> holidays;
    private final Pattern names;

    private Holidays(List<Holiday> holidays) {
        this.holidays = List.copyOf(holidays);
        StringBuilder alternation = new StringBuilder();
        for (Holiday h : holidays) {
            alternation.append(alternation.length() == 0 ? "" : "|").append("(?:").append(h.name()).append(")");
        }
        this.names = Pattern.compile(alternation.length() == 0 ? "(?!)" : "(?:" + alternation + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The holidays of a vocabulary; a vocabulary without the file has none. */
    public static Holidays from(Vocabulary vocabulary) {
        if (!vocabulary.has(FILE)) {
            return new Holidays(List.of());
        }
        List<Holiday> out = new ArrayList<>();
        for (DataTable.Row row : vocabulary.table(FILE, "name", "date", "country", "days", "default").rows()) {
            Pattern pattern;
            try {
                pattern = Pattern.compile(row.require("name"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw row.error("column 'name' is not a valid regular expression: " + e.getDescription());
            }
            int days;
            try {
                days = Integer.parseInt(row.require("days"));
            } catch (NumberFormatException e) {
                throw row.error("days must be a whole number");
            }
            if (days < 1 || days > 366) {
                throw row.error("days must be from 1 to 366");
            }
            out.add(new Holiday(row.require("name"), pattern, rule(row), row.get("country"), days,
                    row.get("default").equalsIgnoreCase("yes")));
        }
        return new Holidays(out);
    }

    /** A pattern matching any holiday name (no groups). */
    public String namePattern() {
        return names.pattern();
    }

    /**
     * Patterns matching the holiday names in groups of {@code size} (no groups of their own): a pattern with a few
     * names keeps a gate of their words, so a sentence is searched only for the names whose words it holds.
     */
    public List<String> namePatterns(int size) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i += size) {
            StringBuilder alternation = new StringBuilder();
            for (Holiday h : holidays.subList(i, Math.min(holidays.size(), i + size))) {
                alternation.append(alternation.length() == 0 ? "" : "|").append("(?:").append(h.name()).append(")");
            }
            out.add("(?:" + alternation + ")");
        }
        return out;
    }

    /** The holidays whose whole name is {@code text}, in file order. */
    public List<Holiday> named(String text) {
        List<Holiday> out = new ArrayList<>();
        for (Holiday h : holidays) {
            if (h.pattern().matcher(text.strip()).matches()) {
                out.add(h);
            }
        }
        return out;
    }

    static DayRule rule(DataTable.Row row) {
        String spec = row.require("date").replace(" ", "");
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw row.error("date must be MM-DD, easter+N, orthodox_easter+N, nth:N:WEEKDAY:MM, "
                    + "after:WEEKDAY:MM-DD, hijri:MM-DD or table:YYYY-MM-DD|..., optionally +N or -N days; not '"
                    + spec + "'");
        }
        String base = m.group("base");
        int shift = m.group("shift") == null ? 0 : Integer.parseInt(m.group("shift"));
        DayRule rule;
        try {
            rule = baseRule(base);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw row.error("date '" + spec + "' is not valid: " + e.getMessage());
        }
        return shift == 0 ? rule : year -> rule.in(year).map(d -> d.plusDays(shift));
    }

    private static DayRule baseRule(String base) {
        if (base.equals("easter")) {
            return year -> Optional.of(easter(year));
        }
        if (base.equals("orthodox_easter")) {
            return year -> year < 1900 || year > 2099 ? Optional.empty() : Optional.of(orthodoxEaster(year));
        }
        String[] parts = base.split(":");
        switch (parts[0]) {
            case "nth" -> {
                int n = Integer.parseInt(parts[1]);
                DayOfWeek dow = DayOfWeek.valueOf(parts[2].toUpperCase(Locale.ROOT));
                int month = Integer.parseInt(parts[3]);
                java.time.Month.of(month);
                return year -> {
                    LocalDate first = LocalDate.of(year, month, 1);
                    LocalDate day = n < 0 ? first.with(TemporalAdjusters.lastInMonth(dow))
                            : first.with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
                    return day.getMonthValue() == month ? Optional.of(day) : Optional.empty();
                };
            }
            case "after" -> {
                DayOfWeek dow = DayOfWeek.valueOf(parts[1].toUpperCase(Locale.ROOT));
                MonthDay from = MonthDay.parse("--" + parts[2]);
                return year -> Optional.of(from.atYear(year).with(TemporalAdjusters.nextOrSame(dow)));
            }
            case "hijri" -> {
                MonthDay md = MonthDay.parse("--" + parts[1]);
                return year -> hijri(year, md.getMonthValue(), md.getDayOfMonth());
            }
            case "table" -> {
                Map<Integer, LocalDate> days = new TreeMap<>();
                for (String d : parts[1].split("\\|")) {
                    LocalDate date = LocalDate.parse(d);
                    days.put(date.getYear(), date);
                }
                return year -> Optional.ofNullable(days.get(year));
            }
            default -> {
                MonthDay md = MonthDay.parse("--" + base);
                return year -> md.isValidYear(year) ? Optional.of(md.atYear(year)) : Optional.empty();
            }
        }
    }

    /** Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Orthodox Easter Sunday as a Gregorian date: the Julian computus (Meeus), shifted 13 days for 1900-2099. */
    static LocalDate orthodoxEaster(int year) {
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        return LocalDate.of(year, month, day).plusDays(13);
    }

    /**
     * The Gregorian day in {@code year} of a day of the Islamic calendar. The Islamic year is about 11 days
     * shorter, so a Gregorian year may hold the day twice (Eid al-Fitr fell in January and December 2000): the
     * first is returned. Empty outside the years HijrahDate covers.
     */
    static Optional<LocalDate> hijri(int year, int month, int day) {
        try {
            HijrahChronology chrono = HijrahChronology.INSTANCE;
            int hijriYear = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
            for (int y = hijriYear; y <= hijriYear + 1; y++) {
                LocalDate date = LocalDate.from(chrono.date(y, month, day));
                if (date.getYear() == year) {
                    return Optional.of(date);
                }
            }
        } catch (DateTimeException e) {
            // outside the range of the Umm al-Qura tables
        }
        return Optional.empty();
    }
}
