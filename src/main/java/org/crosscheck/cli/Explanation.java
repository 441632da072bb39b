package org.crosscheck.cli;

import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.crosscheck.AuditResult;
import org.crosscheck.CrosscheckException;
import org.crosscheck.Escapes;
import org.crosscheck.engine.RuleEngine;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.report.AuditRow;
import org.crosscheck.report.FindingAggregator;

/**
 * {@code --explain ID}: for one audit.csv row, the rule that fired (with its file and line) and the facts its
 * match joined, binding by binding, as the rule saw them. Firings are recorded during the audit for that row only.
 */
final class Explanation {
    private final String id;
    private final List<RuleEngine.Firing> firings = Collections.synchronizedList(new ArrayList<>());

    Explanation(String id) {
        if (id.isBlank()) {
            throw new CrosscheckException("--explain", "give the id of an audit.csv row (its first column)",
                    CrosscheckException.USAGE);
        }
        this.id = id.strip().toLowerCase(Locale.ROOT);
    }

    /** What the audit tells of each firing; keeps those of the row asked for. */
    Consumer<RuleEngine.Firing> recorder() {
        return f -> {
            if (FindingAggregator.rowId(f.finding()).startsWith(id)) {
                firings.add(f);
            }
        };
    }

    void print(AuditResult result, PrintWriter out) {
        List<AuditRow> rows = result.rows().stream().filter(r -> r.id().startsWith(id)).toList();
        if (rows.isEmpty()) {
            throw new CrosscheckException("--explain", "no finding has id " + id + " (ids are the first column of "
                    + "audit.csv; with --rule, only the selected rules' findings exist)", CrosscheckException.USAGE);
        }
        if (rows.size() > 1) {
            throw new CrosscheckException("--explain", id + " starts " + rows.size() + " finding ids; give more of it",
                    CrosscheckException.USAGE);
        }
        AuditRow row = rows.get(0);
        List<RuleEngine.Firing> mine = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        synchronized (firings) {
            firings.stream()
                    .filter(f -> FindingAggregator.rowId(f.finding()).equals(row.id()))
                    .sorted(Comparator.comparing((RuleEngine.Firing f) -> !isRepresented(f, row)))
                    .forEach(f -> {
                        if (seen.add(f.finding().a()) || f.finding().b() != null) {
                            mine.add(f);
                        }
                    });
        }
        out.printf(java.util.Locale.ROOT, "Finding %s: %s %s %s, %s%n", row.id(), row.severity(), row.verdict(), row.category(), Escapes.controls(row.subject()));
        out.printf(java.util.Locale.ROOT, "  %s%n", Escapes.controls(row.explanation()));
        if (mine.isEmpty()) {
            out.println("  (no firing was recorded for it)");
            return;
        }
        RuleEngine.Firing f = mine.get(0);
        out.printf(java.util.Locale.ROOT, "rule \"%s\"%s fired with:%n", f.rule(),
                Escapes.controls(f.place().isEmpty() ? "" : " (" + f.place() + ")"));
        Set<Object> bound = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, Object> b : f.bindings().entrySet()) {
            bound.add(b.getValue());
            out.printf(java.util.Locale.ROOT, "  %s = %s%n", b.getKey(), describe(b.getValue()));
        }
        for (Object fact : f.facts()) {
            if (!bound.contains(fact)) {
                out.printf(java.util.Locale.ROOT, "  (joined) %s%n", describe(fact));
            }
        }
        if (mine.size() > 1) {
            out.printf(java.util.Locale.ROOT, "%d matches fold into this row; shown: the one its quotes come from.%n", mine.size());
        }
    }

    private static boolean isRepresented(RuleEngine.Firing f, AuditRow row) {
        return f.finding().a() == row.a() || f.finding().a() == row.b();
    }

    /** A fact as the rule saw it: a record's non-empty fields by name; a claim with its file, offsets and quote. */
    static String describe(Object value) {
        return Escapes.controls(described(value));
    }

    private static String described(Object value) {
        if (value instanceof Claim c) {
            return "Claim " + c.source() + ":" + c.start() + "-" + c.end() + " \"" + c.quote() + "\" " + fields(c,
                    Set.of("source", "start", "end", "quote", "sentence"));
        }
        if (value instanceof Record r) {
            return r.getClass().getSimpleName() + " " + fields(r, Set.of());
        }
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String fields(Record r, Set<String> skip) {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (skip.contains(c.getName())) {
                continue;
            }
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (v == null || v.equals("") || v instanceof Double d && d.isNaN()) {
                continue;
            }
            out.add(c.getName() + " " + (v instanceof TimeSpan t ? t.value() + " [" + t.start() + ".." + t.end() + "]"
                    : v instanceof Record nested ? nested.getClass().getSimpleName() : String.valueOf(v)));
        }
        return out.toString();
    }
}
