package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * A JSON Lines file of articles, one object a line with the fields {@code id, text, published, outlet, url}
 * (as archives and scrapers hand news over), plain or gzip-compressed ({@code .jsonl}, {@code .jsonl.gz}).
 *
 * <p>The file is streamed: one line in memory at a time, each parsed on its own with Jackson's streaming parser,
 * so a bad line (not JSON, not an object, no {@code text}, a field that is not a string, an {@code id} used
 * before, a line over the size limit) becomes a {@link Line} with the problem and its place
 * ({@code data.jsonl:12}) and costs nothing else. {@code text} is required; {@code id} names the article in the
 * reports (default: the file and line, {@code data.jsonl:12}); {@code published}, {@code outlet} and {@code url}
 * override what the text says, as a {@code metadata.csv} row does. Unknown fields are ignored.
 */
public final class JsonLines {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /**
     * One line of the file.
     *
     * @param where   the file's source name and the line, {@code data.jsonl:12}
     * @param source  the article's name in the reports: its {@code id}, or {@code where}
     * @param text    the article text, or {@code null} when the line is bad
     * @param published the {@code published} field, or empty
     * @param outlet  the {@code outlet} field, or empty
     * @param url     the {@code url} field, or empty
     * @param problem why the line is not an article, or {@code null}
     */
    public record Line(String where, String source, String text, String published, String outlet, String url,
                       String problem) implements java.io.Serializable {

        /**
         * What the line's fields say over what the text said: {@code published} as an ISO date (a date-time is
         * cut to its date), {@code outlet}, {@code url}. A {@code published} that is no date is a warning and the
         * text's date is kept.
         */
        public Publication apply(Publication read, java.util.List<String> warnings) {
            Publication out = read;
            if (!published.isEmpty()) {
                LocalDate date = isoDate(published);
                if (date == null) {
                    warnings.add(where + ": published '" + published + "' is not an ISO date (YYYY-MM-DD); "
                            + "the date is read from the text");
                } else {
                    out = out.withDate(date, PublishedBasis.METADATA);
                }
            }
            if (!outlet.isEmpty()) {
                out = out.withOutlet(outlet);
            }
            if (!url.isEmpty()) {
                out = out.withUrl(url);
            }
            return out;
        }
    }

    private JsonLines() {
    }

    /** Whether a file name is one of a JSON Lines file ({@code .jsonl}, {@code .jsonl.gz}, any case). */
    public static boolean isJsonLines(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz");
    }

    /**
     * The lines of a file, read lazily; close the stream to close the file. {@code ids} maps every article name
     * taken so far (by files and earlier lines) to where, and is updated, so that a name is used once.
     *
     * @param source   the file's name relative to the input folder
     * @param maxBytes lines longer than this are skipped with a problem, without being held in memory
     */
    public static Stream<Line> read(Path file, String source, long maxBytes, Map<String, String> ids) {
        InputStream in;
        try {
            InputStream raw = Files.newInputStream(file);
            try {
                in = source.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            } catch (IOException e) {
                raw.close();
                throw e;
            }
        } catch (IOException e) {
            Line failed = new Line(source, source, null, "", "", "", "cannot read file: " + message(e));
            return Stream.of(failed);
        }
        Reader reader = new Reader(in, source, maxBytes, ids);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(reader::close);
    }

