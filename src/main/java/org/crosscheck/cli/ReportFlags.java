package org.crosscheck.cli;

import java.util.EnumSet;
import java.util.List;
import org.crosscheck.fact.Severity;
import org.crosscheck.fact.Verdict;
import org.crosscheck.report.ReportOptions;
import picocli.CommandLine.Option;

/** Options of the audit command for its reports: which rows they show, Excel's byte-order mark, CI's exit code. */
public final class ReportFlags {
    @Option(names = "--min-severity", paramLabel = "SEVERITY", defaultValue = "INFO",
            description = "Leave out rows less severe than this: ERROR, WARNING or INFO (default: ${DEFAULT-VALUE}).")
    Severity minSeverity;

    @Option(names = "--verdict", paramLabel = "VERDICT", split = ",",
            description = "Show only rows with these verdicts (CONTRADICTION, NEEDS_REVIEW, CONSISTENT; "
                    + "comma-separated or repeated; default: all).")
    List<Verdict> verdicts;

    @Option(names = "--excel",
            description = "Start the CSV reports with a UTF-8 byte-order mark, so that Excel decodes them as UTF-8.")
    boolean excel;

    @Option(names = "--fail-on", paramLabel = "VERDICT",
            description = "Exit with code 3 when the audit finds a row with this verdict (for newsroom CI), "
                    + "whatever the filters show.")
    Verdict failOn;

    ReportOptions toOptions() {
        return new ReportOptions(excel, minSeverity, verdicts == null ? EnumSet.allOf(Verdict.class)
                : EnumSet.copyOf(verdicts));
    }
}
