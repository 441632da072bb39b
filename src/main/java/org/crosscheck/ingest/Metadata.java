package org.crosscheck.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CrosscheckException;

/**
 * The optional {@code metadata.csv} of an input folder, header {@code file,published,outlet,url}; its values
 * override what is read from the articles. Any field but {@code file} may be empty.
 */
public final class Metadata {
    /** The file name looked for in the input folder. */
    public static final String FILE = "metadata.csv";

    /** One row. */
    public record Entry(String file, LocalDate published, String outlet, String url) {
    }

    private final Map<String, Entry> entries;

    private Metadata(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static Metadata empty() {
        return new Metadata(Map.of());
    }

    /** Reads the metadata file of a folder, or returns an empty one when there is none. */
    public static Metadata read(Path inputDir, String label) {
        Path file = inputDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        String where = label + "/" + FILE;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        Map<String, Entry> entries = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (String column : new String[] {"file", "published", "outlet", "url"}) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new CrosscheckException(where + ":1", "header must be file,published,outlet,url",
                            CrosscheckException.FAILURE);
                }
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() != parser.getHeaderNames().size()) {
                    throw new CrosscheckException(where + ":" + line, "expected "
                            + parser.getHeaderNames().size() + " fields but found " + record.size(),
                            CrosscheckException.FAILURE);
                }
                String name = record.get("file").strip();
                if (name.isEmpty()) {
                    throw new CrosscheckException(where + ":" + line, "file is empty", CrosscheckException.FAILURE);
                }
                LocalDate published = null;
                String date = record.get("published").strip();
                if (!date.isEmpty()) {
                    try {
                        published = LocalDate.parse(date);
                    } catch (DateTimeParseException e) {
                        throw new CrosscheckException(where + ":" + line, "published '" + date
                                + "' is not an ISO date (YYYY-MM-DD)", CrosscheckException.FAILURE);
                    }
                }
                entries.put(name, new Entry(name, published, record.get("outlet").strip(), record.get("url").strip()));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CrosscheckException(where, "cannot read: " + e.getMessage(), CrosscheckException.FAILURE, e);
        }
        return new Metadata(entries);
    }

    /** Applies the row for a file, if any, over what the article itself said. */
    public Publication apply(String source, Publication publication) {
        Entry entry = entries.get(source);
        if (entry == null) {
            return publication;
        }
        Publication result = publication;
        if (entry.published() != null) {
            result = result.withDate(entry.published(), PublishedBasis.METADATA);
        }
        if (!entry.outlet().isEmpty()) {
            result = result.withOutlet(entry.outlet());
        }
        if (!entry.url().isEmpty()) {
            result = result.withUrl(entry.url());
        }
        return result;
    }
}
