package org.crosscheck.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Maps spelling variants of words or names no data file lists to one representative: {@code Sergei} and
 * {@code Sergey}, {@code Druzba} and {@code Druzhba}.
 *
 * <p>Candidates are blocked by first letter (transliterations keep the initial but not always the sound code:
 * {@code Zashchitniki}/{@code Zashitniki}), and each word is compared only with the representatives chosen so far
 * in its block, most frequent first, so the work is bounded by words times distinct representatives per initial
 * rather than all pairs. Within a block two words are variants when both have at least {@value #MIN_LENGTH}
 * letters and their Jaro-Winkler similarity is at least {@value #THRESHOLD}: transliteration variants differ in
 * one or two letters of a long word and score 0.91-0.97 (Sergei/Sergey 0.92, Shoigu/Shoygu 0.93), while distinct
 * words that share a first letter and a sound code (Ivanov/Ivanova-type pairs aside) mostly fall below; short
 * words are excluded because one letter changes them too much (Ali/Alu would score 0.91). Words that sound alike by
 * Double Metaphone ({@code Dhruzba}/{@code Druzhba}) need only {@value #PHONETIC_THRESHOLD}.
 */
public final class NameVariants {
    /** Minimum Jaro-Winkler similarity of two variants. */
    public static final double THRESHOLD = 0.9;
    /** Minimum Jaro-Winkler similarity of two words that also share a Double Metaphone code. */
    public static final double PHONETIC_THRESHOLD = 0.85;
    /** Minimum length of a word for fuzzy matching. */
    public static final int MIN_LENGTH = 5;

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameVariants() {
    }

    /**
     * The representative of every word: the most frequent of its variants (ties: the alphabetically first).
     *
     * @param counts how often each word occurs
     */
    public static Map<String, String> representatives(Map<String, Integer> counts) {
        Map<String, List<String>> blocks = new HashMap<>();
        for (String word : counts.keySet()) {
            blocks.computeIfAbsent(block(word), k -> new ArrayList<>()).add(word);
        }
        Map<String, String> out = new HashMap<>();
        for (List<String> block : blocks.values()) {
            block.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b)
                    : Integer.compare(counts.get(b), counts.get(a)));
            List<String> reps = new ArrayList<>();
            for (String word : block) {
                String rep = word;
                for (String r : reps) {
                    if (variants(word, r)) {
                        rep = r;
                        break;
                    }
                }
                if (rep.equals(word)) {
                    reps.add(word);
                }
                out.put(word, rep);
            }
        }
        return out;
    }

    /** Whether two words are spelling variants of one another. */
    public static boolean variants(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < MIN_LENGTH || b.length() < MIN_LENGTH || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        double similarity = JARO_WINKLER.apply(a, b);
        return similarity >= THRESHOLD || similarity >= PHONETIC_THRESHOLD && soundAlike(a, b);
    }

    private static String block(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.isEmpty() ? "" : w.substring(0, 1);
    }

    /** Whether two words sound alike by their primary or alternate Double Metaphone codes. */
    public static boolean soundAlike(String a, String b) {
        return METAPHONE.isDoubleMetaphoneEqual(a, b) || METAPHONE.isDoubleMetaphoneEqual(a, b, true);
    }

    /** Counts of the given words. */
    public static Map<String, Integer> count(Collection<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : words) {
            counts.merge(w, 1, Integer::sum);
        }
        return counts;
    }
}
