package org.crosscheck.report;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Severity;
import org.crosscheck.fact.Verdict;

/**
 * One row of audit.csv: the findings of one rule about one subject and pair of values, with the earliest
 * published representative quoted on each side and the independent sources counted. Side a is side a of the
 * finding that gave the row its explanation, so the explanation names the sides in the order of the columns.
 *
 * @param id          stable identifier from rule, subject and values
 * @param a           representative claim of side a
 * @param b           representative claim of side b, or {@code null} for a single-source finding
 * @param supportA    independent sources stating side a
 * @param supportB    independent sources stating side b (0 for a single-source finding)
 * @param originsA    the independent sources behind side a, sorted
 * @param originsB    the independent sources behind side b, sorted (empty for a single-source finding)
 */
public record AuditRow(String id, Severity severity, Verdict verdict, String category, String rule,
                       String subject, Claim a, String valueA, Claim b, String valueB, String explanation,
                       int supportA, int supportB, List<String> originsA, List<String> originsB) {

    public AuditRow {
        originsA = List.copyOf(originsA);
        originsB = List.copyOf(originsB);
    }

    /** A row whose sides' sources are not listed. */
    public AuditRow(String id, Severity severity, Verdict verdict, String category, String rule,
                    String subject, Claim a, String valueA, Claim b, String valueB, String explanation,
                    int supportA, int supportB) {
        this(id, severity, verdict, category, rule, subject, a, valueA, b, valueB, explanation, supportA, supportB,
                List.of(), List.of());
    }
}
