package org.crosscheck.group;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Sentence;

/**
 * Decides which articles are one independent source: the same story published twice under two file names
 * (identical or near-identical article text) shares an origin, named after its first file in sorted order.
 *
 * <p>Near-identity is the Jaccard similarity of word 5-gram sets of the article sentences, at least
 * {@value #THRESHOLD}: reposts that differ by a byline, a heading or a sentence stay above it, while two
 * reports of one event by different outlets share far fewer 5-grams. The similarity is estimated by MinHash
 * ({@value #HASHES} hashes per article, computed while the article is read, so its text need not be kept), and
 * candidate pairs come from locality-sensitive hashing of the signatures ({@value #BANDS} bands): only articles
 * that agree on a whole band are compared, so boilerplate that thousands of articles share costs nothing, unlike
 * an inverted index of shingles, which compares every pair of articles sharing a common shingle. Pairs at a
 * similarity of 0.8 become candidates with probability 0.9998, pairs at 0.3 with 0.12; the estimate then has a
 * standard error of about 0.05, so only reposts close to the threshold can be decided either way.
 */
public final class Origins {
    /** Minimum shingle Jaccard for two articles to be one source. */
    public static final double THRESHOLD = 0.8;
    static final int HASHES = 64;
    static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 5;
    /** How many earlier members of an LSH bucket each article is compared with; identical copies chain. */
    private static final int WINDOW = 32;
    private static final long[] MULTIPLIERS = new long[HASHES];
    private static final long[] OFFSETS = new long[HASHES];

    static {
        SplittableRandom rnd = new SplittableRandom(0x5EED);
        for (int k = 0; k < HASHES; k++) {
            MULTIPLIERS[k] = rnd.nextLong() | 1;
            OFFSETS[k] = rnd.nextLong();
        }
    }

    private Origins() {
    }

    /** Maps every article's source name to its origin (itself when it has no duplicate). */
    public static Map<String, String> of(List<Article> articles) {
        Map<String, int[]> signatures = new HashMap<>();
        for (Article a : articles) {
            signatures.put(a.source(), signature(a));
        }
        return of(signatures);
    }

    /**
     * Maps every source to its origin from MinHash signatures ({@link #signature}); an empty signature (an
     * article without words) is its own origin.
     */
    public static Map<String, String> of(Map<String, int[]> signatures) {
        List<String> sources = new ArrayList<>(new TreeMap<>(signatures).keySet());
        List<int[]> sigs = new ArrayList<>(sources.size());
        for (String s : sources) {
            sigs.add(signatures.get(s));
        }
        int[] parent = new int[sources.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        int needed = (int) Math.ceil(THRESHOLD * HASHES);
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < sigs.size(); i++) {
                int[] sig = sigs.get(i);
                if (sig.length == 0) {
                    continue;
                }
                long key = band;
                for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
                    key = key * 0x100000001B3L + sig[r];
                }
                List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(2));
                for (int b = Math.max(0, bucket.size() - WINDOW); b < bucket.size(); b++) {
                    int j = bucket.get(b);
                    if (find(parent, i) != find(parent, j) && agreeing(sig, sigs.get(j)) >= needed) {
                        union(parent, i, j);
                    }
                }
                bucket.add(i);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            out.put(sources.get(i), sources.get(find(parent, i)));
        }
        return out;
    }

    private static int agreeing(int[] a, int[] b) {
        int n = 0;
        for (int k = 0; k < HASHES; k++) {
            if (a[k] == b[k]) {
                n++;
            }
        }
        return n;
    }

    /** The MinHash signature of an article's word 5-gram set; empty when the article has no words. */
    public static int[] signature(Article article) {
        List<String> words = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            String norm = Normalizer.normalize(s.text(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            for (String w : norm.split("[^\\p{L}\\p{Nd}]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        if (words.isEmpty()) {
            return new int[0];
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, -1L);
        if (words.size() < SHINGLE) {
            add(min, String.join(" ", words).hashCode());
        }
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + words.get(k).hashCode();
            }
            add(min, h);
        }
        int[] sig = new int[HASHES];
        for (int k = 0; k < HASHES; k++) {
            sig[k] = (int) (min[k] >>> 32);
        }
        return sig;
    }

    private static void add(long[] min, long shingle) {
        for (int k = 0; k < HASHES; k++) {
            long v = mix(shingle * MULTIPLIERS[k] + OFFSETS[k]);
            if (Long.compareUnsigned(v, min[k]) < 0) {
                min[k] = v;
            }
        }
    }

    /** The SplitMix64 finaliser: a cheap bijective mix of 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
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
