package org.crosscheck.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CrosscheckException;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.Decoder;

/**
 * Gold event mentions: every {@code events.csv} ({@code file,fragment,cluster,note}) below a folder of the input,
 * naming the files of its own folder by their name or by a prefix only one of them has ({@code 03}, as gold.csv sides
 * do). A fragment is a verbatim piece of the article that occurs once in it; two
 * mentions are one event exactly when they share a cluster id, across the whole corpus.
 */
public final class EventGold {
    /** The name of the event gold files gathered from a folder. */
    public static final String NAME = "events.csv";

    /** One gold mention: the article (as the audit names it), its span in the decoded text, and its cluster. */
    public record Mention(String source, int start, int end, String cluster, String where) {
    }

    private EventGold() {
    }

    /** Whether the folder holds any event gold. */
    public static boolean present(Path gold) {
        return !files(gold).isEmpty();
    }

    /** The mentions of every events.csv below {@code gold}, located in the articles of {@code input}. */
    public static List<Mention> read(Path gold, Path input) {
        List<Mention> out = new ArrayList<>();
        for (Path file : files(gold)) {
            readOne(file, input, out);
        }
        return out;
    }

    private static List<Path> files(Path gold) {
        if (!Files.isDirectory(gold)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(gold)) {
            return walk.filter(p -> p.getFileName().toString().equals(NAME) && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CrosscheckException(gold.toString(), "cannot list: " + e.getMessage(), CrosscheckException.USAGE, e);
        }
    }

    private static void readOne(Path file, Path input, List<Mention> out) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').get();
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path in = input.toAbsolutePath().normalize();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (String column : List.of("file", "fragment", "cluster")) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new CrosscheckException(file + ":1", "header must be file,fragment,cluster,note",
                            CrosscheckException.USAGE);
                }
            }
            for (CSVRecord record : parser) {
                String where = file + ":" + parser.getCurrentLineNumber();
                Path article = article(folder, record.get("file").strip(), where);
                String fragment = record.get("fragment");
                String cluster = record.get("cluster").strip();
                if (fragment.isBlank() || cluster.isEmpty()) {
                    throw new CrosscheckException(where, "fragment and cluster must not be empty", CrosscheckException.USAGE);
                }
                String text = text(article, where);
                int at = text.indexOf(fragment);
                if (at < 0) {
                    throw new CrosscheckException(where, "fragment '" + fragment + "' is not in " + article.getFileName(),
                            CrosscheckException.USAGE);
                }
                if (text.indexOf(fragment, at + 1) >= 0) {
                    throw new CrosscheckException(where, "fragment '" + fragment + "' occurs more than once in "
                            + article.getFileName() + "; extend it until it is unique", CrosscheckException.USAGE);
                }
                out.add(new Mention(Corpus.sourceName(in, article), at, at + fragment.length(), cluster, where));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CrosscheckException(file.toString(), "cannot read: " + e.getMessage(), CrosscheckException.USAGE, e);
        }
    }

    /** The article a file name or prefix names in a folder. */
    private static Path article(Path folder, String name, String where) {
        Path exact = folder.resolve(name);
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        List<Path> matches;
        try (Stream<Path> list = Files.list(folder)) {
            matches = list.filter(p -> p.getFileName().toString().startsWith(name)
                    && p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new CrosscheckException(where, "cannot list " + folder + ": " + e.getMessage(), CrosscheckException.USAGE, e);
        }
        if (matches.size() != 1) {
            throw new CrosscheckException(where, "file '" + name + "' names " + matches.size()
                    + " articles of its folder; it must name one", CrosscheckException.USAGE);
        }
        return matches.get(0);
    }

    /** The article text as the auditor decodes it, so that offsets agree with the claims'. */
    private static String text(Path article, String where) {
        try {
            Decoder.Decoded decoded = Decoder.decode(Files.readAllBytes(article));
            return decoded.text();
        } catch (IOException e) {
            throw new CrosscheckException(where, "cannot read " + article + ": " + e.getMessage(),
                    CrosscheckException.USAGE, e);
        }
    }
}
