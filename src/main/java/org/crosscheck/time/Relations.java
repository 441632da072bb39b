package org.crosscheck.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.TimeSpan;

/**
 * How a sentence relates to a time it names: "since 2016" opens an interval from it up to publication, "until
 * March 17" and "by 2030" close one at its end, "before" and "after" leave it open beyond. Only a few characters
 * around the expression are read.
 */
final class Relations {
    private static final Pattern RELATION_BEFORE = Pattern.compile("\\b(since|until|till|through|thru|up\\s+to"
            + "|up\\s+until|by|before|prior\\s+to|ahead\\s+of|after|following|starting(?:\\s+(?:in|from|on))?"
            + "|beginning\\s+(?:in|from|on)|from)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONWARDS = Pattern.compile("\\s*onwards?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_ON = Pattern.compile("\\s*(?:onwards?|on)\\b", Pattern.CASE_INSENSITIVE);
    /** Longest relation word ("beginning from ") with room for spaces. */
    private static final int LOOK_BACK = 24;

    private Relations() {
    }

    /** The relation of the expression at {@code [start, end)}: SINCE, UNTIL, BEFORE, AFTER or empty. */
    static String of(String text, int start, int end) {
        String after = Words.ahead(text, end, 10);
        int from = Math.max(0, start - LOOK_BACK);
        Matcher m = RELATION_BEFORE.matcher(Words.window(text, start, LOOK_BACK));
        boolean found = m.find() && !(m.start(1) == 0 && from > 0 && Character.isLetter(text.charAt(from - 1)));
        if (!found) {
            return ONWARDS.matcher(after).lookingAt() ? "SINCE" : "";
        }
        String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (word.equals("from")) {
            // "from 2016 on" opens an interval; "data from 2016" does not
            return FROM_ON.matcher(after).lookingAt() ? "SINCE" : "";
        }
        if (word.equals("since") || word.startsWith("starting") || word.startsWith("beginning")) {
            return "SINCE";
        }
        if (word.equals("before") || word.equals("prior to") || word.equals("ahead of")) {
            return "BEFORE";
        }
        if (word.equals("after") || word.equals("following")) {
            return "AFTER";
        }
        return "UNTIL";
    }

    /** Since 2016: from 2016 to publication; until/by March 17: up to its end; before/after: open beyond. */
    static TimeSpan apply(TimeSpan span, String relation, LocalDate anchor) {
        LocalDate start = span.start();
        LocalDate end = span.end();
        return switch (relation) {
            case "SINCE" -> span.withInterval(start,
                    anchor != null && start != null && !anchor.isBefore(start) ? anchor : null);
            case "UNTIL" -> span.withInterval(null, end);
            case "BEFORE" -> span.withInterval(null, start == null ? null : start.minusDays(1));
            case "AFTER" -> span.withInterval(end == null ? null : end.plusDays(1), null);
            default -> span;
        };
    }
}
