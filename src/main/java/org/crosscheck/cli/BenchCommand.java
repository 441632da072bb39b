package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.crosscheck.CrosscheckException;
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

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Folder of *.drl rules and their data/ files, extended with each corpus's places "
                    + "(default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--rules-build", paramLabel = "RUNS",
            description = "Instead of the corpus benchmark, time RUNS cold builds of --rules, each in a fresh JVM.")
    Integer rulesBuild;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (rulesBuild != null) {
            if (rulesBuild < 1) {
                throw new CrosscheckException("--rules-build", "runs must be positive", CrosscheckException.USAGE);
            }
            org.crosscheck.bench.RuleBuildBenchmark.run(rulesBuild, rules, spec.commandLine().getOut());
            return 0;
        }
        for (int n : sizes) {
            if (n < 1) {
                throw new CrosscheckException("--sizes", "sizes must be positive", CrosscheckException.USAGE);
            }
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Path reports = Files.createTempDirectory("crosscheck-bench");
        List<Progress> bars = new ArrayList<>();
        try {
            new Benchmark(dir, rules, seed, n, spec.commandLine().getOut(), reports).run(sizes, size -> {
                bars.forEach(Progress::close);
                Progress p = Progress.of("audit " + size, size);
                bars.add(p);
                return p.listener();
            });
        } finally {
            bars.forEach(Progress::close);
            try (Stream<Path> walk = Files.walk(reports)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return 0;
    }
}
