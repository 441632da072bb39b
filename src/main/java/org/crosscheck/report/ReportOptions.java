package org.crosscheck.report;

import java.util.EnumSet;
import java.util.Set;
import org.crosscheck.fact.Severity;
import org.crosscheck.fact.Verdict;

/**
 * What the reports show: which rows (by severity and verdict) and whether the CSVs start with a byte-order mark.
 *
 * @param excel       write the CSVs with a UTF-8 byte-order mark, which Excel needs to read them as UTF-8
 * @param minSeverity rows less severe than this are left out (ERROR is the most severe)
 * @param verdicts    only rows with one of these verdicts are written
 */
public record ReportOptions(boolean excel, Severity minSeverity, Set<Verdict> verdicts) {
    /** Every row, no byte-order mark. */
    public static final ReportOptions DEFAULT = new ReportOptions(false, Severity.INFO, EnumSet.allOf(Verdict.class));

    public ReportOptions {
        verdicts = verdicts.isEmpty() ? EnumSet.allOf(Verdict.class) : EnumSet.copyOf(verdicts);
    }

    /** Whether the row is reported. */
    public boolean keeps(AuditRow row) {
        return row.severity().compareTo(minSeverity) <= 0 && verdicts.contains(row.verdict());
    }
}
