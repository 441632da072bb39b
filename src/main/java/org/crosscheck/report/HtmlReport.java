package org.crosscheck.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.AuditResult;
import org.crosscheck.extract.ClaimConventions;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Verdict;
import org.crosscheck.ingest.SourceSummary;

/**
 * report.html: one self-contained page (inline CSS, a few lines of inline script for the filters, no external
 * resource) with a summary, then one section per event with findings: its timeline and each finding with both
 * sides side by side. Rendered by the JTE template {@code src/main/jte/report.jte}, compiled at build time;
 * JTE escapes every value for its HTML context.
 */
public final class HtmlReport {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final Set<String> TIMED = Set.of(ClaimConventions.DATE, ClaimConventions.SINCE,
            ClaimConventions.FIRST);

    private HtmlReport() {
    }

    static ReportSet.Output output(String name, AuditResult result, List<AuditRow> rows, Excerpts excerpts,
                                   Map<String, RuleFile> rules) {
        return new ReportSet.Output(name, file -> {
            HtmlPage page = page(result, rows, excerpts, rules);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                render(page, out);
            }
        });
    }

    /** Renders the page. */
    public static void render(HtmlPage page, Writer out) {
        ENGINE.render("report.jte", page, new WriterOutput(out));
    }

    /** The page of an audit showing {@code rows}. */
    public static HtmlPage page(AuditResult result, List<AuditRow> rows, Excerpts excerpts,
                                Map<String, RuleFile> rules) {
        Map<String, SourceSummary> sources = new HashMap<>();
        for (SourceSummary s : result.sources()) {
            sources.put(s.source(), s);
        }
        Map<String, List<AuditRow>> bySubject = new LinkedHashMap<>();
        List<AuditRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(AuditRow::verdict, Comparator.comparingInt(HtmlReport::urgency))
                .thenComparing(AuditRow::severity).thenComparing(AuditRow::subject).thenComparing(AuditRow::id));
        for (AuditRow r : ordered) {
            bySubject.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<Claim>> timed = new HashMap<>();
        for (Claim c : result.claims()) {
            if (TIMED.contains(c.attribute()) && c.time() != null && bySubject.containsKey(c.subject())) {
                timed.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c);
            }
        }
        List<HtmlPage.Event> events = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<AuditRow>> e : bySubject.entrySet()) {
            List<HtmlPage.Item> items = new ArrayList<>();
            for (AuditRow r : e.getValue()) {
                items.add(item(r, sources, excerpts, rules.get(r.rule())));
            }
            String why = e.getValue().stream().map(Reports::whySame).filter(w -> !w.isEmpty()).findFirst().orElse("");
            events.add(new HtmlPage.Event(e.getKey(), "event-" + (++n), why,
                    Timeline.svg(e.getKey(), entries(timed.getOrDefault(e.getKey(), List.of()), e.getValue(), sources)),
                    items));
        }
        return new HtmlPage(summary(result, rows), events, distinct(rows, r -> r.verdict().name()),
                distinct(rows, r -> r.severity().name()), distinct(rows, AuditRow::category), outlets(rows, sources));
    }

    private static int urgency(Verdict v) {
        return switch (v) {
            case CONTRADICTION -> 0;
            case NEEDS_REVIEW -> 1;
            case CONSISTENT -> 2;
        };
    }

    private static HtmlPage.Summary summary(AuditResult result, List<AuditRow> rows) {
        Set<String> outlets = new TreeSet<>();
        String first = "";
        String last = "";
        int undated = 0;
        for (SourceSummary s : result.sources()) {
            if (!s.publication().outlet().isEmpty()) {
                outlets.add(s.publication().outlet());
            }
            String d = s.publication().isoDate();
            if (d.isEmpty()) {
                undated++;
            } else {
                first = first.isEmpty() || d.compareTo(first) < 0 ? d : first;
                last = last.isEmpty() || d.compareTo(last) > 0 ? d : last;
            }
        }
        Map<String, Integer> verdicts = new TreeMap<>(Comparator.comparingInt(v -> urgency(Verdict.valueOf(v))));
        Map<String, Integer> categories = new TreeMap<>();
        for (AuditRow r : rows) {
            verdicts.merge(r.verdict().name(), 1, Integer::sum);
            categories.merge(r.category(), 1, Integer::sum);
        }
        return new HtmlPage.Summary(result.sources().size(), outlets.size(), first, last, undated,
                result.claims().size(), rows.size(), counts(verdicts), counts(categories));
    }

    private static List<HtmlPage.Count> counts(Map<String, Integer> m) {
        return m.entrySet().stream().map(e -> new HtmlPage.Count(e.getKey(), e.getValue())).toList();
    }

    private static HtmlPage.Item item(AuditRow r, Map<String, SourceSummary> sources, Excerpts excerpts,
                                      RuleFile rule) {
        String place = rule == null ? "" : rule.file() + (rule.line() > 0 ? ":" + rule.line() : "");
        return new HtmlPage.Item(r.id(), r.verdict().name(), r.severity().name(), r.category(), r.rule(), place,
                r.explanation(), r.verdict() == Verdict.CONSISTENT,
                side("A", r.a(), r.valueA(), r.supportA(), r.originsA(), sources, excerpts),
                r.b() == null ? null : side("B", r.b(), r.valueB(), r.supportB(), r.originsB(), sources, excerpts));
    }

    private static HtmlPage.Side side(String name, Claim c, String value, int support, List<String> origins,
                                      Map<String, SourceSummary> sources, Excerpts excerpts) {
        SourceSummary s = sources.get(c.source());
        Excerpt e = excerpts.of(c);
        String sentence = e.sentence();
        String pre = sentence;
        String quote = "";
        String post = "";
        if (e.quoteFrom() >= 0 && e.quoteTo() <= sentence.length()) {
            pre = sentence.substring(0, e.quoteFrom());
            quote = sentence.substring(e.quoteFrom(), e.quoteTo());
            post = sentence.substring(e.quoteTo());
        }
        List<String> others = origins.stream().filter(o -> !o.equals(c.origin())).toList();
        String outlet = s == null ? "" : s.publication().outlet();
        String published = s == null ? c.published() : s.publication().isoDate();
        String basis = s == null ? "" : s.publication().basis().label();
        String link = s == null ? null : Links.http(s.publication().url());
        return new HtmlPage.Side(name, c.source(), outlet, published, basis, link, value, e.before(),
                !e.beforeAdjacent(), pre, quote, post, e.after(), support, others);
    }

    /** The timeline entries of one subject: each source's claimed times, marked by the findings about them. */
    static List<Timeline.Entry> entries(List<Claim> claims, List<AuditRow> rows, Map<String, SourceSummary> sources) {
        Set<String> conflicting = new TreeSet<>();
        Set<String> agreeing = new TreeSet<>();
        List<Claim> sorted = new ArrayList<>(claims);
        for (AuditRow r : rows) {
            for (Claim c : r.b() == null ? List.of(r.a()) : List.of(r.a(), r.b())) {
                if (c.time() == null || !TIMED.contains(c.attribute())) {
                    continue;
                }
                sorted.add(c);
                if (r.verdict() == Verdict.CONTRADICTION) {
                    conflicting.add(c.timeValue());
                } else if (r.verdict() == Verdict.CONSISTENT) {
                    agreeing.add(c.timeValue());
                }
            }
        }
        sorted.sort(Comparator.comparing((Claim c) -> c.published().isEmpty() ? "9999" : c.published())
                .thenComparing(Claim::source).thenComparingInt(Claim::start));
        List<Timeline.Entry> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Claim c : sorted) {
            LocalDate start = c.time().start();
            LocalDate end = c.time().end();
            if (start == null || end == null || !seen.add(c.source() + "\u0000" + c.timeValue() + "\u0000" + c.attribute())) {
                continue;
            }
            SourceSummary s = sources.get(c.source());
            String outlet = s == null ? "" : s.publication().outlet();
            Timeline.Mark mark = conflicting.contains(c.timeValue()) ? Timeline.Mark.CONFLICT
                    : agreeing.contains(c.timeValue()) ? Timeline.Mark.AGREEMENT : Timeline.Mark.OTHER;
            String lane = outlet.isEmpty() ? c.source() : outlet + ": " + c.source();
            out.add(new Timeline.Entry(lane, start, end, c.attribute().equals(ClaimConventions.SINCE),
                    c.timeValue(), "'" + c.timePhrase() + "' (" + c.attribute() + (c.time().granularity() == null ? "" : ", "
                    + c.time().granularity().toLowerCase(Locale.ROOT)) + ") in " + c.source(), mark));
        }
        return out;
    }

    private static List<String> distinct(List<AuditRow> rows, java.util.function.Function<AuditRow, String> f) {
        return rows.stream().map(f).distinct().sorted().toList();
    }

    private static List<String> outlets(List<AuditRow> rows, Map<String, SourceSummary> sources) {
        Set<String> out = new TreeSet<>();
        for (AuditRow r : rows) {
            for (Claim c : r.b() == null ? List.of(r.a()) : List.of(r.a(), r.b())) {
                SourceSummary s = sources.get(c.source());
                if (s != null && !s.publication().outlet().isEmpty()) {
                    out.add(s.publication().outlet());
                }
            }
        }
        return List.copyOf(out);
    }
}
