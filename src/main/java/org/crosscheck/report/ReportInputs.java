package org.crosscheck.report;

import java.util.Map;

/**
 * What the reports need beyond the audit's result: the articles' text again (for context and code-point
 * offsets), where each rule is written, and which rows to show.
 *
 * @param articles reads an article again; {@link ArticleReader#NONE} for none
 * @param rules    each rule by name with its file and hash; may lack a rule (then the annotation names none)
 * @param options  which rows are shown, and the CSVs' byte-order mark
 */
public record ReportInputs(ArticleReader articles, Map<String, RuleFile> rules, ReportOptions options) {
    /** No article text, no rule files, every row. */
    public static final ReportInputs NONE = new ReportInputs(ArticleReader.NONE, Map.of(), ReportOptions.DEFAULT);

    public ReportInputs {
        rules = Map.copyOf(rules);
    }
}
