package org.crosscheck.report;

import java.util.ArrayList;
import java.util.Comparator;
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
        final Finding first;
        final boolean swapped;
        final List<Claim> sideA = new ArrayList<>();
        final List<Claim> sideB = new ArrayList<>();
        final Set<String> originsA = new HashSet<>();
        final Set<String> originsB = new HashSet<>();

        Group(Finding first, boolean swapped) {
            this.first = first;
            this.swapped = swapped;
        }
    }

    public static List<AuditRow> aggregate(List<Finding> findings) {
        return aggregate(findings, (side, partner) -> Set.of(side.origin()));
    }

    /**
     * Aggregates findings whose claims may stand for several identical claims: {@code support} gives the origins
     * behind a claim of a finding, given its partner (null for a single-source finding).
     */
    public static List<AuditRow> aggregate(List<Finding> findings, BiFunction<Claim, Claim, Set<String>> support) {
        Map<String, Group> groups = new TreeMap<>();
        record Keyed(String key, Finding finding) {
        }
        // Keys are computed once per finding, not once per comparison.
        List<Keyed> sorted = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            sorted.add(new Keyed(canonicalKey(f), f));
        }
        sorted.sort(Comparator.comparing(Keyed::key)
                .thenComparing(k -> k.finding().a().id())
                .thenComparing(k -> k.finding().b() == null ? "" : k.finding().b().id()));
        for (Keyed keyed : sorted) {
            Finding f = keyed.finding();
            boolean single = f.b() == null;
            boolean swap = !single && f.valueA().compareTo(f.valueB()) > 0;
            String key = keyed.key();
            Group g = groups.computeIfAbsent(key, k -> new Group(f, swap));
            Claim first = swap ? f.b() : f.a();
            Claim second = swap ? f.a() : f.b();
            g.sideA.add(first);
            g.originsA.addAll(support.apply(first, second));
            if (second != null) {
                g.sideB.add(second);
                g.originsB.addAll(support.apply(second, first));
            }
        }
        List<AuditRow> rows = new ArrayList<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
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
