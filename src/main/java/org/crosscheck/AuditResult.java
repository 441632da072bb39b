package org.crosscheck;

import java.util.List;
import java.util.Map;
import org.crosscheck.fact.Claim;
import org.crosscheck.ingest.Article;
import org.crosscheck.report.AuditRow;

/**
 * What an audit produced.
 *
 * @param articles every input file in source order, unreadable ones included with their warnings
 * @param claims   every extracted claim, after grouping
 * @param rows     the audit report rows
 * @param origins  source name to independent-source name
 */
public record AuditResult(List<Article> articles, List<Claim> claims, List<AuditRow> rows,
                          Map<String, String> origins) {
}
