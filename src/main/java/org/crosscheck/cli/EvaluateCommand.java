package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.AuditResult;
import org.crosscheck.Auditor;
import org.crosscheck.CrosscheckException;
import org.crosscheck.eval.Evaluation;
import org.crosscheck.eval.EventEvaluation;
import org.crosscheck.eval.EventGold;
import org.crosscheck.eval.Floors;
import org.crosscheck.eval.GoldCase;
import org.crosscheck.eval.GoldFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck evaluate --gold FILE|DIR [--input DIR] [--floors FILE]}: audits and compares the findings with
 * gold files.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Audits the input and compares the findings with a gold CSV (gid,kind,accept,side_a,side_b,note), "
                + "or with every gold.csv below a folder. Exit 0 when every gold row holds (with --floors: when every "
                + "figure reaches its floor), 1 otherwise.")
public class EvaluateCommand implements Callable<Integer> {
    @Mixin
    AuditOptions audit;

    @Option(names = "--gold", required = true, paramLabel = "FILE|DIR",
            description = "The gold CSV, or a folder whose gold.csv files name the articles of their own folder.")
    Path gold;

    @Option(names = "--floors", paramLabel = "FILE",
            description = "CSV measure,floor: pass when each kind's rate and PRECISION reach their floor.")
    Path floors;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write the reports to this folder (default: write none).")
    Path out;

    @Option(names = "--events", description = "With a gold folder holding events.csv files, list each gold event "
            + "the audit splits and each response cluster that merges gold events.")
    boolean events;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Auditor.Options options = audit.toOptions(out);
        List<GoldCase> cases = GoldFile.readAll(gold, options.input());
        Floors least = floors == null ? null : Floors.read(floors);
        AuditResult result = Auditor.audit(options);
        Evaluation evaluation = Evaluation.of(cases, result);
        evaluation.print(spec.commandLine().getOut());
        EventEvaluation clusters = null;
        if (EventGold.present(gold)) {
            clusters = EventEvaluation.of(EventGold.read(gold, options.input()), result.claims());
            clusters.print(spec.commandLine().getOut(), events);
        }
        if (least == null) {
            return evaluation.allPassed() ? 0 : CrosscheckException.FAILURE;
        }
        List<String> shortfalls = least.shortfalls(evaluation.figures(), clusters);
        for (String s : shortfalls) {
            spec.commandLine().getOut().println("BELOW FLOOR " + s);
        }
        spec.commandLine().getOut().flush();
        return shortfalls.isEmpty() ? 0 : CrosscheckException.FAILURE;
    }
}
