package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.nlp.Token;

/**
 * Phrases of a data file matched against a sentence's tokens, longest first: a word of a phrase matches a token
 * written that way or with that lemma ("killed" matches the phrase word "killed" and "kill"), so a table lists a
 * word once for all its forms. Lookups are a hash probe on the first word, cheap enough for every token.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseTable<T> {
    /** A phrase found in the tokens: what it stands for and its last token. */
    record Match<T>(T value, int first, int last) {
    }

    private record Entry<T>(String[] words, T value) {
    }

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    /** Adds a phrase (words separated by spaces, case-insensitive); a later entry for the same phrase wins. */
    void put(String phrase, T value) {
        String[] words = Lexicon.norm(phrase).toLowerCase(Locale.ROOT).split(" ");
        List<Entry<T>> list = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>());
        list.removeIf(e -> java.util.Arrays.equals(e.words(), words));
        list.add(new Entry<>(words, value));
        list.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
    }

    /** The longest phrase starting at token {@code i}, or {@code null}. */
    Match<T> at(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(i);
        Match<T> m = longest(tokens, i, byFirst.get(t.lower()));
        if (m == null && !t.lemma().equals(t.lower())) {
            m = longest(tokens, i, byFirst.get(t.lemma()));
        }
        return m;
    }

    /** The longest phrase ending at token {@code last}, or {@code null}. */
    Match<T> endingAt(List<Token> tokens, int last) {
        for (int first = Math.max(0, last - 4); first <= last; first++) {
            Match<T> m = at(tokens, first);
            if (m != null && m.last() == last) {
                return m;
            }
        }
        return null;
    }

    private static <T> Match<T> longest(List<Token> tokens, int i, List<Entry<T>> entries) {
        if (entries == null) {
            return null;
        }
        for (Entry<T> e : entries) {
            if (i + e.words().length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < e.words().length && all; k++) {
                Token t = tokens.get(i + k);
                all = e.words()[k].equals(t.lower()) || e.words()[k].equals(t.lemma());
            }
            if (all) {
                return new Match<>(e.value(), i, i + e.words().length - 1);
            }
        }
        return null;
    }
}
