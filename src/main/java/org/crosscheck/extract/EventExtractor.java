package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;
import org.crosscheck.time.TimeExpression;

/**
 * Reads event mentions ({@link EventFinder}) and the times attached to them. Emits per mention one {@code event}
 * claim (kind EVENT, value the event type, subject the provisional event key, time the attached time, and the
 * mention's {@link org.crosscheck.fact.EventFrame} for grouping); a
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
            out.add(context.claim(NAME, context.fileOffset(m.start()), context.fileOffset(m.end()))
                    .kind(ClaimConventions.KIND_EVENT)
                    .subject(subject)
                    .attribute(ClaimConventions.EVENT)
                    .value(m.word().event())
                    .modality(mod.modality())
                    .negated(mod.negated())
                    .time(m.timeSpan())
                    .frame(m.frame())
                    .build());
            if (m.time() != null && !m.time().span().value().isEmpty()) {
                out.add(timeClaim(context, m.time(), subject, ClaimConventions.DATE, mod));
            }
            if (m.since() != null) {
                usedSince.add(m.since());
                out.add(timeClaim(context, m.since(), m.key().series().format(), ClaimConventions.SINCE, mod));
            }
        }
        for (TimeExpression t : context.times()) {
            if ("SINCE".equals(t.relation()) && !usedSince.contains(t) && !t.span().value().isEmpty()
                    && !EventFinder.firstSince(text, t.start() - base)) {
                int at = t.start() - base;
                ModalityDetector.Modality mod = modality.at(context, at, t.end() - base);
                String subject = mentions.isEmpty() ? events.subjectAt(mentions, context, at)
                        : EventFinder.governing(mentions, context, at).key().series().format();
                out.add(timeClaim(context, t, subject, ClaimConventions.SINCE, mod));
            }
        }
        return out;
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

    private static Claim timeClaim(SentenceContext context, TimeExpression t, String subject, String attribute,
                                   ModalityDetector.Modality mod) {
        return context.claim(NAME, t.start(), t.end())
                .kind(ClaimConventions.KIND_TIME)
                .subject(subject)
                .attribute(attribute)
                .value(t.span().value())
                .time(t.span())
                .modality(mod.modality())
                .negated(mod.negated())
                .build();
    }
}
