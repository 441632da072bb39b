package org.crosscheck.ruletest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.AuditResult;
import org.crosscheck.Auditor;
import org.crosscheck.Escapes;
import org.crosscheck.engine.RuleBase;
import org.crosscheck.report.AuditRow;

/**
 * Runs rule cases against a rules folder: each case's articles are audited with the rules (built once) and its
 * expectations compared with the findings; a failing case prints what was expected and what was found.
 */
public final class RuleTests {
    private final Path rulesDir;
    private final RuleBase rules;
    private final int maxFirings;

    /** The outcome of one case: its failed expectations, and the findings the case produced. */
    public record Outcome(RuleCase rule, List<Expectation> failed, List<AuditRow> rows) {
        public boolean passed() {
            return failed.isEmpty();
        }
    }

    public RuleTests(Path rulesDir, int maxFirings) {
        this.rulesDir = rulesDir;
        this.rules = RuleBase.build(rulesDir);
        this.maxFirings = maxFirings;
    }

    public RuleBase rules() {
        return rules;
    }

    public Outcome run(RuleCase c) {
        // Cases dated from shared events test the rules about inferred days: a case is a few articles, so the second
        // grouping costs nothing.
        AuditResult result = Auditor.audit(new Auditor.Options(c.dir(), rulesDir, null, maxFirings, 1)
                .withEventDates(true), rules);
        List<Expectation> failed = new ArrayList<>();
        for (Expectation e : c.expectations()) {
            boolean any = result.rows().stream().anyMatch(e::matches);
            if (any != e.found()) {
                failed.add(e);
            }
        }
        return new Outcome(c, failed, result.rows());
    }

    /** Prints PASS or FAIL per case with the difference, and the tally; returns the number of failed cases. */
    public int runAll(List<RuleCase> cases, PrintWriter out) {
        int failed = 0;
        for (RuleCase c : cases) {
            Outcome o = run(c);
            if (o.passed()) {
                out.printf(java.util.Locale.ROOT, "PASS %s (%d expectation%s)%n", c.name(), c.expectations().size(),
                        c.expectations().size() == 1 ? "" : "s");
                continue;
            }
            failed++;
            out.printf(java.util.Locale.ROOT, "FAIL %s%n", c.name());
            for (Expectation e : o.failed()) {
                out.printf(java.util.Locale.ROOT, "  %s: %s%n", e.line(), e.found() ? "expected, not produced: " + e
                        : "produced, but forbidden: " + e);
                if (!e.found()) {
                    o.rows().stream().filter(e::matches).forEach(r -> out.println("    " + describe(r)));
                }
            }
            out.println("  the case's findings" + (o.rows().isEmpty() ? ": none" : ":"));
            o.rows().forEach(r -> out.println("    " + describe(r)));
        }
        out.printf(java.util.Locale.ROOT, "%d of %d rule cases passed%s%n", cases.size() - failed, cases.size(),
                failed == 0 ? "" : "; " + failed + " failed");
        out.flush();
        return failed;
    }

    static String describe(AuditRow r) {
        return Escapes.controls(r.severity() + " " + r.verdict() + " \"" + r.rule() + "\" " + r.subject() + ": " + r.valueA()
                + (r.b() == null ? "" : " | " + r.valueB()));
    }
}
