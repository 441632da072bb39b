package org.crosscheck.report;

/**
 * Columns of audit.csv, in order: the first seventeen as before, then for each side where it was published and
 * where to find the claim (outlet, date, URL, facts.csv id, character offsets), then why the sides were taken to
 * speak of one event, then the independent sources behind each side.
 */
public enum AuditColumn {
    id, severity, verdict, category, rule, subject,
    source_a, quote_a, value_a, source_b, quote_b, value_b,
    explanation, support_a, support_b, attribution_a, attribution_b,
    outlet_a, published_a, url_a, fact_a, start_a, end_a,
    outlet_b, published_b, url_b, fact_b, start_b, end_b,
    why_same, sources_a, sources_b
}
