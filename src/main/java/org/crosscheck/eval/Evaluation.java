package org.crosscheck.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.AuditResult;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Verdict;
import org.crosscheck.report.AuditRow;

/**
 * The outcome of comparing an audit with gold: which gold rows hold, and which CONTRADICTION rows pair no MUST or
 * STRETCH row (false alarms, or disagreements the gold missed, for a reviewer to look at).
 *
 * @param results        each gold case with whether it holds
 * @param contradictions every CONTRADICTION row of the audit
 * @param unmatched      CONTRADICTION rows that pair no MUST or STRETCH case
 */
public record Evaluation(List<Result> results, List<AuditRow> contradictions, List<AuditRow> unmatched) {

    /** One gold case and whether the audit satisfies it. */
    public record Result(GoldCase gold, boolean passed) {
    }

    /** The figures a corpus is held to: recall per kind and the share of CONTRADICTION rows the gold wants. */
    public record Figures(Map<GoldCase.Kind, int[]> counts, int contradictions, int wanted) {
        /** Passed / total for a kind, or 1 when the gold has none of it. */
        public double rate(GoldCase.Kind kind) {
            int[] c = counts.get(kind);
            return c == null || c[1] == 0 ? 1.0 : (double) c[0] / c[1];
        }

        /** CONTRADICTION rows pairing a MUST or STRETCH row over all CONTRADICTION rows; 1 when there are none. */
        public double precision() {
            return contradictions == 0 ? 1.0 : (double) wanted / contradictions;
        }
    }

    public static Evaluation of(List<GoldCase> gold, AuditResult audit) {
        Set<GoldCase> stated = stated(gold, audit.claims());
        List<Result> results = new ArrayList<>();
        for (GoldCase g : gold) {
            results.add(new Result(g, holds(g, audit, stated)));
        }
        List<AuditRow> contradictions = new ArrayList<>();
        List<AuditRow> unmatched = new ArrayList<>();
        for (AuditRow row : audit.rows()) {
            if (row.verdict() == Verdict.CONTRADICTION) {
                contradictions.add(row);
                if (gold.stream().noneMatch(g -> g.wantsFinding() && g.pairs(row))) {
                    unmatched.add(row);
                }
            }
        }
        return new Evaluation(results, contradictions, unmatched);
    }

    /**
     * The FLAGGED_OR_STRIPPED cases whose side a some claim states, in one walk over the claims: a walk per case
     * read a large audit's claims back from disk once per gold row (hours at 100,000 articles). A claim is checked
     * only against the sides whose source prefix its source starts with.
     */
    private static Set<GoldCase> stated(List<GoldCase> gold, Iterable<Claim> claims) {
        Map<String, List<GoldCase>> byPrefix = new java.util.HashMap<>();
        Set<Integer> lengths = new java.util.TreeSet<>();
        for (GoldCase g : gold) {
            if (g.kind() == GoldCase.Kind.FLAGGED_OR_STRIPPED) {
                for (GoldCase.Side side : g.sideA()) {
                    byPrefix.computeIfAbsent(side.prefix(), k -> new ArrayList<>()).add(g);
                    lengths.add(side.prefix().length());
                }
            }
        }
        Set<GoldCase> stated = Collections.newSetFromMap(new IdentityHashMap<>());
        if (byPrefix.isEmpty()) {
            return stated;
        }
        for (Claim c : claims) {
            for (int length : lengths) {
                if (length > c.source().length()) {
                    break;
                }
                for (GoldCase g : byPrefix.getOrDefault(c.source().substring(0, length), List.of())) {
                    if (!stated.contains(g) && sideAIn(g, c)) {
                        stated.add(g);
                    }
                }
            }
        }
        return stated;
    }

    private static boolean holds(GoldCase g, AuditResult audit, Set<GoldCase> stated) {
        return switch (g.kind()) {
            case MUST, STRETCH -> audit.rows().stream().anyMatch(r -> g.accept().contains(r.verdict()) && g.pairs(r));
            case CONSISTENT -> audit.rows().stream().anyMatch(r -> r.verdict() == Verdict.CONSISTENT && g.corroborates(r));
            case TRAP -> audit.rows().stream().noneMatch(r -> r.verdict() == Verdict.CONTRADICTION && g.pairs(r));
            case FLAGGED_OR_STRIPPED -> audit.rows().stream().anyMatch(g::quotesSideA) || !stated.contains(g);
        };
    }

