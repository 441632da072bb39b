package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.Escapes;
import org.crosscheck.time.NewsTemporalTagger;
import org.crosscheck.time.NormalizeFile;
import org.crosscheck.time.TemporalTagger;
import org.crosscheck.time.TimeEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck normalize --in IN.tsv --out OUT.tsv}: the TimeML value of each row's expression in its
 * sentence, anchored to its dct. With gold columns ({@code type}, {@code expected_value}) it also prints the DATE
 * accuracy.
 */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = "Normalises time expressions of a TSV (columns dct, expression, sentence; others pass through) "
                + "and writes it with a value column. With type and expected_value columns, prints the DATE accuracy.")
public class NormalizeCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, paramLabel = "IN.tsv", description = "Tab-separated input with a header.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT.tsv", description = "Where to write the rows with value.")
    Path out;

    @Option(names = "--misses", description = "With gold columns, also list the rows whose value differs.")
    boolean misses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TemporalTagger tagger = new NewsTemporalTagger();
        NormalizeFile.run(in, out, tagger);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Wrote " + Escapes.controls(out.toString()));
        TimeEvaluation.evaluateIfGold(in, tagger).ifPresent(result -> {
            if (misses) {
                result.print(stdout);
            } else {
                stdout.println(result.summary());
            }
        });
        stdout.flush();
        return 0;
    }
}
