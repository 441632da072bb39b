package org.crosscheck.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.AuditResult;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.ingest.SourceSummary;

/** The reports of an audit: audit.csv, facts.csv and sources.csv, replaced as one {@link ReportSet}. */
public final class Reports {
    public static final String AUDIT = "audit.csv";
    public static final String FACTS = "facts.csv";
    public static final String SOURCES = "sources.csv";

    private Reports() {
    }

    /** The file names of {@link #outputs}, in order. */
    public static final List<String> NAMES = List.of(AUDIT, FACTS, SOURCES);

    /** The reports of an audit, as outputs of a {@link ReportSet}. */
    public static List<ReportSet.Output> outputs(AuditResult result) {
        return List.of(
                ReportWriter.csv(AUDIT, AuditColumn.class, auditRows(result.rows())),
                ReportWriter.csv(FACTS, FactColumn.class, factRows(result.claims())),
                ReportWriter.csv(SOURCES, SourceColumn.class, sourceRows(result)));
    }

    /** Writes the reports into {@code outDir}, replacing the previous ones as a set. */
    public static void write(Path outDir, AuditResult result) {
        try (ReportSet.Run run = ReportSet.open(outDir, NAMES)) {
            run.replace(outputs(result));
        }
    }

    static List<List<String>> auditRows(List<AuditRow> rows) {
        List<List<String>> out = new ArrayList<>();
        for (AuditRow r : rows) {
            Claim b = r.b();
            out.add(List.of(r.id(), r.severity().name(), r.verdict().name(), r.category(), r.rule(), r.subject(),
                    r.a().source(), r.a().sentence(), r.valueA(),
                    b == null ? "" : b.source(), b == null ? "" : b.sentence(), b == null ? "" : r.valueB(),
                    r.explanation(), Integer.toString(r.supportA()), b == null ? "" : Integer.toString(r.supportB()),
                    r.a().attribution(), b == null ? "" : b.attribution()));
        }
        return out;
    }

    /** The rows of facts.csv, built one at a time as they are written: a large corpus has millions. */
    static Iterable<List<String>> factRows(List<Claim> claims) {
        return () -> claims.stream().map(Reports::factRow).iterator();
    }

    private static List<String> factRow(Claim c) {
        TimeSpan t = c.time();
        return List.of(c.id(), c.source(), c.kind(), c.subject(), c.attribute(), c.value(),
                t == null ? "" : t.value(), c.quote(), Integer.toString(c.start()), Integer.toString(c.end()),
                c.sentence(), c.extractor(),
                t == null || t.start() == null ? "" : t.start().toString(),
                t == null || t.end() == null ? "" : t.end().toString(),
                t == null ? "" : t.granularity(),
                c.modality(), c.event(), c.qualifier(), c.detail(),
                Double.isNaN(c.number()) ? "" : number(c.number()), c.unit(),
                Boolean.toString(c.negated()), c.origin(),
                Double.isNaN(c.resolution()) ? ""
                        : java.math.BigDecimal.valueOf(c.resolution()).stripTrailingZeros().toPlainString(),
                c.attribution(),
                t == null ? "" : t.direction(), t == null ? "" : t.cue(), t == null ? "" : t.duration());
    }

    static List<List<String>> sourceRows(AuditResult result) {
        Map<String, Integer> counts = new HashMap<>();
        for (Claim c : result.claims()) {
            counts.merge(c.source(), 1, Integer::sum);
        }
        List<List<String>> out = new ArrayList<>();
        for (SourceSummary a : result.sources()) {
            List<String> warnings = new ArrayList<>(a.warnings());
            String origin = result.origins().getOrDefault(a.source(), a.source());
            if (!origin.equals(a.source())) {
                warnings.add("same article as " + origin + "; counted as one source");
            }
            out.add(List.of(a.source(), a.publication().isoDate(), a.publication().basis().label(),
                    a.publication().outlet(), Integer.toString(a.chars()),
                    Integer.toString(counts.getOrDefault(a.source(), 0)),
                    String.join("; ", a.removed()), String.join("; ", warnings)));
        }
        return out;
    }

    /** A number without a trailing {@code .0} when it is whole. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
