package org.crosscheck.ingest;

/**
 * A stretch of the file that is not article text: a header line, page furniture, a footer.
 *
 * @param start  offset of the first removed character
 * @param end    offset just past the last removed character
 * @param reason why it was removed ({@code header}, {@code footer}, {@code furniture})
 * @param text   the removed text
 */
public record Removal(int start, int end, String reason, String text) implements java.io.Serializable {

    /** Characters removed. */
    public int length() {
        return end - start;
    }

    /** The first few words, for the sources report. */
    public String firstWords(int words) {
        String[] parts = text.replaceAll("^[\\s\\u00A0]+", "").split("[\\s\\u00A0]+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(words, parts.length); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(parts[i]);
        }
        return parts.length > words ? out + "..." : out.toString();
    }
}
