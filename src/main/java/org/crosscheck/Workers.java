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

    /**
     * Runs a parallel stream in a pool of the requested size, so callers control the thread count. {@code watch},
     * if given, is called while waiting and may throw to abandon the work (a rule session that will not stop).
     */
    public static <T> T inParallel(int threads, java.util.concurrent.Callable<T> work, Runnable watch) {
        ForkJoinPool pool = pool(threads);
        try {
            java.util.concurrent.Future<T> future = pool.submit(work);
            while (true) {
                try {
                    return future.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    if (watch != null) {
                        watch.run();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrosscheckException("", "interrupted", CrosscheckException.FAILURE, e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new CrosscheckException("", String.valueOf(cause), CrosscheckException.FAILURE, cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
