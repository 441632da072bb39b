package org.crosscheck.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * One article to read, as it travels to the worker that reads it: a file of the input folder or a line of a JSON
 * Lines file. Reading decodes and parses it ({@link #read}); a line's text travels with it, a file is read where
 * the worker runs.
 */
public sealed interface ArticleInput extends java.io.Serializable {
    /** Where the article is, for a message. */
    String where();

    /** The article's name in the reports. */
    String source();

    /** The decoded, parsed article; an unreadable input gives an article with no text and the reason as warning. */
    Article read(ArticleParser parser, long maxBytes);

    /**
     * A file of the folder, with its metadata.csv row if any. Its path travels as a URI, which keeps the bytes of
     * the name whatever the locale (a path decoded under {@code LC_ALL=C} would not resolve again).
     */
    record File(String source, java.net.URI path, String problem, Metadata.Entry row) implements ArticleInput {
        public static File of(Corpus.Entry entry, Metadata metadata) {
            return new File(entry.source(), entry.path().toUri(), entry.problem(), metadata.entry(entry.source()));
        }

        @Override
        public String where() {
            return Path.of(path).toString();
        }

        @Override
        public Article read(ArticleParser parser, long maxBytes) {
            if (problem != null) {
                return unreadable(source, problem);
            }
            String[] why = new String[1];
            byte[] bytes = Corpus.read(Path.of(path), maxBytes, why);
            if (bytes == null) {
                return unreadable(source, why[0]);
            }
            return ArticleInput.read(source, bytes, parser, (publication, warnings) -> Metadata.apply(row,
                    publication));
        }
    }

    /** A line of a JSON Lines file: its text read as a file's would be, its fields over what the text says. */
    record Line(JsonLines.Line line) implements ArticleInput {
        @Override
        public String where() {
            return line.where();
        }

        @Override
        public String source() {
            return line.source();
        }

        @Override
        public Article read(ArticleParser parser, long maxBytes) {
            if (line.problem() != null) {
                return unreadable(line.source(), line.problem());
            }
            return ArticleInput.read(line.source(), line.text().getBytes(StandardCharsets.UTF_8), parser, line::apply);
        }
    }

    /**
     * The articles of an input as a stream to be closed: the files of the folder, then the lines of its JSON Lines
     * files, each read when the stream reaches it. A line may not take a name already used.
     */
    static Stream<ArticleInput> all(Corpus.Listing listing, Metadata metadata, long maxBytes) {
        Stream<ArticleInput> files = listing.entries().stream().map(f -> File.of(f, metadata));
        if (listing.jsonLines().isEmpty()) {
            return files;
        }
        Map<String, String> names = new ConcurrentHashMap<>();
        for (Corpus.Entry e : listing.entries()) {
            names.put(e.source(), "the file " + e.source());
        }
        Stream<ArticleInput> lines = JsonLines.readAll(
                listing.jsonLines().stream().map(Corpus.Entry::path).toList(),
                listing.jsonLines().stream().map(Corpus.Entry::source).toList(), maxBytes, names)
                .map(Line::new);
        return Stream.concat(files, lines).onClose(lines::close);
    }

    /** Decodes and parses {@code bytes}; {@code known} lays what metadata says over the date the text gave. */
    private static Article read(String source, byte[] bytes, ArticleParser parser,
                                BiFunction<Publication, List<String>, Publication> known) {
        Decoder.Decoded decoded = Decoder.decode(bytes);
        if (!decoded.isText()) {
            return new Article(source, "", Publication.unknown(), List.of(), List.of(), decoded.warnings());
        }
        if (decoded.text().isBlank()) {
            List<String> warnings = new ArrayList<>(decoded.warnings());
            warnings.add(decoded.text().isEmpty() ? "empty file" : "file holds only white space");
            return new Article(source, decoded.text(), known.apply(Publication.unknown(), warnings), List.of(),
                    List.of(), warnings);
        }
        Article article = parser.parse(source, decoded.text(), decoded.warnings());
        List<String> warnings = new ArrayList<>(article.warnings());
        Publication publication = known.apply(article.publication(), warnings);
        if (publication.basis() == PublishedBasis.METADATA) {
            // the text gives no date, but metadata.csv (or the JSON line) does: nothing to warn about
            warnings.removeIf(w -> w.equals(ArticleParser.NO_DATE));
        }
        return article.withPublication(publication, warnings);
    }

    private static Article unreadable(String source, String warning) {
        return new Article(source, "", Publication.unknown(), List.of(), List.of(), List.of(warning));
    }
}
