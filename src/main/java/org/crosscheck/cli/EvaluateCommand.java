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
import org.crosscheck.eval.FactSample;
import org.crosscheck.eval.Floors;
import org.crosscheck.eval.GoldCase;
import org.crosscheck.eval.GoldFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck evaluate --gold FILE|DIR [--facts SAMPLE] [--input DIR] [--floors FILE]}: audits and compares
 * the findings with gold files, and the facts of a hand-labelled sample's articles with their labels.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Audits the input and compares the findings with a gold CSV (gid,kind,accept,side_a,side_b,note), "
                + "or with every gold.csv below a folder. Exit 0 when every gold row holds (with --floors: when every "
                + "figure reaches its floor), 1 otherwise.")
public class EvaluateCommand implements Callable<Integer> {
    @Mixin
    AuditOptions audit;

    @Option(names = "--gold", paramLabel = "FILE|DIR",
            description = "The gold CSV, or a folder whose gold.csv files name the articles of their own folder.")
    Path gold;

    @Option(names = "--facts", paramLabel = "SAMPLE",
            description = "A hand-labelled fact sample (file,kind,...,label,note; files relative to --input): print "
                    + "the precision of the labelled facts the audit still produces, per kind, the facts of the "
                    + "sample's articles with no label, and the correct ones no longer produced.")
    Path facts;

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
        if (gold == null && facts == null) {
            throw new CrosscheckException("evaluate", "give --gold, --facts or both", CrosscheckException.USAGE);
        }
        Auditor.Options options = audit.toOptions(out);
        List<GoldCase> cases = gold == null ? List.of() : GoldFile.readAll(gold, options.input());
        FactSample sample = facts == null ? null : FactSample.read(facts);
        Floors least = floors == null ? null : Floors.read(floors);
        AuditResult result = Auditor.audit(options);
        Evaluation evaluation = null;
        EventEvaluation clusters = null;
        if (gold != null) {
            evaluation = Evaluation.of(cases, result);
            evaluation.print(spec.commandLine().getOut());
            if (EventGold.present(gold)) {
                clusters = EventEvaluation.of(EventGold.read(gold, options.input()), result.claims());
                clusters.print(spec.commandLine().getOut(), events);
            }
        }
        FactSample.Result labelled = sample == null ? null : sample.compare(result.claims());
        if (labelled != null) {
            labelled.print(spec.commandLine().getOut(), facts);
        }
        if (least == null) {
            return evaluation == null || evaluation.allPassed() ? 0 : CrosscheckException.FAILURE;
        }
        List<String> shortfalls = new java.util.ArrayList<>();
        if (evaluation != null) {
            shortfalls.addAll(least.shortfalls(evaluation.figures(), clusters));
        }
        if (labelled != null) {
            shortfalls.addAll(least.factShortfalls(labelled));
        }
        for (String s : shortfalls) {
            spec.commandLine().getOut().println("BELOW FLOOR " + s);
        }
        spec.commandLine().getOut().flush();
        return shortfalls.isEmpty() ? 0 : CrosscheckException.FAILURE;
    }
}
