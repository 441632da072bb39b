package org.crosscheck.fact;

import java.util.regex.Pattern;

/**
 * How a designation claim reads to a reviewer, one form for every wording of it: the family with its variant folded
 * the way {@code DesignationFinder} folds it ({@code Su-30} and {@code SM} read {@code Su-30SM}; {@code Boeing 777}
 * and {@code 300ER} read {@code Boeing 777-300ER}; {@code 737} and {@code MAX8} read {@code 737 MAX 8};
 * {@code Mi-35} and the reporting name {@code Hind E} read {@code Mi-35 'Hind E'}). Rules write these as values so
 * that the report folds every wording of one pair of variants into one row.
 */
public final class Designations {
    private static final Pattern SUB_MODEL = Pattern.compile("\\d.*");
    private static final Pattern MAX = Pattern.compile("MAX(\\d*)");
    private static final Pattern REPORTING = Pattern.compile("\\p{Lu}\\p{Ll}+[ -].*");

    private Designations() {
    }

    /** The designation of a family and a folded variant, as read. */
    public static String display(String family, String variant) {
        if (variant == null || variant.isEmpty()) {
            return family;
        }
        if (REPORTING.matcher(variant).matches()) {
            return family + " '" + variant + "'";
        }
        java.util.regex.Matcher max = MAX.matcher(variant);
        if (max.matches()) {
            return family + " MAX" + (max.group(1).isEmpty() ? "" : " " + max.group(1));
        }
        return family + (SUB_MODEL.matcher(variant).matches() ? "-" : "") + variant;
    }
}
