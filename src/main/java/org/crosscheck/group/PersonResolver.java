package org.crosscheck.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.crosscheck.extract.ClaimConventions;
import org.crosscheck.fact.Claim;

/**
 * Decides which person keys name one person, within an article and across the corpus, and rewrites them to one key.
 *
 * <p>In order: spelling variants of a whole name ({@code sergei-ivanov}, {@code sergey-ivanov};
 * {@code saman-kunan}, {@code saman-gunan}) are one person when they have as many words and every word is a
 * variant of the other's ({@link NameVariants}, or a sound-alike with another first letter: transliterations
 * write K or G, C or K); the most used spelling represents them. A name with middle names
 * ({@code khawaja-muhammad-asif}) is the two-word name of its first and last words when that name occurs
 * ({@code khawaja-asif}); a longer name that begins with an occurring two-word name is it ({@code carrie-lam-cheng-yuet-ngor}
 * is {@code carrie-lam}). A one-word name ({@code asif}) is first resolved in its own article ({@link #inArticles}),
 * then to the one multi-word name of the corpus that begins or ends with it, if exactly one does. Known people were
 * already given their canonical name from {@code people.csv} during extraction.
 */
public final class PersonResolver {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    /** Jaro-Winkler similarity above which two words with other first letters that sound alike are variants. */
    private static final double OTHER_INITIAL_THRESHOLD = 0.8;

    private PersonResolver() {
    }

    /** Maps every person key of the claims (with its {@code person:} prefix) to its resolved key. */
    public static Map<String, String> resolve(List<Claim> claims) {
        Map<String, Integer> counts = new HashMap<>();
        count(claims, counts);
        return resolveCounted(counts);
    }

    /** Counts, into {@code counts}, the uses of each person key of {@code claims} (without its prefix). */
    static void count(List<Claim> claims, Map<String, Integer> counts) {
        for (Claim c : claims) {
            if (c.subject().startsWith(ClaimConventions.PERSON_PREFIX)) {
                counts.merge(c.subject().substring(ClaimConventions.PERSON_PREFIX.length()), 1, Integer::sum);
            }
        }
    }

    /** {@link #resolve} from the counts {@link #count} gathered over the corpus. */
    static Map<String, String> resolveCounted(Map<String, Integer> counts) {
        return resolveNames(counts).entrySet().stream().collect(HashMap::new,
                (m, e) -> m.put(ClaimConventions.PERSON_PREFIX + e.getKey(), ClaimConventions.PERSON_PREFIX + e.getValue()),
                HashMap::putAll);
    }

