package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.Claim;
import org.crosscheck.nlp.Token;

/**
 * Reads the times of day a sentence gives the event it is about ({@link ClockTimes}: "at around 3:10pm", "15:40
 * local time", "a little after 0300 hrs"). Emits {@code clock} claims (kind TIME) about the governing event:
 * value {@code HH:MM} (with its zone when it is a reference zone such as GMT), number the minutes since midnight,
 * resolution the minutes its last digit stands for (60 for "7 pm"), unit {@code clock} or {@code clock:gmt},
 * qualifier from {@code qualifiers.csv} ("around": ABOUT, "shortly after": OVER), modality and attribution as for
 * counts, so that a planned time is not compared with the time something happened. A dash spaced on both sides
 * ends the phrase a time of day belongs to: "arrived at roughly 8:55 a.m. - five minutes before the meeting was to
 * begin" times the arrival, not the meeting. A time whose own words name its day ("6.04 pm on Wednesday") is on
 * that day; a bare one is on the day of its event.
 */
public final class ClockExtractor implements Extractor {
    public static final String NAME = "clock";
    public static final String CLOCK = "clock";

    /** A dash with a space either side: a parenthetical aside or an afterthought starts. */
    private static final Pattern SPACED_DASH = Pattern.compile("\\s[-\u2013\u2014]\\s");

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
            Claim.Builder claim = events.claimAbout(NAME, context, beside(mentions, context.sentence().text(),
                    c.start()), modality, c.start(), c.end());
            if (c.day() != null) {
                claim.time(c.day());
            }
            out.add(claim
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

    /** The mentions no spaced dash separates from offset {@code at}; all of them when every one is. */
    private static List<EventFinder.Mention> beside(List<EventFinder.Mention> mentions, String sentence, int at) {
        List<int[]> dashes = new ArrayList<>();
        Matcher m = SPACED_DASH.matcher(sentence);
        while (m.find()) {
            dashes.add(new int[] {m.start(), m.end()});
        }
        if (dashes.isEmpty()) {
            return mentions;
        }
        List<EventFinder.Mention> out = new ArrayList<>();
        for (EventFinder.Mention mention : mentions) {
            int from = Math.min(at, mention.start());
            int to = Math.max(at, mention.start());
            boolean split = false;
            for (int[] d : dashes) {
                split |= d[0] >= from && d[1] <= to;
            }
            if (!split) {
                out.add(mention);
            }
        }
        return out.isEmpty() ? mentions : out;
    }
}
