package org.crosscheck.time;

import static org.crosscheck.time.Fragments.FLAGS;
import static org.crosscheck.time.Fragments.YEAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.time.TimeRule.Resolved;

/**
 * Halves of a year, as reports and forecasts name them: "the first half of 2009", "the second half of the year",
 * "the last half of next year", "first-half 2010 profit", "H2 2011" (TimeML {@code 2009-H1}). A half needs its
 * year in the words: "in the first half" alone is as often a match's as a year's.
 */
final class Halves {
    private Halves() {
    }

    static List<TimeRule> rules() {
        return List.of(
                TimeRule.of("half of a year", Pattern.compile("\\b(?:the\\s+)?(first|second|last|latter)[\\s-]+half\\b"
                        + "(?:\\s+of\\s+(?:(?:the\\s+)?(?:fiscal\\s+)?(?:year\\s+)?(" + YEAR + ")|(?:the\\s+)?(last|this|next"
                        + "|current)\\s+(?:fiscal\\s+)?year\\b|(the)\\s+(?:fiscal\\s+|calendar\\s+)?year\\b(?!['\u2019]))"
                        + "|[\\s-]+(" + YEAR + "))", FLAGS), Halves::halfOfYear),
                TimeRule.of("H1 of a year", Pattern.compile("\\b(?:H([12])[\\s-]+(" + YEAR + ")|(" + YEAR + ")[\\s-]+H([12]))\\b"),
                        (m, c) -> m.group(1) != null ? half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                                : half(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)))));
    }

    private static Resolved halfOfYear(Matcher m, Context c) {
        int half = m.group(1).equalsIgnoreCase("first") ? 1 : 2;
        String yearText = m.group(2) != null ? m.group(2) : m.group(5);
        if (yearText != null) {
            return half(half, Integer.parseInt(yearText));
        }
        if (c.anchor == null) {
            return new Resolved(Granularity.HALF.unresolved("XXXX-H" + half), "no anchor");
        }
        String word = m.group(3) != null ? m.group(3).toLowerCase(Locale.ROOT) : "this";
        int year = c.anchor.getYear() + CalendarNames.yearOffset(word);
        return new Resolved(Granularity.HALF.spanOf(LocalDate.of(year, half * 6 - 5, 1)),
                c.publication() + ", half of " + (m.group(4) != null ? "the publication" : word) + " year");
    }

    private static Resolved half(int half, int year) {
        return new Resolved(Granularity.HALF.spanOf(LocalDate.of(year, half * 6 - 5, 1)), "explicit half of a year");
    }
}
