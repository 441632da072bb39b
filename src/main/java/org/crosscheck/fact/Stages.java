package org.crosscheck.fact;

import java.util.Locale;

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
     * expected, planned, scheduled, intended, proposed or drafted; NEGATED for denied or cancelled claims.
     */
    public static String of(String modality) {
        String m = modality == null ? "" : modality.toUpperCase(Locale.ROOT);
        return switch (m) {
            case "EXPECTED", "PLANNED", "SCHEDULED", "INTENDED", "PROPOSED", "DRAFT", "INVITED" -> PROSPECTIVE;
            case "DENIED", "CANCELLED" -> NEGATED;
            default -> REALISED;
        };
    }

    /** The stage of a claim; a negated claim is NEGATED whatever its modality. */
    public static String of(Claim c) {
        return c.negated() ? NEGATED : of(c.modality());
    }
}
