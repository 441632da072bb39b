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
import org.crosscheck.ingest.SourceSummary;
import org.crosscheck.report.AuditRow;
import org.crosscheck.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck [--input DIR] [--rules DIR] [--out DIR]}: audits a folder; the bare form means audit. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 0.1.0",
        description = "Audits a folder of news articles for contradictions between sources and writes "
                + "audit.csv, facts.csv and sources.csv.",
        subcommands = {AuditCommand.class, NormalizeCommand.class, EvaluateCommand.class, GenerateCommand.class,
                BenchCommand.class, TestRulesCommand.class})
public class CrosscheckCommand implements Callable<Integer> {
    @Mixin
    AuditOptions audit;

    @Mixin
    AuthoringOptions authoring;

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
        return runAudit(audit, authoring, out, spec);
    }

    static int runAudit(AuditOptions options, AuthoringOptions authoring, Path out, CommandSpec spec) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Auditor.Options auditOptions = options.toOptions(out);
        if (authoring.watch) {
            Watch.Changes changes = new Watch.Folders(java.util.List.of(options.rules, options.input), out,
                    AuthoringOptions.QUIET_MILLIS);
            return new Watch(() -> Auditor.audit(auditOptions), changes, stdout, stderr)
                    .run(result -> summarise(options, out, result, stdout, stderr));
        }
        Explanation explanation = authoring.explain == null ? null : new Explanation(authoring.explain);
        AuditResult result = Auditor.audit(explanation == null ? auditOptions
                : auditOptions.withFirings(explanation.recorder()));
        summarise(options, out, result, stdout, stderr);
        if (explanation != null) {
            explanation.print(result, stdout);
            stdout.flush();
        }
        return 0;
    }

    static void summarise(AuditOptions options, Path out, AuditResult result, PrintWriter stdout, PrintWriter stderr) {
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
        stdout.printf(Locale.ROOT, "Reports written to %s/ (%s).%n", Escapes.controls(out.toString()),
                String.join(", ", Reports.NAMES));
        stdout.flush();
        stderr.flush();
    }
}
