package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.Escapes;
import org.crosscheck.ingest.SentenceSplitter;
import org.crosscheck.time.NewsTemporalTagger;
import org.crosscheck.time.NormalizeFile;
import org.crosscheck.time.TimeEvaluation;
import org.crosscheck.time.TimeVocabulary;
import org.crosscheck.vocab.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck normalize --in IN --out OUT.tsv}: the TimeML value of each row's expression in its sentence,
 * anchored to its dct and to the times the rows of its document spoke of before it. IN is a TSV or TimeML
 * ({@code .tml} file or folder). With gold columns ({@code type}, {@code expected_value}) it also prints the
 * accuracy per type.
 */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = "Normalises time expressions of a TSV (columns dct, expression, sentence, optionally doc_id; "
                + "others pass through) or of TimeML files (a .tml file or a folder of them), and writes a TSV with "
                + "a value column. With type and expected_value columns (TimeML has them), prints the accuracy per "
                + "type (DATE, TIME, DURATION, SET).")
public class NormalizeCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, paramLabel = "IN", description = "Tab-separated input with a header, "
            + "or a TimeML file or folder.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT.tsv", description = "Where to write the rows with value.")
    Path out;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder whose data/ files give the calendar words, cues and holidays "
                    + "(default: ./rules when present, else the shipped rules).")
    Path rules;

    @Option(names = "--misses", description = "With gold columns, also list the rows whose value differs.")
    boolean misses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Vocabulary vocabulary = Vocabulary.load(ShippedRules.orDefault(rules));
        NewsTemporalTagger tagger = new NewsTemporalTagger(TimeVocabulary.from(vocabulary));
        NormalizeFile.Normalized n = NormalizeFile.run(in, out, tagger, SentenceSplitter.from(vocabulary));
        PrintWriter stderr = spec.commandLine().getErr();
        n.warnings().forEach(w -> stderr.println("warning: " + w));
        stderr.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Wrote " + Escapes.controls(out.toString()));
        if (n.table().header().contains("type") && n.table().header().contains("expected_value")) {
            TimeEvaluation.score(n).print(stdout, misses);
        }
        stdout.flush();
        return 0;
    }
}