    private static boolean sideAIn(GoldCase g, Claim c) {
        return g.sideA().stream().anyMatch(s -> s.matches(c.source(), c.sentence(), c.value()));
    }

    public boolean allPassed() {
        return results.stream().allMatch(Result::passed);
    }

    /** The figures over every gold row. */
    public Figures figures() {
        return figures(results, contradictions.size(), contradictions.size() - unmatched.size());
    }

    private static Figures figures(List<Result> results, int contradictions, int wanted) {
        Map<GoldCase.Kind, int[]> counts = new EnumMap<>(GoldCase.Kind.class);
        for (Result r : results) {
            int[] c = counts.computeIfAbsent(r.gold().kind(), k -> new int[2]);
            c[1]++;
            if (r.passed()) {
                c[0]++;
            }
        }
        return new Figures(counts, contradictions, wanted);
    }

    /** Prints the failures, per-kind counts and recall, per group when there are several, and the unmatched rows. */
    public void print(PrintWriter out) {
        for (Result r : results) {
            if (!r.passed()) {
                out.printf(Locale.ROOT, "FAIL %s (%s, %sline %d): %s%n", r.gold().gid(), r.gold().kind(),
                        r.gold().group().isEmpty() ? "" : r.gold().group() + "/gold.csv ", r.gold().line(),
                        r.gold().note());
            }
        }
        Figures all = figures();
        out.printf(Locale.ROOT, "%-20s %6s %6s %7s%n", "kind", "passed", "total", "rate");
        int passed = 0;
        int total = 0;
        for (Map.Entry<GoldCase.Kind, int[]> e : all.counts().entrySet()) {
            int[] c = e.getValue();
            passed += c[0];
            total += c[1];
            out.printf(Locale.ROOT, "%-20s %6d %6d %7.3f%n", e.getKey(), c[0], c[1],
                    c[1] == 0 ? 0.0 : (double) c[0] / c[1]);
        }
        out.printf(Locale.ROOT, "%-20s %6d %6d %7.3f%n", "all", passed, total,
                total == 0 ? 0.0 : (double) passed / total);
        Map<String, List<Result>> groups = new TreeMap<>();
        for (Result r : results) {
            groups.computeIfAbsent(r.gold().group(), k -> new ArrayList<>()).add(r);
        }
        if (groups.size() > 1) {
            out.printf(Locale.ROOT, "%-28s %9s %9s %9s %9s %9s%n", "group", "MUST", "STRETCH", "CONSIST.", "TRAP", "STRIPPED");
            for (Map.Entry<String, List<Result>> e : groups.entrySet()) {
                Figures f = figures(e.getValue(), 0, 0);
                out.printf(Locale.ROOT, "%-28s %9s %9s %9s %9s %9s%n", e.getKey().isEmpty() ? "(none)" : e.getKey(),
                        cell(f, GoldCase.Kind.MUST), cell(f, GoldCase.Kind.STRETCH),
                        cell(f, GoldCase.Kind.CONSISTENT), cell(f, GoldCase.Kind.TRAP),
                        cell(f, GoldCase.Kind.FLAGGED_OR_STRIPPED));
            }
        }
        out.printf(Locale.ROOT, "CONTRADICTION rows: %d, pairing a MUST or STRETCH row: %d (precision %.3f)%n",
                all.contradictions(), all.wanted(), all.precision());
        out.printf(Locale.ROOT, "CONTRADICTION rows matching no MUST or STRETCH row: %d%n", unmatched.size());
        for (AuditRow row : unmatched) {
            if (row.b() == null) {
                out.printf(Locale.ROOT, "  %s %s: %s '%s'%n", row.id(), row.rule(), row.a().source(), row.valueA());
            } else {
                out.printf(Locale.ROOT, "  %s %s: %s '%s' vs %s '%s'%n", row.id(), row.rule(), row.a().source(), row.valueA(),
                        row.b().source(), row.valueB());
            }
        }
        out.flush();
    }

    private static String cell(Figures f, GoldCase.Kind kind) {
        int[] c = f.counts().get(kind);
        return c == null ? "-" : c[0] + "/" + c[1];
    }
}
