package org.crosscheck.stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.CrosscheckException;
import org.crosscheck.ingest.ArticleInput;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.Metadata;

/**
 * The ingest stage. In: the input folder (or JSON Lines file). Out: what is to be read ({@link Ingested}): the
 * listing, the metadata.csv rows and the warnings about them. Usage errors (an input with files but no article, a
 * malformed metadata.csv) are thrown here, before anything is written. The articles themselves are read by the
 * per-article pass.
 */
public final class IngestStage {
    private IngestStage() {
    }

    /**
     * What the ingest stage found.
     *
     * @param warnings problems of the run rather than of one article (metadata.csv rows)
     */
    public record Ingested(Path input, Corpus.Listing listing, Metadata metadata, List<String> warnings,
                           long maxBytes) {
        /** The articles to read, as a stream to be closed: files first, then JSON lines. */
        public Stream<ArticleInput> inputs() {
            return ArticleInput.all(listing, metadata, maxBytes);
        }
    }

    public static Ingested run(Path input, long maxBytes) {
        Corpus.Listing listing = Corpus.walk(input);
        if (!listing.hasArticles() && listing.files() > 0) {
            throw new CrosscheckException(input.toString(), "no *.txt article in a folder of "
                    + listing.files() + " file(s); articles must be named *.txt (or be lines of *.jsonl files)",
                    CrosscheckException.USAGE);
        }
        Metadata metadata = Metadata.read(listing.metadata(), input.toString());
        List<String> warnings = new ArrayList<>(metadata.warnings(
                listing.entries().stream().map(Corpus.Entry::source).collect(Collectors.toSet())));
        return new Ingested(input, listing, metadata, warnings, maxBytes);
    }
}
