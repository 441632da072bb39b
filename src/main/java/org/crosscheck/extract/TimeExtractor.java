package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TimeExpression;
import org.crosscheck.vocab.LiteralGate;

/**
 * Reads the time expressions the temporal layer found in a sentence and emits, for each, a {@code time} claim
 * (value the TimeML value, detail the relation such as SINCE, modality EXPECTED when the sentence looks forward,
 * else HAPPENED, qualifier AMBIGUOUS for a numeric date whose day and month could be swapped), so single-source
 * checks can test dates against the publication date; and a {@code duration} or {@code recurrence} claim for each
 * length of time or recurrence (value the TimeML duration, P2W), except ages ("12-year-old"). Also emits a
 * {@code weekday} claim where a weekday is tied to a definite day ("Monday (today)", "on Monday, March 5"):
 * value the weekday written, detail the weekday of the day it must denote.
 */
public final class TimeExtractor implements Extractor {
    public static final String NAME = "time";
    /** Qualifier of a numeric date whose day and month could be either way round (03/02/2020). */
    public static final String AMBIGUOUS = "AMBIGUOUS";

    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** A weekday glossed with today, yesterday or tomorrow: "Monday (today)", "Monday, today". */
    private static final LiteralGate RELATIVE_DAY = LiteralGate.compile(
            "\\b" + WEEKDAY + "\\s*(?:\\(\\s*|,\\s*)?(today|yesterday|tomorrow)\\b", Pattern.CASE_INSENSITIVE);
    private static final LiteralGate WEEKDAY_ONLY = LiteralGate.compile("\\b" + WEEKDAY + "\\b,?\\s*(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);

    /** What makes a length of time an age: "-old" glued to it or " old" right after it. */
    private static final Pattern AGE_AFTER = Pattern.compile("(?:^|-|\\s)old\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Claim> extract(SentenceContext context) {
        List<Claim> out = new ArrayList<>();
        String sentence = context.sentence().text();
        int base = context.sentence().start();
        for (TimeExpression t : context.times()) {
            boolean forward = t.forward();
            out.add(context.claim(NAME, t.start(), t.end())
                    .kind("TIME")
                    .subject("time")
                    .attribute("time")
                    .value(t.span().value())
                    .detail(t.relation())
                    .qualifier(t.ambiguous() ? AMBIGUOUS : "")
                    .time(t.span())
                    .modality(forward ? "EXPECTED" : "HAPPENED")
                    .build());
        }
        for (TimeExpression t : context.durations()) {
            if (age(sentence, t.end() - base, t.text())) {
                continue;
            }
            out.add(context.claim(NAME, t.start(), t.end())
                    .kind("TIME")
                    .subject("time")
                    .attribute(t.type().equals("SET") ? "recurrence" : "duration")
                    .value(t.span().value())
                    .time(t.span())
                    .modality(t.forward() && !stated(sentence, t.start() - base) ? "EXPECTED" : "HAPPENED")
                    .build());
        }
        LocalDate published = context.published();
        if (published != null) {
            Matcher m = RELATIVE_DAY.matcher(sentence, context.folded());
            while (m != null && m.find()) {
                int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "yesterday" -> -1;
                    case "tomorrow" -> 1;
                    default -> 0;
                };
                out.add(weekday(context, m.start(), m.end(), m.group(1), published.plusDays(shift)));
            }
        }
        // "Monday, March 5": a weekday written right before a resolved day.
        Matcher m = WEEKDAY_ONLY.matcher(sentence, context.folded());
        while (m != null && m.find()) {
            for (TimeExpression t : context.times()) {
                int relStart = t.start() - base;
                boolean adjacent = relStart == m.end() || (relStart == m.start() && t.text().length() > m.group().length());
                TimeSpan span = t.span();
                if (adjacent && ("DAY".equals(span.granularity()) || "TIME".equals(span.granularity()))
                        && span.start() != null && span.start().equals(span.end())
                        && !t.text().strip().equalsIgnoreCase(m.group(1))) {
                    out.add(weekday(context, m.start(), Math.max(m.end(), t.end() - base), m.group(1), span.start()));
                }
            }
        }
        return out;
    }

    /**
     * A length of time after "for" or "in" ("has been negotiating for months", "the worst in nearly a century") states
     * how long something has gone on or since when, whatever tense looks forward elsewhere in the sentence.
     */
    private static final Pattern STATED_LENGTH = Pattern.compile(
            "\\b(?:for|in)\\s+(?:(?:nearly|almost|over|about|some|more than)\\s+)?$", Pattern.CASE_INSENSITIVE);

    private static boolean stated(String sentence, int start) {
        return start >= 0 && start <= sentence.length()
                && STATED_LENGTH.matcher(sentence.substring(Math.max(0, start - 24), start)).find();
    }

    /** "the 12-year-old girl", "25 years old": an age, which is no length of time of anything that happened. */
    private static boolean age(String sentence, int end, String text) {
        return AGE_AFTER.matcher(text).find() || end >= 0 && end <= sentence.length()
                && AGE_AFTER.matcher(sentence.substring(end, Math.min(sentence.length(), end + 5))).lookingAt();
    }

    private static Claim weekday(SentenceContext context, int start, int end, String written, LocalDate day) {
        DayOfWeek actual = day.getDayOfWeek();
        return context.claim(NAME, context.fileOffset(start), context.fileOffset(end))
                .kind("TIME")
                .subject("time")
                .attribute("weekday")
                .value(written.toUpperCase(Locale.ROOT))
                .detail(actual.name())
                .time(new TimeSpan(day.toString(), day, day, "DAY"))
                .build();
    }
}
