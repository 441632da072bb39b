package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.Claim;
import org.crosscheck.time.TimeExpression;
import org.crosscheck.vocab.LiteralGate;

/**
 * Reads editions and firsts. Emits (kind ORDINAL):
 * <ul>
 * <li>{@code ordinal}: "the Nth X" and "X-IV" (a Roman numeral after a capitalised name) next to an event word;
 * value the edition number; "first" is not read as an edition, since "the first visit in years" is no edition;</li>
 * <li>{@code first}: {@code FIRST_EVER} for "first-ever X", "first ever X", "for the first time ever";
 * {@code FIRST_IN_N_YEARS} (detail N) for "first ... in N years/decades"; {@code FIRST} for "for the first time"
 * and "the first X";</li>
 * <li>{@code previous}: "the previous X was in YEAR", "last such X took place in YEAR"; value the year, from
 * the time expression after the cue, else from a four-digit year.</li>
 * </ul>
 * The subject is the governing event; for "previous", the event other than the previous instance, else the
 * {@code *} key.
 */
public final class OrdinalExtractor implements Extractor {
    private static final Pattern FEW_WORDS = Pattern.compile("(?:\\s+[\\p{L}-]+){0,2}\\s+");
    private static final Pattern DIGITS_SUFFIXED = Pattern.compile("\\d+\\p{L}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    public static final String NAME = "ordinal";
    private static final Pattern ORDINAL = Pattern.compile("(?i)(?<![\\p{L}\\d-])(" + Numbers.ORDINAL
            + ")(?![\\p{L}\\d])");
    private static final Pattern ROMAN = Pattern.compile("\\p{Lu}[\\p{L}]+[- ]([IVXLC]{2,6})(?![\\p{L}\\d])");
    private static final LiteralGate FIRST_EVER =
            LiteralGate.compile("(?i)\\bfirst[- ]ever\\b|\\bfor the first time[- ]ever\\b"
                    + "|\\bfor the first time in (?:its |their )?history\\b", 0);
    private static final LiteralGate FIRST_IN =
            LiteralGate.compile("(?i)\\bfirst\\b[^.;]{0,60}?\\bin (?:(?:more than|over|"
                    + "almost|nearly|about) )?(\\d+|" + Numbers.CARDINAL_WORD + ") (years|decades)\\b", 0);
    private static final LiteralGate FIRST_TIME = LiteralGate.compile("(?i)\\bfor the first time\\b", 0);
    private static final Pattern FIRST_BEFORE_EVENT = Pattern.compile("(?i)\\bfirst\\b(?:\\s+[\\p{L}-]+){0,3}?\\s*$");
    private static final Pattern PREVIOUS = Pattern.compile("(?i)\\b(?:previous|last|preceding|earlier)\\s+(?:such\\s+)?"
            + "$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d{2}|20\\d{2})(?!\\d)");

    private final EventFinder events;
    private final ModalityDetector modality;

    public OrdinalExtractor(EventFinder events, ModalityDetector modality) {
        this.events = events;
        this.modality = modality;
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        String text = context.sentence().text();
        List<EventFinder.Mention> mentions = events.find(context);
        List<Claim> out = new ArrayList<>();
        for (EventFinder.Mention e : mentions) {
            String before = text.substring(Math.max(0, e.start() - 40), e.start());
            Matcher o = ORDINAL.matcher(before);
            int last = -1;
            int lastEnd = -1;
            String lastText = "";
            while (o.find()) {
                last = o.start();
                lastEnd = o.end();
                lastText = o.group(1);
            }
            if (last >= 0 && FEW_WORDS.matcher(before.substring(lastEnd)).matches()) {
                OptionalInt n = Numbers.ordinal(lastText);
                int at = e.start() - before.length() + last;
                if (n.isPresent() && (n.getAsInt() > 1 || DIGITS_SUFFIXED.matcher(lastText).matches())) {
                    out.add(ordinal(context, e, text, at, e.end(), n.getAsInt()));
                }
            }
        }
        Matcher r = ROMAN.matcher(text);
        while (r.find()) {
            OptionalInt n = Numbers.roman(r.group(1));
            EventFinder.Mention e = near(mentions, r.start(), r.end(), text);
            if (n.isPresent() && e != null) {
                out.add(ordinal(context, e, text, r.start(), r.end(), n.getAsInt()));
            }
        }
        firsts(context, mentions, text, out);
        previous(context, mentions, text, out);
        return out;
    }

    private void firsts(SentenceContext context, List<EventFinder.Mention> mentions, String text, List<Claim> out) {
        List<int[]> taken = new ArrayList<>();
        Matcher in = FIRST_IN.matcher(text, context.folded());
        while (in != null && in.find()) {
            double n = Numbers.cardinal(in.group(1)) * (in.group(2).equalsIgnoreCase("decades") ? 10 : 1);
            if (!Double.isNaN(n)) {
                out.add(first(context, mentions, in.start(), in.end(), ClaimConventions.FIRST_IN_N_YEARS,
                        Numbers.text(n), n));
                taken.add(new int[] {in.start(), in.end()});
            }
        }
        Matcher ever = FIRST_EVER.matcher(text, context.folded());
        while (ever != null && ever.find()) {
            if (!overlaps(taken, ever.start(), ever.end())) {
                out.add(first(context, mentions, ever.start(), ever.end(), ClaimConventions.FIRST_EVER, "",
                        Double.NaN));
                taken.add(new int[] {ever.start(), ever.end()});
            }
        }
        Matcher time = FIRST_TIME.matcher(text, context.folded());
        while (time != null && time.find()) {
            if (!overlaps(taken, time.start(), time.end())) {
                out.add(first(context, mentions, time.start(), time.end(), ClaimConventions.FIRST_PLAIN, "",
                        Double.NaN));
                taken.add(new int[] {time.start(), time.end()});
            }
        }
        for (EventFinder.Mention e : mentions) {
            Matcher f = FIRST_BEFORE_EVENT.matcher(text.substring(0, e.start()));
            if (f.find() && !overlaps(taken, f.start(), e.end())) {
                out.add(first(context, List.of(e), f.start(), e.end(), ClaimConventions.FIRST_PLAIN, "",
                        Double.NaN));
                taken.add(new int[] {f.start(), e.end()});
            }
        }
    }

    private void previous(SentenceContext context, List<EventFinder.Mention> mentions, String text, List<Claim> out) {
        int base = context.sentence().start();
        for (EventFinder.Mention e : mentions) {
            Matcher p = PREVIOUS.matcher(text.substring(0, e.start()));
            if (!p.find()) {
                continue;
            }
            List<int[]> clauses = Clauses.of(context);
            String year = "";
            int ys = -1;
            int ye = -1;
            for (TimeExpression t : context.times()) {
                int ts = t.start() - base;
                String y = EventFinder.yearOf(t.span());
                if (ts >= e.end() && Clauses.same(clauses, e.start(), ts) && !y.isEmpty()) {
                    year = y;
                    ys = ts;
                    ye = t.end() - base;
                    break;
                }
            }
            if (year.isEmpty()) {
                Matcher y = YEAR.matcher(text);
                y.region(e.end(), Clauses.around(clauses, e.start())[1]);
                if (y.find()) {
                    year = y.group(1);
                    ys = y.start();
                    ye = y.end();
                }
            }
            if (year.isEmpty()) {
                continue;
            }
            List<EventFinder.Mention> others = mentions.stream().filter(m -> m != e).toList();
            ModalityDetector.Modality mod = modality.at(context, p.start(), e.end());
            int y = Integer.parseInt(year);
            out.add(context.claim(NAME, context.fileOffset(p.start()), context.fileOffset(ye))
                    .kind(ClaimConventions.KIND_ORDINAL)
                    .subject(events.subjectAt(others, context, p.start()))
                    .attribute(ClaimConventions.PREVIOUS)
                    .value(year)
                    .number(y)
                    .modality(mod.modality())
                    .negated(mod.negated())
                    .time(new org.crosscheck.fact.TimeSpan(year, java.time.LocalDate.of(y, 1, 1),
                            java.time.LocalDate.of(y, 12, 31), "YEAR"))
                    .build());
        }
    }

    private static EventFinder.Mention near(List<EventFinder.Mention> mentions, int start, int end, String text) {
        for (EventFinder.Mention e : mentions) {
            String between = e.start() >= end ? text.substring(end, e.start()) : e.end() <= start
                    ? text.substring(e.end(), start) : "";
            if (SPACES.split(between.strip()).length <= 3 && !between.contains(",")) {
                return e;
            }
        }
        return null;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(t -> start < t[1] && t[0] < end);
    }

    private Claim ordinal(SentenceContext context, EventFinder.Mention e, String text, int start, int end, int n) {
        ModalityDetector.Modality mod = modality.at(context, e.start(), e.end());
        return context.claim(NAME, context.fileOffset(start), context.fileOffset(end))
                .kind(ClaimConventions.KIND_ORDINAL)
                .subject(e.key().format())
                .attribute(ClaimConventions.ORDINAL)
                .value(Integer.toString(n))
                .number(n)
                .modality(mod.modality())
                .negated(mod.negated())
                .time(e.timeSpan())
                .build();
    }

    private Claim first(SentenceContext context, List<EventFinder.Mention> mentions, int start, int end, String value,
                        String detail, double number) {
        return events.claimAbout(NAME, context, mentions, modality, start, end)
                .kind(ClaimConventions.KIND_ORDINAL)
                .attribute(ClaimConventions.FIRST)
                .value(value)
                .detail(detail)
                .number(number)
                .build();
    }
}
