package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    /** Exit code, stdout and stderr of one run. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void auditsTheSeedsAndWritesThreeReports() {
        Path out = dir.resolve("reports");
        Run r = run("--input", "seeds", "--rules", "rules", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Audited 5 articles").contains("Reports written to");
        assertThat(out.resolve("audit.csv")).exists();
        assertThat(out.resolve("facts.csv")).exists();
        assertThat(out.resolve("sources.csv")).exists();
    }

    @Test
    void auditSubcommandIsTheSameAsTheBareForm() {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(run("--out", a.toString()).code()).isZero();
        assertThat(run("audit", "--out", b.toString()).code()).isZero();
        assertThat(TestFiles.read(b.resolve("audit.csv"))).isEqualTo(TestFiles.read(a.resolve("audit.csv")));
    }

    @Test
    void helpListsTheOptions() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--input").contains("--rules").contains("--out");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("--frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void missingInputFolderIsAUsageError() {
        Run r = run("--input", dir.resolve("nope").toString(), "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("input folder does not exist");
    }

    @Test
    void brokenRuleExitsTwoAndKeepsEarlierReports() throws Exception {
        Path out = dir.resolve("reports");
        assertThat(run("--out", out.toString()).code()).isZero();
        String before = TestFiles.read(out.resolve("audit.csv"));
        Path rules = TestFiles.copyTree(Path.of("rules"), dir.resolve("rules"));
        TestFiles.write(rules.resolve("broken.drl"), "package b;\nimport org.crosscheck.fact.*;\n\nrule \"bad\"\nwhen\n  Claim( value == )\nthen\nend\n");
        Run r = run("--rules", rules.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("error: " + rules.resolve("broken.drl") + ":6: ");
        assertThat(TestFiles.read(out.resolve("audit.csv"))).isEqualTo(before);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(org.crosscheck.report.Reports.NAMES);
        }
    }

    @Test
    void malformedMetadataExitsOneNamingTheLine() {
        Path input = TestFiles.copyTree(Path.of("seeds"), dir.resolve("in"));
        TestFiles.write(input.resolve("metadata.csv"), "file,published,outlet,url\n000.txt,yesterday,,\n");
        Run r = run("--input", input.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(input + "/metadata.csv:2: published 'yesterday' is not an ISO date");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void emptyFolderGivesHeaderOnlyReportsAndAWarning() throws Exception {
        Path input = Files.createDirectories(dir.resolve("empty"));
        Path out = dir.resolve("o");
        Run r = run("--input", input.toString(), "--out", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("empty folder, no *.txt articles");
        assertThat(TestFiles.read(out.resolve("audit.csv")).lines()).hasSize(1);
    }

    @Test
    void malformedDataFileRowExitsTwoNamingFileAndLine() {
        Path rules = TestFiles.copyTree(Path.of("rules"), dir.resolve("rules"));
        String table = TestFiles.read(rules.resolve("data/designations.csv"));
        TestFiles.write(rules.resolve("data/designations.csv"), table + "Xx,Maker,thing,maybe,,\n");
        long line = table.lines().count() + 1;
        Run r = run("--rules", rules.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("error: " + rules.resolve("data/designations.csv") + ":" + line
                + ": needs_noun must be yes or no");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void evaluatePrintsRecallPerKindAndExitsZeroWhenAllHold() {
        Run r = run("evaluate", "--gold", "src/test/resources/gold/seeds.csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("MUST").contains("TRAP").contains("CONTRADICTION rows matching no MUST or STRETCH row: 0");
    }

    @Test
    void evaluateNeedsGoldOrAFactSample() {
        Run r = run("evaluate", "--input", "seeds");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--gold, --facts or both");
    }

    @Test
    void normalizeWritesAValueColumn() {
        Path in = TestFiles.write(dir.resolve("in.tsv"), "id\tdct\texpression\tsentence\n"
                + "1\t2019-08-20\tnext year\tA third round will be held next year.\n");
        Path out = dir.resolve("out.tsv");
        Run r = run("normalize", "--in", in.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(TestFiles.read(out)).isEqualTo("id\tdct\texpression\tsentence\tvalue\n"
                + "1\t2019-08-20\tnext year\tA third round will be held next year.\t2020\n");
    }
}