    /**
     * The lines of several files, one after the other, as a stream that splits into batches of
     * {@value #BATCH} lines, so that even a small file is worked on by every thread of a parallel stream; close it
     * to close the file being read. Names are checked for uniqueness as in {@link #read}.
     */
    public static Stream<Line> readAll(List<Path> files, List<String> sources, long maxBytes, Map<String, String> ids) {
        Concatenated lines = new Concatenated(files, sources, maxBytes, ids);
        Spliterator<Line> batched = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(java.util.function.Consumer<? super Line> action) {
                if (!lines.hasNext()) {
                    return false;
                }
                action.accept(lines.next());
                return true;
            }

            @Override
            public Spliterator<Line> trySplit() {
                Object[] batch = new Object[BATCH];
                int n = 0;
                while (n < BATCH && lines.hasNext()) {
                    batch[n++] = lines.next();
                }
                return n == 0 ? null
                        : Spliterators.spliterator(batch, 0, n, Spliterator.ORDERED | Spliterator.NONNULL);
            }
        };
        return StreamSupport.stream(batched, true).onClose(lines::close);
    }

    /** The lines of several files in turn, each file opened when the one before has ended. */
    private static final class Concatenated implements Iterator<Line> {
        private final List<Path> files;
        private final List<String> sources;
        private final long maxBytes;
        private final Map<String, String> ids;
        private int index = -1;
        private Stream<Line> stream;
        private Iterator<Line> current = java.util.Collections.emptyIterator();

        Concatenated(List<Path> files, List<String> sources, long maxBytes, Map<String, String> ids) {
            this.files = files;
            this.sources = sources;
            this.maxBytes = maxBytes;
            this.ids = ids;
        }

        @Override
        public synchronized boolean hasNext() {
            while (!current.hasNext() && index + 1 < files.size()) {
                close();
                index++;
                stream = read(files.get(index), sources.get(index), maxBytes, ids);
                current = stream.iterator();
            }
            return current.hasNext();
        }

        @Override
        public synchronized Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        synchronized void close() {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }

    /** Lines handed to one worker at a time by {@link #readAll}: small, so that short files are shared out too. */
    private static final int BATCH = 16;

    /**
     * Writes the articles of a folder as a JSON Lines file ({@code out}; gzip-compressed when its name ends in
     * {@code .gz}), one line per readable {@code *.txt} in the walk's order: {@code id} its source name,
     * {@code text} its decoded text, and {@code published}, {@code outlet} and {@code url} from the folder's
     * {@code metadata.csv} files where they name it. Auditing the file gives the folder's reports.
     *
     * @return the number of lines written
     */
    public static int write(Path folder, Path out) throws IOException {
        Corpus.Listing listing = Corpus.walk(folder);
        Metadata metadata = Metadata.read(listing.metadata(), folder.toString());
        int n = 0;
        try (java.io.OutputStream file = Files.newOutputStream(out);
             java.io.OutputStream raw = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                     ? new java.util.zip.GZIPOutputStream(file, 1 << 16) : new java.io.BufferedOutputStream(file, 1 << 16);
             com.fasterxml.jackson.core.JsonGenerator json = JSON.createGenerator(raw)) {
            json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            for (Corpus.Entry e : listing.entries()) {
                String[] problem = new String[1];
                byte[] bytes = e.problem() == null ? Corpus.read(e.path(), Long.MAX_VALUE - 1, problem) : null;
                Decoder.Decoded decoded = bytes == null ? null : Decoder.decode(bytes);
                if (decoded == null || !decoded.isText()) {
                    continue;
                }
                Metadata.Entry row = metadata.entry(e.source());
                json.writeStartObject();
                json.writeStringField("id", e.source());
                json.writeStringField("text", decoded.text());
                if (row != null) {
                    json.writeStringField("published", row.published() == null ? "" : row.published().toString());
                    json.writeStringField("outlet", row.outlet());
                    json.writeStringField("url", row.url());
                }
                json.writeEndObject();
                n++;
            }
            json.writeRaw('\n');
        }
        return n;
    }

    /** {@code published} as a date: an ISO date, or the date of an ISO date-time; {@code null} otherwise. */
    static LocalDate isoDate(String value) {
        String s = value.strip();
        if (s.length() > 10 && s.charAt(10) == 'T') {
            s = s.substring(0, 10);
        }
        try {
            LocalDate date = LocalDate.parse(s);
            return date.getYear() >= 1 && date.getYear() <= 9999 ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Splits the bytes into lines and parses each; a read failure ends the file with one more problem line. */
    private static final class Reader implements Iterator<Line> {
        private final InputStream in;
        private final String source;
        private final long maxBytes;
        private final Map<String, String> ids;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 12);
        private final byte[] chunk = new byte[1 << 16];
        private int pos;
        private int limit;
        private long lineNumber;
        private boolean ended;
        private Line next;

        Reader(InputStream in, String source, long maxBytes, Map<String, String> ids) {
            this.in = in;
            this.source = source;
            this.maxBytes = maxBytes;
            this.ids = ids;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !ended) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Line out = next;
            next = null;
            return out;
        }

        /** The next line that is not blank, or {@code null} for a blank one (or the end). */
        private Line advance() {
            buffer.reset();
            long length = 0;
            boolean newline = false;
            try {
                while (!newline) {
                    if (pos == limit) {
                        limit = in.read(chunk);
                        pos = 0;
                        if (limit < 0) {
                            limit = 0;
                            ended = true;
                            close();
                            break;
                        }
                    }
                    int from = pos;
                    while (pos < limit && chunk[pos] != '\n') {
                        pos++;
                    }
                    int n = pos - from;
                    if (length + n <= maxBytes + 1) {
                        buffer.write(chunk, from, n);
                    } else if (length <= maxBytes + 1) {
                        buffer.write(chunk, from, (int) (maxBytes + 1 - length));
                    }
                    length += n;
                    if (pos < limit) {
                        pos++;
                        newline = true;
                    }
                }
            } catch (IOException e) {
                ended = true;
                close();
                lineNumber++;
                return bad("cannot read further: " + message(e) + "; the lines before were read");
            }
            if (!newline && length == 0) {
                return null;
            }
            lineNumber++;
            byte[] bytes = buffer.toByteArray();
            int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            if (length > maxBytes + 1 || end > maxBytes) {
                return bad("line is " + length + " bytes, over the limit of " + maxBytes + " (--max-bytes); skipped");
            }
            if (isBlank(bytes, end)) {
                return null;
            }
            return parse(bytes, end);
        }

        private Line parse(byte[] bytes, int end) {
            String id = null;
            String text = null;
            String published = "";
            String outlet = "";
            String url = "";
            try (JsonParser p = JSON.createParser(bytes, 0, end)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return bad("not a JSON object; skipped");
                }
                JsonToken token;
                while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    boolean known = switch (field) {
                        case "id", "text", "published", "outlet", "url" -> true;
                        default -> false;
                    };
                    if (!known) {
                        p.skipChildren();
                        continue;
                    }
                    if (value == JsonToken.VALUE_NULL) {
                        continue;
                    }
                    if (value != JsonToken.VALUE_STRING && !(field.equals("id") && value.isNumeric())) {
                        return bad("field '" + field + "' is not a string; skipped");
                    }
                    String s = p.getText();
                    switch (field) {
                        case "id" -> id = s;
                        case "text" -> text = s;
                        case "published" -> published = s.strip();
                        case "outlet" -> outlet = s.strip();
                        default -> url = s.strip();
                    }
                }
                if (token != JsonToken.END_OBJECT || p.nextToken() != null) {
                    return bad("not one JSON object; skipped");
                }
            } catch (JsonProcessingException e) {
                return bad("not valid JSON (" + e.getOriginalMessage() + "); skipped");
            } catch (IOException e) {
                return bad("cannot parse: " + message(e) + "; skipped");
            }
            if (text == null) {
                return bad("no 'text' field; skipped");
            }
            String where = where();
            String name = id == null || id.isBlank() ? where : id.strip();
            String first = ids.putIfAbsent(name, where);
            if (first != null) {
                return bad("id '" + name + "' is already used by " + first + "; skipped");
            }
            return new Line(where, name, text, published, outlet, url, null);
        }

        private Line bad(String problem) {
            String where = where();
            return new Line(where, where, null, "", "", "", problem);
        }

        private String where() {
            return source + ":" + lineNumber;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // Every line was read or reported; a failure to close loses nothing.
            }
        }
    }

    private static boolean isBlank(byte[] bytes, int end) {
        for (int i = 0; i < end; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
