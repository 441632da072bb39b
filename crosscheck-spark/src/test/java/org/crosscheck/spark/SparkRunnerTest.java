package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.crosscheck.AuditContext;
import org.crosscheck.AuditResult;
import org.crosscheck.Auditor;
import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.bench.Gazetteer;
import org.crosscheck.ingest.JsonLines;
import org.crosscheck.report.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark runner writes the reports the local runner writes, byte for byte: the per-article pass and the rule
 * sessions run as Spark tasks (their inputs and results serialised, as on a cluster), the rest on the driver.
 */
class SparkRunnerTest {
    private static final Path RULES = Path.of("rules");

    @TempDir
    Path dir;

    @Test
    void theSeedsGiveTheLocalRunnersReportsByteForByte() throws IOException {
        assertSameReports(Path.of("seeds"));
    }

    @Test
    void theRealNewsCorpusGivesTheLocalRunnersReportsByteForByte() throws IOException {
        assertSameReports(Path.of("eval/news"));
    }

    @Test
    void aSyntheticCorpusOfTenThousandArticlesGivesTheLocalRunnersReportsByteForByte() throws IOException {
        Path corpus = dir.resolve("synthetic");
        new CorpusGenerator(10_000, 1, 0.05).write(corpus, n -> { });
        Path rules = dir.resolve("synthetic-rules");
        Gazetteer.overlay(RULES, corpus.resolve(Gazetteer.FILE), rules);
        long start = System.nanoTime();
        AuditResult local = Auditor.audit(Auditor.Options.of(corpus, rules, dir.resolve("local")));
        long middle = System.nanoTime();
        Auditor.audit(Auditor.Options.of(corpus, rules, dir.resolve("spark")), new SparkRunner(LocalSpark.context(), 8));
        long end = System.nanoTime();
        // Figures for the README's Spark section, not a timing assertion.
        System.out.printf(Locale.ROOT, "synthetic 10k: local runner %.1f s, Spark local[2] %.1f s%n",
                (middle - start) / 1e9, (end - middle) / 1e9);
        assertThat(local.sources()).hasSize(10_000);
        assertThat(local.rows()).isNotEmpty();
        assertSameFiles(dir.resolve("local"), dir.resolve("spark"));
    }

    @Test
    void aJsonLinesFileIsAuditedOnSparkAsItsFolderIsLocally() throws IOException {
        Path jsonl = dir.resolve("seeds.jsonl.gz");
        JsonLines.write(Path.of("seeds"), jsonl);
        Auditor.audit(Auditor.Options.of(Path.of("seeds"), RULES, dir.resolve("local")));
        Auditor.audit(Auditor.Options.of(jsonl, RULES, dir.resolve("spark")),
                new SparkRunner(LocalSpark.context(), 4));
        assertSameFiles(dir.resolve("local"), dir.resolve("spark"));
    }

    @Test
    void aJvmThatDoesNotKnowTheAuditBuildsItsContextOnceFromTheRulesFolder() {
        // What an executor of a cluster does: the key names the rules; the context is built on first use.
        AuditContext.Key key = new AuditContext.Key("executor-test", RULES.toString(), 1000, 60, null,
                Auditor.Options.DEFAULT_MAX_BYTES);
        int before = AuditContext.builds();
        AtomicInteger seen = new AtomicInteger();
        new SparkRunner(LocalSpark.context(), 4).map(IntStream.range(0, 8).boxed(),
                i -> key.context().hashCode(), h -> seen.incrementAndGet(), null);
        assertThat(seen).hasValue(8);
        assertThat(AuditContext.builds() - before).isEqualTo(1);
    }

    private void assertSameReports(Path input) throws IOException {
        AuditResult local = Auditor.audit(Auditor.Options.of(input, RULES, dir.resolve("local")));
        AuditResult spark = Auditor.audit(Auditor.Options.of(input, RULES, dir.resolve("spark")),
                new SparkRunner(LocalSpark.context(), 8));
        assertThat(spark.sources()).hasSameSizeAs(local.sources());
        assertThat(local.rows()).isNotEmpty();
        assertSameFiles(dir.resolve("local"), dir.resolve("spark"));
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        for (String report : List.of(Reports.AUDIT, Reports.FACTS, Reports.SOURCES)) {
            assertThat(Files.readAllBytes(b.resolve(report))).as(report).isEqualTo(Files.readAllBytes(a.resolve(report)));
        }
    }
}
