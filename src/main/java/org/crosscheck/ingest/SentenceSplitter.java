package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * Splits a stretch of article text into sentences with exact offsets. A sentence ends at {@code . ! ?} (with any
 * closing quotes or brackets) followed by white space and a capital, digit or opening quote, or glued straight to
 * a capitalised word ({@code Pakistan.The}); not after an abbreviation from {@code rules/data/abbreviations.csv}
 * or a single capital initial. A blank line ends a sentence too, unless the line before stops mid-sentence (no
 * end punctuation) and the next line starts in lower case, as when a paragraph was broken by page layout. A line
 * that opens an item of a list (a bullet, or a dash followed by a space) starts a sentence.
 */
public final class SentenceSplitter {
    /** The data file name. */
    public static final String FILE = "abbreviations.csv";
    /** Longest sentence handed to the later stages. */
    public static final int MAX_LENGTH = 2000;

    /** Marks that open an item of a list: always a bullet; a dash or an asterisk when a space follows. */
    private static final String BULLETS = "\u2022\u00b7\u25aa\u25e6\u2023\u25cf";
    private static final String DASHES = "-*\u2013\u2014";

    private final Set<String> abbreviations;

    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = new TreeSet<>();
        for (String a : abbreviations) {
            this.abbreviations.add(a.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
        }
    }

    public static SentenceSplitter from(Vocabulary vocabulary) {
        DataTable table = vocabulary.table(FILE, "abbreviation");
        Set<String> set = new TreeSet<>();
        for (DataTable.Row row : table.rows()) {
            set.add(row.require("abbreviation"));
        }
        return new SentenceSplitter(set);
    }

    /** Sentence boundaries [start, end) within text[from, to), trimmed of surrounding white space. */
    public List<int[]> split(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int sentenceStart = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int j = i;
                int breaks = 0;
                while (j < to && isSpace(text.charAt(j))) {
                    if (text.charAt(j) == '\n' || (text.charAt(j) == '\r'
                            && (j + 1 >= to || text.charAt(j + 1) != '\n'))) {
                        breaks++;
                    }
                    j++;
                }
                if (breaks >= 2 && !continuesAcrossBreak(text, sentenceStart, i, j, to)) {
                    add(out, text, sentenceStart, i);
                    sentenceStart = j;
                } else if (breaks == 1 && startsListItem(text, j, to)) {
                    // "• The cause is not yet clear\n• Grenfell Tower was built": each item of a list is its own
                    add(out, text, sentenceStart, i);
                    sentenceStart = j;
                } else if (breaks == 1 && isShortLine(text, sentenceStart, i) && j < to
                        && !Character.isLowerCase(text.charAt(j))) {
                    // A line without end punctuation followed by a new line is a heading or a dateline.
                    add(out, text, sentenceStart, i);
                    sentenceStart = j;
                }
                i = j;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < to && isCloser(text.charAt(j))) {
                    j++;
                }
                if (isBoundary(text, sentenceStart, i, j, to)) {
                    add(out, text, sentenceStart, j);
                    int k = j;
                    while (k < to && isSpace(text.charAt(k))) {
                        k++;
                    }
                    sentenceStart = k;
                    i = k;
                    continue;
                }
            }
            i++;
        }
        add(out, text, sentenceStart, to);
        return out;
    }

    private static boolean startsListItem(String text, int at, int to) {
        if (at >= to) {
            return false;
        }
        char c = text.charAt(at);
        return BULLETS.indexOf(c) >= 0 || DASHES.indexOf(c) >= 0 && at + 1 < to && text.charAt(at + 1) == ' ';
    }

    private boolean isBoundary(String text, int sentenceStart, int punct, int after, int to) {
        if (after >= to) {
            return true;
        }
        char next = text.charAt(after);
        if (isSpace(next)) {
            int k = after;
            while (k < to && isSpace(text.charAt(k))) {
                k++;
            }
            if (k >= to) {
                return true;
            }
            char first = text.charAt(k);
            int cp = text.codePointAt(k);
            // An emoji or other pictograph after the full stop opens the next sentence as a capital would.
            boolean opens = Character.isUpperCase(cp) || Character.isDigit(cp) || isOpener(first)
                    || Character.getType(cp) == Character.OTHER_SYMBOL;
            if (!opens) {
                return false;
            }
            return text.charAt(punct) != '.' || !isAbbreviation(text, sentenceStart, punct);
        }
        // "Pakistan.The": a period glued to a capitalised word after a lower-case word of two letters or more.
        if (text.charAt(punct) == '.' && Character.isUpperCase(next) && after + 1 < to
                && Character.isLowerCase(text.charAt(after + 1))) {
            int k = punct - 1;
            int letters = 0;
            while (k >= sentenceStart && Character.isLetter(text.charAt(k))) {
                letters++;
                k--;
            }
            return letters >= 2 && Character.isLowerCase(text.charAt(punct - 1))
                    && !isAbbreviation(text, sentenceStart, punct);
        }
        return false;
    }

    private boolean isAbbreviation(String text, int sentenceStart, int period) {
        int k = period - 1;
        while (k >= sentenceStart && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '.')) {
            k--;
        }
        String word = text.substring(k + 1, period);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.matches("(?:\\p{L}\\.)+\\p{L}")) {
            return true;
        }
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean continuesAcrossBreak(String text, int sentenceStart, int lineEnd, int next, int to) {
        if (next >= to || !Character.isLowerCase(text.charAt(next))) {
            return false;
        }
        int k = lineEnd - 1;
        while (k >= sentenceStart && isSpace(text.charAt(k))) {
            k--;
        }
        return k >= sentenceStart && Character.isLetterOrDigit(text.charAt(k));
    }

    private static boolean isShortLine(String text, int sentenceStart, int lineEnd) {
        int lineStart = Math.max(sentenceStart, text.lastIndexOf('\n', lineEnd - 1) + 1);
        String line = text.substring(lineStart, lineEnd).strip();
        return lineStart == sentenceStart && !line.isEmpty() && line.length() < 120
                && ".!?:;,\"”’'".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    /** White space including the no-break spaces that web pages are full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '[' || c == '\u201C' || c == '\u2018';
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_LENGTH) {
            int cut = start + MAX_LENGTH;
            while (cut > start + MAX_LENGTH / 2 && !isSpace(text.charAt(cut))) {
                cut--;
            }
            if (!isSpace(text.charAt(cut))) {
                cut = start + MAX_LENGTH;
            }
            add(out, text, start, cut);
            start = cut;
            while (start < end && isSpace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }
}
