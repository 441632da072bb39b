package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The cold-build benchmark runs a fresh JVM per build and prints each run and the summary (figures not checked). */
class RuleBuildBenchmarkTest {
    @Test
    void oneColdBuildPrintsItsFigures() throws Exception {
        StringWriter out = new StringWriter();
        RuleBuildBenchmark.run(1, Path.of("rules"), new PrintWriter(out));
        assertThat(out.toString()).containsPattern("run 1: [0-9.]+ s wall, [0-9.]+ s CPU\n")
                .containsPattern("cold rules build of rules, 1 runs: wall [0-9.]+ / [0-9.]+ / [0-9.]+, CPU ");
    }
}
