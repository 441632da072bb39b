package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit's report options on the command line: filters, Excel's byte-order mark, --fail-on, help, usage. */
class ReportOptionsTest {
    @TempDir
    Path dir;

    private Path contradiction() {
        Path in = dir.resolve("in");
        TestFiles.write(in.resolve("a.txt"), "date 2021-06-10\n\nIndonesia and Turkey signed a naval cooperation "
                + "agreement in March 2021.\n");
        TestFiles.write(in.resolve("b.txt"), "date 2021-06-12\n\nIndonesia and Turkey signed the naval cooperation "
                + "agreement in 2019.\n");
        return in;
    }

    @Test
    void failOnContradictionExitsThreeWhenOneIsFoundAndZeroOtherwise() {
        Path in = contradiction();
        MainTest.Run r = MainTest.run("--input", in.toString(), "--out", dir.resolve("o").toString(), "--fail-on",
                "CONTRADICTION");
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        MainTest.Run seeds = MainTest.run("--input", "seeds", "--rules", "rules", "--out", dir.resolve("s").toString(),
                "--fail-on", "CONTRADICTION");
        assertThat(seeds.code()).isZero();
    }

    @Test
    void filtersLeaveOutRowsAndTheShippedRulesServeWithoutRules() throws Exception {
        Path out = dir.resolve("o");
        // No --rules: the rules shipped on the class path.
        MainTest.Run r = MainTest.run("--input", "seeds", "--out", out.toString(), "--verdict", "NEEDS_REVIEW",
                "--excel");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 need review").contains("1 of them in the reports");
        byte[] bytes = Files.readAllBytes(out.resolve("audit.csv"));
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        List<String> lines = Files.readAllLines(out.resolve("audit.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("NEEDS_REVIEW");
        assertThat(Files.readAllLines(out.resolve("findings.jsonl"))).hasSize(1);

        MainTest.Run errors = MainTest.run("--input", "seeds", "--out", dir.resolve("e").toString(),
                "--min-severity", "ERROR");
        assertThat(errors.code()).isZero();
        assertThat(Files.readAllLines(dir.resolve("e").resolve("audit.csv"))).hasSize(1);
        assertThat(Files.readAllBytes(dir.resolve("e").resolve("audit.csv"))[0]).isEqualTo((byte) 'i');
    }

    @Test
    void helpIsACommandAndAUsageErrorIsOneLineWithAHint() {
        MainTest.Run help = MainTest.run("help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--fail-on").contains("--min-severity").contains("--excel");
        MainTest.Run bad = MainTest.run("--min-severity", "LOUD");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(2);
        assertThat(bad.err()).contains("--min-severity").contains("run 'crosscheck --help' for the options")
                .doesNotContain("Usage:");
    }
}
