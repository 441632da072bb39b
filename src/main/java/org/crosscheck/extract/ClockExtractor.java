package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.nlp.Token;

/**
 * Reads the times of day a sentence gives the event it is about ({@link ClockTimes}: "at around 3:10pm", "15:40
 * local time", "a little after 0300 hrs"). Emits {@code clock} claims (kind TIME) about the governing event:
 * value {@code HH:MM} (with its zone when it is a reference zone such as GMT), number the minutes since midnight,
 * resolution the minutes its last digit stands for (60 for "7 pm"), unit {@code clock} or {@code clock:gmt},
 * qualifier from {@code qualifiers.csv} ("around": ABOUT, "shortly after": OVER), modality and attribution as for
 * counts, so that a planned time is not compared with the time something happened.
 */
public final class ClockExtractor implements Extractor {
    public static final String NAME = "clock";
    public static final String CLOCK = "clock";

    private final QuantityLexicon quantities;
    private final EventFinder events;
    private final ModalityDetector modality;
    private final Attribution attribution;

    public ClockExtractor(QuantityLexicon quantities, EventFinder events, ModalityDetector modality,
                          Attribution attribution) {
        this.quantities = quantities;
        this.events = events;
        this.modality = modality;
        this.attribution = attribution;
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        List<ClockTimes.Clock> clocks = ClockTimes.find(context);
        if (clocks.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = context.tokens();
        List<EventFinder.Mention> mentions = events.find(context);
        List<Claim> out = new ArrayList<>();
        for (ClockTimes.Clock c : clocks) {
            String qualifier = ClaimConventions.EXACT;
            for (Token t : tokens) {
                if (t.start() == c.start()) {
                    PhraseTable.Match<QuantityLexicon.Qualifier> q = quantities.qualifierBefore(tokens, t.index() - 1);
                    if (q != null && q.value().before()) {
                        qualifier = q.value().qualifier();
                    }
                    break;
                }
            }
            String unit = c.zone().isEmpty() ? CLOCK : CLOCK + ":" + c.zone();
            out.add(events.claimAbout(NAME, context, mentions, modality, c.start(), c.end())
                    .kind(ClaimConventions.KIND_TIME)
                    .attribute(CLOCK)
                    .value(c.text() + (c.zone().isEmpty() ? "" : " " + c.zone().toUpperCase(java.util.Locale.ROOT)))
                    .number(c.minutes())
                    .resolution(c.resolution())
                    .unit(unit)
                    .qualifier(qualifier)
                    .attribution(attribution.at(context, c.start()))
                    .build());
        }
        return out;
    }
}
