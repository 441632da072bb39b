package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.AuditResult;
import org.crosscheck.Auditor;
import org.crosscheck.CrosscheckException;
import org.crosscheck.eval.Evaluation;
import org.crosscheck.eval.GoldCase;
import org.crosscheck.eval.GoldFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck evaluate --gold FILE [--input DIR]}: audits and compares the findings with a gold file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Audits the input and compares the findings with a gold CSV (gid,kind,accept,side_a,side_b,note). "
                + "Exit 0 when every gold row holds, 1 otherwise.")
public class EvaluateCommand implements Callable<Integer> {
    @Mixin
    AuditOptions audit;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold CSV.")
    Path gold;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write the reports to this folder (default: write none).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<GoldCase> cases = GoldFile.read(gold);
        AuditResult result = Auditor.audit(audit.toOptions(out));
        Evaluation evaluation = Evaluation.of(cases, result);
        evaluation.print(spec.commandLine().getOut());
        return evaluation.allPassed() ? 0 : CrosscheckException.FAILURE;
    }
}
