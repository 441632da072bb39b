package org.crosscheck.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.CrosscheckException;
import org.crosscheck.FileTrees;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.JsonLines;
import org.crosscheck.ingest.Metadata;

/**
 * A real-like corpus of any size: the articles of a folder of real news (the development corpus {@code eval/news})
 * replicated as reposts, so that the bench meets what real text holds and the generator does not write (long
 * articles, page furniture, bylines, undated articles, datelines without a year). Copy {@code k} of the folder
 * is {@code rK/} with the same files; its {@code metadata.csv} rows give the same dates and URLs, and from the
 * second copy on the outlet is a reposting one ({@code "The Hindu (repost 3)"}), as aggregators post wire copy.
 * The same folder is also written as one JSON Lines file beside it ({@link JsonLines#write}).
 */
public final class RealLikeCorpus {
    static final String MARKER = "real-like.properties";
    /** Changes whenever this class writes different corpora, so that older ones are written afresh. */
    static final int VERSION = 1;

    private RealLikeCorpus() {
    }

    /** The folder and JSON Lines file of a size written or reused. */
    public record Written(Path folder, Path jsonLines, int articles, boolean reused) {
    }

    /**
     * Writes (or reuses, when its marker matches) {@code size} articles replicated from {@code source} into
     * {@code folder} and {@code folder.jsonl}. A folder that this class did not write is refused, not deleted.
     */
    public static Written write(Path source, int size, Path folder) {
        Path jsonl = folder.resolveSibling(folder.getFileName() + ".jsonl");
        List<Corpus.Entry> entries = Corpus.walk(source).entries().stream().filter(e -> e.problem() == null).toList();
        if (entries.isEmpty()) {
            throw new CrosscheckException(source.toString(), "no article to replicate", CrosscheckException.USAGE);
        }
        String expected = "source=" + source.toAbsolutePath().normalize() + "\narticles=" + size + "\nversion="
                + VERSION + "\n";
        try {
            Path marker = folder.resolve(MARKER);
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(expected) && Files.isRegularFile(jsonl)) {
                return new Written(folder, jsonl, size, true);
            }
            if (Files.exists(folder)) {
                if (!Files.isRegularFile(marker)) {
                    throw new CrosscheckException(folder.toString(), "the folder exists and was not written by bench; "
                            + "give a new or empty folder", CrosscheckException.USAGE);
                }
                FileTrees.delete(folder);
            }
            Files.createDirectories(folder);
            Metadata metadata = Metadata.read(Corpus.walk(source).metadata(), source.toString());
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("file", "published", "outlet", "url")
                    .setRecordSeparator('\n').get();
            try (Writer w = Files.newBufferedWriter(folder.resolve(Metadata.FILE), StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, format)) {
                for (int i = 0; i < size; i++) {
                    Corpus.Entry e = entries.get(i % entries.size());
                    int copy = i / entries.size();
                    String name = String.format(Locale.ROOT, "r%03d/%s", copy, e.source());
                    Path target = folder.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.copy(e.path(), target);
                    Metadata.Entry row = metadata.entry(e.source());
                    if (row != null) {
                        String outlet = copy == 0 || row.outlet().isEmpty() ? row.outlet()
                                : row.outlet() + " (repost " + copy + ")";
                        csv.printRecord(name, row.published() == null ? "" : row.published().toString(), outlet,
                                row.url());
                    }
                }
            }
            JsonLines.write(folder, jsonl);
            Files.writeString(marker, expected);
            return new Written(folder, jsonl, size, false);
        } catch (IOException e) {
            throw new CrosscheckException(folder.toString(), "cannot write the real-like corpus: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        }
    }
}
