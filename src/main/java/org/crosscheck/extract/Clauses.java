package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into clauses at closed-class English boundaries: semicolons, dashes, relative and contrastive
 * conjunctions after a comma ({@code , which}, {@code , while}, {@code , whereas}, {@code but}), and
 * {@code and subsequently}/{@code and then}. Cues and times govern only the clause they are in.
 */
public final class Clauses {
    private static final Pattern BOUNDARY = Pattern.compile(
            ";|\\s[\u2014\u2013]\\s|\\s--\\s|,\\s*(?=(?:which|who|whereas|while|although|though|but)\\b)"
                    + "|\\s(?=but\\b)|\\s(?=whereas\\b)|\\s(?=and (?:subsequently|then|later)\\b)"
                    // "..., and the militaries also held": "and" before a new subject starts a clause.
                    + "|\\s(?=and (?:the|both|they|it|he|she|we|its|their) )"
                    // "... signed an accord and in 2015 they inked another": a fronted phrase, then a new subject.
                    + "|\\s(?=and (?:in|on|at|during|by|after|before|later|since) [^,;]{1,40}? "
                    + "(?:the|both|they|it|he|she|we|its|their) )",
            Pattern.CASE_INSENSITIVE);
    /** Finer boundaries for attaching places: also complement clauses ({@code said that ...}). */
    private static final Pattern FINE = Pattern.compile(BOUNDARY.pattern() + "|\\s(?=that\\b)|,\\s(?=after\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Boundaries of the scope of a modal cue: also "and there" ("had been declared a major incident and there would be
     * questions"), "when" ("people would have been in the block when the fire broke out"), ", as" ("could reach
     * 10,000, ..., as the death toll hit 4,349"), an ellipsis ("we had a very historic meeting...the world will
     * see") and a hyphen typed as a dash ("arrived at 8:55 a.m. - five minutes before the meeting was to begin").
     * Kept apart from {@link #BOUNDARY}, which also decides the event mention that governs a claim.
     */
    private static final Pattern CUE_SCOPE = Pattern.compile(BOUNDARY.pattern()
            + "|\\s(?=and there )|\\s(?=when\\b)|,\\s*(?=as\\b)|\\.\\.\\.|\u2026|\\s-\\s",
            Pattern.CASE_INSENSITIVE);

    private static final Object MEMO = new Object();
    private static final Object CUE_MEMO = new Object();

    private Clauses() {
    }

    /** Clause spans [start, end) of the context's sentence, split once per sentence. */
    public static List<int[]> of(SentenceContext context) {
        return context.memo(MEMO, () -> of(context.sentence().text()));
    }

    /** Clause spans [start, end) of a sentence. */
    public static List<int[]> of(String sentence) {
        return split(sentence, BOUNDARY);
    }

    /** The spans a modal cue governs in the context's sentence, split once per sentence. */
    public static List<int[]> cueScopes(SentenceContext context) {
        return context.memo(CUE_MEMO, () -> cueScopes(context.sentence().text()));
    }

    /** The spans a modal cue governs in a sentence. */
    public static List<int[]> cueScopes(String sentence) {
        return split(sentence, CUE_SCOPE);
    }

    /** Finer clause spans, split also before {@code that}. */
    public static List<int[]> fine(String sentence) {
        return split(sentence, FINE);
    }

    private static List<int[]> split(String sentence, Pattern boundary) {
        List<int[]> out = new ArrayList<>();
        Matcher m = boundary.matcher(sentence);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                out.add(new int[] {from, m.start()});
            }
            from = m.end();
        }
        out.add(new int[] {from, sentence.length()});
        return out;
    }

    /** The clause span holding an offset. */
    public static int[] around(List<int[]> clauses, int offset) {
        for (int[] c : clauses) {
            if (offset >= c[0] && offset < c[1]) {
                return c;
            }
        }
        return clauses.isEmpty() ? new int[] {0, 0} : clauses.get(clauses.size() - 1);
    }

    /** Whether two offsets lie in one clause. */
    public static boolean same(List<int[]> clauses, int a, int b) {
        int[] c = around(clauses, a);
        return b >= c[0] && b < Math.max(c[1], c[0] + 1);
    }
}
