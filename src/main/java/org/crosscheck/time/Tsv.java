package org.crosscheck.time;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CrosscheckException;

/**
 * Tab-separated tables with a header line, as the evaluation and normalisation files are written: one record per
 * line, no quoting. Quoting is off because sentences carry literal quotation marks ({@code "He's admitted it now.})
 * that a quoting parser would take for field delimiters; empty lines are kept as records so that record numbers
 * are line numbers for error messages.
 */
public final class Tsv {
    static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter('\t')
            .setQuote(null)
            .setEscape(null)
            .setIgnoreEmptyLines(false)
            .setRecordSeparator('\n')
            .get();

    /** A data row and the line it was read from. */
    public record Row(long line, List<String> values) {
    }

    private final Path file;
    private final List<String> header;
    private final List<Row> rows;

    private Tsv(Path file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    /** A table built in memory (rows read from another format), labelled for messages. */
    static Tsv of(Path file, List<String> header, List<Row> rows) {
        return new Tsv(file, List.copyOf(header), List.copyOf(rows));
    }

    /** Whether the table has a column. */
    boolean has(String name) {
        return header.contains(name);
    }

    Path file() {
        return file;
    }

    static Tsv read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (header == null) {
                    header = values;
                } else if (!(values.size() == 1 && values.get(0).isEmpty())) {
                    if (values.size() != header.size()) {
                        throw new CrosscheckException(file + ":" + record.getRecordNumber(), "expected "
                                + header.size() + " tab-separated columns, found " + values.size(),
                                CrosscheckException.FAILURE);
                    }
                    rows.add(new Row(record.getRecordNumber(), values));
                }
            }
            if (header == null) {
                throw new CrosscheckException(file.toString(), "empty file, expected a header line",
                        CrosscheckException.FAILURE);
            }
            return new Tsv(file, header, rows);
        } catch (IOException e) {
            throw new CrosscheckException(file.toString(), "cannot read: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        }
    }

    public List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** The index of a required column; a missing one is an error at the header line. */
    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new CrosscheckException(file + ":1", "missing column '" + name + "' in header " + header,
                    CrosscheckException.FAILURE);
        }
        return i;
    }

    /** A row's value in a column, stripped. */
    String text(Row row, int column) {
        return row.values().get(column).strip();
    }

    static void write(Path file, List<String> header, List<List<String>> rows) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CrosscheckException(file.toString(), "cannot write: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        }
    }
}
