package org.crosscheck.cli;

import java.time.temporal.ChronoUnit;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr (articles done, rate, time left) for long runs, shown only when stderr is a terminal
 * (or the system property {@code crosscheck.progress} is true): redirected output and tests see nothing. {@link #listener()} is what the pipeline calls per article.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * Whether stderr is a terminal. Java has no isatty: {@code System.console()} asks about stdin and stdout, so a
     * run with its output redirected to a file would show no bar. On Linux, stderr's file descriptor names the
     * terminal device it writes to; elsewhere the console stands in.
     */
    static boolean enabled() {
        if (Boolean.getBoolean("crosscheck.progress")) {
            return true;
        }
        java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
        try {
            if (java.nio.file.Files.isSymbolicLink(fd)) {
                String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | RuntimeException e) {
            // fall through to the console
        }
        return System.console() != null;
    }

    /** A bar for {@code total} steps, or a silent one when stderr is not a terminal. */
    static Progress of(String task, long total) {
        if (total <= 0 || !enabled()) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" articles", 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        return new Progress(bar);
    }

    /** Called with the number of steps done so far (or, from parallel workers, once per step with any value). */
    IntConsumer listener() {
        return bar == null ? null : done -> bar.step();
    }

    /** Steps to an absolute count; for single-threaded producers. */
    IntConsumer absolute() {
        return bar == null ? null : done -> bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
