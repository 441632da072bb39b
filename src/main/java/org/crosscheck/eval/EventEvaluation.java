package org.crosscheck.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.fact.Claim;
import org.crosscheck.extract.ClaimConventions;

/**
 * Same-event resolution scored against gold event mentions: each gold mention is aligned with the audit's event
 * claim whose quote overlaps it most in the same article, and takes that claim's resolved subject as its response
 * cluster; a gold mention no event claim overlaps is a singleton (a missed mention costs recall). Scores are over
 * the gold mentions only (the gold does not list every event word a reader could mark).
 *
 * @param mentions gold mentions
 * @param aligned  how many of them an event claim overlaps
 * @param score    MUC, B-cubed, CEAF-e and CoNLL F1
 * @param response each gold mention's response cluster, in gold order
 */
public record EventEvaluation(List<EventGold.Mention> mentions, int aligned, ClusterScore score,
                              Map<EventGold.Mention, String> response) {

    public static EventEvaluation of(List<EventGold.Mention> gold, List<Claim> claims) {
        Map<String, List<Claim>> bySource = new HashMap<>();
        for (Claim c : claims) {
            if (c.attribute().equals(ClaimConventions.EVENT)) {
                bySource.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<EventGold.Mention, String> key = new LinkedHashMap<>();
        Map<EventGold.Mention, String> response = new LinkedHashMap<>();
        int aligned = 0;
        for (EventGold.Mention m : gold) {
            key.put(m, m.cluster());
            Claim best = null;
            int bestOverlap = 0;
            for (Claim c : bySource.getOrDefault(m.source(), List.of())) {
                int overlap = Math.min(m.end(), c.end()) - Math.max(m.start(), c.start());
                if (overlap > bestOverlap) {
                    best = c;
                    bestOverlap = overlap;
                }
            }
            if (best != null) {
                aligned++;
                response.put(m, best.subject());
            } else {
                response.put(m, "\u0000unresolved:" + m.where());
            }
        }
        return new EventEvaluation(gold, aligned, ClusterScore.of(key, response), response);
    }

    /** Prints the counts and scores, then each gold event split over several responses or sharing one. */
    public void print(PrintWriter out, boolean detail) {
        Set<String> keyClusters = new TreeSet<>();
        Set<String> responseClusters = new TreeSet<>();
        mentions.forEach(m -> keyClusters.add(m.cluster()));
        responseClusters.addAll(response.values());
        out.printf(Locale.ROOT, "event mentions: %d gold in %d events, %d aligned with an event claim, %d response "
                + "clusters%n", mentions.size(), keyClusters.size(), aligned, responseClusters.size());
        out.printf(Locale.ROOT, "%-8s %9s %9s %9s%n", "metric", "precision", "recall", "F1");
        row(out, "MUC", score.muc());
        row(out, "B3", score.bcub());
        row(out, "CEAF-e", score.ceafe());
        out.printf(Locale.ROOT, "CoNLL F1 %.3f%n", score.conll());
        if (!detail) {
            out.flush();
            return;
        }
        Map<String, Map<String, Integer>> split = new TreeMap<>();
        for (EventGold.Mention m : mentions) {
            split.computeIfAbsent(m.cluster(), k -> new TreeMap<>()).merge(label(response.get(m)), 1, Integer::sum);
        }
        for (Map.Entry<String, Map<String, Integer>> e : split.entrySet()) {
            if (e.getValue().size() > 1) {
                out.printf(java.util.Locale.ROOT, "  split %s -> %s%n", e.getKey(), e.getValue());
            }
        }
        Map<String, Set<String>> merged = new TreeMap<>();
        for (EventGold.Mention m : mentions) {
            if (!response.get(m).startsWith("\u0000")) {
                merged.computeIfAbsent(response.get(m), k -> new TreeSet<>()).add(m.cluster());
            }
        }
        for (Map.Entry<String, Set<String>> e : merged.entrySet()) {
            if (e.getValue().size() > 1) {
                out.printf(java.util.Locale.ROOT, "  merged %s <- %s%n", e.getKey(), e.getValue());
            }
        }
        out.flush();
    }

    private static String label(String cluster) {
        return cluster.startsWith("\u0000") ? "(no event claim)" : cluster;
    }

    private static void row(PrintWriter out, String name, ClusterScore.Prf prf) {
        out.printf(Locale.ROOT, "%-8s %9.3f %9.3f %9.3f%n", name, prf.precision(), prf.recall(), prf.f1());
    }
}
