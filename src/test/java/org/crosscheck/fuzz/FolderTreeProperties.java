package org.crosscheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.crosscheck.FileTrees;
import org.crosscheck.ingest.Corpus;

/**
 * Arbitrary input folders: nested folders, links to files and folders (down, up into a loop, nowhere), special
 * files named {@code *.txt} (a FIFO, a device), folders without permissions, odd names. The walk never throws and
 * never hangs, and nothing is lost silently: every regular {@code *.txt} file below the folder is either an entry
 * to read or lies under an entry that says why it was skipped; special files are entries with a reason, never
 * read.
 */
class FolderTreeProperties {
    private static Path scratch;
    private static Path fifo;

    /** What to create; {@code parent} and {@code target} pick among the folders made so far. */
    record Node(int kind, int parent, int target, String name) {
    }

    private static final int TXT = 0;
    private static final int OTHER = 1;
    private static final int FOLDER = 2;
    private static final int LINK_TO_FILE = 3;
    private static final int LINK_TO_FOLDER = 4;
    private static final int DANGLING = 5;
    private static final int LINK_TO_FIFO = 6;
    private static final int LINK_TO_DEVICE = 7;
    private static final int LOCKED_FOLDER = 8;
    private static final int KINDS = 9;

    @BeforeContainer
    static void scratch() throws Exception {
        scratch = Files.createTempDirectory("crosscheck-trees");
        fifo = scratch.resolve("the.fifo");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (p.waitFor() != 0) {
            fifo = null;
        }
    }

    @AfterContainer
    static void clean() throws IOException {
        unlock(scratch);
        FileTrees.delete(scratch);
    }

    /** Gives every folder below {@code root} its permissions back, so that the tree can be deleted. */
    private static void unlock(Path root) throws IOException {
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> list = Files.list(root)) {
            for (Path p : list.toList()) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    unlock(p);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Node>> trees() {
        Arbitrary<String> names = Arbitraries.of("a", "b c", "caf\u00E9", "\u0645\u0642\u0627\u0644", "x\ny", "UP",
                ".hidden", "metadata", "d-1").flatMap(base -> Arbitraries.of(".txt", ".TXT", "", ".md")
                .map(ext -> base + ext));
        Arbitrary<Node> node = Combinators.combine(Arbitraries.integers().between(0, KINDS - 1),
                Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 50), names).as(Node::new);
        return node.list().ofMaxSize(14);
    }

    @Property
    void everyArticleFileIsReadOrUnderAnEntrySayingWhyNot(@ForAll("trees") List<Node> tree) throws IOException {
        Path root = Files.createTempDirectory(scratch, "tree");
        try {
            check(root, tree);
        } finally {
            unlock(root);
            FileTrees.delete(root);
        }
    }

    private static void check(Path root, List<Node> tree) throws IOException {
        List<Path> folders = new ArrayList<>(List.of(root));
        for (Node n : tree) {
            Path parent = folders.get(n.parent() % folders.size());
            Path p = parent.resolve(n.name());
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(parent)
                    || !Files.isWritable(parent)) {
                continue;
            }
            Path target = folders.get(n.target() % folders.size());
            switch (n.kind()) {
                case TXT, OTHER -> Files.writeString(p, "date 2020-01-02\n\nSome text.\n");
                case FOLDER -> folders.add(Files.createDirectory(p));
                case LINK_TO_FILE -> Files.createSymbolicLink(p, Files.writeString(parent.resolve(n.name() + ".real"),
                        "x"));
                case LINK_TO_FOLDER -> Files.createSymbolicLink(p, target);
                case DANGLING -> Files.createSymbolicLink(p, parent.resolve("nowhere"));
                case LINK_TO_FIFO -> {
                    if (fifo != null) {
                        Files.createSymbolicLink(p, fifo);
                    }
                }
                case LINK_TO_DEVICE -> Files.createSymbolicLink(p, Path.of("/dev/null"));
                default -> {
                    Files.createDirectory(p);
                    Files.writeString(p.resolve("inside.txt"), "x");
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
                }
            }
        }

        Corpus.Listing listing = Corpus.walk(root);
        List<String> sources = listing.entries().stream().map(Corpus.Entry::source).toList();
        assertThat(sources).isSorted().doesNotHaveDuplicates();
        Set<Object> read = new HashSet<>();
        List<Path> skipped = new ArrayList<>();
        for (Corpus.Entry e : listing.entries()) {
            if (e.problem() != null) {
                skipped.add(e.path());
                continue;
            }
            String[] problem = new String[1];
            byte[] bytes = Corpus.read(e.path(), 1 << 20, problem);
            assertThat(bytes != null || problem[0] != null).isTrue();
            if (bytes != null) {
                read.add(Files.readAttributes(e.path(), BasicFileAttributes.class).fileKey());
            }
        }
        // Every regular *.txt file of the tree, found by following links from the root.
        for (Path f : articleFiles(root, new HashSet<>())) {
            Object key = Files.readAttributes(f, BasicFileAttributes.class).fileKey();
            boolean underSkipped = skipped.stream().anyMatch(s -> f.startsWith(s) && !f.equals(s));
            assertThat(read.contains(key) || underSkipped).as(f.toString()).isTrue();
        }
        for (Corpus.Entry e : listing.entries()) {
            if (!Files.isRegularFile(e.path()) && !Files.isDirectory(e.path()) && Files.exists(e.path())) {
                assertThat(e.problem()).as(e.source()).isNotNull();
            }
        }
    }

    /** Regular {@code *.txt} files reachable from a folder, each folder visited once by its real path. */
    private static List<Path> articleFiles(Path dir, Set<Path> seen) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!seen.add(dir.toRealPath()) || !Files.isReadable(dir) || !Files.isExecutable(dir)) {
            return out;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                if (Files.isDirectory(p)) {
                    out.addAll(articleFiles(p, seen));
                } else if (Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".txt")) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
