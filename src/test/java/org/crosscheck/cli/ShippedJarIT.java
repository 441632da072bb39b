package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar, run as a user runs it from a folder without {@code rules/}: it audits with the rules and data
 * files shipped inside it, copied out of the jar into a temporary folder that is gone when it exits. Runs in
 * {@code mvn verify}'s integration-test phase, after {@code package} has built {@code target/crosscheck.jar} (the
 * surefire execution {@code shipped-jar} of the pom), never in the unit-test phase, where there is no jar yet.
 */
class ShippedJarIT {
    private static final Path JAR = Path.of("target", "crosscheck.jar").toAbsolutePath();
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final List<String> COMPARED = List.of("audit.csv", "facts.csv", "sources.csv", "findings.jsonl");

    private record Run(int code, String out, String err) {
    }

    @Test
    void theJarAuditsFromAFolderWithoutRulesWithTheRulesAndDataItShips(@TempDir Path tmp) throws Exception {
        assertThat(JAR).as("run through mvn verify: the jar is built in the package phase").isRegularFile();
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> names = Collections.list(zip.entries()).stream().map(e -> e.getName()).toList();
            assertThat(names).anyMatch(n -> n.matches("crosscheck/rules/[^/]+\\.drl"))
                    .contains("crosscheck/rules/data/places.csv")
                    .noneMatch(n -> n.startsWith("crosscheck/rules/tests/"));
        }
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        try (Stream<Path> files = Files.list(PROJECT.resolve("seeds"))) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName().toString()));
            }
        }
        Path javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));

        Run shipped = java(work, javaTmp, "--input", "seeds", "--out", "shipped");
        assertThat(shipped.code()).as(shipped.err()).isZero();
        assertThat(shipped.out()).contains("Audited 5 articles");
        assertThat(work.resolve("rules")).doesNotExist();
        // The copy of the shipped rules lived in the JVM's temporary folder and was removed at exit.
        try (Stream<Path> left = Files.list(javaTmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("crosscheck-rules-"));
        }

        // The same reports as the project's own rules folder gives: the shipped copy holds every rule and data file.
        Run own = java(work, javaTmp, "--input", "seeds", "--rules", PROJECT.resolve("rules").toString(),
                "--out", "own");
        assertThat(own.code()).as(own.err()).isZero();
        for (String name : COMPARED) {
            assertThat(work.resolve("shipped").resolve(name)).as(name)
                    .hasSameBinaryContentAs(work.resolve("own").resolve(name));
        }

        // A rules/ folder in the working folder wins over the shipped rules: this one lacks the data files.
        Path local = Files.createDirectories(work.resolve("rules"));
        Files.writeString(local.resolve("empty.drl"), "package crosscheck.test;\n");
        Run edited = java(work, javaTmp, "--input", "seeds", "--out", "edited");
        assertThat(edited.code()).isEqualTo(2);
        assertThat(edited.err()).contains("rules/data/").contains("data file is missing");
    }

    private static Run java(Path dir, Path javaTmp, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=" + javaTmp, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(javaTmp.getParent(), "out", ".txt");
        Path err = Files.createTempFile(javaTmp.getParent(), "err", ".txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the jar did not finish in 10 minutes: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
