package org.crosscheck.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.CrosscheckException;
import org.crosscheck.engine.RuleBase;

/**
 * The cold build of a rules folder: each run is a fresh JVM (this class's {@link #main}) that builds the KieBase
 * once and prints its wall-clock and CPU seconds; the benchmark prints the minimum, median and maximum of both.
 */
public final class RuleBuildBenchmark {
    private RuleBuildBenchmark() {
    }

    /** One cold build in this JVM: prints {@code wall cpu} in seconds. */
    public static void main(String[] args) {
        java.util.logging.LogManager.getLogManager().reset();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        RuleBase.build(Path.of(args[0]));
        System.out.printf(Locale.ROOT, "%.3f %.3f%n", (System.nanoTime() - wall) / 1e9,
                (os.getProcessCpuTime() - cpu) / 1e9);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /** Runs {@code runs} cold builds one after the other and prints the figures. */
    public static void run(int runs, Path rules, PrintWriter out) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    RuleBuildBenchmark.class.getName(), rules.toString()).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0 || !text.matches("[0-9.]+ [0-9.]+")) {
                throw new CrosscheckException(rules.toString(), "the rules do not build: " + text,
                        CrosscheckException.FAILURE);
            }
            String[] parts = text.split(" ");
            walls.add(Double.parseDouble(parts[0]));
            cpus.add(Double.parseDouble(parts[1]));
            out.printf(Locale.ROOT, "run %d: %s s wall, %s s CPU%n", i + 1, parts[0], parts[1]);
            out.flush();
        }
        out.printf(Locale.ROOT, "cold rules build of %s, %d runs: wall %s, CPU %s (min / median / max, s)%n", rules,
                runs, summary(walls), summary(cpus));
        out.flush();
    }

    private static String summary(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", sorted.get(0), median, sorted.get(n - 1));
    }
}
