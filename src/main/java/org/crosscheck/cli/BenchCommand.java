package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.CrosscheckException;
import org.crosscheck.FileTrees;
import org.crosscheck.bench.Adversarial;
import org.crosscheck.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck bench [--sizes 1000,10000,100000] [--dir DIR] [--seed S]}: the benchmark table. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generates (or reuses) synthetic corpora, audits each with the real pipeline and prints "
                + "throughput, time per stage, heap, findings, precision and recall; then a Natty baseline.",
                "Each audit uses a temporary copy of --rules whose data/places.csv also lists the corpus's invented "
                        + "countries, demonyms and towns (the corpus's places.csv), as a user would extend the "
                        + "gazetteer for their own news."})
public class BenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "N,N,...", defaultValue = "1000,10000,100000",
            description = "Corpus sizes in articles (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Folder for the corpora, reused when present (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of *.drl rules and their data/ files, extended with each corpus's places "
                    + "(default: ./rules when present, else the shipped rules).")
    Path rules;

    @Option(names = "--real", paramLabel = "DIR", defaultValue = "eval/news",
            description = "Folder of real news replicated with reposts to each size for the real-like rows, audited as "
                    + "files and as JSON Lines with --rules as given; 'none' for synthetic only "
                    + "(default: ${DEFAULT-VALUE}).")
    String real;

    @Option(names = "--synthetic", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Audit the synthetic corpora; --no-synthetic for the real-like rows only (default: "
                    + "${DEFAULT-VALUE}).")
    boolean synthetic;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--event-dates",
            description = "Audit with articles still undated dated from the events they share with dated articles "
                    + "(audit --event-dates): the cost of the second grouping.")
    boolean eventDates;

    @Option(names = "--adversarial",
            description = "Instead of the corpora, time inputs shaped to expose super-linear work (blank lines, "
                    + "short lines, repeated tokens, many events, one long line, many values of one subject) at "
                    + "1x, 10x and 100x, and print the ratios.")
    boolean adversarial;

    @Option(names = "--scales", split = ",", paramLabel = "N,N,...", defaultValue = "1,10,100",
            description = "With --adversarial: the sizes of each shape, in multiples of its base size "
                    + "(default: ${DEFAULT-VALUE}).")
    List<Integer> scales;

    @Option(names = "--shapes", split = ",", paramLabel = "SHAPE,...",
            description = "With --adversarial: only these shapes (${COMPLETION-CANDIDATES}; default: all).")
    List<Adversarial.Shape> shapes;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "With --adversarial: runs of each scale below 100x, the fastest kept (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--rules-build", paramLabel = "RUNS",
            description = "Instead of the corpus benchmark, time RUNS cold builds of --rules, each in a fresh JVM.")
    Integer rulesBuild;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path rulesFolder = ShippedRules.orDefault(rules);
        if (rulesBuild != null) {
            if (rulesBuild < 1) {
                throw new CrosscheckException("--rules-build", "runs must be positive", CrosscheckException.USAGE);
            }
            org.crosscheck.bench.RuleBuildBenchmark.run(rulesBuild, rulesFolder, spec.commandLine().getOut());
            return 0;
        }
        for (int n : sizes) {
            if (n < 1) {
                throw new CrosscheckException("--sizes", "sizes must be positive", CrosscheckException.USAGE);
            }
        }
        for (int s : scales) {
            if (s < 1 || s > 1000) {
                throw new CrosscheckException("--scales", "scales must be between 1 and 1000", CrosscheckException.USAGE);
            }
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > AuditOptions.MAX_THREADS) {
            throw new CrosscheckException("--threads", "must be between 1 and " + AuditOptions.MAX_THREADS + " (got "
                    + n + ")", CrosscheckException.USAGE);
        }
        Path reports = Files.createTempDirectory("crosscheck-bench");
        if (adversarial) {
            try {
                new Adversarial(rulesFolder, reports, n, spec.commandLine().getOut())
                        .run(shapes == null || shapes.isEmpty() ? List.of(Adversarial.Shape.values()) : shapes, scales, Math.max(1, runs));
            } finally {
                FileTrees.delete(reports);
            }
            return 0;
        }
        List<Progress> bars = new ArrayList<>();
        try {
            Path realDir = real.equals("none") ? null : Path.of(real);
            if (realDir != null && !Files.isDirectory(realDir)) {
                throw new CrosscheckException(real, "--real: no such folder ('none' for synthetic corpora only)",
                        CrosscheckException.USAGE);
            }
            if (!synthetic && realDir == null) {
                throw new CrosscheckException("--no-synthetic", "with --real none there is nothing to measure",
                        CrosscheckException.USAGE);
            }
            new Benchmark(dir, rulesFolder, seed, n, spec.commandLine().getOut(), reports).withEventDates(eventDates).run(synthetic ? sizes : List.of(),
                    sizes, realDir, size -> {
                bars.forEach(Progress::close);
                Progress p = Progress.of("audit " + size, size);
                bars.add(p);
                return p.listener();
            });
        } finally {
            bars.forEach(Progress::close);
            FileTrees.delete(reports);
        }
        return 0;
    }
}
