package org.crosscheck.group;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Sentence;

/**
 * Decides which articles are one independent source: the same story published twice under two file names
 * (identical or near-identical article text) shares an origin, named after its first file in sorted order.
 *
 * <p>Near-identity is the Jaccard similarity of word 5-gram sets of the article sentences, at least
 * {@value #THRESHOLD}: reposts that differ by a byline, a heading or a sentence stay above it, while two
 * reports of one event by different outlets share far fewer 5-grams. Candidate pairs come from an inverted
 * index of 5-grams, so only articles that share text are compared.
 */
public final class Origins {
    /** Minimum shingle Jaccard for two articles to be one source. */
    public static final double THRESHOLD = 0.8;
    private static final int SHINGLE = 5;

    private Origins() {
    }

    /** Maps every article's source name to its origin (itself when it has no duplicate). */
    public static Map<String, String> of(List<Article> articles) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort((a, b) -> a.source().compareTo(b.source()));
        List<Set<Long>> shingles = new ArrayList<>();
        Map<Long, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Set<Long> set = shingles(sorted.get(i));
            shingles.add(set);
            for (Long s : set) {
                index.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
        int[] parent = new int[sorted.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < sorted.size(); i++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (Long s : shingles.get(i)) {
                for (int j : index.get(s)) {
                    if (j > i) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int j = e.getKey();
                int union = shingles.get(i).size() + shingles.get(j).size() - e.getValue();
                if (union > 0 && (double) e.getValue() / union >= THRESHOLD) {
                    union(parent, i, j);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            out.put(sorted.get(i).source(), sorted.get(find(parent, i)).source());
        }
        return out;
    }

    private static Set<Long> shingles(Article article) {
        List<String> words = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            String norm = Normalizer.normalize(s.text(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            for (String w : norm.split("[^\\p{L}\\p{Nd}]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        Set<Long> set = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + words.get(k).hashCode();
            }
            set.add(h);
        }
        if (set.isEmpty() && !words.isEmpty()) {
            set.add((long) String.join(" ", words).hashCode());
        }
        return set;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
