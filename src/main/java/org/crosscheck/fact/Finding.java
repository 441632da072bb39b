package org.crosscheck.fact;

/**
 * What a rule concluded about one claim (single-source check) or a pair of claims. Rules insert findings;
 * the report stage aggregates them per subject and pair of values.
 */
@FactField("what a rule concluded; rules insert them with Finding.pair or Finding.single")
public record Finding(
        @FactField(value = "name of the rule that fired", example = "Independent sources number the same edition differently")
        String rule,
        @FactField(value = "CONTRADICTION, CONSISTENT or NEEDS_REVIEW", example = "CONTRADICTION") Verdict verdict,
        @FactField(value = "ERROR, WARNING or INFO", example = "ERROR") Severity severity,
        @FactField(value = "catalogue entry: date, count, place, ordinal, designation, title, modality, time, start",
                example = "ordinal") String category,
        @FactField(value = "what the finding is about, the subject of its first claim",
                example = "meeting:orlan+vesk:joint-working-group#12") String subject,
        @FactField(value = "the first claim", example = "Claim(...)") Claim a,
        @FactField(value = "the second claim; null for a single-source finding", example = "Claim(...)") Claim b,
        @FactField(value = "the value of a as compared", example = "12") String valueA,
        @FactField(value = "the value of b as compared; empty for a single-source finding", example = "13") String valueB,
        @FactField(value = "one plain sentence a reviewer can check",
                example = "meeting:...#12 is numbered 12 by '12th meeting' and 13 by '13th meeting'.") String explanation) implements java.io.Serializable {

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
