package org.crosscheck.time;

import static org.crosscheck.time.CalendarNames.lower;
import static org.crosscheck.time.Fragments.DAY;
import static org.crosscheck.time.Fragments.FLAGS;
import static org.crosscheck.time.Fragments.YEAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TenseCues.Direction;
import org.crosscheck.time.TimeRule.Resolved;

/**
 * Holidays and named days written in a sentence ("Christmas", "last Thanksgiving", "Easter week", "Pakistan's
 * Independence Day", "Eid al-Fitr 2023"): the rows of {@link Holidays} they name, the occurrence the sentence means.
 */
final class HolidayNames {
    private HolidayNames() {
    }

    static List<TimeRule> rules(Fragments f) {
        List<TimeRule> rules = new java.util.ArrayList<>();
        for (String names : f.holidayGroups) {
            rules.add(TimeRule.of("holiday", Pattern.compile("\\b(?:(last|next|this(?:\\s+coming)?|coming|past)\\s+)?"
                    + "(?<![\\w'])(" + names + ")(?![\\w-])(?:\\s+(week|weekend|eve)\\b)?(?:,?\\s+(?:of\\s+)?("
                    + YEAR + "))?", FLAGS), HolidayNames::holiday));
        }
        return rules;
    }

    private static Resolved holiday(Matcher m, Context c) {
        String name = m.group(2);
        if (!c.capitalised(name.replaceFirst("^(?i)the\\s+", ""))) {
            return null;
        }
        List<Holidays.Holiday> rows = c.vocabulary.holidays().named(name);
        Holidays.Holiday h = pick(rows, m.start(2), m.end(), c);
        if (h == null) {
            return new Resolved(Granularity.DAY.unresolved("XXXX-XX-XX"), "holiday of several countries; none named");
        }
        String which = lower(m.group(1));
        String suffix = lower(m.group(3));
        String how = name.strip() + (h.country().isEmpty() ? "" : " (" + h.country() + ")");
        Optional<LocalDate> day;
        if (m.group(4) != null) {
            day = h.in(Integer.parseInt(m.group(4)));
            how += " of " + m.group(4);
        } else if (c.anchor == null) {
            return new Resolved(Granularity.DAY.unresolved("XXXX-XX-XX"), "no anchor");
        } else {
            Optional<LocalDate> thisYear = h.in(c.anchor.getYear());
            Optional<LocalDate> lastYear = h.in(c.anchor.getYear() - 1);
            Optional<LocalDate> nextYear = h.in(c.anchor.getYear() + 1);
            LocalDate before = thisYear.filter(d -> !d.isAfter(c.anchor)).or(() -> lastYear).orElse(null);
            LocalDate after = thisYear.filter(d -> !d.isBefore(c.anchor)).or(() -> nextYear).orElse(null);
            Direction d = "last".equals(which) || "past".equals(which) ? Direction.fixed(false, "'" + which + "'")
                    : "next".equals(which) || "coming".equals(which) ? Direction.fixed(true, "'" + which + "'")
                    : "this coming".equals(which) ? Direction.fixed(true, "'this coming'")
                    : "this".equals(which) ? null : c.direction(m.start(), m.end());
            if (d != null && suffix == null) {
                // "Easter week began" may be the week now running; the day itself is past once a past verb names it
                d = d.heldIfPast("a holiday named by a past verb");
            }
            if (d == null) {
                day = thisYear;
                how += ", 'this' -> this year's";
            } else if (before == null || after == null) {
                day = Optional.ofNullable(before != null && !d.future() || after == null ? before : after);
                how += ", " + d.reason();
            } else {
                Occurrences.Choice choice = Occurrences.choose(c.anchor, before,
                        before.plusDays(h.days() - 1L), after, true, d);
                day = Optional.of(choice.date());
                how += ", " + choice.reason() + " -> " + (choice.future() ? "next" : "most recent");
            }
            how = c.publication() + ", " + how;
        }
        if (day.isEmpty()) {
            return new Resolved(Granularity.DAY.unresolved("XXXX-XX-XX"), how + ": the data file gives no day for the year");
        }
        LocalDate first = day.get();
        if ("week".equals(suffix)) {
            return new Resolved(Granularity.WEEK.spanOf(first), how + " -> its week");
        }
        if ("weekend".equals(suffix)) {
            TimeSpan week = Granularity.WEEK.spanOf(first);
            return new Resolved(new TimeSpan(week.value() + "-WE", week.end().minusDays(1), week.end(), "WEEK"), how);
        }
        if ("eve".equals(suffix)) {
            first = first.minusDays(1);
        }
        return new Resolved(new TimeSpan(first.toString(), first, first.plusDays(h.days() - 1L), "DAY"), how);
    }

    /** Of rows sharing a name, the one of the country named near it, else the preferred or the only one. */
    private static Holidays.Holiday pick(List<Holidays.Holiday> rows, int start, int end, Context c) {
        if (rows.isEmpty()) {
            return null;
        }
        if (rows.size() == 1) {
            return rows.get(0);
        }
        List<String> near = new java.util.ArrayList<>(Words.before(c.text, start, 4));
        java.util.regex.Matcher after = Pattern.compile("^\\s+(?:of|in)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}.]*\\s*){1,3})")
                .matcher(Words.ahead(c.text, end, 40));
        if (after.find()) {
            String named = after.group(1).strip().replaceAll("\\.$", "");
            near.add(named);
            near.add(named.split("\\s+")[0]);
        }
        for (int i = near.size() - 1; i >= 0; i--) {
            String country = c.vocabulary.country(near.get(i));
            if (country == null && i > 0) {
                country = c.vocabulary.country(near.get(i - 1) + " " + near.get(i));
            }
            if (country != null) {
                for (Holidays.Holiday h : rows) {
                    if (h.country().equalsIgnoreCase(country)) {
                        return h;
                    }
                }
            }
        }
        for (Holidays.Holiday h : rows) {
            if (h.preferred()) {
                return h;
            }
        }
        return null;
    }
}
