package org.crosscheck.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Closed-class English number grammar: cardinal words ({@code four}, {@code twenty-five}), ordinal words and
 * suffixed ordinals ({@code twelfth}, {@code 12th}), Roman numerals ({@code IV}) and scale words ({@code bn}).
 */
public final class Numbers {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern HYPHEN_OR_SPACE = Pattern.compile("[- ]");
    private static final Pattern SUFFIXED_ORDINAL = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");
    private static final Pattern ROMAN_NUMERAL =
            Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("dozen", 12), Map.entry("a dozen", 12));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50));
    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("k", 1e3), Map.entry("lakh", 1e5),
            Map.entry("million", 1e6), Map.entry("mn", 1e6), Map.entry("m", 1e6), Map.entry("mln", 1e6),
            // Indian English writes the plural after a number ("Rs 40,300 crores", "5 lakhs").
            Map.entry("lakhs", 1e5), Map.entry("crores", 1e7),
            Map.entry("crore", 1e7), Map.entry("billion", 1e9), Map.entry("bn", 1e9), Map.entry("b", 1e9),
            Map.entry("trillion", 1e12), Map.entry("tn", 1e12));

    /** Whether a word can open a number written in words ({@code a}, a cardinal, a scale): a cheap gate. */
    public static boolean opensNumberWords(String word) {
        return word.equals("a") || UNITS.containsKey(word) || TENS.containsKey(word) || SCALES.containsKey(word);
    }

    /** Cardinal words as a regular expression ({@code twenty-five}, {@code a dozen}, {@code four}). */
    public static final String CARDINAL_WORD = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a dozen|dozen|zero|one|two|three|four|five"
            + "|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen)";
    /** Ordinal words and suffixed ordinals as a regular expression. */
    public static final String ORDINAL = "(?:\\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
            + "|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|(?:twenty|thirty|forty)-(?:first|second"
            + "|third|fourth|fifth|sixth|seventh|eighth|ninth))";
    /** Scale words after a number. */
    public static final String SCALE = "(?:hundred|thousand|lakh|million|mln|mn|crore|billion|bn|trillion|tn|k|m|b)";

    private Numbers() {
    }

    /** The value of a cardinal word or digits ({@code 1,200}), or {@code NaN}. */
    public static double cardinal(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        if (DIGITS.matcher(t).matches()) {
            return new BigDecimal(t.replace(",", "")).doubleValue();
        }
        Integer unit = UNITS.get(t);
        if (unit != null) {
            return unit;
        }
        String[] parts = HYPHEN_OR_SPACE.split(t);
        // A lone hyphen splits into nothing.
        if (parts.length >= 1 && parts.length <= 2 && TENS.containsKey(parts[0])) {
            int value = TENS.get(parts[0]);
            if (parts.length == 2) {
                Integer u = UNITS.get(parts[1]);
                if (u == null || u > 9) {
                    return Double.NaN;
                }
                value += u;
            }
            return value;
        }
        return Double.NaN;
    }

    /** The multiplier of a scale word, or 1 when there is none. */
    public static double scale(String word) {
        if (word == null || word.isBlank()) {
            return 1;
        }
        Double s = SCALES.get(word.toLowerCase(Locale.ROOT).strip());
        return s == null ? 1 : s;
    }

    /** The number of an ordinal ({@code twelfth}, {@code 12th}, {@code twenty-first}). */
    public static OptionalInt ordinal(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        if (SUFFIXED_ORDINAL.matcher(t).matches()) {
            return OptionalInt.of(Integer.parseInt(t.substring(0, t.length() - 2)));
        }
        Integer o = ORDINALS.get(t);
        if (o != null) {
            return OptionalInt.of(o);
        }
        String[] parts = t.split("-");
        if (parts.length == 2 && TENS.containsKey(parts[0]) && ORDINALS.containsKey(parts[1])
                && ORDINALS.get(parts[1]) < 10) {
            return OptionalInt.of(TENS.get(parts[0]) + ORDINALS.get(parts[1]));
        }
        return OptionalInt.empty();
    }

    /** The value of an upper-case Roman numeral in canonical form ({@code IV}, {@code XII}), or empty. */
    public static OptionalInt roman(String text) {
        if (text == null || !ROMAN_NUMERAL.matcher(text).matches() || text.isEmpty()) {
            return OptionalInt.empty();
        }
        Map<Character, Integer> values = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            int v = values.get(text.charAt(i));
            if (i + 1 < text.length() && values.get(text.charAt(i + 1)) > v) {
                total -= v;
            } else {
                total += v;
            }
        }
        return OptionalInt.of(total);
    }

    /** A number as plain text without a trailing {@code .0} ({@code 46000000000}, {@code 2.5}). */
    public static String text(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }
}
