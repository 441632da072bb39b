package org.crosscheck.time;

import static org.crosscheck.time.Fragments.FLAGS;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TimeRule.Resolved;
import org.crosscheck.time.TimeRule.Type;
import org.crosscheck.vocab.CalendarWords;

/**
 * Lengths of time and recurrences as TimeML DURATION and SET values: "five years" {@code P5Y}, "a two-week
 * exercise" {@code P2W}, "the past three months" {@code P3M}, "several years" {@code PXY}, "24 hours"
 * {@code PT24H}; "every year", "daily", "twice a week", "$5 million a year" {@code P1Y} (SET), "every Monday"
 * {@code XXXX-WXX-1}. A duration carries no interval: the event it measures does.
 */
final class Durations {
    /** Adverbs and adjectives of recurrence, with their period. */
    private static final Pattern RECURRING = Pattern.compile("\\b(hourly|daily|nightly|weekly|fortnightly|biweekly"
            + "|monthly|quarterly|annually|yearly|biannually)\\b", FLAGS);

    private Durations() {
    }

    static List<TimeRule> rules(Fragments f) {
        return List.of(
                TimeRule.of("every unit", Pattern.compile("\\b(?:every|each)\\s+(?:(other)\\s+|(" + f.count + ")\\s+)?("
                        + f.unit + ")\\b", FLAGS), Durations::everyUnit),
                TimeRule.of("every weekday or season", Pattern.compile("\\b(?:every|each)\\s+(?:(" + f.weekday + ")|("
                        + f.season + ")|(" + f.monthFull + ")|(" + f.partOfDay + "))\\b", FLAGS), Durations::everyName),
                // "on Mondays", "Sunday mornings", "on Monday and Tuesday nights": a weekday in the plural recurs
                TimeRule.of("weekdays in the plural", Pattern.compile("\\b(" + f.weekday + ")(?:s|\\s+(" + f.partOfDay
                        + ")s|\\s+(?:and|or)\\s+(" + f.weekday + ")\\s+(" + f.partOfDay + ")s)\\b", FLAGS),
                        Durations::weekdaysInThePlural),
                TimeRule.of("times a unit", Pattern.compile("\\b(?:once|twice|thrice|(?:" + f.count + ")\\s+times)\\s+"
                        + "(?:a|an|per|each|every)\\s+(" + f.unit + ")\\b", FLAGS),
                        (m, c) -> set(c.calendar().unit(m.group(1)), "1", "a recurrence")),
                TimeRule.of("rate per unit", Pattern.compile("(?:\\d|\\b(?:million|billion|thousand|hundred|percent"
                        + "|dollars|euros|pounds|rupees|people|barrels|tons|tonnes|units|cars|jobs))\\s((?:a|an|per)\\s+("
                        + f.unit + "))\\b", FLAGS), Durations::rate),
                TimeRule.of("recurrence word", RECURRING, Durations::recurrence),
                TimeRule.of("past or next units", Pattern.compile("\\b(?:the\\s+|over\\s+the\\s+|in\\s+the\\s+)?"
                        + "(?:past|last|next|previous|coming|first|final|following|preceding)\\s+(" + f.count
                        + ")\\s+(" + f.unit + ")\\b", FLAGS), Durations::units),
                TimeRule.of("half a unit", Pattern.compile("\\b(?:(" + f.count + ")\\s+and\\s+an?\\s+half\\s+("
                        + f.unit + ")|half\\s+an?\\s+(" + f.unit + ")|an?\\s+(" + f.unit + ")\\s+and\\s+an?\\s+half"
                        + "|(\\d{1,3})(?:\\s+1/2|\u00bd)[\\s-]+(" + f.unit + "))\\b", FLAGS), Durations::halves),
                // "two more weeks", "an additional year": the count of a length still to come
                TimeRule.of("units", Pattern.compile("(?<![/.\\d]|\\d,)\\b(" + f.count + ")[\\s-]+(?:(?:more|additional"
                        + "|further|extra)\\s+)?(" + f.unit + ")\\b(?:[\\s-]+(?:long|old))?",
                        FLAGS), Durations::units),
                // a unit in the plural with no count is a length of some of them ("months of talks", "minutes
                // before", "can take weeks"); "those days" and "these days" are times, "years ago" a date, "the
                // early hours of Wednesday" the time after midnight; after a number the count is the units rule's
                TimeRule.of("plural units", Pattern.compile("(?<!\\b(?:those|these|olden)\\s)(?<!\\d[\\s-])\\b(years"
                        + "|months|weeks|days|decades|(?<!\\b(?:early|small|wee)\\s)hours|minutes)\\b(?![\\s-]+(?:ago"
                        + "|later|earlier|of\\s+(?:the|his|her|their)))", FLAGS), Durations::pluralUnits));
    }

