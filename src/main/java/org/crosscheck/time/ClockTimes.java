package org.crosscheck.time;

import static org.crosscheck.time.Fragments.DAY;
import static org.crosscheck.time.Fragments.FLAGS;
import static org.crosscheck.time.Fragments.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TimeRule.Resolved;
import org.crosscheck.time.TimeRule.Type;

/**
 * Clock times as TIME values on the day they belong to: "2:40pm", "14.40 local time", "07:41 pm IST",
 * "9 a.m. Tuesday", "noon Thursday", "5 p.m. EST, Nov. 9", "4 in the morning". The day is the one written beside
 * the time, else the day the sentence or the text spoke of last, else the anchor's. A zone written after the time
 * is kept as its UTC offset ({@code 2022-06-03T19:41+05:30}) so that two sources' times can be compared; "local
 * time" keeps none.
 */
final class ClockTimes {

    private ClockTimes() {
    }

    static List<TimeRule> rules(Fragments f) {
        String meridiem = "(a\\.?\\s?m\\b\\.?|p\\.?\\s?m\\b\\.?)";
        // "6.04 pm (Indian Standard Time – IST) on August 3": a bracket may spell the zone out before its abbreviation,
        // so that the date after it is still the time's.
        String zone = "(?:\\s*(?:\\((?-i:\\p{Lu}[\\p{L} ]{2,40}?)\\s[\u2013\u2014-]\\s|\\(?)(?-i:(" + f.zone
                + "))\\)?(?![\\w]))?(\\s+local\\s+time)?";
        // "2am on Friday morning": the part of the day after the weekday adds nothing to the hour but keeps the
        // clock time the longest expression there; a date after the time in either order ("10am on 23 October")
        String dayAfter = "(?:\\s*,?\\s+(?:on\\s+)?(?:(" + f.weekday + ")(?:\\s+(?:" + f.partOfDay + ")\\b)?"
                + "|(today|yesterday|tomorrow|tonight)|(" + f.month
                + ")\\s*(" + DAY + ")(?:,?\\s+(" + YEAR + "))?|(" + DAY + ")\\s+(?:of\\s+)?(" + f.month
                + ")(?:,?\\s+(" + YEAR + "))?)\\b)?";
        return List.of(
                TimeRule.late("clock time with am or pm", Pattern.compile("(?<![\\d:.,$])(\\d{1,2})(?:[:.](\\d{2})"
                        + "(?::(\\d{2}))?)?\\s*" + meridiem + zone + dayAfter, FLAGS), ClockTimes::meridiem),
                TimeRule.late("24-hour clock time", Pattern.compile("(?<![\\d:.,$])([01]?\\d|2[0-4])(?::([0-5]\\d)"
                        + "(?::([0-5]\\d))?|\\.([0-5]\\d))(?![\\d:]|\\.\\d|\\s*(?:%|percent|per\\s*cent|million|billion))"
                        + "(?:\\s*(?:hours|hrs|h)\\b)?" + zone + dayAfter, FLAGS), ClockTimes::twentyFour),
                TimeRule.late("four-digit clock time", Pattern.compile("(?<![\\d:.,$])([01]\\d|2[0-3])([0-5]\\d)"
                        + "(?:\\s*(hrs|hours)\\b)?" + zone + dayAfter, FLAGS), ClockTimes::fourDigits),
                TimeRule.late("noon or midnight", Pattern.compile("\\b(noon|midday|midnight)" + zone + dayAfter,
                        FLAGS), ClockTimes::noon),
                TimeRule.late("minutes past an hour", Pattern.compile("\\b(a\\s+quarter|half|(?:\\d{1,2}|" + f.count
                        + ")\\s+minutes?)\\s+(past|after|to|before)\\s+(noon|midnight|\\d{1,2}|one|two|three|four|five"
                        + "|six|seven|eight|nine|ten|eleven|twelve)\\b(?:\\s*" + meridiem + ")?" + zone + dayAfter, FLAGS),
                        ClockTimes::minutesPast),
                TimeRule.late("part of a day", Pattern.compile("(?:(?<=\\b(?:in|during|by|until|through|overnight|for)\\s)"
                        + "(?:the\\s+)?(?:(?:early|late)\\s+)?|\\bmid[\\s-]*|\\b(?=overnight\\b))(" + f.partOfDay + ")\\b(?:\\s+"
                        + "(yesterday|today|tomorrow))?", FLAGS), ClockTimes::partOfDay),
                TimeRule.late("hour of the day", Pattern.compile("\\b(\\d{1,2}|one|two|three|four|five|six|seven"
                        + "|eight|nine|ten|eleven|twelve)(?:\\s+o['\u2019]clock)?\\s+(in\\s+the\\s+(morning|afternoon|evening)"
                        + "|at\\s+night)" + dayAfter, FLAGS), ClockTimes::hourOfDay));
    }

