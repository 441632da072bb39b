package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.crosscheck.report.Reports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each folder under {@code src/test/resources/golden/} holds {@code input/} articles and the
 * {@code expected/} reports the shipped rules must produce from them, byte for byte. After a deliberate change,
 * regenerate with {@code mvn -B test -Dtest=GoldenReportsTest -Dgolden.update=true} (which fails on each file it
 * rewrote), review the diff and rerun without the flag.
 */
class GoldenReportsTest {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    @TempDir
    Path out;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(ROOT)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsMatchTheGoldenFiles(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        Auditor.audit(Auditor.Options.of(dir.resolve("input"), Path.of("rules"), out));
        Path expected = dir.resolve("expected");
        for (String report : Reports.NAMES) {
            String actual = Files.readString(out.resolve(report));
            Path file = expected.resolve(report);
            // Update mode fails where it rewrote, so that a run with the flag never passes on files nobody reviewed.
            if (Boolean.getBoolean("golden.update") && !(Files.exists(file) && Files.readString(file).equals(actual))) {
                Files.createDirectories(expected);
                Files.writeString(file, actual);
                throw new AssertionError("rewrote " + file + "; review the diff and rerun without -Dgolden.update");
            }
            assertThat(actual).as(name + "/" + report).isEqualTo(Files.readString(file));
        }
    }
}
