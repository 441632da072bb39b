package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.bench.Benchmark;
import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.bench.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void aTinyBenchPrintsTheTableWithEveryColumnAndReusesItsCorpus() throws Exception {
        String first = run("bench", "--sizes", "50", "--dir", dir.toString(), "--seed", "2");
        assertThat(first).contains("generated").contains("| " + String.join(" | ", Benchmark.COLUMNS) + " |");
        assertThat(first).containsPattern("\\n\\| synthetic \\| 50 \\| [0-9.]+ \\| [0-9]+ \\|");
        // The real-like rows: the real-news corpus replicated, audited as files and as JSON Lines.
        assertThat(first).containsPattern("\\n\\| real-like \\| 50 \\| [0-9.]+ \\| [0-9]+ \\|");
        assertThat(first).containsPattern("\\n\\| real-like jsonl \\| 50 \\| [0-9.]+ \\| [0-9]+ \\|");
        assertThat(first).contains("Baseline: Natty over every sentence of 50 articles of " + dir.resolve("n50"))
                .contains("Baseline: Natty over every sentence of 50 articles of " + dir.resolve("real-n50"));
        assertThat(dir.resolve("n50").resolve(CorpusGenerator.GOLD)).isRegularFile();
        assertThat(dir.resolve("real-n50.jsonl")).isRegularFile();
        String second = run("bench", "--sizes", "50", "--dir", dir.toString(), "--seed", "2", "--real", "none");
        assertThat(second).doesNotContain("generated").contains("| synthetic | 50 |")
                .doesNotContain("real-like");
        assertThat(org.crosscheck.bench.RealLikeCorpus.write(Path.of("eval/news"), 50, dir.resolve("real-n50"))
                .reused()).isTrue();
    }

    @Test
    void adversarialBenchPrintsTimesAndRatiosForEveryShape() {
        String out = run("bench", "--adversarial", "--scales", "1,2", "--runs", "1");
        assertThat(out).contains("| shape | 1x | 1x s | 2x s | 2x / 1x | rows at 2x |");
        for (org.crosscheck.bench.Adversarial.Shape shape : org.crosscheck.bench.Adversarial.Shape.values()) {
            assertThat(out).containsPattern("\\n\\| " + shape.label() + " \\| [^|]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9]+ \\|");
        }
    }

    @Test
    void generateWritesTheCorpusAndGold() throws Exception {
        String out = run("generate", "--articles", "20", "--out", dir.resolve("g").toString());
        assertThat(out).startsWith("Wrote 20 articles");
        assertThat(Files.list(dir.resolve("g")).filter(p -> p.toString().endsWith(".txt")).count()).isEqualTo(20);
        assertThat(dir.resolve("g").resolve(Gazetteer.FILE)).isRegularFile();
    }

    @Test
    void generateWritesARulesOverlayThatAuditsTheCorpus() throws Exception {
        Path corpus = dir.resolve("c");
        Path overlay = dir.resolve("r");
        String out = run("generate", "--articles", "30", "--out", corpus.toString(), "--overlay-rules",
                overlay.toString());
        assertThat(out).contains("audit with --rules " + overlay);
        assertThat(Files.readString(overlay.resolve("data/places.csv"))).contains("Arvenia,,country,,");
        run("audit", "--input", corpus.toString(), "--rules", overlay.toString(), "--out",
                dir.resolve("reports").toString());
        assertThat(Files.readString(dir.resolve("reports/facts.csv"))).containsPattern("[a-z]+\\+[a-z]+:");
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
