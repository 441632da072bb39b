package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.crosscheck.fact.Verdict;
import org.crosscheck.report.AuditRow;
import org.crosscheck.report.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditorTest {
    @TempDir
    Path dir;

    @Test
    void reportsAreByteIdenticalWhateverTheFileOrderAndThreadCount() throws Exception {
        List<Path> seeds;
        try (var list = Files.list(Path.of("seeds"))) {
            seeds = new ArrayList<>(list.sorted().toList());
        }
        Collections.shuffle(seeds, new Random(7));
        // A fresh folder lists its files in another order; a different thread count finishes them in another.
        Path shuffled = dir.resolve("shuffled");
        Files.createDirectories(shuffled);
        for (Path p : seeds) {
            Files.copy(p, shuffled.resolve(p.getFileName()));
        }
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        Auditor.audit(new Auditor.Options(Path.of("seeds"), Path.of("rules"), one, 1000, 1));
        Auditor.audit(new Auditor.Options(shuffled, Path.of("rules"), two, 1000, 4));
        for (String report : List.of(Reports.AUDIT, Reports.FACTS, Reports.SOURCES)) {
            assertThat(Files.readAllBytes(two.resolve(report))).as(report).isEqualTo(Files.readAllBytes(one.resolve(report)));
        }
    }

    @Test
    void aRepostedArticleIsOneSourceAndNeverContradictsItself() throws Exception {
        Path input = TestFiles.copyTree(Path.of("seeds"), dir.resolve("in"));
        Files.copy(input.resolve("001_70d7bb2ad96e1bf1.txt"), input.resolve("repost_of_001.txt"));
        AuditResult result = Auditor.audit(new Auditor.Options(input, Path.of("rules"), null, 1000, 2));
        assertThat(result.origins()).containsEntry("repost_of_001.txt", "001_70d7bb2ad96e1bf1.txt");
        for (AuditRow row : result.rows()) {
            if (row.b() != null) {
                assertThat(row.a().origin()).isNotEqualTo(row.b().origin());
            }
        }
        AuditRow variant = result.rows().stream().filter(r -> r.category().equals("designation")).findFirst().orElseThrow();
        assertThat(variant.supportA() + variant.supportB()).isEqualTo(2);
    }

    @Test
    void seedsFlagTheHelicopterVariantWithBothQuotes() {
        AuditResult result = Auditor.audit(Auditor.Options.of(Path.of("seeds"), Path.of("rules"), null));
        assertThat(result.rows()).anySatisfy(row -> {
            assertThat(row.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
            assertThat(row.category()).isEqualTo("designation");
            // Values are folded variants (one row per distinct conflict); the sentences keep each wording.
            assertThat(List.of(row.valueA(), row.valueB())).containsExactlyInAnyOrder("Mi-35 'Hind E'", "Mi-35M");
            assertThat(List.of(row.a().sentence(), row.b().sentence()))
                    .anySatisfy(s -> assertThat(s).contains("four Mi-35 \u2018Hind E\u2019 attack helicopters"))
                    .anySatisfy(s -> assertThat(s).contains("four Mi-35M combat and cargo helicopters"));
        });
    }
}
