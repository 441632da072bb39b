package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.CrosscheckException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports of a folder are replaced as one set, and nothing a run writes outlives it. */
class ReportSetTest {
    private static final List<String> NAMES = List.of("a.csv", "b.csv", "c.csv");

    @TempDir
    Path dir;

    @BeforeEach
    void previousReports() throws IOException {
        for (String n : NAMES) {
            Files.writeString(dir.resolve(n), "previous " + n);
        }
    }

    private static List<ReportSet.Output> fresh() {
        return NAMES.stream().map(n -> new ReportSet.Output(n, f -> Files.writeString(f, "new " + n))).toList();
    }

    private void assertPrevious() throws IOException {
        for (String n : NAMES) {
            assertThat(Files.readString(dir.resolve(n))).isEqualTo("previous " + n);
        }
    }

    /** Everything in the folder but the reports: temporary folders and files, markers. */
    private List<String> leftovers() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !NAMES.contains(n)).toList();
        }
    }

    @Test
    void reportsAreReplacedAsASet() throws IOException {
        try (ReportSet.Run run = ReportSet.open(dir, NAMES)) {
            run.replace(fresh());
        }
        for (String n : NAMES) {
            assertThat(Files.readString(dir.resolve(n))).isEqualTo("new " + n);
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aMoveThatFailsMidwayPutsEveryPreviousReportBack() throws IOException {
        AtomicInteger moves = new AtomicInteger();
        ReportSet.Mover failsOnTheFourth = (from, to) -> {
            if (moves.incrementAndGet() == 4) {
                throw new java.nio.file.AccessDeniedException(from.toString());
            }
            Files.move(from, to);
        };
        CrosscheckException e;
        try (ReportSet.Run run = ReportSet.open(dir, NAMES, failsOnTheFourth)) {
            e = catchThrowableOfType(CrosscheckException.class, () -> run.replace(fresh()));
        }
        assertThat(e.getMessage()).contains("cannot replace report").contains("every report was left as it was");
        assertPrevious();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anImmutableReportLeavesTheWholePreviousSet() throws Exception {
        Path b = dir.resolve("b.csv");
        Process chattr = new ProcessBuilder("chattr", "+i", b.toString()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(chattr.waitFor() == 0,
                "chattr +i is not available here (needs root and a file system with attributes)");
        try {
            CrosscheckException e;
            try (ReportSet.Run run = ReportSet.open(dir, NAMES)) {
                e = catchThrowableOfType(CrosscheckException.class, () -> run.replace(fresh()));
            }
            assertThat(e.getMessage()).isEqualTo(b + ": cannot replace report: Operation not permitted (an immutable "
                    + "file?); every report was left as it was");
            assertPrevious();
            assertThat(leftovers()).isEmpty();
        } finally {
            new ProcessBuilder("chattr", "-i", b.toString()).start().waitFor();
        }
    }

    @Test
    void aReportThatFailsToWriteChangesNothingAndLeavesNoTemporaryFile() throws IOException {
        List<ReportSet.Output> outputs = List.of(new ReportSet.Output("a.csv", f -> Files.writeString(f, "new")),
                new ReportSet.Output("b.csv", f -> {
                    Files.writeString(f, "half");
                    throw new IOException("disk full");
                }));
        CrosscheckException e;
        try (ReportSet.Run run = ReportSet.open(dir, NAMES)) {
            e = catchThrowableOfType(CrosscheckException.class, () -> run.replace(outputs));
        }
        assertThat(e.getMessage()).contains("disk full").contains("no report was changed");
        assertPrevious();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aReportPathThatIsAFolderIsRefusedBeforeAnythingMoves() throws IOException {
        Files.delete(dir.resolve("c.csv"));
        Files.createDirectories(dir.resolve("c.csv/inside"));
        CrosscheckException e;
        try (ReportSet.Run run = ReportSet.open(dir, NAMES)) {
            e = catchThrowableOfType(CrosscheckException.class, () -> run.replace(fresh()));
        }
        assertThat(e.getMessage()).contains("it is not a plain file; no report was changed");
        assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo("previous a.csv");
        assertThat(dir.resolve("c.csv/inside")).isDirectory();
    }

    @Test
    void temporaryFilesOfKilledRunsAreRemovedAtStart() throws IOException {
        long dead = deadPid();
        Files.createDirectories(dir.resolve(".crosscheck-" + dead + "-123/new"));
        Files.writeString(dir.resolve(".crosscheck-" + dead + "-123/new/a.csv"), "17 MB of half a report");
        Files.writeString(dir.resolve(".b.csv4711.tmp"), "what the writer before ReportSet left");
        Files.createDirectories(dir.resolve(".crosscheck-1-456"));
        Files.writeString(dir.resolve("notes.txt"), "the user's");
        try (ReportSet.Run run = ReportSet.open(dir, NAMES)) {
            assertThat(leftovers()).containsExactlyInAnyOrder(".crosscheck-1-456", "notes.txt", ReportSet.MARKER);
        }
        assertThat(leftovers()).containsExactlyInAnyOrder(".crosscheck-1-456", "notes.txt");
    }

    @Test
    void aRunThatDidNotFinishIsReportedByTheNext() throws IOException {
        Files.writeString(dir.resolve(ReportSet.MARKER), "pid " + deadPid() + ", started 2026-01-01T00:00:00Z\n");
        try (ReportSet.Run run = ReportSet.open(dir, NAMES)) {
            assertThat(run.warnings()).singleElement().asString().isEqualTo(dir + ": an earlier run into this "
                    + "folder (pid " + deadPid() + ", started 2026-01-01T00:00:00Z) did not finish; the reports here "
                    + "are from the run before it");
        }
        assertThat(leftovers()).isEmpty();
        try (ReportSet.Run run = ReportSet.open(dir, NAMES)) {
            assertThat(run.warnings()).isEmpty();
        }
    }

    @Test
    void aFolderTheRunCreatedIsRemovedWhenNothingWasWritten() {
        Path fresh = dir.resolve("new-folder");
        try (ReportSet.Run run = ReportSet.open(fresh, NAMES)) {
            assertThat(fresh.resolve(ReportSet.MARKER)).exists();
        }
        assertThat(fresh).doesNotExist();
    }

    /** A process id no process has: above the largest the kernel hands out. */
    private static long deadPid() {
        long pid = 4_194_304L + 17;
        assertThat(ProcessHandle.of(pid)).isEmpty();
        return pid;
    }
}
