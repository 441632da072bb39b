package org.crosscheck.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.CrosscheckException;

/**
 * Writes one CSV report: RFC 4180, UTF-8, header from a column enum, every cell neutralised for spreadsheets.
 * Rows go to a temporary file in the target folder that replaces the report only once complete, so a failed or
 * killed run leaves the previous report whole.
 */
public final class ReportWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private ReportWriter() {
    }

    /** A report with its rows, ready to be committed into place. */
    public record Pending(Path temp, Path target) {
    }

    /** Writes rows to a temporary file beside {@code target}; call {@link #commit(List)} to move them into place. */
    public static <E extends Enum<E>> Pending prepare(Path target, Class<E> columns,
                                                      Iterable<? extends List<String>> rows) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path dir = target.toAbsolutePath().getParent();
            // Temporary files are created owner-only; a report is an ordinary file that others may read.
            Path temp = dir.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(dir, "." + target.getFileName(), ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")))
                    : Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(columns).get())) {
                for (List<String> row : rows) {
                    List<String> safe = new ArrayList<>(row.size());
                    for (String cell : row) {
                        safe.add(CsvCells.neutralise(cell));
                    }
                    printer.printRecord(safe);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            return new Pending(temp, target);
        } catch (IOException e) {
            throw new CrosscheckException(target.toString(), "cannot write report: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        }
    }

    /** Moves every prepared report into place (atomically where the file system allows). */
    public static void commit(List<Pending> pending) {
        for (Pending p : pending) {
            try {
                try {
                    Files.move(p.temp(), p.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(p.temp(), p.target(), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new CrosscheckException(p.target().toString(), "cannot replace report: " + e.getMessage(),
                        CrosscheckException.FAILURE, e);
            }
        }
    }

    /** Deletes prepared reports that will not be committed. */
    public static void discard(List<Pending> pending) {
        for (Pending p : pending) {
            try {
                Files.deleteIfExists(p.temp());
            } catch (IOException e) {
                // best effort: a stray temporary file is harmless and named as hidden
            }
        }
    }
}
