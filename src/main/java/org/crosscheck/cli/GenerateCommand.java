package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.Escapes;
import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.bench.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck generate --articles N --out DIR [--seed S] [--overlay-rules DIR2]}: writes a synthetic corpus,
 * its gold file and its invented places, and optionally a rules folder that knows those places.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a deterministic synthetic corpus of news articles with injected contradictions, "
                + "gold.csv (the evaluate format) and places.csv (its invented countries, demonyms and towns, in "
                + "the format of rules/data/places.csv) next to them.",
                "The shipped gazetteer does not know those places; audit or evaluate the corpus with the folder "
                        + "--overlay-rules writes (the --rules folder with places.csv appended to its gazetteer), "
                        + "as bench does."})
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

    @Option(names = "--overlay-rules", paramLabel = "DIR2",
            description = "Also write a copy of the --rules folder whose data/places.csv lists the corpus's places; "
                    + "DIR2 must not exist or be empty.")
    Path overlay;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder that --overlay-rules extends (default: ./rules when present, else the shipped rules).")
    Path rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path rulesFolder = ShippedRules.orDefault(rules);
        if (overlay != null) {
            Gazetteer.checkOverlay(rulesFolder, overlay);
        }
        CorpusGenerator.Summary summary;
        try (Progress progress = Progress.of("generate", articles)) {
            summary = new CorpusGenerator(articles, seed, rate).write(out, progress.absolute());
        }
        if (overlay != null) {
            Gazetteer.overlay(rulesFolder, out.resolve(Gazetteer.FILE), overlay);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "Wrote %d articles (%d reposts, %d with an injected contradiction, %.1f MB) and %s to %s/ "
                        + "(gold rows: %s).%n", summary.articles(), summary.reposts(), summary.contradictions(),
                summary.bytes() / 1e6, CorpusGenerator.GOLD, Escapes.controls(out.toString()), summary.gold());
        if (overlay != null) {
            stdout.printf(Locale.ROOT, "Wrote the rules folder %s/ (%s/ with the corpus's places); audit with --rules %s.%n",
                    Escapes.controls(overlay.toString()), Escapes.controls(rulesFolder.toString()),
                    Escapes.controls(overlay.toString()));
        }
        stdout.flush();
        return 0;
    }
}
