package org.crosscheck.ingest;

import java.util.List;

/**
 * One input file, decoded and cut into sentences. Offsets everywhere refer to {@link #text()}, the decoded
 * file content with line endings kept as they were (a leading byte-order mark is not part of it).
 *
 * @param source      file name relative to the input folder, with {@code /} separators
 * @param text        the decoded file content
 * @param publication publication date, outlet and how they were found
 * @param sentences   article sentences, page furniture excluded
 * @param removed     what was cut as not article text
 * @param warnings    problems met while reading, in plain words
 */
public record Article(String source, String text, Publication publication, List<Sentence> sentences,
                      List<Removal> removed, List<String> warnings) implements java.io.Serializable {

    public Article {
        sentences = List.copyOf(sentences);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }

    public Article withPublication(Publication newPublication, List<String> newWarnings) {
        return new Article(source, text, newPublication, sentences, removed, newWarnings);
    }

    /** Number of the line (from 1) holding the offset, for messages that point into the file. */
    public int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
