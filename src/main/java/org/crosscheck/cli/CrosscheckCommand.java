package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.AuditResult;
import org.crosscheck.Auditor;
import org.crosscheck.Escapes;
import org.crosscheck.fact.Verdict;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.SourceSummary;
import org.crosscheck.report.AuditRow;
import org.crosscheck.report.ReportOptions;
import org.crosscheck.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck [--input DIR] [--rules DIR] [--out DIR]}: audits a folder; the bare form means audit. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 0.1.0",
        description = "Audits a folder of news articles for contradictions between sources and writes "
                + "report.html, audit.csv, facts.csv, sources.csv, findings.jsonl, claimreview.jsonld and timeml.xml.",
        subcommands = {AuditCommand.class, NormalizeCommand.class, EvaluateCommand.class, GenerateCommand.class,
                BenchCommand.class, TestRulesCommand.class, picocli.CommandLine.HelpCommand.class})
public class CrosscheckCommand implements Callable<Integer> {
    @Mixin
    AuditOptions audit;

    @Mixin
    AuthoringOptions authoring;

    @Mixin
    ReportFlags reports;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--verbose", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Show library logs and stack traces.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return runAudit(audit, authoring, reports, out, spec);
    }

    static int runAudit(AuditOptions options, AuthoringOptions authoring, ReportFlags reports, Path out,
                        CommandSpec spec) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Auditor.Options auditOptions = options.toOptions(out).withReports(reports.toOptions());
        if (authoring.watch) {
            Watch.Changes changes = new Watch.Folders(java.util.List.of(auditOptions.rules(), options.input), out,
                    AuthoringOptions.QUIET_MILLIS);
            return new Watch(() -> Auditor.audit(auditOptions), changes, stdout, stderr)
                    .run(result -> summarise(options, auditOptions.reports(), out, result, stdout, stderr));
        }
        Explanation explanation = authoring.explain == null ? null : new Explanation(authoring.explain);
        AuditResult result;
        try (Progress progress = Progress.of("audit", Progress.enabled() ? Corpus.walk(options.input).entries().size() : 0)) {
            Auditor.Options withProgress = auditOptions.withProgress(progress.listener());
            result = Auditor.audit(explanation == null ? withProgress : withProgress.withFirings(explanation.recorder()));
        }
        summarise(options, auditOptions.reports(), out, result, stdout, stderr);
        if (explanation != null) {
            explanation.print(result, stdout);
            stdout.flush();
        }
        return reports.failOn != null && result.rows().stream().anyMatch(r -> r.verdict() == reports.failOn)
                ? FINDINGS : 0;
    }

    /** Exit code when a row with the verdict of {@code --fail-on} exists. */
    static final int FINDINGS = 3;

    static void summarise(AuditOptions options, ReportOptions shown, Path out, AuditResult result, PrintWriter stdout,
                          PrintWriter stderr) {
        for (String w : result.warnings()) {
            stderr.println("warning: " + Escapes.controls(w));
        }
        // Sources are named from the input folder, or from the folder of a JSON Lines file given as --input.
        Path base = java.nio.file.Files.isRegularFile(options.input) && options.input.getParent() != null
                ? options.input.getParent() : options.input;
        for (SourceSummary a : result.sources()) {
            for (String w : a.warnings()) {
                // A skipped folder's source ends in '/', which a resolved path would drop.
                String where = base.resolve(a.source()) + (a.source().endsWith("/") ? "/" : "");
                stderr.println("warning: " + Escapes.controls(where + ": " + w));
            }
        }
        if (result.sources().isEmpty()) {
            stderr.println("warning: " + Escapes.controls(options.input.toString())
                    + ": empty folder, no *.txt articles; reports hold headers only");
        }
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (AuditRow r : result.rows()) {
            verdicts.merge(r.verdict(), 1, Integer::sum);
        }
        stdout.printf(Locale.ROOT, "Audited %d articles: %d facts, %d findings (%d contradictions, %d need review, %d consistent).%n",
                result.sources().size(), result.claims().size(), result.rows().size(),
                verdicts.getOrDefault(Verdict.CONTRADICTION, 0), verdicts.getOrDefault(Verdict.NEEDS_REVIEW, 0),
                verdicts.getOrDefault(Verdict.CONSISTENT, 0));
        long kept = result.rows().stream().filter(shown::keeps).count();
        if (kept != result.rows().size()) {
            stdout.printf(Locale.ROOT, "%d of them in the reports (--min-severity %s, --verdict %s).%n", kept,
                    shown.minSeverity(), shown.verdicts().stream().map(Enum::name).collect(java.util.stream.Collectors
                            .joining(",")));
        }
        stdout.printf(Locale.ROOT, "Reports written to %s/ (%s).%n", Escapes.controls(out.toString()),
                String.join(", ", Reports.NAMES));
        stdout.flush();
        stderr.flush();
    }
}
