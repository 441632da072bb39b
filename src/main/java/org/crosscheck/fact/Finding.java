package org.crosscheck.fact;

/**
 * What a rule concluded about one claim (single-source check) or a pair of claims. Rules insert findings;
 * the report stage aggregates them per subject and pair of values.
 *
 * @param rule        name of the rule that fired
 * @param verdict     CONTRADICTION, CONSISTENT or NEEDS_REVIEW
 * @param severity    ERROR, WARNING or INFO
 * @param category    catalogue entry: designation, date, count, place, ordinal, title, modality, time, ...
 * @param subject     what the finding is about, usually the shared subject of the claims
 * @param a           first claim
 * @param b           second claim, or {@code null} for a single-source finding
 * @param valueA      the value of {@code a} as compared
 * @param valueB      the value of {@code b} as compared, empty for a single-source finding
 * @param explanation one plain sentence a reviewer can check
 */
public record Finding(
        String rule,
        Verdict verdict,
        Severity severity,
        String category,
        String subject,
        Claim a,
        Claim b,
        String valueA,
        String valueB,
        String explanation) {

    /** A finding about two claims. */
    public static Finding pair(String rule, Verdict verdict, Severity severity, String category,
                               Claim a, Claim b, String valueA, String valueB, String explanation) {
        return new Finding(rule, verdict, severity, category, a.subject(), a, b, valueA, valueB, explanation);
    }

    /** A finding about one claim on its own. */
    public static Finding single(String rule, Verdict verdict, Severity severity, String category,
                                 Claim a, String valueA, String explanation) {
        return new Finding(rule, verdict, severity, category, a.subject(), a, null, valueA, "", explanation);
    }
}
