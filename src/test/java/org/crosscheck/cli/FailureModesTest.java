package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.TestFiles;
import org.crosscheck.report.Reports;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The failures an attack on the auditor found (issue 17), each through the command line: what it prints, the exit
 * code, and that earlier reports are not lost. README "When things go wrong" lists each message.
 */
class FailureModesTest {
    @TempDir
    Path dir;
    Path input;
    Path out;

    @BeforeEach
    void seeds() {
        input = TestFiles.copyTree(Path.of("seeds"), dir.resolve("in"));
        out = dir.resolve("reports");
    }

    private static MainTest.Run run(String... args) {
        return MainTest.run(args);
    }

    /** Runs the seeds into {@link #out} and returns audit.csv, the report a later failure must leave alone. */
    private String earlierReports() {
        assertThat(run("--input", input.toString(), "--out", out.toString()).code()).isZero();
        return TestFiles.read(out.resolve(Reports.AUDIT));
    }

    private String sourcesCsv() {
        return TestFiles.read(out.resolve(Reports.SOURCES));
    }

    private Path rulesWith(String name, String drl) {
        Path rules = TestFiles.copyTree(Path.of("rules"), dir.resolve("rules"));
        TestFiles.write(rules.resolve(name), drl);
        return rules;
    }

    private static final String DRL_HEADER = "package rules;\nimport org.crosscheck.fact.*;\n\n";

    @Test
    void inputGivenAsALinkToAFolderIsRead() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link-to-input"), input);
        MainTest.Run r = run("--input", link.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Audited 5 articles");
        assertThat(TestFiles.read(out.resolve(Reports.AUDIT))).contains("designation");
    }

