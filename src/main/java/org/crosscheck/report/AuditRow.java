package org.crosscheck.report;

import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Severity;
import org.crosscheck.fact.Verdict;

/**
 * One row of audit.csv: the findings of one rule about one subject and pair of values, with the earliest
 * published representative quoted on each side and the independent sources counted.
 *
 * @param id          stable identifier from rule, subject and values
 * @param a           representative claim of side a
 * @param b           representative claim of side b, or {@code null} for a single-source finding
 * @param supportA    independent sources stating side a
 * @param supportB    independent sources stating side b (0 for a single-source finding)
 */
public record AuditRow(String id, Severity severity, Verdict verdict, String category, String rule,
                       String subject, Claim a, String valueA, Claim b, String valueB, String explanation,
                       int supportA, int supportB) {
}
