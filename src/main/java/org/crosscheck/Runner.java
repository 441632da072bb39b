package org.crosscheck;

import java.io.Serializable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where the audit's parallel work runs: the per-article pass (read, parse, tag times, extract, sign) and the rule
 * sessions. {@link Auditor} defines the pipeline once and hands both steps to a runner: {@link #local} runs them
 * on a pool of threads in this JVM; the {@code crosscheck-spark} module runs them as Spark tasks. Everything else
 * (the corpus stages between them, aggregation and the reports) runs where {@link Auditor#audit} is called.
 */
public interface Runner {
    /**
     * A step applied to each item, possibly in another JVM: it is serialised with what it captures, so it
     * captures only values and finds what cannot travel (a KieBase, the extractors) through
     * {@link AuditContext.Key#context()}, built once per JVM.
     */
    interface Work<T, R> extends Function<T, R>, Serializable {
    }

    /**
     * Applies {@code work} to every item and hands each result to {@code sink} in this JVM, in any order and
     * possibly from several threads. {@code watch}, if not null, is called now and then while the work runs in
     * this JVM and may throw to abandon it (a rule session that will not stop).
     */
    <T, R> void map(Stream<T> items, Work<T, R> work, Consumer<R> sink, Runnable watch);

    /** The runner of one JVM: a parallel stream on a pool of {@code threads} workers. */
    static Runner local(int threads) {
        return new Runner() {
            @Override
            public <T, R> void map(Stream<T> items, Work<T, R> work, Consumer<R> sink, Runnable watch) {
                Workers.inParallel(threads, () -> {
                    items.parallel().map(work).forEach(sink);
                    return null;
                }, watch);
            }
        };
    }
}
