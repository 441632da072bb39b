package org.crosscheck.group;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.extract.ClaimConventions;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.extract.PlaceExtractor;
import org.crosscheck.fact.Claim;

/**
 * Folds spellings of one place the gazetteer lacks into one name across the corpus ("Pukhraya" and "Pukhrayan",
 * "Bahanaga Baazar" and "Bahanaga Bazar"), so that they neither conflict nor fail to corroborate: two names are one
 * place when they have as many words and each word is a spelling variant of the other's ({@link NameVariants});
 * the most used spelling represents them. Gazetteer names are canonical already and are left alone. Rewrites the
 * values of {@code place} claims and both sides of {@code within} claims, in place.
 */
public final class PlaceResolver {

    private PlaceResolver() {
    }

    public static void resolve(List<Claim> claims, Lexicon lexicon) {
        Map<String, Integer> counts = new HashMap<>();
        count(claims, lexicon, counts);
        apply(claims, representatives(counts));
    }

    /** Counts, into {@code counts}, the uses of each place name of {@code claims} the gazetteer does not know. */
    static void count(List<Claim> claims, Lexicon lexicon, Map<String, Integer> counts) {
        for (Claim c : claims) {
            for (String name : names(c)) {
                if (lexicon.place(name) == null) {
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
    }

    /** Rewrites, in place, the place names of {@code claims} that another spelling represents. */
    static void apply(List<Claim> claims, Map<String, String> rep) {
        if (rep.isEmpty()) {
            return;
        }
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c.attribute().equals(ClaimConventions.PLACE) && rep.containsKey(c.value())) {
                claims.set(i, c.withValue(rep.get(c.value()), c.detail()));
            } else if (c.attribute().equals(PlaceExtractor.WITHIN)
                    && (rep.containsKey(c.value()) || rep.containsKey(c.detail()))) {
                claims.set(i, c.withValue(rep.getOrDefault(c.value(), c.value()),
                        rep.getOrDefault(c.detail(), c.detail())));
            }
        }
    }

    private static List<String> names(Claim c) {
        if (c.attribute().equals(ClaimConventions.PLACE)) {
            return List.of(c.value());
        }
        if (c.attribute().equals(PlaceExtractor.WITHIN)) {
            return List.of(c.value(), c.detail());
        }
        return List.of();
    }

    /** The names that another spelling represents, mapped to it (names that represent themselves are left out). */
    static Map<String, String> representatives(Map<String, Integer> counts) {
        Map<String, String> out = new HashMap<>(PersonResolver.spellings(counts, PlaceResolver::words,
                PlaceResolver::same));
        out.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        return out;
    }

    private static boolean same(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!x[i].equals(y[i]) && !PersonResolver.sameWord(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        return lower.isEmpty() ? new String[] {" "} : lower.split("[\\s-]+");
    }
}
