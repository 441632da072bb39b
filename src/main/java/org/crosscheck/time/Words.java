package org.crosscheck.time;

import java.util.Locale;

/**
 * The words beside an offset, read by walking from the offset: the work is the length of the words, not of the
 * text before them, so looking around every expression of a long text stays linear.
 */
final class Words {
    private Words() {
    }

    /** Characters of a word as the tagger reads neighbours: letters and the marks a number carries. */
    private static boolean wordChar(char c) {
        return Character.isLetter(c) || c == '$' || c == '#' || c == '\u00a3' || c == '\u20ac' || c == '.';
    }

    /** The word just before {@code offset} (spaces and hyphens between skipped), as written, without a final period. */
    static String previousRaw(CharSequence text, int offset) {
        int i = Math.min(offset, text.length()) - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '-')) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && wordChar(text.charAt(i))) {
            i--;
        }
        String word = text.subSequence(i + 1, end).toString();
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    /** The word just before {@code offset}, lower-cased, or empty. */
    static String previous(CharSequence text, int offset) {
        return previousRaw(text, offset).toLowerCase(Locale.ROOT);
    }

    /** The word (letters or a percent sign) just after {@code offset}, spaces skipped, as written, or empty. */
    static String next(CharSequence text, int offset) {
        int i = Math.max(offset, 0);
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '%')) {
            i++;
        }
        return text.subSequence(start, i).toString();
    }

    /** The {@code n} words before {@code offset}, lower-cased, nearest last. */
    static java.util.List<String> before(CharSequence text, int offset, int n) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int at = offset;
        for (int k = 0; k < n && at > 0; k++) {
            int i = at - 1;
            while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i))) {
                i--;
            }
            int end = i + 1;
            while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'')) {
                i--;
            }
            if (end <= i + 1) {
                break;
            }
            out.add(0, text.subSequence(i + 1, end).toString().toLowerCase(Locale.ROOT));
            at = i + 1;
        }
        return out;
    }

    /** The {@code n} characters before {@code offset} (fewer at the start), for patterns that look back a little. */
    static String window(CharSequence text, int offset, int n) {
        return text.subSequence(Math.max(0, offset - n), offset).toString();
    }

    /** The {@code n} characters from {@code offset} (fewer at the end), for patterns that look ahead a little. */
    static String ahead(CharSequence text, int offset, int n) {
        return text.subSequence(offset, Math.min(text.length(), offset + n)).toString();
    }
}
