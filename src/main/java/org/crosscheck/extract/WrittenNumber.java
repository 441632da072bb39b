package org.crosscheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;

/**
 * A number as a sentence writes it, read from tokens: digits with separators ({@code 1,953}, {@code 12.2}, the
 * continental {@code 12.000}), number words ({@code Eighty-three}, {@code two hundred and five}), a scale word after
 * either ({@code 1.03 million}, {@code 28 million}), a range ({@code 10-12}, {@code 14 to 20}) and a unit glued on
 * ({@code 6,825-ton}, {@code 55km}, {@code 7.9-magnitude}). Besides the value it keeps how finely the number was
 * written ({@link #resolution}: 100 for {@code 2,400}, 0.1 for {@code 11.0}), so that a rounded figure can agree
 * with its exact value. Clock times, ordinals, decades and fractions are not numbers here.
 *
 * @param first      index of the first token of the number
 * @param last       index of the last token (a scale word or a range's upper end included)
 * @param start      sentence offset of the first character
 * @param end        sentence offset just past the last character of the number (before a glued unit)
 * @param value      the number (the lower end of a range)
 * @param high       the upper end of a range, {@code NaN} for a single number
 * @param resolution place value of the last written significant digit, times the scale
 * @param suffix     a unit glued to the number ({@code ton}, {@code km}, {@code magnitude}, {@code year-old}),
 *                   lower case without the hyphen, empty when none
 * @param words      whether the number was written in words
 */