    @Test
    void rulesGivenAsALinkToAFolderAreRun() throws IOException {
        Path rules = TestFiles.copyTree(Path.of("rules"), dir.resolve("rules"));
        Path link = Files.createSymbolicLink(dir.resolve("link-to-rules"), rules);
        MainTest.Run r = run("--input", input.toString(), "--rules", link.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(TestFiles.read(out.resolve(Reports.AUDIT))).contains("Same equipment family named");
    }

    @Test
    void aFolderOfFilesWithNoArticleIsAnErrorThatKeepsTheReports() {
        String before = earlierReports();
        Path other = dir.resolve("other");
        TestFiles.write(other.resolve("notes.md"), "# not an article");
        TestFiles.write(other.resolve("sub/data.csv"), "a,b\n");
        MainTest.Run r = run("--input", other.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("error: " + other + ": no *.txt article in a folder of 2 file(s)");
        assertThat(TestFiles.read(out.resolve(Reports.AUDIT))).isEqualTo(before);
    }

    @Test
    void aRulesFolderWithNoRuleIsAnErrorThatKeepsTheReports() throws IOException {
        String before = earlierReports();
        Path rules = TestFiles.copyTree(Path.of("rules"), dir.resolve("rules"));
        try (var drl = Files.list(rules)) {
            for (Path p : drl.filter(p -> p.toString().matches(".*\\.drl(\\.csv|\\.xlsx)?")).toList()) {
                Files.delete(p);
            }
        }
        MainTest.Run r = run("--input", input.toString(), "--rules", rules.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("error: " + rules + ": no rule file (*.drl, *.drl.csv, *.drl.xlsx) in the rules folder");
        assertThat(TestFiles.read(out.resolve(Reports.AUDIT))).isEqualTo(before);
    }

    @Test
    void aFifoNamedTxtIsSkippedNotWaitedOn() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", input.resolve("a.txt").toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here; the FIFO case cannot be built");
        MainTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> run("--input", input.toString(), "--out", out.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("a.txt: not a regular file (a FIFO); skipped");
        assertThat(sourcesCsv()).contains("a.txt,,unknown,,0,0,,not a regular file (a FIFO); skipped");
    }

    @Test
    void aLinkToDevZeroIsSkippedNotReadUntilMemoryRunsOut() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");
        Files.createSymbolicLink(input.resolve("z.txt"), Path.of("/dev/zero"));
        MainTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> run("--input", input.toString(), "--out", out.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("z.txt: not a regular file (a character device); skipped");
    }

    /** Files of /proc are regular and report size 0, as /dev/zero does: the bound must hold on what is read. */
    @Test
    void aFileThatReportsSizeZeroIsReadNoFurtherThanTheLimit() throws Exception {
        Path status = Path.of("/proc/self/status");
        Assumptions.assumeTrue(Files.isRegularFile(status) && Files.size(status) == 0,
                "no /proc/self/status reporting size 0 here");
        Path small = TestFiles.write(dir.resolve("small/a.txt"), "date 2020-01-02\n\nRussia sold two fighters.\n")
                .getParent();
        Files.createSymbolicLink(small.resolve("status.txt"), status);
        MainTest.Run r = run("--input", small.toString(), "--out", out.toString(), "--max-bytes", "100");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("status.txt: file is more than 100 bytes, over the limit of 100 (--max-bytes); "
                + "skipped");
    }

    @Test
    void aRuleThatWaitsIsStoppedByTheSessionTimeLimitNamingIt() {
        String before = earlierReports();
        Path rules = rulesWith("slow.drl", DRL_HEADER
                + "rule \"A rule whose condition sleeps\"\nwhen\n    $a : Claim( attribute == \"designation\" )\n"
                + "    eval( sleepy() )\nthen\nend\n\n"
                + "function boolean sleepy() {\n    try { Thread.sleep(600000); } catch (InterruptedException e) "
                + "{ throw new IllegalStateException(e); }\n    return false;\n}\n");
        MainTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> run("--input", input.toString(),
                "--rules", rules.toString(), "--out", out.toString(), "--max-session-seconds", "2"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + rules.resolve("slow.drl") + ":4: rule \"A rule whose condition "
                + "sleeps\": still running after 2 s in one rule session (--max-session-seconds)");
        assertThat(TestFiles.read(out.resolve(Reports.AUDIT))).isEqualTo(before);
    }

    @Test
    void metadataDateOutOfRangeNamesFileAndLine() {
        TestFiles.write(input.resolve("metadata.csv"),
                "file,published,outlet,url\n000_5ce55ecbe289ca59.txt,+999999999-12-31,,\n");
        MainTest.Run r = run("--input", input.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().asString().isEqualTo("error: " + input
                + "/metadata.csv:2: published '+999999999-12-31' is out of range (years 1 to 9999)");
    }

    @Test
    void metadataWithAByteOrderMarkIsRead() {
        TestFiles.write(input.resolve("metadata.csv"),
                "\uFEFFfile,published,outlet,url\n000_5ce55ecbe289ca59.txt,2014-10-20,Dawn,\n");
        MainTest.Run r = run("--input", input.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(sourcesCsv()).contains("000_5ce55ecbe289ca59.txt,2014-10-20,metadata,Dawn,");
    }

    @Test
    void duplicateMetadataRowsAndRowsForMissingFilesAreWarned() {
        TestFiles.write(input.resolve("metadata.csv"), "file,published,outlet,url\n"
                + "000_5ce55ecbe289ca59.txt,2014-10-20,,\n"
                + "gone.txt,2014-10-21,,\n"
                + "000_5ce55ecbe289ca59.txt,2014-10-22,,\n");
        MainTest.Run r = run("--input", input.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: " + input + "/metadata.csv:4: a second row for "
                        + "'000_5ce55ecbe289ca59.txt' (the first is line 2); this later row is used")
                .contains("warning: " + input + "/metadata.csv:3: no article 'gone.txt' in the input folder; "
                        + "row ignored");
        assertThat(sourcesCsv()).contains("000_5ce55ecbe289ca59.txt,2014-10-22,metadata");
    }

    @Test
    void aLatin1RuleFileIsRejectedWithFileAndLine() {
        String before = earlierReports();
        Path rules = TestFiles.copyTree(Path.of("rules"), dir.resolve("rules"));
        String drl = DRL_HEADER + "rule \"Caf\u00E9 prices differ\"\nwhen\n    Claim()\nthen\nend\n";
        TestFiles.write(rules.resolve("latin1.drl"), "");
        try {
            Files.write(rules.resolve("latin1.drl"), drl.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        MainTest.Run r = run("--input", input.toString(), "--rules", rules.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().isEqualTo("error: " + rules.resolve("latin1.drl")
                + ":4: not UTF-8 (byte 0xE9 at column 10; Latin-1 or Windows-1252?): save the file as UTF-8");
        assertThat(TestFiles.read(out.resolve(Reports.AUDIT))).isEqualTo(before);
    }

    @Test
    void controlCharactersInFileNamesAreEscapedInMessages() {
        TestFiles.write(input.resolve("x\nwarning: forged \u001B[31mred.txt"), "");
        MainTest.Run r = run("--input", input.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().lines()).noneMatch(l -> l.startsWith("warning: forged")).noneMatch(l -> l.contains("\u001B"));
        assertThat(r.err()).contains("x\\nwarning: forged \\u001b[31mred.txt: empty file");
    }

    @Test
    void controlCharactersFromArticlesAreEscapedInExplainOutput() throws IOException {
        Files.move(input.resolve("001_70d7bb2ad96e1bf1.txt"), input.resolve("001\u001B[31m\nFinding forged.txt"));
        assertThat(run("--input", input.toString(), "--out", out.toString()).code()).isZero();
        String id;
        try (var csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(out.resolve(Reports.AUDIT)))) {
            id = csv.stream().filter(row -> row.get("source_b").contains("forged")).findFirst().orElseThrow().get("id");
        }
        MainTest.Run r = run("--input", input.toString(), "--out", out.toString(), "--explain", id);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Claim 001\\u001b[31m\\nFinding forged.txt:");
        assertThat(r.out().lines()).noneMatch(l -> l.contains("\u001B")).noneMatch(l -> l.startsWith("Finding forged"));
    }

    @Test
    void anErrorInARuleIsDescribedNotJustNamed() {
        Path rules = rulesWith("assert.drl", TestFiles.ruleOnDesignations("A rule that asserts",
                "throw new AssertionError();"));
        MainTest.Run r = run("--input", input.toString(), "--rules", rules.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + rules.resolve("assert.drl") + ":4: rule \"A rule that asserts\": "
                + "consequence failed with AssertionError (no message) at rules.Rule_A_rule_that_asserts");
        assertThat(r.err()).doesNotContain("error: java.lang.AssertionError");
    }

    @Test
    void runningOutOfMemoryIsOneLineNamingTheRule() {
        Path rules = rulesWith("memory.drl", TestFiles.ruleOnDesignations("A rule that wants too much memory",
                "long[] all = new long[Integer.MAX_VALUE];"));
        MainTest.Run r = run("--input", input.toString(), "--rules", rules.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("error: " + rules.resolve("memory.drl") + ":4: rule \"A rule that wants too much memory\": "
                        + "ran out of memory (");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--threads,40000,1,1024", "--threads,0,1,1024", "--max-firings,0,1,2147483647",
            "--max-bytes,-1,1,1073741824", "--max-session-seconds,0,1,604800"})
    void outOfRangeOptionsAreUsageErrorsBeforeAnythingIsRead(String option, String value, String min, String max) {
        MainTest.Run r = run("--input", input.toString(), "--out", out.toString(), option, value);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .isEqualTo("error: " + option + ": must be between " + min + " and " + max + " (got " + value + ")");
        assertThat(out).doesNotExist();
    }

    @Test
    void benchRefusesACorpusFolderItDidNotWrite() {
        Path mine = TestFiles.write(dir.resolve("bench/n20/my-notes.txt"), "mine");
        MainTest.Run r = run("bench", "--sizes", "20", "--dir", dir.resolve("bench").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("the folder is not empty and was not written by generate");
        assertThat(mine).hasContent("mine");
    }

    @Test
    void generateRefusesANonEmptyFolderItDidNotCreate() {
        Path mine = TestFiles.write(dir.resolve("g/notes.txt"), "mine");
        MainTest.Run r = run("generate", "--articles", "5", "--out", dir.resolve("g").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("error: " + dir.resolve("g") + ": the folder is not empty and was not written "
                + "by generate");
        assertThat(mine).hasContent("mine");
        Path own = dir.resolve("own");
        assertThat(run("generate", "--articles", "8", "--out", own.toString()).code()).isZero();
        assertThat(run("generate", "--articles", "5", "--out", own.toString()).code()).isZero();
        try (var files = Files.list(own)) {
            assertThat(files.filter(p -> p.toString().endsWith(".txt")).count()).isEqualTo(5);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void generateChecksTheOverlayOptionsBeforeWritingAnyArticle() {
        Path corpus = dir.resolve("corpus");
        TestFiles.write(dir.resolve("overlay/x.txt"), "mine");
        MainTest.Run busy = run("generate", "--articles", "5", "--out", corpus.toString(), "--overlay-rules",
                dir.resolve("overlay").toString());
        assertThat(busy.code()).isEqualTo(2);
        assertThat(busy.err()).contains(dir.resolve("overlay") + ": the overlay folder must be empty");
        assertThat(corpus).doesNotExist();
        MainTest.Run noRules = run("generate", "--articles", "5", "--out", corpus.toString(), "--rules",
                dir.resolve("none").toString(), "--overlay-rules", dir.resolve("o2").toString());
        assertThat(noRules.code()).isEqualTo(2);
        assertThat(noRules.err()).contains(dir.resolve("none") + ": is not a rules folder");
        assertThat(corpus).doesNotExist();
    }

    @Test
    void aLatin1LineInAUtf8ArticleIsDecodedAloneAndNamed() throws IOException {
        byte[] utf8 = "date 2020-01-02\n\nThe minister\u2019s caf\u00E9 opened.\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin = "Putin\u2019s visit ended.\n".getBytes(Charset.forName("windows-1252"));
        byte[] bytes = new byte[utf8.length + latin.length];
        System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        System.arraycopy(latin, 0, bytes, utf8.length, latin.length);
        Files.write(input.resolve("mixed.txt"), bytes);
        MainTest.Run r = run("--input", input.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("mixed.txt: not valid UTF-8 on line 4 (of 4); that line decoded as Windows-1252");
        assertThat(TestFiles.parse(input, "mixed.txt").text())
                .isEqualTo("date 2020-01-02\n\nThe minister\u2019s caf\u00E9 opened.\nPutin\u2019s visit ended.\n");
    }

    @Test
    void aNulByteNearTheStartDropsOnlyItselfNotTheArticle() throws IOException {
        String text = TestFiles.read(input.resolve("001_70d7bb2ad96e1bf1.txt"));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] withNul = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, withNul, 0, 200);
        System.arraycopy(bytes, 200, withNul, 201, bytes.length - 200);
        Files.write(input.resolve("001_70d7bb2ad96e1bf1.txt"), withNul);
        MainTest.Run r = run("--input", input.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("001_70d7bb2ad96e1bf1.txt: 1 NUL character dropped (first at character");
        assertThat(TestFiles.read(out.resolve(Reports.AUDIT))).contains("Mi-35M");
        assertThat(List.of(TestFiles.read(out.resolve(Reports.FACTS)).split("")).contains("\u0000")).isFalse();
    }
}
