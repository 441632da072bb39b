package org.crosscheck.ingest;

/**
 * A sentence of an article with its exact place in the file.
 *
 * @param index position among the article's sentences, from 0
 * @param start offset of the first character in the article text
 * @param end   offset just past the last character
 * @param text  the verbatim text, {@code article.text().substring(start, end)}
 */
public record Sentence(int index, int start, int end, String text) implements java.io.Serializable {
}
