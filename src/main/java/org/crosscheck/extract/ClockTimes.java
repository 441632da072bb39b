package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.time.TimeExpression;
import org.crosscheck.vocab.LiteralGate;

/**
 * The clock times of a sentence, the one place they are read: "at around 3:10pm", "3.12pm", "7 am", "15:40 local
 * time", "1900 GMT", "0300 hrs", "18:04 hours", "6.04 pm (IST)". A time the temporal layer already resolved to a
 * time of day (granularity {@code TIME}, a value with {@code Thh:mm}) is taken from it, so that the claims switch to
 * the tagger's values where it gives them; the patterns here read the rest.
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
     */
    public record Clock(int start, int end, int minutes, int resolution, String zone) {
        /** The time as {@code HH:MM}. */
        public String text() {
            return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
        }
    }

    private static final String ZONE = "(?:\\s*\\(?\\s*(local time|local|GMT|UTC|Z|IST|ET|EDT|EST|PT|PDT|PST|CT|CDT|CST"
            + "|BST|CET|CEST|SGT|HKT|KST|JST|NPT|Indian Standard Time|Singapore time|Hong Kong time)\\b\\)?)?";
    /** "3:10pm", "3.12 p.m.", "7 am", "12.50am". */
    private static final LiteralGate TWELVE = LiteralGate.compile("(?<![\\d.:,])(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?"
            + "\\s?(a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\p{L}])" + ZONE, Pattern.CASE_INSENSITIVE);
    /** "15:40", "03:10 hrs", "18:04 hours", "00:54"; not a media player's "0:00". */
    private static final LiteralGate COLON = LiteralGate.compile("(?<![\\d.:,])(?!0:00)([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:]|"
            + "\\s?(?:a\\.?m|p\\.?m))(?:\\s*(?:hrs|hours|h)\\b)?" + ZONE, Pattern.CASE_INSENSITIVE);
    /** "1900 GMT", "0300 hrs", "14.40 local time": a time without a colon needs its unit or zone. */
    private static final LiteralGate MARKED = LiteralGate.compile("(?<![\\d.:,])([01]\\d|2[0-3])\\.?([0-5]\\d)\\s*"
            + "(hrs|hours|GMT|UTC|IST|local time)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGGED = Pattern.compile("T(\\d{2}):(\\d{2})(?::\\d{2})?(Z)?");
    /** Zones that are references beside the local time; any other stated zone is the local one. */
    private static final java.util.Set<String> REFERENCE = java.util.Set.of("gmt", "utc", "z", "et", "edt", "est",
            "pt", "pdt", "pst", "ct", "cdt", "cst");

    private ClockTimes() {
    }

    private static final Object MEMO = new Object();

    /** The clock times of the context's sentence, in text order (computed once per sentence). */
    public static List<Clock> find(SentenceContext context) {
        return context.memo(MEMO, () -> read(context));
    }

    private static List<Clock> read(SentenceContext context) {
        String text = context.sentence().text();
        List<Clock> out = new ArrayList<>();
        int base = context.sentence().start();
        for (TimeExpression t : context.times()) {
            Clock c = tagged(t, base);
            if (c != null) {
                out.add(c);
            }
        }
        String folded = context.folded();
        read(TWELVE.matcher(text, folded), true, out);
        read(COLON.matcher(text, folded), false, out);
        read(MARKED.matcher(text, folded), false, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The clock times of a bare sentence (no temporal layer), for tests. */
    static List<Clock> find(String text) {
        List<Clock> out = new ArrayList<>();
        String folded = LiteralGate.fold(text);
        read(TWELVE.matcher(text, folded), true, out);
        read(COLON.matcher(text, folded), false, out);
        read(MARKED.matcher(text, folded), false, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static Clock tagged(TimeExpression t, int base) {
        if (t.span() == null || !"TIME".equals(t.span().granularity()) || t.span().value() == null) {
            return null;
        }
        Matcher m = TAGGED.matcher(t.span().value());
        if (!m.find()) {
            return null;
        }
        int minutes = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        List<Clock> written = find(t.text());
        int resolution = written.isEmpty() ? resolution(m.group(2), true) : written.get(0).resolution();
        String zone = m.group(3) != null ? "utc" : written.isEmpty() ? "" : written.get(0).zone();
        return new Clock(t.start() - base, t.end() - base, minutes, resolution, zone);
    }

    private static void read(Matcher m, boolean twelve, List<Clock> out) {
        while (m != null && m.find()) {
            int start = m.start();
            if (out.stream().anyMatch(c -> start < c.end() && c.start() < m.end())) {
                continue;
            }
            int hour = Integer.parseInt(m.group(1));
            String minuteText = m.group(2);
            int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
            if (twelve) {
                boolean pm = m.group(3).toLowerCase(Locale.ROOT).startsWith("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            String zoneWord = m.group(m.groupCount());
            String zone = zoneWord == null ? "" : zoneWord.toLowerCase(Locale.ROOT);
            zone = REFERENCE.contains(zone) ? (zone.equals("z") ? "utc" : zone) : "";
            out.add(new Clock(start, m.end(), hour * 60 + minute, resolution(minuteText, twelve), zone));
        }
    }

    /** Minutes the written minutes stand for: an hour alone ("7 pm", "0900") 60, "8:30" 10, "8:55" 5, "6:04" 1. */
    private static int resolution(String minutes, boolean hourAloneIsRound) {
        if (minutes == null || minutes.equals("00") && hourAloneIsRound) {
            return 60;
        }
        int m = Integer.parseInt(minutes);
        return m == 0 ? 60 : m % 10 == 0 ? 10 : m % 5 == 0 ? 5 : 1;
    }
}
