package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.Claim;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * Reads the score of a phase of a match ("beating France 4-2 on penalties", "drew 3-3 after extra time", "won the
 * shootout 4-2"): two numbers joined by a dash, with a phase of {@code score_phases.csv} beside them in their clause.
 * Emits {@code score} claims (kind COUNT) about the sentence's match event ({@code score_events.csv}, else the
 * governing event): value the two numbers larger first ("4-2", whoever is named first), detail the phase, number
 * the larger one. A score with no phase beside it (a running "2-0 down", an unphased "4-2 win") is not read.
 */
public final class ScoreExtractor implements Extractor {
    public static final String NAME = "score";
    public static final String SCORE = "score";

    /** Two small numbers and a dash, no digit, letter or separator around them ("LVM-3", "14-20 September" aside). */
    private static final Pattern SCORE_PATTERN = Pattern.compile(
            "(?<![\\p{L}\\d.,:/\\-\u2013])(\\d{1,2})\\s?[-\u2013]\\s?(\\d{1,2})(?![\\p{L}\\d.,:/%\\-\u2013])");
    /** "2-0 down", "two goals up": the score of a side on the way. */
    private static final Pattern RUNNING = Pattern.compile("\\s+(?:down|up)\\b");
    /** Words before a phase that go into it ("sent the game to extra time"), whose score is not that phase's. */
    private static final java.util.Set<String> INTO = java.util.Set.of("to", "into", "towards", "before");
    /** How far around a score its phase may stand: a clause's few words. */
    private static final int AFTER = 40;
    private static final int BEFORE = 25;

    private final EventFinder events;
    private final ModalityDetector modality;
    private final List<String[]> phases = new ArrayList<>();
    private final List<String> types = new ArrayList<>();

    public ScoreExtractor(Vocabulary vocabulary, EventFinder events, ModalityDetector modality) {
        this.events = events;
        this.modality = modality;
        for (DataTable.Row row : vocabulary.table("score_phases.csv", "phrase", "phase").rows()) {
            phases.add(new String[] {row.require("phrase").toLowerCase(Locale.ROOT), row.require("phase")});
        }
        phases.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
        for (DataTable.Row row : vocabulary.table("score_events.csv", "type").rows()) {
            types.add(row.require("type"));
        }
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        String s = context.sentence().text();
        Matcher m = SCORE_PATTERN.matcher(s);
        List<int[]> scores = new ArrayList<>();
        while (m.find()) {
            scores.add(new int[] {m.start(), m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        }
        if (scores.isEmpty()) {
            return List.of();
        }
        List<EventFinder.Mention> mentions = events.find(context);
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            int[] sc = scores.get(i);
            int afterEnd = Math.min(s.length(), Math.min(sc[1] + AFTER, i + 1 < scores.size() ? scores.get(i + 1)[0]
                    : s.length()));
            int beforeStart = Math.max(0, Math.max(sc[0] - BEFORE, i > 0 ? scores.get(i - 1)[1] : 0));
            if (RUNNING.matcher(s).region(sc[1], s.length()).lookingAt()) {
                // "recovered from 2-0 down": a score on the way, not a phase's result
                continue;
            }
            String phase = phase(clause(s.substring(sc[1], afterEnd), true));
            if (phase.isEmpty()) {
                phase = phase(clause(s.substring(beforeStart, sc[0]), false));
            }
            if (phase.isEmpty()) {
                continue;
            }
            int high = Math.max(sc[2], sc[3]);
            int low = Math.min(sc[2], sc[3]);
            out.add(events.claimAbout(NAME, context, matchFirst(mentions), modality, sc[0], sc[1])
                    .kind(ClaimConventions.KIND_COUNT)
                    .attribute(SCORE)
                    .value(high + "-" + low)
                    .detail(phase)
                    .number(high)
                    .unit(SCORE)
                    .qualifier(ClaimConventions.EXACT)
                    .build());
        }
        return out;
    }

    /** The part of a window on the score's side of a clause break (a comma, semicolon or bracket). */
    private static String clause(String window, boolean after) {
        int cut = -1;
        for (int k = 0; k < window.length(); k++) {
            char c = window.charAt(k);
            if (c == ',' || c == ';' || c == '(' || c == ')') {
                cut = k;
                if (after) {
                    break;
                }
            }
        }
        if (cut < 0) {
            return window;
        }
        return after ? window.substring(0, cut) : window.substring(cut + 1);
    }

    private String phase(String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replace('\u2013', '-') + " ";
        for (String[] p : phases) {
            int at = lower.indexOf(p[0]);
            if (at > 0 && !Character.isLetterOrDigit(lower.charAt(at - 1))
                    && !Character.isLetterOrDigit(lower.charAt(at + p[0].length()))) {
                String[] before = lower.substring(0, at).trim().split("\\s+");
                return INTO.contains(before[before.length - 1]) ? "" : p[1];
            }
        }
        return "";
    }

    /** The mentions with those of a match type first, in the order of {@code score_events.csv}. */
    private List<EventFinder.Mention> matchFirst(List<EventFinder.Mention> mentions) {
        for (String t : types) {
            for (EventFinder.Mention mention : mentions) {
                if (mention.key().eventClass().equals(t)) {
                    return List.of(mention);
                }
            }
        }
        return mentions;
    }
}
