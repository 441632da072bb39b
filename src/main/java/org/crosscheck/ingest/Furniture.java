package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.LiteralGate;
import org.crosscheck.vocab.Vocabulary;

/**
 * Page furniture patterns from {@code rules/data/furniture.csv} (columns {@code scope,pattern,note}). Each
 * pattern is matched against whole lines. Scopes:
 * <ul>
 *   <li>{@code line}: the matching line is removed;</li>
 *   <li>{@code end}: the matching line and everything after it are removed (a signature that ends the article);</li>
 *   <li>{@code tail}: as {@code end}, but only in the second half of the file (section teasers under an article);</li>
 *   <li>{@code related}: as {@code end}, unless the article's paragraphs go on after it (a related-story box
 *   inside the article): then the line and the headlines after it up to those paragraphs are removed;</li>
 *   <li>{@code ad}: the label of an advertisement ("VB Event", "Sponsored"): when a call-to-action line follows
 *   within {@value #AD_LINES} non-blank lines, the label, the advertisement's lines and that line are removed;
 *   without one the label is only matched against the other patterns;</li>
 *   <li>{@code action}: a call-to-action button on a line of its own ("Learn More", "Register now"): the line is
 *   removed, and it closes an {@code ad}.</li>
 * </ul>
 */
public final class Furniture {
    /** The data file name. */
    public static final String FILE = "furniture.csv";

    /** Non-blank lines after an advertisement's label within which its call to action must stand. */
    public static final int AD_LINES = 5;

    /** Where a pattern applies. */
    public enum Scope { LINE, END, TAIL, RELATED, AD, ACTION }

    /**
     * One pattern, with the {@link LiteralGate} that skips the lines it cannot match: every line of every article is
     * tried against every pattern, and most lines hold none of a pattern's literals.
     */
    public record Entry(Scope scope, Pattern pattern, String note, LiteralGate gate) {
        public Entry(Scope scope, Pattern pattern, String note) {
            this(scope, pattern, note, LiteralGate.of(pattern));
        }

        /** Whether the pattern matches the whole line; {@code folded} is {@link LiteralGate#fold} of it. */
        public boolean matchesWhole(String line, String folded) {
            return gate.mayMatch(folded) && pattern.matcher(line).matches();
        }
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
                throw row.error("scope must be line, end, tail, related, ad or action, not '" + row.get("scope")
                        + "'");
            }
            entries.add(new Entry(scope, row.pattern("pattern"), row.get("note")));
        }
        return new Furniture(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Whether a line is a call to action (an {@code action} pattern matches it whole). */
    public boolean isAction(String line) {
        String folded = LiteralGate.fold(line);
        for (Entry entry : entries) {
            if (entry.scope() == Scope.ACTION && entry.matchesWhole(line, folded)) {
                return true;
            }
        }
        return false;
    }
}
