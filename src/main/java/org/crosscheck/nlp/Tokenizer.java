package org.crosscheck.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into tokens with their offsets. Keeps together what news writes as one unit: numbers with
 * separators and clock times ({@code 1,200}, {@code 3.5}, {@code 3:10}, {@code 2:01:09}), number-letter units and
 * designations ({@code 12th}, {@code 55km}, {@code 2bn}, {@code 777-300ER}, {@code Mi-35M}), hyphenated compounds
 * ({@code two-week}, {@code Patna-Indore}, {@code magnitude-7.8}), dotted abbreviations ({@code U.S.},
 * {@code a.m.}); splits the letters of {@code $US26} off the amount; splits off the possessive {@code 's} and the
 * clitic {@code n't}. Untagged: {@link Tagger} adds parts of speech.
 */
public final class Tokenizer {
    private static final String LETTER = "\\p{L}\\p{M}";
    private static final String APOSTROPHE = "['\u2019]";
    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "https?://\\S+",
            // A currency's country letters between a dollar sign and the amount ("$US26 billion", "$A5m").
            "(?<=\\$)[A-Z]{1,3}(?=\\d)",
            // Dotted abbreviations: U.S., a.m., p.m., U.N.
            "(?:[" + LETTER + "]\\.){2,}",
            // Numbers, clock times, ordinals, units and designations starting with a digit.
            "\\d[\\d" + LETTER + "]*(?:[,.:/][\\d]+[\\d" + LETTER + "]*)*(?:[-\u2010\u2011][\\d" + LETTER + "]+)*",
            // Words with inner apostrophes (O'Brien) and hyphens (two-week, Mi-35M); a possessive is split below.
            "[" + LETTER + "][\\d" + LETTER + "]*(?:" + APOSTROPHE + "[" + LETTER + "]+)*(?:[-\u2010\u2011][\\d" + LETTER
                    + "]+(?:\\.\\d+)?)*",
            APOSTROPHE + "s\\b",
            "\\S"));
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)" + APOSTROPHE + "s$");
    private static final Pattern NOT = Pattern.compile("(?i)n" + APOSTROPHE + "t$");

    private Tokenizer() {
    }

    /** Tokens of a text with the given tags ({@link Tag#X} until tagged) and lemmas equal to the lower-case form. */
    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            Matcher possessive = POSSESSIVE.matcher(word);
            Matcher not = NOT.matcher(word);
            if (word.length() > 2 && Character.isLetter(word.charAt(0)) && possessive.find()) {
                add(out, text, start, possessive.start() + start);
                add(out, text, possessive.start() + start, end);
            } else if (word.length() > 3 && not.find()) {
                add(out, text, start, not.start() + start);
                add(out, text, not.start() + start, end);
            } else {
                add(out, text, start, end);
            }
        }
        return out;
    }

    private static void add(List<Token> out, String text, int start, int end) {
        String t = text.substring(start, end);
        String lower = t.toLowerCase(Locale.ROOT);
        out.add(new Token(out.size(), start, end, t, lower, Tag.X, lower));
    }
}