    private static Resolved units(Matcher m, Context c) {
        String count = c.calendar().count(m.group(1));
        CalendarWords.Unit unit = c.calendar().unit(m.group(2));
        if (count == null || unit == null || count.contains(".")) {
            return null;
        }
        String n = m.group(1).toLowerCase(Locale.ROOT);
        String unitWord = m.group(2).toLowerCase(Locale.ROOT);
        // "a second" is not a duration of one second, and "some day" not one of some days
        if (unitWord.startsWith("sec") && (n.equals("a") || n.equals("an")) || count.equals("0")) {
            return null;
        }
        boolean plural = unitWord.endsWith("s") || unitWord.equals("centuries");
        if (count.equals("1") && plural && !n.equals("1")) {
            return null;
        }
        // a four-digit count before "years" is a year ("the 1990 years" is rare; "2010 years" rarer still)
        if (n.matches("\\d{4}")) {
            return null;
        }
        return duration(unit, count, m.group(1) + " " + m.group(2));
    }

    /** "half an hour", "an hour and a half", "two and a half years", "2 1/2 years": whole units and a half. */
    private static Resolved halves(Matcher m, Context c) {
        String word = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4) != null
                ? m.group(4) : m.group(6);
        CalendarWords.Unit unit = c.calendar().unit(word);
        String count = m.group(1) != null ? c.calendar().count(m.group(1)) : m.group(4) != null ? "1"
                : m.group(5) != null ? m.group(5) : "0";
        if (unit == null || count == null || !count.matches("\\d{1,3}")) {
            return null;
        }
        return duration(unit.andAHalf(Integer.parseInt(count)), m.group());
    }

    private static Resolved pluralUnits(Matcher m, Context c) {
        CalendarWords.Unit unit = c.calendar().unit(m.group(1));
        return unit == null ? null : duration(unit, "X", m.group(1));
    }

    static Resolved duration(CalendarWords.Unit unit, String count, String words) {
        return duration(unit.duration(count), words);
    }

    /** A DURATION of a TimeML value, read from {@code words}. */
    private static Resolved duration(String value, String words) {
        return new Resolved(new TimeSpan(value, null, null, "DURATION", "", value, "", ""), "duration of "
                + words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), Type.DURATION);
    }

    private static Resolved everyUnit(Matcher m, Context c) {
        CalendarWords.Unit unit = c.calendar().unit(m.group(3));
        if (unit == null) {
            return null;
        }
        String count = m.group(1) != null ? "2" : m.group(2) != null ? c.calendar().count(m.group(2)) : "1";
        return count == null ? null : set(unit, count, "every " + count + " " + m.group(3).toLowerCase(Locale.ROOT));
    }

    private static Resolved everyName(Matcher m, Context c) {
        String value;
        if (m.group(1) != null) {
            DayOfWeek d = c.calendar().weekday(m.group(1));
            value = "XXXX-WXX-" + d.getValue();
        } else if (m.group(2) != null) {
            value = "XXXX-" + c.calendar().season(m.group(2));
        } else if (m.group(4) != null) {
            value = "XXXX-XX-XXT" + c.calendar().partOfDay(m.group(4));
        } else {
            value = String.format(Locale.ROOT, "XXXX-%02d", c.calendar().month(m.group(3)).getValue());
        }
        return new Resolved(new TimeSpan(value, null, null, "SET"), "a recurrence", Type.SET);
    }

    private static Resolved weekdaysInThePlural(Matcher m, Context c) {
        String part = m.group(2) != null ? m.group(2) : m.group(4);
        String suffix = part == null ? "" : "T" + c.calendar().partOfDay(part);
        TimeSpan first = weekly(c.calendar().weekday(m.group(1)), suffix);
        Resolved r = new Resolved(first, "a recurrence", Type.SET);
        if (m.group(3) == null) {
            return r;
        }
        // "Monday and Tuesday nights": the part of the day is said once for both
        return r.withParts(List.of(new TimeRule.Part(m.start(1), m.end(1), first),
                new TimeRule.Part(m.start(3), m.end(), weekly(c.calendar().weekday(m.group(3)), suffix))));
    }

    private static TimeSpan weekly(DayOfWeek d, String suffix) {
        return new TimeSpan("XXXX-WXX-" + d.getValue() + suffix, null, null, "SET");
    }

    private static Resolved recurrence(Matcher m, Context c) {
        String value = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "hourly" -> "PT1H";
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "fortnightly", "biweekly" -> "P2W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P3M";
            case "biannually" -> "P6M";
            default -> "P1Y";
        };
        return new Resolved(new TimeSpan(value, null, null, "SET"), "a recurrence", Type.SET);
    }

    /** "$5 million a year": the rate's period, the expression starting at "a". */
    private static Resolved rate(Matcher m, Context c) {
        Resolved r = set(c.calendar().unit(m.group(2)), "1", "a rate");
        return r == null ? null : r.startingAt(m.start(1));
    }

    private static Resolved set(CalendarWords.Unit unit, String count, String how) {
        if (unit == null) {
            return null;
        }
        return new Resolved(new TimeSpan(unit.duration(count), null, null, "SET"), how, Type.SET);
    }
}