    /**
     * Rewrites, in place, the subject of each claim about a one-word person ({@code person:asif}) to the one
     * multi-word person of its own article that begins or ends with that word ({@code person:khawaja-asif}), when
     * exactly one does: an article that says "Khawaja Asif" means him by "Asif", whoever else the corpus names so.
     */
    public static void inArticles(List<Claim> claims) {
        Map<String, Set<String>> bySource = new HashMap<>();
        for (Claim c : claims) {
            if (c.subject().startsWith(ClaimConventions.PERSON_PREFIX) && c.subject().indexOf('-') > 0) {
                bySource.computeIfAbsent(c.source(), k -> new HashSet<>()).add(c.subject());
            }
        }
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (!c.subject().startsWith(ClaimConventions.PERSON_PREFIX) || c.subject().indexOf('-') >= 0) {
                continue;
            }
            String word = c.subject().substring(ClaimConventions.PERSON_PREFIX.length());
            String found = null;
            int matches = 0;
            for (String full : bySource.getOrDefault(c.source(), Set.of())) {
                String[] w = full.substring(ClaimConventions.PERSON_PREFIX.length()).split("-");
                if (w[0].equals(word) || w[w.length - 1].equals(word)) {
                    found = full;
                    matches++;
                }
            }
            if (matches == 1) {
                claims.set(i, c.withEvent(c.event(), found));
            }
        }
    }

    /** Maps person names in key form ({@code sergey-ryabkov}) to their resolved key. */
    public static Map<String, String> resolveNames(Set<String> keys) {
        Map<String, Integer> counts = new HashMap<>();
        for (String k : keys) {
            counts.put(k, 1);
        }
        return resolveNames(counts);
    }

    /** Maps person names in key form, with how often each is used, to their resolved key. */
    public static Map<String, String> resolveNames(Map<String, Integer> counts) {
        Map<String, String> spelled = spellings(counts);
        Set<String> normal = new HashSet<>(spelled.values());
        // Names with middle names first; then one-word names against the resolved multi-word names.
        Map<String, String> result = new HashMap<>();
        for (String k : counts.keySet()) {
            String n = spelled.get(k);
            String[] w = n.split("-");
            if (w.length >= 3 && normal.contains(w[0] + "-" + w[w.length - 1])) {
                n = w[0] + "-" + w[w.length - 1];
            } else if (w.length >= 3 && normal.contains(w[0] + "-" + w[1])) {
                n = w[0] + "-" + w[1];
            }
            result.put(k, n);
        }
        Map<String, Set<String>> byEdgeWord = new HashMap<>();
        for (String n : result.values()) {
            String[] w = n.split("-");
            if (w.length >= 2) {
                byEdgeWord.computeIfAbsent(w[0], x -> new HashSet<>()).add(n);
                byEdgeWord.computeIfAbsent(w[w.length - 1], x -> new HashSet<>()).add(n);
            }
        }
        for (String k : counts.keySet()) {
            String n = result.get(k);
            if (!n.contains("-")) {
                Set<String> candidates = byEdgeWord.getOrDefault(n, Set.of());
                if (candidates.size() == 1) {
                    result.put(k, candidates.iterator().next());
                }
            }
        }
        return result;
    }

    /**
     * Each name's representative among its whole-name spelling variants: names are compared only with names of as
     * many words whose first word starts alike (a block), so the work stays proportional to the names of a block.
     */
    private static Map<String, String> spellings(Map<String, Integer> counts) {
        return spellings(counts, k -> k.split("-"), PersonResolver::sameName);
    }

    /**
     * Each name's representative among the names {@code same} takes for one (most frequent first, ties
     * alphabetical), comparing only names of as many {@code words} whose first word starts alike.
     */
    static Map<String, String> spellings(Map<String, Integer> counts,
                                         java.util.function.Function<String, String[]> words,
                                         java.util.function.BiPredicate<String, String> same) {
        Map<String, List<String>> blocks = new TreeMap<>();
        for (String k : counts.keySet()) {
            String[] w = words.apply(k);
            blocks.computeIfAbsent(w.length + "|" + (w[0].isEmpty() ? "" : w[0].substring(0, 1)),
                    x -> new ArrayList<>()).add(k);
        }
        Map<String, String> out = new HashMap<>();
        for (List<String> block : blocks.values()) {
            block.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b)
                    : Integer.compare(counts.get(b), counts.get(a)));
            List<String> reps = new ArrayList<>();
            for (String name : block) {
                String rep = name;
                for (String r : reps) {
                    if (same.test(name, r)) {
                        rep = r;
                        break;
                    }
                }
                if (rep.equals(name)) {
                    reps.add(name);
                }
                out.put(name, rep);
            }
        }
        return out;
    }

    /** Whether two names of as many words are spellings of one name, word by word. */
    static boolean sameName(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        if (x.length != y.length || x.length < 2) {
            return a.equals(b);
        }
        for (int i = 0; i < x.length; i++) {
            if (!sameWord(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean sameWord(String a, String b) {
        if (NameVariants.variants(a, b)) {
            return true;
        }
        return a.length() >= NameVariants.MIN_LENGTH && b.length() >= NameVariants.MIN_LENGTH
                && a.charAt(0) != b.charAt(0) && a.substring(1).equals(b.substring(1))
                || a.length() >= NameVariants.MIN_LENGTH && b.length() >= NameVariants.MIN_LENGTH
                && NameVariants.soundAlike(a, b) && JARO_WINKLER.apply(a, b) >= OTHER_INITIAL_THRESHOLD;
    }
}
