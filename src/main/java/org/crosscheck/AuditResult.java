package org.crosscheck;

import java.util.List;
import java.util.Map;
import org.crosscheck.fact.Claim;
import org.crosscheck.ingest.SourceSummary;
import org.crosscheck.report.AuditRow;

/**
 * What an audit produced.
 *
 * @param sources  every input file in source order, unreadable ones included with their warnings; the article
 *                 text itself is dropped once its claims are extracted
 * @param claims   every extracted claim, after grouping
 * @param rows     the audit report rows
 * @param origins  source name to independent-source name
 * @param timings  wall-clock time per stage
 * @param warnings problems of the run rather than of one article (metadata.csv rows, an earlier run that did not
 *                 finish), each naming its file
 */
public record AuditResult(List<SourceSummary> sources, List<Claim> claims, List<AuditRow> rows,
                          Map<String, String> origins, Timings timings, List<String> warnings) {

    public AuditResult {
        warnings = List.copyOf(warnings);
    }

    public AuditResult(List<SourceSummary> sources, List<Claim> claims, List<AuditRow> rows,
                       Map<String, String> origins, Timings timings) {
        this(sources, claims, rows, origins, timings, List.of());
    }
}
