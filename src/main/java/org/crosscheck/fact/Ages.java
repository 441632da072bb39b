package org.crosscheck.fact;

import java.time.temporal.ChronoUnit;

/**
 * Whether two stated ages of one person can both hold, given the days between the articles stating them: ages grow
 * by one a year, so "37" in July and "38" in December may both be right, while "37" and "39" a week apart cannot.
 */
public final class Ages {
    private static final double DAYS_PER_YEAR = 365.25;

    private Ages() {
    }

    /**
     * The verdict two age claims earn: empty when the years between the articles explain the difference; NEEDS_REVIEW
     * when only a birthday falling in a short window explains it (37 and then 38 a week later); CONTRADICTION when
     * nothing does (37 and 39 a week apart, or a later article giving a lower age); NEEDS_REVIEW for different ages
     * when an article's date is unknown.
     */
    public static String conflict(Claim a, Claim b) {
        if (Double.isNaN(a.number()) || Double.isNaN(b.number()) || a.number() == b.number()) {
            return "";
        }
        if (a.time() == null || b.time() == null || a.time().start() == null || b.time().start() == null) {
            // An article of unknown date: no time between them is known to explain the difference.
            return Verdict.NEEDS_REVIEW.name();
        }
        Claim earlier = a.time().start().isAfter(b.time().start()) ? b : a;
        Claim later = earlier == a ? b : a;
        double years = ChronoUnit.DAYS.between(earlier.time().start(), later.time().start()) / DAYS_PER_YEAR;
        double grew = later.number() - earlier.number();
        double whole = Math.floor(years);
        if (grew == whole) {
            return "";
        }
        if (grew == whole + 1) {
            // A birthday fell between: likely when most of a year passed, doubtful when days did.
            return years - whole >= 0.5 ? "" : Verdict.NEEDS_REVIEW.name();
        }
        return Verdict.CONTRADICTION.name();
    }
}
