package org.crosscheck.cli;

import picocli.CommandLine.Option;

/** Options for rule authors on the audit command: explain one finding, or re-run on every change. */
public final class AuthoringOptions {
    @Option(names = "--explain", paramLabel = "ID",
            description = "After the audit, print for the audit.csv row with this id (or id prefix) the rule that "
                    + "fired, its file and line, and the facts it joined.")
    String explain;

    @Option(names = "--watch",
            description = "Audit, then rebuild the rules and audit again whenever a file below the rules or input "
                    + "folder changes, printing the findings that appeared, disappeared or changed. Ctrl-C stops.")
    boolean watch;

    /** Milliseconds without further change after which a burst of file events counts as one change. */
    static final long QUIET_MILLIS = 300;
}
