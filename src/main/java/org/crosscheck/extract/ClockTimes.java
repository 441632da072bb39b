package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TimeExpression;

/**
 * The clock times of a sentence as the facts need them: "at around 3:10pm", "3.12pm", "7 am", "15:40 local time",
 * "1900 GMT", "0300 hrs", "18:04 hours", "6.04 pm (IST)". The temporal layer finds and resolves them (its TIME
 * values, {@code org.crosscheck.time.ClockTimes}, with zones from {@code rules/data/time_zones.csv}); this adds
 * what the facts compare by and the tagger does not give: how finely each was written and its reference zone.
 *
 * <p>Each time has its minutes since midnight, how finely it was written (60 for "7 pm", 10 for "8:30", 5 for
 * "8:55", 1 for "6:04") and its zone: empty for local or unstated time, else a reference zone a wire story gives
 * beside the local one ("GMT", "UTC", "ET"), which is never compared with local time.
 */
public final class ClockTimes {
    /**
     * A clock time (sentence offsets).
     *
     * @param minutes    minutes since midnight
     * @param resolution minutes the last written digit stands for (60 for an hour alone)
     * @param zone       reference zone in lower case ({@code gmt}, {@code et}), empty for local or unstated
     * @param day        the day the expression's own words name ("6.04 pm on Wednesday", "3:10 a.m. Sunday"), else
     *                   {@code null}: a bare "6.04 pm" is on the day of the event it times
     */
    public record Clock(int start, int end, int minutes, int resolution, String zone, TimeSpan day) {
        /** The time as {@code HH:MM}. */
        public String text() {
            return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
        }
    }

    /**
     * The words a clock time is written with when it names no day: digits, "a.m.", "hours", "local time", "noon",
     * "a quarter past", a zone's letters in capitals ("IST", "GMT").
     */
    private static final Pattern CLOCK_WORDS = Pattern.compile(
            "(?:[\\d:.,()\\s-]|(?i:[ap]\\.?\\s?m\\b\\.?|\\b(?:hours?|hrs?|h|local|time|noon|midnight|o'clock|quarter|half"
                    + "|past|to|a|at|about|around)\\b)|\\b\\p{Lu}{2,5}\\b)*", Pattern.UNICODE_CHARACTER_CLASS);

    /** The hour and minutes of a TIME value ({@code 2016-09-05T14:40+05:30}). */
    private static final Pattern TAGGED = Pattern.compile("T(\\d{2}):(\\d{2})");

    private ClockTimes() {
    }

    private static final Object MEMO = new Object();

    /** The clock times of the context's sentence, in text order (computed once per sentence). */
    public static List<Clock> find(SentenceContext context) {
        return context.memo(MEMO, () -> read(context.times(), context.sentence().start()));
    }

    /** The clock times among a sentence's time expressions; {@code base} is the sentence's file offset. */
    static List<Clock> read(List<TimeExpression> times, int base) {
        List<Clock> out = new ArrayList<>();
        for (TimeExpression t : times) {
            Clock c = clock(t, base);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static Clock clock(TimeExpression t, int base) {
        if (t.span() == null || !"TIME".equals(t.span().granularity()) || t.span().value() == null) {
            return null;
        }
        Matcher m = TAGGED.matcher(t.span().value());
        if (!m.find()) {
            return null;
        }
        int minute = Integer.parseInt(m.group(2));
        boolean namesDay = !CLOCK_WORDS.matcher(t.text()).matches() && t.span().start() != null;
        return new Clock(t.start() - base, t.end() - base, Integer.parseInt(m.group(1)) * 60 + minute,
                resolution(minute), t.referenceZone(), namesDay ? t.span() : null);
    }

    /**
     * Minutes the written minutes stand for: an hour alone ("7 pm", "0900", "noon") 60, "8:30" 10, "8:55" 5,
     * "6:04" 1 (a time is written to the minute it names, so its minutes tell how finely).
     */
    private static int resolution(int minute) {
        return minute == 0 ? 60 : minute % 10 == 0 ? 10 : minute % 5 == 0 ? 5 : 1;
    }
}
