package org.crosscheck.time;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.ingest.SentenceSplitter;

/**
 * Normalises a file of time expressions: a tab-separated table whose header names at least {@code dct},
 * {@code expression} and {@code sentence} (or a TimeML file or folder, read as such a table), written back with
 * a {@code value} column holding the TimeML value of each expression in its sentence. Rows of one document
 * (consecutive rows with the same {@code doc_id} and dct) are read in order, so "that year" counts from the time
 * the rows before it spoke of. The dct may be any ISO 8601 date or date-time, underspecified too; a row whose dct
 * is none gets an empty value and a warning.
 */
public final class NormalizeFile {
    private NormalizeFile() {
    }

    /**
     * The table, its values and the warnings met.
     *
     * @param table    the rows read
     * @param values   one value per row, in order
     * @param anchors  one anchor per row: null when the dct is empty, empty when it is unusable
     * @param warnings problems with single rows, each naming its line
     */
    public record Normalized(Tsv table, List<String> values, List<Optional<Anchor>> anchors, List<String> warnings) {
    }

    /** Normalises {@code in} into {@code out} (TimeML input is read with {@code splitter}'s sentences). */
    public static Normalized run(Path in, Path out, TemporalTagger tagger, SentenceSplitter splitter) {
        Normalized n = normalize(read(in, splitter), tagger);
        List<String> header = new ArrayList<>(n.table().header());
        header.add("value");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n.table().rows().size(); i++) {
            List<String> values = new ArrayList<>(n.table().rows().get(i).values());
            values.add(n.values().get(i));
            rows.add(values);
        }
        Tsv.write(out, header, rows);
        return n;
    }

    static Tsv read(Path in, SentenceSplitter splitter) {
        return TimeMlCorpus.isTimeMl(in) ? TimeMlCorpus.read(in, splitter) : Tsv.read(in);
    }

    /** The values of a table's rows, document by document. */
    static Normalized normalize(Tsv table, TemporalTagger tagger) {
        int dct = table.column("dct");
        int expression = table.column("expression");
        int sentence = table.column("sentence");
        int doc = table.has("doc_id") ? table.column("doc_id") : -1;
        List<Tsv.Row> rows = table.rows();
        List<String> values = new ArrayList<>(rows.size());
        List<Optional<Anchor>> anchors = new ArrayList<>(rows.size());
        List<String> warnings = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            Tsv.Row first = rows.get(i);
            String dctText = table.text(first, dct);
            String docId = doc < 0 ? null : table.text(first, doc);
            int j = i + 1;
            while (doc >= 0 && j < rows.size() && Objects.equals(table.text(rows.get(j), doc), docId)
                    && table.text(rows.get(j), dct).equals(dctText)) {
                j++;
            }
            Optional<Anchor> anchor = dctText.isEmpty() ? null : Anchor.parse(dctText);
            if (anchor != null && anchor.isEmpty()) {
                for (int k = i; k < j; k++) {
                    warnings.add(location(table, rows.get(k)) + ": dct '" + dctText
                            + "' is not an ISO 8601 date or date-time; value left empty");
                    values.add("");
                    anchors.add(anchor);
                }
            } else {
                List<TemporalTagger.Occurrence> occurrences = new ArrayList<>(j - i);
                for (int k = i; k < j; k++) {
                    occurrences.add(new TemporalTagger.Occurrence(table.text(rows.get(k), expression),
                            rows.get(k).values().get(sentence)));
                    anchors.add(anchor);
                }
                values.addAll(tagger.normalizeDocument(occurrences, anchor == null ? null : anchor.get()));
            }
            i = j;
        }
        return new Normalized(table, values, anchors, warnings);
    }

    private static String location(Tsv table, Tsv.Row row) {
        return table.file() + ":" + row.line();
    }
}
