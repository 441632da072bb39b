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
 * file when asked for, the lines of JSON Lines files in one pass over them, keeping only the lines a row cites.
 */
public final class ReportStage {
    private ReportStage() {
    }

    public static void write(ReportSet.Run run, AuditResult result, IngestStage.Ingested in, AuditContext context,
                             RuleBase rules, Path rulesDir, ReportOptions options) {
        Map<String, Corpus.Entry> entries = new HashMap<>();
        in.listing().entries().forEach(en -> entries.put(en.source(), en));
        Map<String, ArticleInput> cited = citedLines(in, result);
        ArticleReader reader = source -> {
            Corpus.Entry entry = entries.get(source);
            ArticleInput input = entry != null ? ArticleInput.File.of(entry, in.metadata()) : cited.get(source);
            Article article = input == null ? null : input.read(context.parser(), context.maxBytes());
            return article == null || article.text().isEmpty() ? null : article;
        };
        run.replace(Reports.outputs(result, new ReportInputs(reader, RuleFile.of(rules, rulesDir), options)));
    }

    /**
     * The JSON lines the reports read again (those report rows cite, and those with time expressions for the TimeML
     * stand-off), by source; empty when the input has no JSON Lines file.
     */
    private static Map<String, ArticleInput> citedLines(IngestStage.Ingested in, AuditResult result) {
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
        Map<String, ArticleInput> out = new HashMap<>();
        try (Stream<ArticleInput> inputs = in.inputs()) {
            inputs.filter(i -> i instanceof ArticleInput.Line l && sources.contains(l.source()))
                    .forEach(i -> out.put(i.source(), i));
        }
        return out;
    }
}
