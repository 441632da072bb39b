package org.crosscheck.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.CrosscheckException;

/**
 * The article files of an input folder: every {@code *.txt} below it, nested folders and links included, in a
 * fixed (sorted) order so that reports never depend on the order the file system lists them in.
 *
 * <p>The folder is walked through its real path (a link given as {@code --input} is followed), and so are links
 * below it; a folder reached twice (two links, or a link back up the tree) is read once. What cannot be an
 * article is kept as an entry with the reason, so that it gets its own row in sources.csv instead of vanishing:
 * a {@code *.txt} that is a FIFO, device or socket (reading one would hang or never end), a subfolder that cannot
 * be listed. Source names are decoded from the bytes of the file names as UTF-8, whatever the locale.
 * JSON Lines files ({@code *.jsonl}, {@code *.jsonl.gz}) hold many articles each and are listed apart; their
 * lines are read as the audit goes ({@link JsonLines}).
 */
public final class Corpus {
    /**
     * One {@code *.txt} entry of the folder.
     *
     * @param source  its name relative to the folder, with {@code /} separators ({@code sub/} for a folder)
     * @param path    where to read it
     * @param problem why it is not read, or {@code null} for a file to read
     */
    public record Entry(String source, Path path, String problem) {
    }

    /** A {@code metadata.csv} and the folder it describes, relative to the input folder (empty for the top). */
    public record MetadataFile(String folder, Path path) {
    }

    /**
     * What the walk found.
     *
     * @param entries  the {@code *.txt} files and the entries that could not be read, sorted by source
     * @param files    every file seen, articles or not: a folder holding files but no article is a mistake
     * @param metadata the {@code metadata.csv} files, sorted by folder
     * @param jsonLines the JSON Lines files ({@code *.jsonl}, {@code *.jsonl.gz}, see {@link JsonLines}), sorted by
     *                 source; one that cannot be read is in {@code entries} with its reason
     */
    public record Listing(List<Entry> entries, int files, List<MetadataFile> metadata, List<Entry> jsonLines) {

        /** Whether the walk found something to audit: an article file or a JSON Lines file. */
        public boolean hasArticles() {
            return !entries.isEmpty() || !jsonLines.isEmpty();
        }

        /** The entries to read, without the skipped ones. */
        public List<Path> articles() {
            return entries.stream().filter(e -> e.problem() == null).map(Entry::path).toList();
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Whether the JVM decodes file names as UTF-8 (it follows the locale: not under {@code LC_ALL=C}). */
    private static final boolean UTF8_NAMES = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));

    private Corpus() {
    }

    /** The article files, sorted by their path relative to the folder. */
    public static List<Path> list(Path inputDir) {
        return walk(inputDir).articles();
    }

