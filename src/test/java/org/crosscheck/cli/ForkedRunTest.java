package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.JavaProcess;
import org.crosscheck.TestFiles;
import org.crosscheck.report.ReportSet;
import org.crosscheck.report.Reports;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What only a process of its own shows: its exit code when a rule ends it, another locale, another user. */
class ForkedRunTest {
    private static final String DRL_HEADER = "package rules;\nimport org.crosscheck.fact.*;\n\n";
    private static final Path GOLDEN = Path.of("src/test/resources/golden/seeds");

    @TempDir
    Path dir;

    private Path rulesWith(String name, String drl) {
        Path rules = TestFiles.copyTree(Path.of("rules"), dir.resolve("rules"));
        TestFiles.write(rules.resolve(name), drl);
        return rules;
    }

    private Path earlierReports() {
        Path out = dir.resolve("reports");
        assertThat(MainTest.run("--out", out.toString()).code()).isZero();
        return out;
    }

    private List<String> files(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aRuleCallingSystemExitNeverExitsZero() throws IOException {
        Path out = earlierReports();
        String before = TestFiles.read(out.resolve(Reports.AUDIT));
        // The checker rejects a plain System.exit (RuleMistakesTest); through reflection it reaches the run.
        Path rules = rulesWith("exit.drl", TestFiles.ruleOnDesignations("A rule that ends the process",
                "System.class.getMethod(\"exit\", int.class).invoke(null, 0);"));
        JavaProcess.Result r = new JavaProcess().run(120, "--rules", rules.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("error: the run was stopped before it finished (a signal, or System.exit "
                + "called by a rule); no report was replaced");
        assertThat(TestFiles.read(out.resolve(Reports.AUDIT))).isEqualTo(before);
        assertThat(files(out)).allMatch(n -> !n.startsWith(".crosscheck-") || n.equals(ReportSet.MARKER));
    }

    @Test
    void aRuleCallingHaltLeavesTheMarkerOfARunThatDidNotFinish() throws IOException {
        Path out = earlierReports();
        String before = TestFiles.read(out.resolve(Reports.AUDIT));
        Path rules = rulesWith("halt.drl", TestFiles.ruleOnDesignations("A rule that halts the JVM",
                "Runtime.class.getMethod(\"halt\", int.class).invoke(Runtime.getRuntime(), 0);"));
        JavaProcess.Result r = new JavaProcess().run(120, "--rules", rules.toString(), "--out", out.toString());
        // Runtime.halt skips every hook: its exit code cannot be changed, but the run's marker stays behind.
        assertThat(r.code()).isZero();
        assertThat(out.resolve(ReportSet.MARKER)).exists();
        assertThat(TestFiles.read(out.resolve(Reports.AUDIT))).isEqualTo(before);
        MainTest.Run next = MainTest.run("--out", out.toString());
        assertThat(next.code()).isZero();
        assertThat(next.err()).contains("warning: " + out + ": an earlier run into this folder (pid ")
                .contains(") did not finish; the reports here are from the run before it");
        assertThat(out.resolve(ReportSet.MARKER)).doesNotExist();
    }

    @Test
    void aRuleThatLoopsWithoutWaitingStillEndsTheRunNamingIt() throws IOException {
        Path out = earlierReports();
        String before = TestFiles.read(out.resolve(Reports.AUDIT));
        Path rules = rulesWith("spin.drl", DRL_HEADER + "rule \"A rule whose condition never returns\"\nwhen\n"
                + "    Claim( attribute == \"designation\" )\n    eval( spin() )\nthen\nend\n\n"
                + "function boolean spin() {\n    long n = 0;\n    while (n >= 0) { n = (n + 1) % 1000; }\n"
                + "    return false;\n}\n");
        JavaProcess.Result r = new JavaProcess().run(120, "--rules", rules.toString(), "--out", out.toString(),
                "--max-session-seconds", "2");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + rules.resolve("spin.drl") + ":4: rule \"A rule whose condition never "
                + "returns\": still running after 2 s");
        assertThat(TestFiles.read(out.resolve(Reports.AUDIT))).isEqualTo(before);
    }

    @Test
    void aStoppedRunRemovesItsTemporaryFiles() throws Exception {
        Path out = earlierReports();
        Path rules = rulesWith("slow.drl", TestFiles.ruleOnDesignations("A rule that takes its time",
                "Thread.sleep(60000);"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", JavaProcess.testClasspath(), "org.crosscheck.cli.Main", "--rules",
                rules.toString(), "--out", out.toString()));
        Path log = dir.resolve("stopped.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(out.resolve(ReportSet.MARKER)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        p.destroy();
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String err = TestFiles.read(log);
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err).contains("the run was stopped before it finished");
        assertThat(files(out)).allMatch(n -> !n.startsWith(".crosscheck-") || n.equals(ReportSet.MARKER));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-Duser.language=ar -Duser.country=EG", "-Duser.language=tr -Duser.country=TR",
            "-Dfile.encoding=ISO-8859-1 -Dsun.stdout.encoding=ISO-8859-1"})
    void goldenSeedsAreTheSameWhateverTheDefaultLocaleAndCharset(String jvm) throws IOException {
        Path out = dir.resolve("out");
        JavaProcess.Result r = new JavaProcess().jvm(jvm.split(" ")).run(180, "--input",
                GOLDEN.resolve("input").toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        for (String report : Reports.NAMES) {
            assertThat(TestFiles.read(out.resolve(report))).as(jvm + " " + report)
                    .isEqualTo(TestFiles.read(GOLDEN.resolve("expected").resolve(report)));
        }
    }

    @Test
    void nonAsciiFileNamesSurviveTheCLocale() {
        Path input = dir.resolve("in");
        TestFiles.write(input.resolve("caf\u00E9 \u0645\u0642\u0627\u0644.txt"),
                "date 2020-01-02\n\nRussia sold two Su-30SM fighters to Pakistan.\n");
        Path out = dir.resolve("out");
        JavaProcess.Result r = new JavaProcess().env("LC_ALL", "C").env("LANG", "C")
                .run(120, "--input", input.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(TestFiles.read(out.resolve(Reports.SOURCES)))
                .contains("caf\u00E9 \u0645\u0642\u0627\u0644.txt,2020-01-02,header");
        assertThat(TestFiles.read(out.resolve(Reports.FACTS))).contains("caf\u00E9 \u0645\u0642\u0627\u0644.txt");
    }

    /**
     * Root reads every folder whatever its permissions, so as root the audit runs as user nobody (through
     * setpriv), with the class path copied where nobody may read it.
     */
    @Test
    void anUnreadableSubfolderIsSkippedWithAWarning() throws Exception {
        Path input = TestFiles.copyTree(Path.of("seeds"), dir.resolve("in"));
        Path secret = TestFiles.write(input.resolve("secret/hidden.txt"), "date 2020-01-02\n\nHidden.\n").getParent();
        Path out = dir.resolve("out");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            JavaProcess process = new JavaProcess();
            if (Files.isReadable(secret) && Files.isExecutable(secret)) {
                Assumptions.assumeTrue(new ProcessBuilder("setpriv", "--version").start().waitFor() == 0,
                        "the tests run as root, which reads every folder, and setpriv is not there to run as "
                                + "another user: the unreadable folder cannot be made");
                process.through(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"),
                        copyClasspathForAnyone());
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
                Files.createDirectories(out);
                Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxrwxrwx"));
                Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
            }
            JavaProcess.Result r = process.run(120, "--input", input.toString(), "--rules",
                    Path.of("rules").toAbsolutePath().toString(), "--out", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("warning: " + input + "/secret/: cannot list folder: permission denied; "
                    + "skipped");
            assertThat(r.out()).contains("Audited 6 articles");
            assertThat(TestFiles.read(out.resolve(Reports.SOURCES))).contains("secret/,,unknown");
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** The test class path copied into a folder anyone may read, as one class path string. */
    private String copyClasspathForAnyone() throws IOException {
        Path cp = Files.createDirectories(dir.resolve("cp"));
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String entry : JavaProcess.classpathEntries()) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = cp.resolve(i++ + "-" + from.getFileName());
            if (Files.isDirectory(from)) {
                TestFiles.copyTree(from, to);
            } else {
                Files.copy(from, to);
            }
            entries.add(to.toString());
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p)
                        ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