public record WrittenNumber(int first, int last, int start, int end, double value, double high, double resolution,
                            String suffix, boolean words) {
    private static final Pattern DIGITS = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.000)+(?![\\d.])|\\d+(?:\\.\\d+)?)"
                    + "(?:[-\u2010\u2011\u2013](\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\d.]))?"
                    + "(?:[-\u2010\u2011]?(\\p{L}[\\p{L}-]*))?");
    private static final Pattern PREFIXED = Pattern.compile("(\\p{L}{3,})[-\u2010\u2011](\\d+(?:\\.\\d+)?)");
    private static final Pattern ORDINAL_OR_DECADE = Pattern.compile("st|nd|rd|th|s");
    private static final Pattern CLOCK_SUFFIX = Pattern.compile("a\\.?m\\.?|p\\.?m\\.?|hrs?|h|gmt|ist|bst|utc");
    private static final java.util.Set<String> SCALES = java.util.Set.of("hundred", "thousand", "million", "billion",
            "trillion", "lakh", "crore", "lakhs", "crores", "mn", "bn", "tn", "mln");
    /** Verbs after which "from 11 to 16" is a range, not a change ("rose from 96 to 145"). */
    private static final java.util.Set<String> RANGE_VERBS = java.util.Set.of("aged", "ranging", "ranged", "range",
            "varying", "varied");

    /** Whether the number is a range ({@code 10-12}). */
    public boolean range() {
        return !Double.isNaN(high);
    }

    private static final Object MEMO = new Object();

    /** The numbers of the context's sentence (computed once per sentence). */
    public static List<WrittenNumber> find(SentenceContext context) {
        return context.memo(MEMO, () -> find(context.tokens()));
    }

    /** The numbers of a sentence's tokens, in text order. */
    public static List<WrittenNumber> find(List<Token> tokens) {
        List<WrittenNumber> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            WrittenNumber n = at(tokens, i);
            if (n != null) {
                out.add(n);
                i = n.last();
            }
        }
        return out;
    }

    /** The number starting at token {@code i}, or {@code null}. */
    static WrittenNumber at(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (Character.isDigit(t.text().charAt(0))) {
            return digits(tokens, i);
        }
        String lower = t.lower();
        int hyphen = lower.indexOf('-');
        if (!Numbers.opensNumberWords(hyphen < 0 ? lower : lower.substring(0, hyphen))) {
            if (hyphen < 0 || !Character.isDigit(lower.charAt(lower.length() - 1))) {
                return null;
            }
        }
        Matcher prefixed = PREFIXED.matcher(t.text());
        if (prefixed.matches()) {
            // "magnitude-7.8": the unit written before the number, as the suffix of a number after it is.
            double[] v = read(prefixed.group(2));
            return v == null ? null : new WrittenNumber(i, i, t.start() + prefixed.start(2), t.end(), v[0], Double.NaN,
                    v[1], prefixed.group(1).toLowerCase(Locale.ROOT), false);
        }
        return words(tokens, i);
    }

    private static WrittenNumber digits(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String text = t.text();
        if (text.indexOf(':') >= 0 || text.indexOf('/') >= 0) {
            return null;
        }
        Matcher m = DIGITS.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String suffix = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        if (ORDINAL_OR_DECADE.matcher(suffix).matches() || CLOCK_SUFFIX.matcher(suffix).matches()) {
            return null;
        }
        double[] low = read(m.group(1));
        double high = m.group(2) == null ? Double.NaN : read(m.group(2))[0];
        int end = t.start() + (m.group(2) != null ? m.end(2) : m.end(1));
        int last = i;
        double scale = 1;
        if (SCALES.contains(suffix)) {
            scale = Numbers.scale(suffix);
            suffix = "";
        } else if (suffix.isEmpty() && i + 1 < tokens.size() && SCALES.contains(tokens.get(i + 1).lower())) {
            scale = Numbers.scale(tokens.get(i + 1).lower());
            last = i + 1;
            end = tokens.get(i + 1).end();
        }
        if (m.group(2) == null && suffix.isEmpty() && last + 2 < tokens.size() && rangeAfter(tokens, i, last)) {
            double[] upper = read(tokens.get(last + 2).text());
            if (upper != null && upper[0] > low[0]) {
                high = upper[0];
                last = last + 2;
                end = tokens.get(last).end();
            }
        }
        double resolution = low[1];
        if (!Double.isNaN(high)) {
            resolution = Math.min(resolution, read(m.group(2) != null ? m.group(2) : tokens.get(last).text())[1]);
        }
        return new WrittenNumber(i, last, t.start(), end, low[0] * scale, Double.isNaN(high) ? high : high * scale,
                resolution * scale, suffix, false);
    }

    /**
     * Whether the number at {@code i} (ending at token {@code last}) opens a range: "10 - 12", "between 11 and 16",
     * "aged from 11 to 16", "ages 11 to 16"; never a change ("rose from 96 to 145", "cut from three hours to 30").
     */
    private static boolean rangeAfter(List<Token> tokens, int i, int last) {
        String middle = tokens.get(last + 1).lower();
        if (!Character.isDigit(tokens.get(last + 2).text().charAt(0))) {
            return false;
        }
        if (middle.equals("-") || middle.equals("\u2013")) {
            return true;
        }
        String before = i > 0 ? tokens.get(i - 1).lower() : "";
        if (middle.equals("and")) {
            return before.equals("between");
        }
        if (!middle.equals("to")) {
            return false;
        }
        if (before.equals("from")) {
            Token verb = i > 1 ? tokens.get(i - 2) : null;
            return verb == null || verb.tag() != Tag.VERB || RANGE_VERBS.contains(verb.lower());
        }
        return before.equals("aged") || before.equals("ages") || before.equals("age");
    }

    /** Value and resolution of a digit string, or {@code null}. */
    private static double[] read(String digits) {
        if (digits.isEmpty() || !Character.isDigit(digits.charAt(0))) {
            return null;
        }
        String plain;
        if (digits.matches("\\d{1,3}(?:\\.000)+")) {
            plain = digits.replace(".", "");
        } else if (digits.matches("\\d+(?:[.,]\\d+)*")) {
            plain = digits.replace(",", "");
        } else {
            return null;
        }
        if (plain.chars().filter(ch -> ch == '.').count() > 1) {
            return null;
        }
        BigDecimal d = new BigDecimal(plain);
        double resolution;
        int dot = plain.indexOf('.');
        if (dot >= 0) {
            resolution = Math.pow(10, -(plain.length() - dot - 1));
        } else {
            resolution = trailingPlace(d.doubleValue());
        }
        return new double[] {d.doubleValue(), resolution};
    }

    /** A number in words: "Eighty-three", "two hundred and five", "a dozen", "three million". */
    private static WrittenNumber words(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String word = t.lower();
        for (int h = word.lastIndexOf('-'); h > 0; h = word.lastIndexOf('-', h - 1)) {
            double card = Numbers.cardinal(word.substring(0, h));
            if (!Double.isNaN(card) && Character.isLetter(word.charAt(Math.min(h + 1, word.length() - 1)))
                    && Double.isNaN(Numbers.cardinal(word))) {
                // "eight-day", "four-month-long", "twenty-five-year-old": a number word with its unit glued on.
                return new WrittenNumber(i, i, t.start(), t.start() + h, card, Double.NaN, trailingPlace(card),
                        word.substring(h + 1), true);
            }
        }
        double total = 0;
        double current = Double.NaN;
        int last = -1;
        for (int k = i; k < tokens.size(); k++) {
            Token w = tokens.get(k);
            String lower = w.lower();
            boolean nextIsNumber = k + 1 < tokens.size() && (SCALES.contains(tokens.get(k + 1).lower())
                    || tokens.get(k + 1).lower().equals("dozen")
                    || tokens.get(k + 1).tag() == Tag.NUM && !Double.isNaN(Numbers.cardinal(tokens.get(k + 1).lower())));
            if (k == i && lower.equals("a") && nextIsNumber) {
                current = 1;
                continue;
            }
            if (lower.equals("and") && last == k - 1 && !Double.isNaN(current) && current >= 100 && nextIsNumber) {
                continue;
            }
            double card = Numbers.cardinal(lower);
            boolean cardinal = !Double.isNaN(card) && (w.tag() == Tag.NUM || lower.equals("dozen"));
            if (cardinal && lower.equals("dozen")) {
                current = (Double.isNaN(current) ? 1 : current) * 12;
                last = k;
            } else if (cardinal && (Double.isNaN(current) || last < 0 || current % 100 == 0 && current >= 100
                    && card < 100)) {
                current = (Double.isNaN(current) || last < 0 ? 0 : current) + card;
                last = k;
            } else if (SCALES.contains(lower) && !Double.isNaN(current)) {
                double scale = Numbers.scale(lower);
                if (scale == 100) {
                    current *= 100;
                } else {
                    total += current * scale;
                    current = Double.NaN;
                }
                last = k;
            } else {
                break;
            }
        }
        if (last < 0) {
            return null;
        }
        double value = total + (Double.isNaN(current) ? 0 : current);
        if (value == 0 && !tokens.get(i).lower().equals("zero")) {
            return null;
        }
        return new WrittenNumber(i, last, tokens.get(i).start(), tokens.get(last).end(), value, Double.NaN,
                trailingPlace(value), "", true);
    }

    /** The place value of the last nonzero digit of a whole number (100 for 2,400; 1 for 0). */
    public static double trailingPlace(double value) {
        double place = 1;
        while (value >= place * 10 && value % (place * 10) == 0) {
            place *= 10;
        }
        return place;
    }
}
