package org.crosscheck.cli;

import java.time.temporal.ChronoUnit;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr (articles done, rate, time left) for long runs, shown only when stderr is a terminal:
 * redirected output and tests see nothing. {@link #listener()} is what the pipeline calls per article.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar for {@code total} steps, or a silent one when there is no console. */
    static Progress of(String task, long total) {
        if (System.console() == null || total <= 0) {
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
