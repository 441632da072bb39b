package org.crosscheck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.CrosscheckException;
import org.crosscheck.FileTrees;

/**
 * Replaces the reports of a folder as one set: every output is written into a fresh temporary folder inside the
 * output folder (the same file system, so moves are renames), and only when all are complete do they move into
 * place, each previous file first moved aside. If any move fails, every file already moved is put back, so the
 * folder holds either the whole new set or the whole previous one; the temporary folder is removed either way.
 *
 * <p>A run also leaves a marker, {@value #MARKER}, in the folder while it works. A run that is killed, or halted by
 * a rule, leaves it behind: the next run says so, and removes the temporary folders such runs left (those whose
 * process is gone).
 */
public final class ReportSet {
    /** The marker of a run in progress. */
    public static final String MARKER = ".crosscheck-run";
    private static final String TEMP_PREFIX = ".crosscheck-";
    /** In a temporary folder that holds the only copy of a previous report: never removed as stale. */
    private static final String KEEP = "KEEP";
    /** {@code .crosscheck-<pid>-<random>}: a run's temporary folder. */
    private static final Pattern TEMP = Pattern.compile("\\.crosscheck-(\\d+)-.+");
    /** What the writer before this one left: {@code .audit.csv1234.tmp}. */
    private static final Pattern LEGACY_TEMP = Pattern.compile("\\.(.+?)\\d+\\.tmp");

    /** Writes one output to a file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Path file) throws IOException;
    }

    /** One report: its file name in the output folder and how to write it. */
    public record Output(String name, Body body) {
        public Output {
            if (name.isEmpty() || name.contains("/") || name.contains(java.io.File.separator) || name.startsWith(".")) {
                throw new IllegalArgumentException("an output is a plain file name: " + name);
            }
        }
    }

    /** Moves a file; a seam for tests that make one move fail. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private static final Mover RENAME = (from, to) -> {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    };

    /** Temporary folders of runs in this process, removed by {@link #abandonAll} when the process is stopped. */
    private static final Set<Path> ACTIVE = ConcurrentHashMap.newKeySet();

    private ReportSet() {
    }

    /**
     * A run into an output folder: removes what killed runs left, records the marker, and says whether the last
     * run did not finish. Close it when the run ends, whether it wrote the reports or failed.
     */
    public static final class Run implements AutoCloseable {
        private final Path dir;
        private final boolean createdDir;
        private final List<String> warnings;
        private final Mover mover;

        private Run(Path dir, boolean createdDir, List<String> warnings, Mover mover) {
            this.dir = dir;
            this.createdDir = createdDir;
            this.warnings = List.copyOf(warnings);
            this.mover = mover;
        }

        /** What the folder said about earlier runs. */
        public List<String> warnings() {
            return warnings;
        }

        /** Writes the outputs and replaces the previous ones as a set; see the class comment. */
        public void replace(List<Output> outputs) {
            ReportSet.replace(dir, outputs, mover);
        }

