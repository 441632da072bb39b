package org.crosscheck.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.AuditResult;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Verdict;
import org.crosscheck.report.AuditRow;

/**
 * The outcome of comparing an audit with a gold file: which gold rows hold, and which CONTRADICTION rows
 * match no gold row (candidate false alarms for a reviewer to look at).
 *
 * @param results    each gold case with whether it holds
 * @param unmatched  CONTRADICTION rows that pair no gold case's sides
 */
public record Evaluation(List<Result> results, List<AuditRow> unmatched) {

    /** One gold case and whether the audit satisfies it. */
    public record Result(GoldCase gold, boolean passed) {
    }

    public static Evaluation of(List<GoldCase> gold, AuditResult audit) {
        List<Result> results = new ArrayList<>();
        for (GoldCase g : gold) {
            results.add(new Result(g, holds(g, audit)));
        }
        List<AuditRow> unmatched = new ArrayList<>();
        for (AuditRow row : audit.rows()) {
            if (row.verdict() == Verdict.CONTRADICTION && gold.stream().noneMatch(g -> g.pairs(row))) {
                unmatched.add(row);
            }
        }
        return new Evaluation(results, unmatched);
    }

    private static boolean holds(GoldCase g, AuditResult audit) {
        return switch (g.kind()) {
            case MUST -> audit.rows().stream().anyMatch(r -> g.accept().contains(r.verdict()) && g.pairs(r));
            case CONSISTENT -> audit.rows().stream().anyMatch(r -> r.verdict() == Verdict.CONSISTENT && g.pairs(r));
            case TRAP -> audit.rows().stream().noneMatch(r -> r.verdict() == Verdict.CONTRADICTION && g.pairs(r));
            case FLAGGED_OR_STRIPPED -> audit.rows().stream().anyMatch(g::quotesSideA)
                    || audit.claims().stream().noneMatch(c -> sideAIn(g, c));
        };
    }

    private static boolean sideAIn(GoldCase g, Claim c) {
        return g.sideA().stream().anyMatch(s -> s.matches(c.source(), c.sentence(), c.value()));
    }

    public boolean allPassed() {
        return results.stream().allMatch(Result::passed);
    }

    /** Prints the failures, per-kind counts and recall, and the unmatched contradictions. */
    public void print(PrintWriter out) {
        Map<GoldCase.Kind, int[]> counts = new EnumMap<>(GoldCase.Kind.class);
        for (Result r : results) {
            int[] c = counts.computeIfAbsent(r.gold().kind(), k -> new int[2]);
            c[1]++;
            if (r.passed()) {
                c[0]++;
            } else {
                out.printf(Locale.ROOT, "FAIL %s (%s, line %d): %s%n", r.gold().gid(), r.gold().kind(), r.gold().line(),
                        r.gold().note());
            }
        }
        out.printf(Locale.ROOT, "%-20s %6s %6s %7s%n", "kind", "passed", "total", "recall");
        int passed = 0;
        int total = 0;
        for (Map.Entry<GoldCase.Kind, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            passed += c[0];
            total += c[1];
            out.printf(Locale.ROOT, "%-20s %6d %6d %7.3f%n", e.getKey(), c[0], c[1], c[1] == 0 ? 0.0 : (double) c[0] / c[1]);
        }
        out.printf(Locale.ROOT, "%-20s %6d %6d %7.3f%n", "all", passed, total, total == 0 ? 0.0 : (double) passed / total);
        out.printf(Locale.ROOT, "CONTRADICTION rows matching no gold row: %d%n", unmatched.size());
        for (AuditRow row : unmatched) {
            out.printf(Locale.ROOT, "  %s %s: %s '%s' vs %s '%s'%n", row.id(), row.rule(), row.a().source(), row.valueA(),
                    row.b().source(), row.valueB());
        }
        out.flush();
    }
}
