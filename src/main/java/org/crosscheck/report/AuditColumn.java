package org.crosscheck.report;

/** Columns of audit.csv, in order. */
public enum AuditColumn {
    id, severity, verdict, category, rule, subject,
    source_a, quote_a, value_a, source_b, quote_b, value_b,
    explanation, support_a, support_b, attribution_a, attribution_b
}
