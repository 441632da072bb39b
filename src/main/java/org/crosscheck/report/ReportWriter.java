package org.crosscheck.report;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV report as a {@link ReportSet.Output}: RFC 4180, UTF-8, header from a column enum, every cell neutralised
 * for spreadsheets.
 */
public final class ReportWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private ReportWriter() {
    }

    /** The output {@code name} with the columns of {@code columns} and the given rows, written when the set is. */
    public static <E extends Enum<E>> ReportSet.Output csv(String name, Class<E> columns,
                                                          Iterable<? extends List<String>> rows) {
        return csv(name, columns, rows, false);
    }

    /**
     * The same, starting with a UTF-8 byte-order mark when {@code bom}: Excel decodes a CSV without one in the
     * system's code page ({@code Mi-35 â€˜Hind Eâ€™}), while most scripts read the mark as part of the first header.
     */
    public static <E extends Enum<E>> ReportSet.Output csv(String name, Class<E> columns,
                                                          Iterable<? extends List<String>> rows, boolean bom) {
        return new ReportSet.Output(name, file -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(bom ? withBom(out) : out, FORMAT.builder().setHeader(columns).get())) {
                for (List<String> row : rows) {
                    List<String> safe = new ArrayList<>(row.size());
                    for (String cell : row) {
                        safe.add(CsvCells.neutralise(cell));
                    }
                    printer.printRecord(safe);
                }
            }
        });
    }

    private static Writer withBom(Writer out) throws java.io.IOException {
        out.write('\uFEFF');
        return out;
    }
}
