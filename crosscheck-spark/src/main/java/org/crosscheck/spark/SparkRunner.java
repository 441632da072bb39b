package org.crosscheck.spark;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.crosscheck.Runner;

/**
 * Runs the audit's parallel steps as Spark jobs: the items (articles to read, rule sessions) are partitioned over
 * the executors, each applies the step, and the results come back to the driver, where {@link
 * org.crosscheck.Auditor} goes on exactly as on one machine. A step finds the parser, extractors and KieBase
 * through its context key, so each executor JVM builds them once from the rules folder shipped with the job.
 */
public final class SparkRunner implements Runner {
    private final JavaSparkContext spark;
    private final int partitions;

    /**
     * @param partitions the number of partitions per step; a few per executor core lets a slow article or
     *                   session not hold up the rest
     */
    public SparkRunner(JavaSparkContext spark, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive");
        }
        this.spark = spark;
        this.partitions = partitions;
    }

    /** The watch is not called: a rule session's time limit is checked by the engine of the JVM it runs in. */
    @Override
    public <T, R> void map(Stream<T> items, Work<T, R> work, Consumer<R> sink, Runnable watch) {
        List<T> all = items.toList();
        if (all.isEmpty()) {
            return;
        }
        spark.parallelize(all, Math.min(partitions, all.size())).map(work::apply).collect().forEach(sink);
    }
}
