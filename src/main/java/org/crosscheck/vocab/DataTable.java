package org.crosscheck.vocab;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CrosscheckException;
import org.crosscheck.Utf8;

/**
 * A data file under {@code rules/}: CSV with a header row, {@code #} comment lines, UTF-8 ({@link Utf8}: other bytes are an error naming the line). Every row remembers
 * its line so that a bad value is reported as {@code rules/data/equipment.csv:7: ...}.
 */
public final class DataTable {

    /** One row and where it came from. */
    public record Row(String file, long line, Map<String, String> values) {

        /** The trimmed value of a column, empty when absent. */
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }

        /** The value of a required column; an empty value is an error naming the row. */
        public String require(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw error("column '" + column + "' is empty");
            }
            return v;
        }

        /** A case-insensitive regular expression from a column; a malformed one is an error naming the row. */
        public Pattern pattern(String column) {
            String v = require(column);
            try {
                return Pattern.compile(v, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw error("column '" + column + "' is not a valid regular expression: " + e.getDescription());
            }
        }

        /** A list column, values separated by {@code |}. */
        public List<String> list(String column) {
            List<String> out = new ArrayList<>();
            for (String part : get(column).split("\\|")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }

        public CrosscheckException error(String message) {
            return new CrosscheckException(file + ":" + line, message, CrosscheckException.USAGE);
        }
    }

    private final String name;
    private final List<Row> rows;

    private DataTable(String name, List<Row> rows) {
        this.name = name;
        this.rows = List.copyOf(rows);
    }

    public String name() {
        return name;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads a table, requiring the given columns in its header.
     *
     * @param file     the file to read
     * @param label    how the file is named in messages ({@code rules/data/equipment.csv})
     * @param required columns the header must have
     */
    public static DataTable read(Path file, String label, String... required) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        String text = Utf8.read(file, label, CrosscheckException.USAGE);
        try (Reader reader = new StringReader(text);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new CrosscheckException(label + ":1", "header lacks column '" + column + "' (has "
                            + String.join(",", header) + ")", CrosscheckException.USAGE);
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = record.getParser().getCurrentLineNumber();
                if (record.size() != header.size()) {
                    throw new CrosscheckException(label + ":" + line, "expected " + header.size()
                            + " fields (" + String.join(",", header) + ") but found " + record.size(),
                            CrosscheckException.USAGE);
                }
                rows.add(new Row(label, line, record.toMap()));
            }
            return new DataTable(label, rows);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new CrosscheckException(label, "cannot read data file: " + e.getMessage(),
                    CrosscheckException.USAGE, e);
        }
    }
}
