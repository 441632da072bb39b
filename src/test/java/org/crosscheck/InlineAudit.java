package org.crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.fact.Verdict;
import org.crosscheck.report.AuditRow;

/**
 * Audits articles given as inline text with the shipped rules (or another rules folder), for tests of rules
 * and extractors:
 *
 * <pre>{@code
 * List<AuditRow> rows = InlineAudit.of(
 *         "a.txt", "date 2021-05-04\n\nThe summit was held in Geneva on Monday.",
 *         "b.txt", "date 2021-05-05\n\nThe summit was held in Vienna on Monday.").rows();
 * }</pre>
 */
public final class InlineAudit {
    private InlineAudit() {
    }

    /** Audits {@code name, text, name, text, ...} with the shipped rules. */
    public static AuditResult of(String... namesAndTexts) {
        return with(Path.of("rules"), namesAndTexts);
    }

    /** Audits {@code name, text, name, text, ...} with the given rules folder. */
    public static AuditResult with(Path rules, String... namesAndTexts) {
        if (namesAndTexts.length % 2 != 0) {
            throw new IllegalArgumentException("expected name, text pairs");
        }
        try {
            Path dir = Files.createTempDirectory("crosscheck-inline");
            try {
                for (int i = 0; i < namesAndTexts.length; i += 2) {
                    TestFiles.write(dir.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
                }
                return Auditor.audit(new Auditor.Options(dir, rules, null, 100_000, 1));
            } finally {
                try (var walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a result with the given verdict and category. */
    public static List<AuditRow> rows(AuditResult result, Verdict verdict, String category) {
        return result.rows().stream().filter(r -> r.verdict() == verdict && r.category().equals(category)).toList();
    }
}
