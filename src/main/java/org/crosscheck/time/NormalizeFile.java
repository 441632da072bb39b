package org.crosscheck.time;

import java.nio.file.Path;
import java.time.LocalDate;
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
 * the rows before it spoke of. The dct may be any ISO 8601 date or date-time, underspecified too (a value that
 * needs the day such a dct leaves out is empty, with a warning); a row whose dct is none gets an empty value and a
 * warning.
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
                List<String> found = tagger.normalizeDocument(occurrences, anchor == null ? null : anchor.get());
                if (anchor != null && anchor.get().precision() != Granularity.DAY) {
                    found = knownWithin(found, occurrences, anchor.get(), tagger, table, rows.subList(i, j),
                            dctText, warnings);
                }
                values.addAll(found);
            }
            i = j;
        }
        return new Normalized(table, values, anchors, warnings);
    }

    /**
     * The values an underspecified dct ({@code 1998-04-XX}, {@code 1998-XX-XX}) determines: each is read again
     * against the first and the last day the dct allows, and one that differs between them needs the day the dct
     * does not give ("tomorrow", "Saturday" against {@code 1998-04-XX}; "last month" against {@code 1998-XX-XX}),
     * so it is left empty with a warning; "today", "last month" against a month, "last year" are kept.
     */
    private static List<String> knownWithin(List<String> values, List<TemporalTagger.Occurrence> occurrences,
                                            Anchor anchor, TemporalTagger tagger, Tsv table, List<Tsv.Row> rows,
                                            String dctText, List<String> warnings) {
        boolean year = anchor.precision() == Granularity.YEAR;
        LocalDate first = year ? anchor.day().withDayOfYear(1) : anchor.day().withDayOfMonth(1);
        LocalDate last = year ? anchor.day().withDayOfYear(anchor.day().lengthOfYear())
                : anchor.day().withDayOfMonth(anchor.day().lengthOfMonth());
        List<String> early = tagger.normalizeDocument(occurrences,
                new Anchor(first, anchor.precision(), anchor.time(), anchor.zone()));
        List<String> late = tagger.normalizeDocument(occurrences,
                new Anchor(last, anchor.precision(), anchor.time(), anchor.zone()));
        List<String> out = new ArrayList<>(values.size());
        for (int k = 0; k < values.size(); k++) {
            String v = values.get(k);
            if (v.equals(early.get(k)) && v.equals(late.get(k))) {
                out.add(v);
            } else {
                warnings.add(location(table, rows.get(k)) + ": '" + occurrences.get(k).expression()
                        + "' needs the day that dct '" + dctText + "' does not give; value left empty");
                out.add("");
            }
        }
        return out;
    }

    private static String location(Tsv table, Tsv.Row row) {
        return table.file() + ":" + row.line();
    }
}