    /** Walks the folder; see the class comment. A JSON Lines file given instead of a folder is its one input. */
    public static Listing walk(Path inputDir) {
        if (Files.isRegularFile(inputDir) && JsonLines.isJsonLines(inputDir.getFileName().toString())) {
            return new Listing(List.of(), 1, List.of(),
                    List.of(new Entry(inputDir.getFileName().toString(), inputDir, null)));
        }
        if (!Files.isDirectory(inputDir)) {
            throw new CrosscheckException(inputDir.toString(), "input folder does not exist", CrosscheckException.USAGE);
        }
        Path root;
        try {
            root = inputDir.toRealPath();
        } catch (IOException e) {
            throw new CrosscheckException(inputDir.toString(), "cannot list input folder: " + message(e),
                    CrosscheckException.FAILURE, e);
        }
        List<Entry> entries = new ArrayList<>();
        List<MetadataFile> metadata = new ArrayList<>();
        List<Entry> jsonLines = new ArrayList<>();
        int[] files = {0};
        Map<Object, Path> seen = new HashMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            Object key = attrs.fileKey() != null ? attrs.fileKey() : dir;
                            Path first = seen.putIfAbsent(key, dir);
                            if (first != null) {
                                entries.add(new Entry(name(root, dir) + "/", dir, "the same folder as "
                                        + (first.equals(root) ? "the input folder" : name(root, first) + "/")
                                        + " (a link); read once, there"));
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            files[0]++;
                            if (file.getFileName().toString().equals(Metadata.FILE) && attrs.isRegularFile()) {
                                Path folder = file.getParent();
                                metadata.add(new MetadataFile(folder.equals(root) ? "" : name(root, folder), file));
                            }
                            if (isArticleName(file)) {
                                // A link that leads nowhere is read, and fails, like any unreadable file.
                                String problem = attrs.isRegularFile() || attrs.isSymbolicLink() ? null
                                        : "not a regular file (" + kind(file) + "); skipped";
                                entries.add(new Entry(name(root, file), file, problem));
                            } else if (JsonLines.isJsonLines(file.getFileName().toString())) {
                                if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
                                    jsonLines.add(new Entry(name(root, file), file, null));
                                } else {
                                    entries.add(new Entry(name(root, file), file,
                                            "not a regular file (" + kind(file) + "); skipped"));
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (file.equals(root)) {
                                throw e;
                            }
                            files[0]++;
                            if (e instanceof FileSystemLoopException) {
                                entries.add(new Entry(name(root, file) + "/", file,
                                        "a link back to a folder above it; skipped"));
                            } else if (Files.isDirectory(file)) {
                                entries.add(new Entry(name(root, file) + "/", file,
                                        "cannot list folder: " + message(e) + "; skipped"));
                            } else if (isArticleName(file) || JsonLines.isJsonLines(file.getFileName().toString())) {
                                entries.add(new Entry(name(root, file), file, "cannot read file: " + message(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | RuntimeException e) {
            throw new CrosscheckException(inputDir.toString(), "cannot list input folder: " + message(e),
                    CrosscheckException.FAILURE, e);
        }
        entries.sort(Comparator.comparing(Entry::source));
        metadata.sort(Comparator.comparing(MetadataFile::folder));
        jsonLines.sort(Comparator.comparing(Entry::source));
        return new Listing(List.copyOf(entries), files[0], List.copyOf(metadata), List.copyOf(jsonLines));
    }

    private static boolean isArticleName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    /**
     * Reads a file of the corpus: only a regular file (a FIFO would block, a device never end), and never more
     * than {@code maxBytes + 1} bytes, whatever size the file system reports ({@code /dev/zero} reports 0).
     *
     * @return the bytes, or {@code null} with the reason in {@code problem[0]}
     */
    public static byte[] read(Path file, long maxBytes, String[] problem) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                problem[0] = "not a regular file (" + kind(file) + "); skipped";
                return null;
            }
            if (attrs.size() > maxBytes) {
                problem[0] = tooLarge(attrs.size() + " bytes", maxBytes);
                return null;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = readAtMost(in, maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                problem[0] = tooLarge("more than " + maxBytes + " bytes", maxBytes);
                return null;
            }
            return bytes;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            problem[0] = "cannot read file: " + message(e);
            return null;
        }
    }

    private static String tooLarge(String size, long maxBytes) {
        return "file is " + size + ", over the limit of " + maxBytes + " (--max-bytes); skipped";
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        int cap = (int) Math.min(limit, Integer.MAX_VALUE - 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(cap, 1 << 16));
        byte[] buffer = new byte[1 << 16];
        int total = 0;
        while (total < cap) {
            int n = in.read(buffer, 0, Math.min(buffer.length, cap - total));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }

    /** What kind of special file a path is, from its Unix mode where the platform gives one. */
    private static String kind(Path file) {
        try {
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                case 0040000 -> "a folder";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return Files.isDirectory(file) ? "a folder" : "a special file";
        }
    }

    /** The reason of an I/O failure without the path the caller already names. */
    private static String message(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The name a file below a folder is reported under: its path relative to the folder, {@code /} separated. */
    public static String sourceName(Path inputDir, Path file) {
        return name(inputDir, file);
    }

    /**
     * The path of {@code file} relative to {@code root}. The JVM decodes file names in the charset of the locale
     * ({@code LC_ALL=C} turns {@code é} into two U+FFFD); the path's URI keeps the bytes, so such names are
     * decoded again from them, as UTF-8 (Windows-1252 when they are not UTF-8).
     */
    static String name(Path root, Path file) {
        String plain = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        if (plain.indexOf('\uFFFD') < 0 && (UTF8_NAMES || plain.chars().allMatch(c -> c < 0x80))) {
            return plain;
        }
        String rootUri = root.toUri().getRawPath();
        String fileUri = file.toUri().getRawPath();
        if (!rootUri.endsWith("/")) {
            rootUri += "/";
        }
        if (fileUri.endsWith("/")) {
            fileUri = fileUri.substring(0, fileUri.length() - 1);
        }
        if (!fileUri.startsWith(rootUri)) {
            return plain;
        }
        byte[] bytes = percentDecode(fileUri.substring(rootUri.length()));
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static byte[] percentDecode(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
