package org.crosscheck.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.crosscheck.CrosscheckException;
import picocli.CommandLine;

/** Command-line entry point: exit 0 when the work was done, 1 on failure, 2 on a usage or rule error. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
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
                    stderr.println("error: " + ex.getMessage());
                    ex.getCommandLine().usage(stderr);
                    return CrosscheckException.USAGE;
                });
        int code = cli.execute(args);
        stdout.flush();
        stderr.flush();
        return code;
    }

    private static int report(Exception ex, PrintWriter err, boolean verbose) {
        if (ex instanceof CrosscheckException ce) {
            for (String line : ce.lines()) {
                err.println("error: " + line);
            }
            if (verbose) {
                ex.printStackTrace(err);
            }
            return ce.exitCode();
        }
        err.println("error: " + ex);
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
