package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;
import org.crosscheck.time.TimeExpression;

/**
 * Reads event mentions ({@link EventFinder}) and the times attached to them. Emits per mention one {@code event}
 * claim (kind EVENT, value the event type, subject the provisional event key, time the attached time, with the
 * duration its clause gives for it: "a two-week exercise" lasted P2W, and the mention's
 * {@link org.crosscheck.fact.EventFrame} for grouping); a
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
            ModalityDetector.Modality mod = deniable(context, m) ? modality.at(context, m.start(), m.end())
                    : asserted(modality.at(context, m.start(), m.end()));
            String subject = m.key().format();
            String lasted = duration(context, m);
            TimeSpan when = m.timeSpan();
            if (!lasted.isEmpty()) {
                // An event's time is when it happened; how long it lasted is its duration alone, not a time of it.
                when = when == null ? new TimeSpan("", null, null, "DURATION", "", lasted, "", "")
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
                    .frame(m.frame())
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
            if ("SINCE".equals(t.relation()) && !usedSince.contains(t) && !t.span().value().isEmpty()
                    && !EventFinder.firstSince(text, t.start() - base)) {
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

    /**
     * Whether a negation in the mention's clause denies the event itself, not something said of it: a negated verb
     * ("did not derail", "never signed"), an indefinite noun taken by a negated verb ("did not hold talks") or "no"
     * before a noun that a verb follows ("no deal was reached"). A definite noun presupposes its event ("the cause
     * of the derailment was not clear" denies the clarity), a bare plural speaks of events in general ("rail
     * accidents are not uncommon"), and "the risk of no deal" names no deal at all.
     */
    private static boolean deniable(SentenceContext context, EventFinder.Mention m) {
        List<Token> tokens = context.tokens();
        int at = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == m.start()) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return true;
        }
        if (m.frame().verb()) {
            return negatedVerb(tokens, at);
        }
        if (m.frame().definite()) {
            return false;
        }
        int j = at - 1;
        while (j >= 0 && (tokens.get(j).tag() == Tag.ADJ || tokens.get(j).tag() == Tag.NUM
                || tokens.get(j).tag() == Tag.NOUN)) {
            j--;
        }
        if (j >= 0 && tokens.get(j).lower().equals("no")) {
            return at + 1 < tokens.size() && (tokens.get(at + 1).tag() == Tag.AUX || tokens.get(at + 1).tag() == Tag.VERB);
        }
        if (j >= 0 && tokens.get(j).tag() == Tag.DET) {
            j--;
        }
        return j >= 0 && tokens.get(j).tag() == Tag.VERB && negatedVerb(tokens, j);
    }

    /** Whether "not", "n't" or "never" stands in the auxiliaries right before the verb at {@code i}. */
    private static boolean negatedVerb(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            Token t = tokens.get(j);
            String w = t.lower();
            if (w.equals("not") || w.equals("n't") || w.equals("never") || w.endsWith("n't")
                    || w.endsWith("n\u2019t")) {
                return true;
            }
            if (t.tag() != Tag.AUX && t.tag() != Tag.ADV && t.tag() != Tag.PART && t.tag() != Tag.VERB) {
                return false;
            }
        }
        return false;
    }

    private static ModalityDetector.Modality asserted(ModalityDetector.Modality mod) {
        return mod.negated() ? new ModalityDetector.Modality(mod.modality(), false) : mod;
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
