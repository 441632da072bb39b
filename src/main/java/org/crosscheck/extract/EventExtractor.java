package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TimeExpression;

/**
 * Reads event mentions ({@link EventFinder}) and the times attached to them. Emits per mention one {@code event}
 * claim (kind EVENT, value the event type, subject the provisional event key, time the attached time, with the
 * duration its clause gives for it: "a two-week exercise" lasted P2W); a
 * {@code date} claim (kind TIME, value the TimeML value) when a time is attached; and a {@code since} claim for a
 * SINCE time ("drills since 2016", "has existed since 2003"), whose subject is the series key, or, when the
 * sentence names no event, the {@code *} key that grouping resolves to the event the article was talking about.
 */
public final class EventExtractor implements Extractor {
    public static final String NAME = "event";

    private final EventFinder events;
    private final ModalityDetector modality;

    public EventExtractor(EventFinder events, ModalityDetector modality) {
        this.events = events;
        this.modality = modality;
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        String text = context.sentence().text();
        int base = context.sentence().start();
        List<EventFinder.Mention> mentions = events.find(context);
        List<Claim> out = new ArrayList<>();
        List<TimeExpression> usedSince = new ArrayList<>();
        for (EventFinder.Mention m : mentions) {
            ModalityDetector.Modality mod = modality.at(context, m.start(), m.end());
            String subject = m.key().format();
            String lasted = duration(context, m);
            TimeSpan when = m.timeSpan();
            if (!lasted.isEmpty()) {
                when = when == null ? new TimeSpan(lasted, null, null, "DURATION", "", lasted, "", "")
                        : when.withDuration(lasted);
            }
            out.add(context.claim(NAME, context.fileOffset(m.start()), context.fileOffset(m.end()))
                    .kind(ClaimConventions.KIND_EVENT)
                    .subject(subject)
                    .attribute(ClaimConventions.EVENT)
                    .value(m.word().event())
                    .modality(mod.modality())
                    .negated(mod.negated())
                    .time(when)
                    .build());
            if (m.time() != null && !m.time().span().value().isEmpty()) {
                TimeSpan date = lasted.isEmpty() ? m.time().span() : m.time().span().withDuration(lasted);
                out.add(timeClaim(context, m.time(), date, subject, ClaimConventions.DATE, mod));
            }
            if (m.since() != null) {
                usedSince.add(m.since());
                out.add(timeClaim(context, m.since(), m.since().span(), m.key().series().format(),
                        ClaimConventions.SINCE, mod));
            }
        }
        for (TimeExpression t : context.times()) {
            if ("SINCE".equals(t.relation()) && !usedSince.contains(t) && !t.span().value().isEmpty()) {
                int at = t.start() - base;
                ModalityDetector.Modality mod = modality.at(context, at, t.end() - base);
                String subject = mentions.isEmpty() ? events.subjectAt(mentions, context, at)
                        : EventFinder.governing(mentions, context, at).key().series().format();
                out.add(timeClaim(context, t, t.span(), subject, ClaimConventions.SINCE, mod));
            }
        }
        return out;
    }

    /**
     * The length of time the event lasted, when the sentence gives one in the event's clause: the duration
     * nearest the event word ("a two-week exercise", "the talks lasted three days").
     */
    private static String duration(SentenceContext context, EventFinder.Mention m) {
        if (context.durations().isEmpty()) {
            return "";
        }
        List<int[]> clauses = Clauses.of(context);
        int base = context.sentence().start();
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression d : context.durations()) {
            int ds = d.start() - base;
            int de = d.end() - base;
            if (!d.type().equals("DURATION") || !Clauses.same(clauses, m.start(), Math.max(0, ds))) {
                continue;
            }
            int distance = de <= m.start() ? m.start() - de : Math.max(0, ds - m.end());
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best == null ? "" : best.span().value();
    }

    private static Claim timeClaim(SentenceContext context, TimeExpression t, TimeSpan span, String subject,
                                   String attribute, ModalityDetector.Modality mod) {
        return context.claim(NAME, t.start(), t.end())
                .kind(ClaimConventions.KIND_TIME)
                .subject(subject)
                .attribute(attribute)
                .value(span.value())
                .time(span)
                .modality(mod.modality())
                .negated(mod.negated())
                .build();
    }
}
