package org.crosscheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Finding;
import org.crosscheck.fact.Ids;

/**
 * Folds findings into report rows: one row per rule, subject and unordered pair of values, so a report grows
 * with the disagreements and not with the mentions. Each side quotes its earliest-published claim and counts
 * the independent sources (origins) behind it.
 */
public final class FindingAggregator {

    /** Orders claims so the representative of a side is the earliest published, then by file and offset. */
    public static final Comparator<Claim> EARLIEST = Comparator
            .comparing((Claim c) -> c.published().isEmpty() ? "9999" : c.published())
            .thenComparing(Claim::source)
            .thenComparingInt(Claim::start)
            .thenComparing(Claim::id);

    private FindingAggregator() {
    }

    private static final class Group {
        Finding first;
        boolean swapped;
        // Distinct claims only: a value stated by thousands of claims pairs with many partners.
        final Set<Claim> sideA = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        final Set<Claim> sideB = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        final Set<String> originsA = new HashSet<>();
        final Set<String> originsB = new HashSet<>();
    }

    /** Order of findings within one row: the first one gives the row its explanation. */
    private static final Comparator<Finding> FIRST = Comparator.comparing((Finding f) -> f.a().id())
            .thenComparing(f -> f.b() == null ? "" : f.b().id());

    public static List<AuditRow> aggregate(List<Finding> findings) {
        return aggregate(findings, (side, partner) -> Set.of(side.origin()));
    }

    /**
     * Aggregates findings whose claims may stand for several identical claims: {@code support} gives the origins
     * behind a claim of a finding, given its partner (null for a single-source finding).
     */
    public static List<AuditRow> aggregate(List<Finding> findings, BiFunction<Claim, Claim, Set<String>> support) {
        Accumulator accumulator = new Accumulator(support);
        findings.forEach(accumulator::add);
        return accumulator.rows();
    }

    /**
     * Folds findings into rows as they arrive, so memory grows with the rows and the distinct claims behind them,
     * not with the pairs of claims the rules compared. Thread-safe; the rows do not depend on arrival order.
     */
    public static final class Accumulator {
        private final Map<String, Group> groups = new HashMap<>();
        private final BiFunction<Claim, Claim, Set<String>> support;

        public Accumulator(BiFunction<Claim, Claim, Set<String>> support) {
            this.support = support;
        }

        public synchronized void add(Finding f) {
            boolean single = f.b() == null;
            boolean swap = !single && f.valueA().compareTo(f.valueB()) > 0;
            Group g = groups.computeIfAbsent(canonicalKey(f), k -> new Group());
            if (g.first == null || FIRST.compare(f, g.first) < 0) {
                g.first = f;
                g.swapped = swap;
            }
            Claim first = swap ? f.b() : f.a();
            Claim second = swap ? f.a() : f.b();
            g.sideA.add(first);
            g.originsA.addAll(support.apply(first, second));
            if (second != null) {
                g.sideB.add(second);
                g.originsB.addAll(support.apply(second, first));
            }
        }

        /** The rows, in report order. */
        public synchronized List<AuditRow> rows() {
            List<AuditRow> rows = new ArrayList<>();
            for (Map.Entry<String, Group> e : new TreeMap<>(groups).entrySet()) {
                Group g = e.getValue();
                Finding f = g.first;
                String valueA = g.swapped ? f.valueB() : f.valueA();
                String valueB = g.swapped ? f.valueA() : f.valueB();
                Claim a = g.sideA.stream().min(EARLIEST).orElseThrow();
                // Quote side b from another source than side a whenever one exists, so a row cites two sources.
                Claim b = g.sideB.stream().filter(c -> !c.origin().equals(a.origin())).min(EARLIEST)
                        .orElse(g.sideB.stream().min(EARLIEST).orElse(null));
                rows.add(new AuditRow(Ids.of(e.getKey()), f.severity(), f.verdict(), f.category(), f.rule(),
                        f.subject(), a, valueA, b, valueB, f.explanation(), g.originsA.size(), g.originsB.size()));
            }
            rows.sort(Comparator.comparing(AuditRow::severity)
                    .thenComparing(AuditRow::verdict)
                    .thenComparing(AuditRow::category)
                    .thenComparing(AuditRow::subject)
                    .thenComparing(AuditRow::id));
            return rows;
        }
    }

    /** The id of the audit.csv row a finding folds into. */
    public static String rowId(Finding f) {
        return Ids.of(canonicalKey(f));
    }

    /** Rule, subject and the values in a fixed order; single-source findings also keep their claim. */
    private static String canonicalKey(Finding f) {
        if (f.b() == null) {
            return String.join("\u0000", f.rule(), f.subject(), f.valueA(), f.a().id());
        }
        String x = f.valueA();
        String y = f.valueB();
        return x.compareTo(y) <= 0
                ? String.join("\u0000", f.rule(), f.subject(), x, y)
                : String.join("\u0000", f.rule(), f.subject(), y, x);
    }
}
