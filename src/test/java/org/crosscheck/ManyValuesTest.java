package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.bench.Adversarial;
import org.crosscheck.report.AuditRow;
import org.crosscheck.report.FindingAggregator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One contested subject with 1,500 values stopped the audit at the firing limit (1.1 million pairs in one
 * session) and, with a higher limit, wrote 1.2 million rows. The engine now compares the best-supported values
 * pairwise and each further value with them, and the report gives each further value one row.
 */
class ManyValuesTest {
    @TempDir
    Path dir;

    @Test
    void oneSubjectWithSixHundredValuesNeitherLoopsNorGrowsWithThePairs() {
        Path input = dir.resolve("in");
        for (Map.Entry<String, String> f : Adversarial.Shape.MANY_VALUES.files(40).entrySet()) {
            TestFiles.write(input.resolve(f.getKey()), f.getValue());
        }
        // A session comparing every pair would fire 180,000 times; bounded sessions stay far below this limit.
        AuditResult result = Auditor.audit(new Auditor.Options(input, Path.of("rules"), null, 20_000, 2));
        String rule = "The same event is dated to disjoint times by independent sources";
        List<AuditRow> rows = result.rows().stream().filter(r -> r.rule().equals(rule)).toList();
        int k = FindingAggregator.PAIRWISE_VALUES;
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(k * (k - 1) / 2 + 600 - k);
        assertThat(rows).extracting(AuditRow::subject).containsOnly("meeting:pakistan+russia:barzel-summit#5");
        Set<String> values = new HashSet<>();
        rows.forEach(r -> {
            values.add(r.valueA());
            values.add(r.valueB());
        });
        assertThat(values).as("every date is in some row").hasSize(600);
    }
}
