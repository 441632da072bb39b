package org.crosscheck.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CrosscheckException;
import org.crosscheck.Utf8;

/**
 * The optional {@code metadata.csv} files of an input folder, header {@code file,published,outlet,url}; their
 * values override what is read from the articles. Any field but {@code file} may be empty. A {@code metadata.csv}
 * may sit in any folder of the input and names the files of its own folder ({@code file} relative to it), so an
 * archive kept as a folder per outlet or per story carries its metadata beside its articles.
 */
public final class Metadata {
    /** The file name looked for in the input folder. */
    public static final String FILE = "metadata.csv";

    /** Publication dates outside these years are errors: nothing downstream can anchor a date to them. */
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    /** One row, with the source it names (relative to the input folder) and where it was written. */
    public record Entry(String file, LocalDate published, String outlet, String url, String where, long line)
            implements java.io.Serializable {
    }

    private final Map<String, Entry> entries;
    private final List<String> duplicates;

    private Metadata(Map<String, Entry> entries, List<String> duplicates) {
        this.entries = entries;
        this.duplicates = List.copyOf(duplicates);
    }

    public static Metadata empty() {
        return new Metadata(Map.of(), List.of());
    }

    /**
     * What the file holds that is not an error but would otherwise pass unseen: a second row for one file (the
     * later row is used) and rows naming no article of the folder (ignored).
     *
     * @param sources the source names of the folder's articles
     */
    public List<String> warnings(Set<String> sources) {
        List<String> out = new ArrayList<>(duplicates);
        for (Entry e : entries.values()) {
            if (!sources.contains(e.file())) {
                out.add(e.where() + ":" + e.line() + ": no article '" + e.file() + "' in the input folder; row ignored");
            }
        }
        return out;
    }

    /** Reads every metadata file of a folder tree, or returns an empty one when there is none. */
    public static Metadata read(Path inputDir, String label) {
        return read(Corpus.walk(inputDir).metadata(), label);
    }

    /**
     * Reads the metadata files a walk of the input folder found ({@link Corpus.Listing#metadata}), in the order of
     * their folders, so that reading order never depends on the file system.
     */
    public static Metadata read(List<Corpus.MetadataFile> files, String label) {
        Map<String, Entry> entries = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Corpus.MetadataFile file : files) {
            String prefix = file.folder().isEmpty() ? "" : file.folder() + "/";
            readOne(file.path(), label + "/" + prefix + FILE, prefix, entries, duplicates);
        }
        return new Metadata(entries, duplicates);
    }

    private static void readOne(Path file, String where, String prefix, Map<String, Entry> entries,
                                List<String> duplicates) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        String text = Utf8.read(file, where, CrosscheckException.FAILURE);
        try (Reader reader = new StringReader(text);
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
                    if (published.getYear() < MIN_YEAR || published.getYear() > MAX_YEAR) {
                        throw new CrosscheckException(where + ":" + line, "published '" + date
                                + "' is out of range (years " + MIN_YEAR + " to " + MAX_YEAR + ")",
                                CrosscheckException.FAILURE);
                    }
                }
                String source = prefix + name;
                Entry previous = entries.put(source, new Entry(source, published, record.get("outlet").strip(),
                        record.get("url").strip(), where, line));
                if (previous != null) {
                    duplicates.add(where + ":" + line + ": a second row for '" + name + "' (the first is "
                            + (previous.where().equals(where) ? "" : previous.where() + ":") + "line "
                            + previous.line() + "); this later row is used");
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new CrosscheckException(where, "cannot read: " + e.getMessage(), CrosscheckException.FAILURE, e);
        }
    }

    /** The row for a file, or {@code null}. */
    public Entry entry(String source) {
        return entries.get(source);
    }

    /** Applies the row for a file, if any, over what the article itself said. */
    public Publication apply(String source, Publication publication) {
        return apply(entries.get(source), publication);
    }

    /** Applies a row ({@code null} for none) over what the article itself said. */
    public static Publication apply(Entry entry, Publication publication) {
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
