package org.crosscheck.time;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.CrosscheckException;

/**
 * Normalises a file of time expressions: reads a tab-separated table whose header names at least {@code dct},
 * {@code expression} and {@code sentence}, and writes the same rows, columns untouched, with a {@code value}
 * column holding the TimeML value of each expression in its sentence anchored at its dct.
 */
public final class NormalizeFile {
    private NormalizeFile() {
    }

    /**
     * Normalises {@code in} into {@code out}.
     *
     * @throws CrosscheckException with location {@code file:line} for a missing column or a dct that is not a
     *                             date, exit code {@link CrosscheckException#FAILURE}
     */
    public static void run(Path in, Path out, TemporalTagger tagger) {
        Tsv table = Tsv.read(in);
        int dct = table.column("dct");
        int expression = table.column("expression");
        int sentence = table.column("sentence");
        List<String> header = new ArrayList<>(table.header());
        header.add("value");
        List<List<String>> rows = new ArrayList<>();
        for (Tsv.Row row : table.rows()) {
            List<String> values = new ArrayList<>(row.values());
            values.add(tagger.normalize(values.get(expression), values.get(sentence), table.date(row, dct)));
            rows.add(values);
        }
        Tsv.write(out, header, rows);
    }
}
