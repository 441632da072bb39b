package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * Page furniture patterns from {@code rules/data/furniture.csv} (columns {@code scope,pattern,note}). Each
 * pattern is matched against whole lines. Scopes:
 * <ul>
 *   <li>{@code line}: the matching line is removed;</li>
 *   <li>{@code end}: the matching line and everything after it are removed (a signature that ends the article);</li>
 *   <li>{@code tail}: as {@code end}, but only in the second half of the file (section teasers under an article);</li>
 *   <li>{@code related}: as {@code end}, unless the article's paragraphs go on after it (a related-story box
 *   inside the article): then the line and the headlines after it up to those paragraphs are removed.</li>
 * </ul>
 */
public final class Furniture {
    /** The data file name. */
    public static final String FILE = "furniture.csv";

    /** Where a pattern applies. */
    public enum Scope { LINE, END, TAIL, RELATED }

    /** One pattern. */
    public record Entry(Scope scope, Pattern pattern, String note) {
    }

    private final List<Entry> entries;

    public Furniture(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Furniture from(Vocabulary vocabulary) {
        DataTable table = vocabulary.table(FILE, "scope", "pattern", "note");
        List<Entry> entries = new ArrayList<>();
        for (DataTable.Row row : table.rows()) {
            Scope scope;
            try {
                scope = Scope.valueOf(row.require("scope").toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("scope must be line, end, tail or related, not '" + row.get("scope") + "'");
            }
            entries.add(new Entry(scope, row.pattern("pattern"), row.get("note")));
        }
        return new Furniture(entries);
    }

    public List<Entry> entries() {
        return entries;
    }
}