    private static Resolved meridiem(Matcher m, Context c) {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour < 1 || hour > 12 || minute > 59) {
            return null;
        }
        boolean pm = m.group(4).toLowerCase(Locale.ROOT).startsWith("p");
        hour = hour % 12 + (pm ? 12 : 0);
        return at(hour, minute, m.group(3), m.group(5), 7, m, c);
    }

    private static Resolved twentyFour(Matcher m, Context c) {
        int hour = Integer.parseInt(m.group(1));
        boolean dotted = m.group(4) != null;
        int minute = Integer.parseInt(dotted ? m.group(4) : m.group(2));
        boolean zoned = m.group(5) != null || m.group(6) != null;
        // "14.40" is a decimal unless a zone or "local time" follows; "3:15" could be a score or a verse
        if (hour == 24 && minute > 0 || dotted && !zoned || !zoned && hour < 10 && m.group(1).length() == 1
                && !Words.previous(c.text, m.start()).matches("at|by|from|until|till|before|after|around|about")) {
            return null;
        }
        return at(hour, minute, m.group(3), m.group(5), 7, m, c);
    }

    /**
     * "1900 GMT", "0300 hrs": four digits are a time only with a zone or "hrs" after them, or "hours" after a
     * preposition of time ("at 1800 hours"; "1900 hours of work" is a length, "in 1900" a year).
     */
    private static Resolved fourDigits(Matcher m, Context c) {
        String unit = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        boolean zoned = m.group(4) != null || m.group(5) != null;
        if (!zoned && !unit.equals("hrs") && !(unit.equals("hours")
                && Words.previous(c.text, m.start()).matches("at|by|from|until|till|before|after|around|about|since"))) {
            return null;
        }
        return at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null, m.group(4), 6, m, c);
    }

    private static Resolved noon(Matcher m, Context c) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        return at(word.equals("midnight") ? 24 : 12, 0, null, m.group(2), 4, m, c);
    }

    /** "in the morning", "mid-afternoon yesterday", "overnight": the part of the day spoken of, or of publication. */
    private static Resolved partOfDay(Matcher m, Context c) {
        String code = c.calendar().partOfDay(m.group(1));
        if (code == null) {
            return null;
        }
        Resolved day;
        if (m.group(2) != null && c.anchor != null) {
            String w = m.group(2).toLowerCase(Locale.ROOT);
            int offset = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
            day = new Resolved(Granularity.DAY.spanOf(c.anchor.plusDays(offset)), c.publication() + ", " + w);
        } else {
            TimeSpan ref = c.referenceBefore(m.start(), Granularity.DAY);
            day = ref != null ? new Resolved(Granularity.DAY.spanOf(ref.start()), "the day spoken of last ("
                    + ref.value() + ")") : c.anchor == null ? new Resolved(Granularity.DAY.unresolved("XXXX-XX-XX"),
                    "no anchor") : new Resolved(Granularity.DAY.spanOf(c.anchor), c.publication());
        }
        return Weekdays.partOfDay(day, code);
    }

    /** "a quarter past 6", "ten minutes to three", "half past noon". */
    private static Resolved minutesPast(Matcher m, Context c) {
        String amount = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+minutes?$", "").replaceAll("\\s+", " ");
        Integer minutes = amount.equals("a quarter") ? Integer.valueOf(15) : amount.equals("half") ? Integer.valueOf(30)
                : amount.matches("\\d+") ? Integer.valueOf(amount) : c.calendar().count(amount) == null
                || c.calendar().count(amount).equals("X") ? null : Integer.valueOf(c.calendar().count(amount));
        String h = m.group(3).toLowerCase(Locale.ROOT);
        Integer hour = h.equals("noon") ? Integer.valueOf(12) : h.equals("midnight") ? Integer.valueOf(0)
                : h.matches("\\d+") ? Integer.valueOf(h) : c.calendar().numberWord(h);
        if (minutes == null || hour == null || minutes >= 60 || hour > 12) {
            return null;
        }
        boolean before = m.group(2).equalsIgnoreCase("to") || m.group(2).equalsIgnoreCase("before");
        int total = hour * 60 + (before ? -minutes : minutes);
        if (m.group(4) != null && m.group(4).toLowerCase(Locale.ROOT).startsWith("p") && hour < 12) {
            total += 12 * 60;
        }
        total = Math.floorMod(total, 24 * 60);
        return at(total / 60, total % 60, null, m.group(5), 7, m, c);
    }

    private static Resolved hourOfDay(Matcher m, Context c) {
        String n = m.group(1);
        Integer hour = n.matches("\\d+") ? Integer.valueOf(n) : c.calendar().numberWord(n);
        if (hour == null || hour < 1 || hour > 12) {
            return null;
        }
        String part = m.group(3) == null ? "night" : m.group(3).toLowerCase(Locale.ROOT);
        boolean pm = part.equals("afternoon") || part.equals("evening") || part.equals("night") && hour >= 6;
        return at(hour % 12 + (pm ? 12 : 0), 0, null, null, 4, m, c);
    }

    /**
     * The TIME value of a clock time on its day.
     *
     * @param dayGroup the first of the day groups (weekday, day word, month, day of month, year)
     */
    private static Resolved at(int hour, int minute, String second, String zoneName, int dayGroup, Matcher m,
                               Context c) {
        Resolved day = dayOf(m, dayGroup, c);
        String clock = String.format(Locale.ROOT, "T%02d:%02d", hour, minute) + (second == null ? "" : ":" + second);
        ZoneOffset offset = zoneName == null ? null : c.vocabulary.zone(zoneName);
        String zone = offset == null ? "" : offset.equals(ZoneOffset.UTC) ? "Z" : offset.getId();
        TimeSpan d = day.span();
        String date = d.value().matches("[\\dX]{4}-[\\dX]{2}-[\\dX]{2}") ? d.value() : "XXXX-XX-XX";
        return new Resolved(new TimeSpan(date + clock + zone, d.start(), d.end(), "TIME"), day.how()
                + (zoneName == null ? "" : ", zone " + zoneName.toUpperCase(Locale.ROOT)), Type.TIME);
    }

    /** The day written beside the time, else the day spoken of last, else the anchor's. */
    private static Resolved dayOf(Matcher m, int g, Context c) {
        if (m.group(g) != null) {
            DayOfWeek dow = c.calendar().weekday(m.group(g));
            return Weekdays.weekdayDate(dow, null, m.start(g), m.end(g), c);
        }
        if (m.group(g + 1) != null && c.anchor != null) {
            String w = m.group(g + 1).toLowerCase(Locale.ROOT);
            int offset = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
            return new Resolved(Granularity.DAY.spanOf(c.anchor.plusDays(offset)), c.publication() + ", " + w);
        }
        boolean dayFirst = m.group(g + 2) == null && m.group(g + 5) != null;
        if (m.group(g + 2) != null || dayFirst) {
            Month month = c.calendar().month(m.group(dayFirst ? g + 6 : g + 2));
            int day = ExplicitDates.dayOf(m.group(dayFirst ? g + 5 : g + 3));
            String year = m.group(dayFirst ? g + 7 : g + 4);
            if (month != null && day <= month.maxLength()) {
                if (year != null) {
                    try {
                        return new Resolved(Granularity.DAY.spanOf(LocalDate.of(Integer.parseInt(year), month,
                                day)), "explicit date");
                    } catch (java.time.DateTimeException e) {
                        return new Resolved(Granularity.DAY.unresolved("XXXX-XX-XX"), "no such day");
                    }
                }
                return CalendarNames.yearlessDay(month, day, c.direction(m.start(), m.end()), c);
            }
        }
        TimeSpan ref = c.referenceBefore(m.start(), Granularity.DAY);
        if (ref != null && ref.start() != null && (ref.granularity().equals("DAY") || ref.granularity().equals("TIME"))) {
            return new Resolved(Granularity.DAY.spanOf(ref.start()), "the day spoken of last (" + ref.value() + ")");
        }
        if (c.anchor == null) {
            return new Resolved(Granularity.DAY.unresolved("XXXX-XX-XX"), "no anchor");
        }
        return new Resolved(Granularity.DAY.spanOf(c.anchor), c.publication() + TimeExpression.ASSUMED_DAY);
    }
}
