package org.crosscheck;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/** Worker pools for per-article and per-subject work. */
public final class Workers {
    private Workers() {
    }

    /**
     * A fork-join pool of the given size whose threads see Crosscheck's class loader as their context class
     * loader. Drools finds its runtime through the context class loader, and plain fork-join workers carry the
     * system class loader, which under {@code mvn exec:java} does not hold the project's dependencies.
     */
    public static ForkJoinPool pool(int threads) {
        ClassLoader loader = Workers.class.getClassLoader();
        return new ForkJoinPool(Math.max(1, threads), pool -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setContextClassLoader(loader);
            return thread;
        }, null, false);
    }
}
