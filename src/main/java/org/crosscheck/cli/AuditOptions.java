package org.crosscheck.cli;

import java.nio.file.Path;
import org.crosscheck.Auditor;
import org.crosscheck.engine.RuleEngine;
import picocli.CommandLine.Option;

/** Options shared by every command that audits a folder. */
public final class AuditOptions {
    @Option(names = "--input", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of *.txt articles, searched recursively, with an optional metadata.csv (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Folder of *.drl rules and their data/ files (default: ${DEFAULT-VALUE}).")
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
            description = "Worker threads for per-article work (default: the number of cores).")
    Integer threads;

    Auditor.Options toOptions(Path out) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        return new Auditor.Options(input, rules, out, maxFirings, n, maxBytes).withRule(rule);
    }
}
