package org.crosscheck.stage;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.AuditContext;
import org.crosscheck.AuditResult;
import org.crosscheck.engine.RuleBase;
import org.crosscheck.fact.Claim;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleInput;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.report.ArticleReader;
import org.crosscheck.report.AuditRow;
import org.crosscheck.report.ReportInputs;
import org.crosscheck.report.ReportOptions;
import org.crosscheck.report.ReportSet;
import org.crosscheck.report.Reports;
import org.crosscheck.report.RuleFile;
import org.crosscheck.report.TimeMl;

/**
 * The report stage, the sink. In: the audit's result, the inputs it read and the rules. Out: the reports, replacing
 * the previous set as one ({@link ReportSet}). The articles the reports cite are read again for their context: a
 * file when asked for; the lines of JSON Lines files a report cites are copied in one pass over them to a
 * {@link Spill} and read back from it by offset when asked for.
 */
public final class ReportStage {
    private ReportStage() {
    }

    public static void write(ReportSet.Run run, AuditResult result, IngestStage.Ingested in, AuditContext context,
                             RuleBase rules, Path rulesDir, ReportOptions options) {
        Map<String, Corpus.Entry> entries = new HashMap<>();
        in.listing().entries().forEach(en -> entries.put(en.source(), en));
        try (Spill lines = Spill.create("lines")) {
            Map<String, Long> cited = citedLines(in, result, lines);
            ArticleReader reader = source -> {
                Corpus.Entry entry = entries.get(source);
                Long at = entry == null ? cited.get(source) : null;
                ArticleInput input = entry != null ? ArticleInput.File.of(entry, in.metadata())
                        : at == null ? null : new ArticleInput.Line(lines.read(at));
                Article article = input == null ? null : input.read(context.parser(), context.maxBytes());
                return article == null || article.text().isEmpty() ? null : article;
            };
            run.replace(Reports.outputs(result, new ReportInputs(reader, RuleFile.of(rules, rulesDir), options)));
        }
    }

    /**
     * Copies the JSON lines the reports read again (those report rows cite, and those with time expressions for the
     * TimeML stand-off) to {@code lines} in one pass over the input, and returns where each is there, by source;
     * empty when the input has no JSON Lines file. The lines are read back by offset, one at a time, never held.
     */
    private static Map<String, Long> citedLines(IngestStage.Ingested in, AuditResult result, Spill lines) {
        if (in.listing().jsonLines().isEmpty()) {
            return Map.of();
        }
        Set<String> sources = new HashSet<>();
        for (AuditRow r : result.rows()) {
            sources.add(r.a().source());
            if (r.b() != null) {
                sources.add(r.b().source());
            }
        }
        for (Claim c : result.claims()) {
            if (TimeMl.isTimex(c)) {
                sources.add(c.source());
            }
        }
        Map<String, Long> out = new java.util.concurrent.ConcurrentHashMap<>();
        try (Stream<ArticleInput> inputs = in.inputs()) {
            inputs.forEach(i -> {
                if (i instanceof ArticleInput.Line l && sources.contains(l.source())) {
                    out.put(l.source(), lines.append(l.line()));
                }
            });
        }
        return out;
    }
}
