package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck generate --articles N --out DIR [--seed S]}: writes a synthetic corpus and its gold file. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a deterministic synthetic corpus of news articles with injected contradictions, "
                + "and gold.csv (the evaluate format) next to them.")
public class GenerateCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, paramLabel = "N", description = "Number of articles.")
    int articles;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed; the same N and seed give byte-identical files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--contradictions", paramLabel = "RATE", defaultValue = "0.05",
            description = "Share of articles that state one fact differently (default: ${DEFAULT-VALUE}).")
    double rate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CorpusGenerator.Summary summary;
        try (Progress progress = Progress.of("generate", articles)) {
            summary = new CorpusGenerator(articles, seed, rate).write(out, progress.absolute());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Wrote %d articles (%d reposts, %d with an injected contradiction, %.1f MB) and %s to %s/ "
                        + "(gold rows: %s).%n", summary.articles(), summary.reposts(), summary.contradictions(),
                summary.bytes() / 1e6, CorpusGenerator.GOLD, out, summary.gold());
        stdout.flush();
        return 0;
    }
}
