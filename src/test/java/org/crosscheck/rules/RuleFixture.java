package org.crosscheck.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.engine.RuleBase;
import org.crosscheck.engine.RuleEngine;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Finding;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.fact.Verdict;

/** Runs the shipped rules over hand-built claims, so each rule is tested apart from extraction. */
final class RuleFixture {
    private static RuleBase shipped;

    private RuleFixture() {
    }

    static synchronized List<Finding> run(Object... facts) {
        if (shipped == null) {
            shipped = RuleBase.build(Path.of("rules"));
        }
        return new RuleEngine(shipped, 10_000).run(List.of(facts));
    }

    static List<Finding> withVerdict(List<Finding> findings, Verdict verdict, String category) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.verdict() == verdict && f.category().equals(category)) {
                out.add(f);
            }
        }
        return out;
    }

    static Claim.Builder claim(String source, String subject, String attribute, String value) {
        return Claim.builder().source(source).subject(subject).attribute(attribute).value(value)
                .quote(value, 0, value.length()).sentence("A sentence about " + value + ".");
    }

    static TimeSpan day(String iso) {
        LocalDate d = LocalDate.parse(iso);
        return new TimeSpan(iso, d, d, "DAY");
    }

    static TimeSpan month(int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new TimeSpan(String.format("%d-%02d", year, month), start, start.plusMonths(1).minusDays(1), "MONTH");
    }

    static TimeSpan year(int year) {
        return new TimeSpan(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "YEAR");
    }
}