        /** Removes the marker, and the output folder if this run created it and left it empty. */
        @Override
        public void close() {
            try {
                Files.deleteIfExists(dir.resolve(MARKER));
                if (createdDir) {
                    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                        if (!s.iterator().hasNext()) {
                            Files.delete(dir);
                        }
                    }
                }
            } catch (IOException e) {
                // The marker only says that a run did not finish; failing to remove it must not fail the run.
            }
        }
    }

    /** Opens a run into {@code dir}; {@code names} are the outputs it writes (for the temporary files of older versions). */
    public static Run open(Path dir, List<String> names) {
        return open(dir, names, RENAME);
    }

    static Run open(Path dir, List<String> names, Mover mover) {
        List<String> warnings = new ArrayList<>();
        boolean created = !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
        try {
            Files.createDirectories(dir);
            removeStale(dir, names, warnings);
            Path marker = dir.resolve(MARKER);
            Optional<String> earlier = readMarker(marker);
            earlier.ifPresent(m -> warnings.add(dir + ": an earlier run into this folder (" + m
                    + ") did not finish; the reports here are from the run before it"));
            Files.writeString(marker, "pid " + ProcessHandle.current().pid() + ", started "
                    + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CrosscheckException(dir.toString(), "cannot write to the output folder: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        }
        return new Run(dir, created, warnings, mover);
    }

    private static Optional<String> readMarker(Path marker) throws IOException {
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        String text = Files.readString(marker, StandardCharsets.UTF_8).strip();
        Matcher pid = Pattern.compile("pid (\\d+)").matcher(text);
        if (pid.find() && isAlive(Long.parseLong(pid.group(1)))) {
            return Optional.empty();
        }
        return Optional.of(text.isEmpty() ? "no details" : text);
    }

    /** Deletes the temporary folders of runs whose process is gone, and temporary files of older versions. */
    private static void removeStale(Path dir, List<String> names, List<String> warnings) throws IOException {
        Set<String> known = new HashSet<>(names);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                Matcher temp = TEMP.matcher(name);
                Matcher legacy = LEGACY_TEMP.matcher(name);
                boolean stale = temp.matches() && !isAlive(Long.parseLong(temp.group(1)))
                        && !Files.exists(p.resolve(KEEP))
                        || legacy.matches() && known.contains(legacy.group(1)) && Files.isRegularFile(p);
                if (stale && !FileTrees.deleteQuietly(p)) {
                    warnings.add(p + ": cannot remove what an earlier run left");
                }
            }
        }
    }

    private static boolean isAlive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Deletes the temporary folders of this process: for a shutdown hook when the process is stopped. */
    public static void abandonAll() {
        for (Path p : ACTIVE) {
            FileTrees.deleteQuietly(p);
        }
    }

    private static void replace(Path dir, List<Output> outputs, Mover mover) {
        Set<String> names = new HashSet<>();
        for (Output o : outputs) {
            if (!names.add(o.name())) {
                throw new IllegalArgumentException("two outputs named " + o.name());
            }
            Path target = dir.resolve(o.name());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new CrosscheckException(target.toString(), "cannot replace report: it is not a plain file; "
                        + "no report was changed", CrosscheckException.FAILURE);
            }
        }
        Path temp;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempDirectory(dir, TEMP_PREFIX + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new CrosscheckException(dir.toString(), "cannot write report: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        }
        ACTIVE.add(temp);
        boolean[] keepTemp = {false};
        try {
            Path fresh = Files.createDirectory(temp.resolve("new"));
            Path old = Files.createDirectory(temp.resolve("old"));
            for (Output o : outputs) {
                try {
                    o.body().writeTo(fresh.resolve(o.name()));
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new CrosscheckException(dir.resolve(o.name()).toString(), "cannot write report: "
                            + e.getMessage() + "; no report was changed", CrosscheckException.FAILURE, e);
                }
            }
            swap(dir, outputs, fresh, old, mover, keepTemp);
        } catch (IOException e) {
            throw new CrosscheckException(dir.toString(), "cannot write report: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        } finally {
            if (!keepTemp[0]) {
                FileTrees.deleteQuietly(temp);
            }
            ACTIVE.remove(temp);
        }
    }

    /**
     * Moves the new files into place, each previous file aside first; on a failure puts everything back and
     * throws. Sets {@code keepTemp} when the temporary folder must be kept: the rollback itself failed and it
     * holds the only copy of a previous report.
     */
    private static void swap(Path dir, List<Output> outputs, Path fresh, Path old, Mover mover, boolean[] keepTemp) {
        List<String> movedAside = new ArrayList<>();
        List<String> movedIn = new ArrayList<>();
        for (Output o : outputs) {
            Path target = dir.resolve(o.name());
            try {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    mover.move(target, old.resolve(o.name()));
                    movedAside.add(o.name());
                }
                mover.move(fresh.resolve(o.name()), target);
                movedIn.add(o.name());
            } catch (IOException e) {
                List<String> lost = rollBack(dir, fresh, old, movedAside, movedIn, mover);
                String why = "cannot replace report: " + describe(e);
                if (lost.isEmpty()) {
                    throw new CrosscheckException(target.toString(), why + "; every report was left as it was",
                            CrosscheckException.FAILURE, e);
                }
                keepTemp[0] = true;
                try {
                    Files.writeString(old.getParent().resolve(KEEP), "previous reports that could not be put back\n");
                } catch (IOException ignored) {
                    // the folder is kept all the same; only a later run's clean-up would miss the hint
                }
                throw new CrosscheckException(target.toString(), why + "; and could not put back "
                        + String.join(", ", lost) + ": the previous copies are in " + old, CrosscheckException.FAILURE, e);
            }
        }
    }

    /** Undoes the moves, newest first; returns the previous reports that could not be put back. */
    private static List<String> rollBack(Path dir, Path fresh, Path old, List<String> movedAside, List<String> movedIn,
                                         Mover mover) {
        List<String> lost = new ArrayList<>();
        for (int i = movedIn.size() - 1; i >= 0; i--) {
            String name = movedIn.get(i);
            try {
                mover.move(dir.resolve(name), fresh.resolve(name));
            } catch (IOException e) {
                if (movedAside.contains(name)) {
                    lost.add(name);
                }
            }
        }
        for (int i = movedAside.size() - 1; i >= 0; i--) {
            String name = movedAside.get(i);
            if (lost.contains(name)) {
                continue;
            }
            try {
                mover.move(old.resolve(name), dir.resolve(name));
            } catch (IOException e) {
                lost.add(name);
            }
        }
        return lost;
    }

    /** The reason of a failed move without the temporary paths it names. */
    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (a read-only file or folder?)";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + (fse.getReason().contains("not permitted") ? " (an immutable file?)" : "");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
