package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coreference scores of a response clustering against a key clustering over the same mentions: MUC (links), B-cubed
 * (per mention), CEAF-e (entities aligned one to one) and their CoNLL average, as defined for the CoNLL-2012 shared
 * task (Pradhan et al., "Scoring Coreference Partitions of Predicted Mentions", 2014). Mentions are any keys with
 * equality; every key mention must have a response cluster (an unresolved mention is a singleton).
 *
 * @param muc   MUC precision, recall and F1
 * @param bcub  B-cubed precision, recall and F1
 * @param ceafe entity-based CEAF precision, recall and F1
 */
public record ClusterScore(Prf muc, Prf bcub, Prf ceafe) {

    /** Precision, recall and their harmonic mean. */
    public record Prf(double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** The CoNLL F1: the mean of the MUC, B-cubed and CEAF-e F1. */
    public double conll() {
        return (muc.f1() + bcub.f1() + ceafe.f1()) / 3;
    }

    /** Scores a response against a key, both given as mention to cluster id. */
    public static <M> ClusterScore of(Map<M, String> key, Map<M, String> response) {
        if (!key.keySet().equals(response.keySet())) {
            throw new IllegalArgumentException("key and response must cover the same mentions");
        }
        List<Set<M>> k = clusters(key);
        List<Set<M>> r = clusters(response);
        return new ClusterScore(new Prf(muc(r, key), muc(k, response)), bcubed(k, r), ceafe(k, r));
    }

    private static <M> List<Set<M>> clusters(Map<M, String> assignment) {
        Map<String, Set<M>> byId = new LinkedHashMap<>();
        for (Map.Entry<M, String> e : assignment.entrySet()) {
            byId.computeIfAbsent(e.getValue(), x -> new HashSet<>()).add(e.getKey());
        }
        return new ArrayList<>(byId.values());
    }

    /** MUC recall of {@code of} against the partition {@code by}: links kept over links needed (Vilain et al. 1995). */
    private static <M> double muc(List<Set<M>> of, Map<M, String> by) {
        long needed = 0;
        long kept = 0;
        for (Set<M> cluster : of) {
            Set<String> parts = new HashSet<>();
            for (M m : cluster) {
                parts.add(by.get(m));
            }
            needed += cluster.size() - 1;
            kept += cluster.size() - parts.size();
        }
        return needed == 0 ? 0 : (double) kept / needed;
    }

    private static <M> Prf bcubed(List<Set<M>> key, List<Set<M>> response) {
        Map<M, Set<M>> keyOf = index(key);
        Map<M, Set<M>> responseOf = index(response);
        double p = 0;
        double r = 0;
        for (M m : keyOf.keySet()) {
            int common = overlap(keyOf.get(m), responseOf.get(m));
            r += (double) common / keyOf.get(m).size();
            p += (double) common / responseOf.get(m).size();
        }
        int n = keyOf.size();
        return n == 0 ? new Prf(0, 0) : new Prf(p / n, r / n);
    }

    private static <M> Prf ceafe(List<Set<M>> key, List<Set<M>> response) {
        double[][] similarity = new double[key.size()][response.size()];
        for (int i = 0; i < key.size(); i++) {
            for (int j = 0; j < response.size(); j++) {
                int common = overlap(key.get(i), response.get(j));
                similarity[i][j] = common == 0 ? 0 : 2.0 * common / (key.get(i).size() + response.get(j).size());
            }
        }
        double best = Assignment.maximum(similarity);
        return new Prf(response.isEmpty() ? 0 : best / response.size(), key.isEmpty() ? 0 : best / key.size());
    }

    private static <M> Map<M, Set<M>> index(Collection<Set<M>> clusters) {
        Map<M, Set<M>> out = new HashMap<>();
        for (Set<M> c : clusters) {
            for (M m : c) {
                out.put(m, c);
            }
        }
        return out;
    }

    private static <M> int overlap(Set<M> a, Set<M> b) {
        Set<M> small = a.size() <= b.size() ? a : b;
        Set<M> large = small == a ? b : a;
        int n = 0;
        for (M m : small) {
            if (large.contains(m)) {
                n++;
            }
        }
        return n;
    }
}
