package org.crosscheck.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.ClaimConventions;
import org.crosscheck.fact.Claim;

/**
 * Decides which person keys name one person across the corpus, and rewrites them to one key.
 *
 * <p>In order: a name with middle names ({@code ana-maria-lopez}) is the two-word name of its first and last
 * words when that name occurs ({@code ana-lopez}); a one-word name ({@code lopez}) is the one multi-word name
 * that begins or ends with it, if exactly one does; spelling variants ({@code sergei-ivanov},
 * {@code sergey-ivanov}) are merged word by word through {@link NameVariants}, so two names are one person
 * only when every word is a variant of the other's. Known
 * people were already given their canonical name from {@code people.csv} during extraction.
 */
public final class PersonResolver {

    private PersonResolver() {
    }

    /** Maps every person key of the claims (with its {@code person:} prefix) to its resolved key. */
    public static Map<String, String> resolve(List<Claim> claims) {
        Set<String> keys = new HashSet<>();
        for (Claim c : claims) {
            if (c.subject().startsWith(ClaimConventions.PERSON_PREFIX)) {
                keys.add(c.subject().substring(ClaimConventions.PERSON_PREFIX.length()));
            }
        }
        return resolveNames(keys).entrySet().stream().collect(HashMap::new,
                (m, e) -> m.put(ClaimConventions.PERSON_PREFIX + e.getKey(), ClaimConventions.PERSON_PREFIX + e.getValue()),
                HashMap::putAll);
    }

    /** Maps person names in key form ({@code sergey-ryabkov}) to their resolved key. */
    public static Map<String, String> resolveNames(Set<String> keys) {
        // Spelling variants, word by word, only between names that end in one surname.
        List<String> words = new ArrayList<>();
        for (String k : keys) {
            words.addAll(List.of(k.split("-")));
        }
        Map<String, String> rep = NameVariants.representatives(NameVariants.count(words));
        Map<String, String> spelled = new HashMap<>();
        Set<String> normal = new HashSet<>();
        for (String k : keys) {
            List<String> out = new ArrayList<>();
            for (String w : k.split("-")) {
                out.add(rep.getOrDefault(w, w));
            }
            String n = String.join("-", out);
            spelled.put(k, n);
            normal.add(n);
        }
        // Names with middle names first; then one-word names against the resolved multi-word names.
        Map<String, String> result = new HashMap<>();
        for (String k : keys) {
            String n = spelled.get(k);
            String[] w = n.split("-");
            if (w.length >= 3 && normal.contains(w[0] + "-" + w[w.length - 1])) {
                n = w[0] + "-" + w[w.length - 1];
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
        for (String k : keys) {
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
}
