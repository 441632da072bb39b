package org.crosscheck.fact;

import java.util.Locale;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.WordSenses;

/**
 * Groups claim modalities into stages, so rules compare a number or a deal only with claims at the same stage:
 * "up to 20 wanted" (prospective) and "four delivered" (realised) describe different stages, not a conflict.
 */
public final class Stages {
    public static final String REALISED = "REALISED";
    public static final String PROSPECTIVE = "PROSPECTIVE";
    public static final String NEGATED = "NEGATED";

    private Stages() {
    }

    /**
     * REALISED for what happened (HAPPENED, SIGNED, AGREED, DELIVERED, REPORTED, ...); PROSPECTIVE for what is
     * expected, planned, scheduled, intended, proposed, drafted or conditional; NEGATED for denied or cancelled claims.
     */
    public static String of(String modality) {
        String m = modality == null ? "" : modality.toUpperCase(Locale.ROOT);
        return switch (m) {
            case "EXPECTED", "PLANNED", "SCHEDULED", "INTENDED", "PROPOSED", "DRAFT", "INVITED", "CONDITIONAL" -> PROSPECTIVE;
            case "DENIED", "CANCELLED" -> NEGATED;
            default -> REALISED;
        };
    }

    /**
     * Whether two realised claims can date the same step of an event. Agreeing, signing and delivering are
     * distinct milestones of one deal ("agreed in principle in June", "signed in December"); a plain HAPPENED or
     * REPORTED claim names no milestone and may be any of them.
     */
    public static boolean sameMilestone(Claim a, Claim b) {
        String x = milestone(a.modality());
        String y = milestone(b.modality());
        return x.isEmpty() || y.isEmpty() || x.equals(y);
    }

    private static String milestone(String modality) {
        String m = modality == null ? "" : modality.toUpperCase(Locale.ROOT);
        return switch (m) {
            case "SIGNED", "AGREED", "DELIVERED" -> m;
            default -> "";
        };
    }

    /** The stage of a claim; a negated claim is NEGATED whatever its modality. */
    public static String of(Claim c) {
        return c.negated() ? NEGATED : of(c.modality());
    }

    /**
     * Whether two event claims are named by one word (its verb or the verb its noun names, through WordNet:
     * "derailed", "derail" and "derailment" are one word). "The deal was not signed" denies "the deal was signed";
     * "we were not rioting" does not deny a march, nor "was not celebrating" a final: a negation worded otherwise
     * than the claim it meets may deny a part or a side of the event, which is for a reviewer.
     */
    public static boolean sameWord(Claim a, Claim b) {
        return wordKey(a.quote()).equals(wordKey(b.quote()));
    }

    private static String wordKey(String quote) {
        String q = quote == null ? "" : quote.trim().toLowerCase(Locale.ROOT);
        String last = q.substring(q.lastIndexOf(' ') + 1);
        WordSenses words = WordSenses.shared();
        WordSenses.Reading verb = words.reading(last, Tag.VERB);
        if (verb != null) {
            return verb.lemma();
        }
        String derived = words.derivedVerb(last);
        if (!derived.isEmpty()) {
            return derived;
        }
        WordSenses.Reading noun = words.reading(last, Tag.NOUN);
        return noun != null ? noun.lemma() : last;
    }
}
