package org.crosscheck.cli;

import java.nio.file.Path;
import org.crosscheck.Auditor;
import org.crosscheck.CrosscheckException;
import org.crosscheck.engine.RuleEngine;
import picocli.CommandLine.Option;

/** Options shared by every command that audits a folder. */
public final class AuditOptions {
    @Option(names = "--input", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of *.txt articles, searched recursively, with an optional metadata.csv (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of *.drl rules and their data/ files (default: ./rules when the working folder has "
                    + "one, so that edited rules run without a rebuild; else the rules shipped in the jar).")
    Path rules;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + RuleEngine.DEFAULT_MAX_FIRINGS,
            description = "Rule firings after which the rules are taken to loop (default: ${DEFAULT-VALUE}).")
    int maxFirings;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + Auditor.Options.DEFAULT_MAX_BYTES,
            description = "Files larger than this many bytes are skipped with a warning (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--rule", paramLabel = "NAME|GLOB",
            description = "Fire only the rules whose name matches (* any text, ? one character, case ignored), "
                    + "and the rules that derive facts for them.")
    String rule;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for per-article work, 1 to " + MAX_THREADS + " (default: the number of cores).")
    Integer threads;

    @Option(names = "--max-session-seconds", paramLabel = "S",
            defaultValue = "" + RuleEngine.DEFAULT_MAX_SESSION_SECONDS,
            description = "Wall time of one rule session after which the run fails, naming the rule that was running "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxSessionSeconds;

    @Option(names = "--event-dates",
            description = "Date the articles whose text gives no date from the events they share with dated articles "
                    + "(\"on Saturday\" beside reports that date the event), grouping the corpus a second time.")
    boolean eventDates;

    /** More threads than this is a typing error: the work is split per article and per session, never finer. */
    static final int MAX_THREADS = 1024;
    /** Larger files cannot be one article: a Java string of that many characters would not fit the heap. */
    static final long MAX_BYTES = 1L << 30;

    /** The options, checked before anything is read: a bad value is a usage error at once, not a failure later. */
    Auditor.Options toOptions(Path out) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        within("--threads", n, 1, MAX_THREADS);
        within("--max-firings", maxFirings, 1, Integer.MAX_VALUE);
        within("--max-bytes", maxBytes, 1, MAX_BYTES);
        within("--max-session-seconds", maxSessionSeconds, 1, 7 * 24 * 3600);
        return new Auditor.Options(input, rulesFolder(), out, maxFirings, n, maxBytes, maxSessionSeconds, null, null,
                null).withRule(rule).withEventDates(eventDates);
    }

    /** The rules folder given, else the default one ({@link ShippedRules#orDefault}). */
    Path rulesFolder() {
        return ShippedRules.orDefault(rules);
    }

    private static void within(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new CrosscheckException(option, "must be between " + min + " and " + max + " (got " + value + ")",
                    CrosscheckException.USAGE);
        }
    }
}
