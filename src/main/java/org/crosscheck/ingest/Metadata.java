package org.crosscheck.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CrosscheckException;

/**
 * The optional {@code metadata.csv} files of an input folder, header {@code file,published,outlet,url}; their
 * values override what is read from the articles. Any field but {@code file} may be empty. A {@code metadata.csv}
 * may sit in any folder of the input and names the files of its own folder ({@code file} relative to it), so an
 * archive kept as a folder per outlet or per story carries its metadata beside its articles.
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

    /** Reads every metadata file of a folder tree, or returns an empty one when there is none. */
    public static Metadata read(Path inputDir, String label) {
        Map<String, Entry> entries = new TreeMap<>();
        for (Path file : files(inputDir, label)) {
            String folder = Corpus.sourceName(inputDir, file.getParent());
            String prefix = folder.isEmpty() ? "" : folder + "/";
            readOne(file, label + "/" + prefix + FILE, prefix, entries);
        }
        return new Metadata(entries);
    }

    /** The metadata files below a folder, sorted by path so that reading order never depends on the file system. */
    private static List<Path> files(Path inputDir, String label) {
        if (!Files.isDirectory(inputDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(inputDir)) {
            return walk.filter(p -> p.getFileName().toString().equals(FILE) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> Corpus.sourceName(inputDir, p)))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CrosscheckException(label, "cannot list metadata files: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        }
    }

    private static void readOne(Path file, String where, String prefix, Map<String, Entry> entries) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
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
                String source = prefix + name;
                entries.put(source, new Entry(source, published, record.get("outlet").strip(),
                        record.get("url").strip()));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CrosscheckException(where, "cannot read: " + e.getMessage(), CrosscheckException.FAILURE, e);
        }
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
