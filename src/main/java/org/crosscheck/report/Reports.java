package org.crosscheck.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.AuditResult;
import org.crosscheck.extract.ClaimConventions;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.ingest.SourceSummary;

/**
 * The reports of an audit, replaced as one {@link ReportSet}: audit.csv, facts.csv and sources.csv; findings.jsonl
 * (one W3C Web Annotation per row), claimreview.jsonld (a schema.org ClaimReview draft per contradiction),
 * timeml.xml (the time facts as TIMEX3 stand-off) and report.html (the page a fact-checker reads).
 */
public final class Reports {
    public static final String AUDIT = "audit.csv";
    public static final String FACTS = "facts.csv";
    public static final String SOURCES = "sources.csv";
    public static final String FINDINGS = "findings.jsonl";
    public static final String CLAIM_REVIEWS = "claimreview.jsonld";
    public static final String TIMEML = "timeml.xml";
    public static final String HTML = "report.html";

    private Reports() {
    }

    /** The file names of {@link #outputs}, in order. */
    public static final List<String> NAMES = List.of(AUDIT, FACTS, SOURCES, FINDINGS, CLAIM_REVIEWS, TIMEML, HTML);

    /** The reports of an audit without article text or rule files, every row shown. */
    public static List<ReportSet.Output> outputs(AuditResult result) {
        return outputs(result, ReportInputs.NONE);
    }

    /**
     * The reports of an audit, as outputs of a {@link ReportSet}. The articles the rows cite (and those with time
     * facts) are read again here, once each, for the context and code-point offsets the reports show.
     */
    public static List<ReportSet.Output> outputs(AuditResult result, ReportInputs inputs) {
        List<AuditRow> rows = result.rows().stream().filter(inputs.options()::keeps).toList();
        Set<Claim> cited = new LinkedHashSet<>();
        for (AuditRow r : rows) {
            cited.add(r.a());
            if (r.b() != null) {
                cited.add(r.b());
            }
        }
        // One pass over the claims (read back from disk each time) for what sources.csv counts too
        Map<String, Integer> claimsPerSource = new HashMap<>();
        for (Claim c : result.claims()) {
            claimsPerSource.merge(c.source(), 1, Integer::sum);
            if (TimeMl.isTimex(c)) {
                cited.add(c);
            }
        }
        Excerpts excerpts = inputs.articles() == ArticleReader.NONE ? Excerpts.none()
                : Excerpts.of(cited, result.claims(), inputs.articles());
        Map<String, SourceSummary> sources = new HashMap<>();
        for (SourceSummary s : result.sources()) {
            sources.put(s.source(), s);
        }
        boolean bom = inputs.options().excel();
        return List.of(
                ReportWriter.csv(AUDIT, AuditColumn.class, auditRows(rows, sources), bom),
                ReportWriter.csv(FACTS, FactColumn.class, factRows(result.claims()), bom),
                ReportWriter.csv(SOURCES, SourceColumn.class, sourceRows(result, claimsPerSource), bom),
                Annotations.output(FINDINGS, rows, sources, excerpts, inputs.rules()),
                ClaimReviews.output(CLAIM_REVIEWS, rows, sources),
                TimeMl.output(TIMEML, result, excerpts),
                HtmlReport.output(HTML, result, rows, excerpts, inputs.rules()));
    }

    /** Writes the reports into {@code outDir}, replacing the previous ones as a set. */
    public static void write(Path outDir, AuditResult result) {
        try (ReportSet.Run run = ReportSet.open(outDir, NAMES)) {
            run.replace(outputs(result));
        }
    }

    static List<List<String>> auditRows(List<AuditRow> rows) {
        return auditRows(rows, Map.of());
    }

    static List<List<String>> auditRows(List<AuditRow> rows, Map<String, SourceSummary> sources) {
        List<List<String>> out = new ArrayList<>();
        for (AuditRow r : rows) {
            Claim b = r.b();
            List<String> row = new ArrayList<>(AuditColumn.values().length);
            row.addAll(List.of(r.id(), r.severity().name(), r.verdict().name(), r.category(), r.rule(), r.subject(),
                    r.a().source(), r.a().sentence(), r.valueA(),
                    b == null ? "" : b.source(), b == null ? "" : b.sentence(), b == null ? "" : r.valueB(),
                    r.explanation(), Integer.toString(r.supportA()), b == null ? "" : Integer.toString(r.supportB()),
                    r.a().attribution(), b == null ? "" : b.attribution()));
            row.addAll(where(r.a(), sources));
            row.addAll(b == null ? List.of("", "", "", "", "", "") : where(b, sources));
            row.add(whySame(r));
            row.add(listed(r.originsA()));
            row.add(b == null ? "" : listed(r.originsB()));
            out.add(row);
        }
        return out;
    }

    /** Sources listed in one cell of audit.csv; beyond them the cell says how many more (support_* counts all). */
    static final int LISTED_SOURCES = 20;

    /** The independent sources behind a side, {@code ; }-separated, at most {@value #LISTED_SOURCES} of them. */
    static String listed(List<String> origins) {
        if (origins.size() <= LISTED_SOURCES) {
            return String.join("; ", origins);
        }
        return String.join("; ", origins.subList(0, LISTED_SOURCES)) + "; and " + (origins.size() - LISTED_SOURCES)
                + " more";
    }

    /**
     * Why the two sides of a row speak of one event: the basis grouping gave each side's claim (its article's
     * mentions and the link that joined them to the cluster), once when both sides share it.
     */
    static String whySame(AuditRow r) {
        Claim b = r.b();
        String x = r.a().basis() == null ? "" : r.a().basis();
        String y = b == null || b.basis() == null ? "" : b.basis();
        if (y.isEmpty() || y.equals(x)) {
            return x;
        }
        return x.isEmpty() ? y : x + " || " + y;
    }

    /** outlet, published, url, fact id, start, end of one side. */
    private static List<String> where(Claim c, Map<String, SourceSummary> sources) {
        SourceSummary s = sources.get(c.source());
        String outlet = s == null ? "" : s.publication().outlet();
        String published = s == null ? c.published() : s.publication().isoDate();
        String url = s == null ? "" : s.publication().url();
        return List.of(outlet, published, url, c.id(), Integer.toString(c.start()), Integer.toString(c.end()));
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
                t == null ? "" : t.direction(), t == null ? "" : t.cue(), t == null ? "" : t.duration(),
                c.basis() == null ? "" : c.basis());
    }

    /** The rows of sources.csv; {@code counts} are the claims of each source. */
    static List<List<String>> sourceRows(AuditResult result, Map<String, Integer> counts) {
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
