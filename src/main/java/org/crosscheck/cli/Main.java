package org.crosscheck.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.crosscheck.CrosscheckException;
import org.crosscheck.Escapes;
import org.crosscheck.report.ReportSet;
import picocli.CommandLine;

/** Command-line entry point: exit 0 when the work was done, 1 on failure, 2 on a usage or rule error. */
public final class Main {
    /** Set once {@link #run} has returned: an exit before that is a run that did not finish. */
    private static volatile boolean finished;

    private Main() {
    }

    /**
     * Runs the command line and exits with its code. Code of the rules folder runs in this JVM: a rule that calls
     * {@code System.exit(0)} would end the run with success and no reports, so a shutdown hook turns any exit
     * before the run returned into exit code 1 with a message (and removes the run's temporary files). A rule
     * that calls {@code Runtime.halt} skips hooks; the marker {@link ReportSet#MARKER} it leaves in the output
     * folder then says that the run did not finish.
     */
    public static void main(String[] args) {
        Thread guard = new Thread(Main::unfinished, "crosscheck-exit-guard");
        Runtime.getRuntime().addShutdownHook(guard);
        int code = run(args, System.out, System.err);
        finished = true;
        if (code != 0) {
            System.exit(code);
        }
    }

    private static void unfinished() {
        if (finished) {
            return;
        }
        ReportSet.abandonAll();
        System.err.println("error: the run was stopped before it finished (a signal, or System.exit called by a "
                + "rule); no report was replaced");
        System.err.flush();
        Runtime.getRuntime().halt(CrosscheckException.FAILURE);
    }

    /** Runs the command line with the given streams and returns the exit code; never exits the JVM. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        configureLogging(verbose);
        PrintWriter stdout = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter stderr = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new CrosscheckCommand())
                .setOut(stdout)
                .setErr(stderr)
                .setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, stderr, verbose))
                .setParameterExceptionHandler((ex, strings) -> {
                    // One line and a hint: the whole help would push the error off the screen.
                    stderr.println("error: " + Escapes.controls(ex.getMessage()));
                    stderr.println("(run '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                            + " --help' for the options)");
                    return CrosscheckException.USAGE;
                });
        int code;
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) {
            code = report(e, stderr, verbose);
        }
        stdout.flush();
        stderr.flush();
        return code;
    }

    private static int report(Throwable ex, PrintWriter err, boolean verbose) {
        if (ex instanceof CrosscheckException ce) {
            for (String line : ce.lines()) {
                err.println("error: " + Escapes.controls(line));
            }
            if (verbose) {
                ex.printStackTrace(err);
            }
            return ce.exitCode();
        }
        if (ex instanceof OutOfMemoryError) {
            err.println("error: ran out of memory (" + ex.getMessage() + ", maximum heap "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB); give Java more with -Xmx");
        } else {
            err.println("error: unexpected " + Escapes.controls(CrosscheckException.describe(ex)));
        }
        if (verbose) {
            ex.printStackTrace(err);
        } else {
            err.println("(run with --verbose for the stack trace)");
        }
        return CrosscheckException.FAILURE;
    }

    /**
     * Libraries log through SLF4J into java.util.logging. Silent unless --verbose: Natty logs every parse and
     * Drools logs build errors that Crosscheck reports itself, with file and line.
     */
    static void configureLogging(boolean verbose) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Level level = verbose ? Level.INFO : Level.OFF;
        root.setLevel(level);
        java.util.logging.ConsoleHandler handler = new java.util.logging.ConsoleHandler();
        handler.setLevel(level);
        root.addHandler(handler);
    }
}
