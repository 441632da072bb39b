package org.crosscheck.fact;

/** What a finding concludes about the claims it cites. */
public enum Verdict {
    /** The claims cannot both be true. */
    CONTRADICTION,
    /** Independent sources agree. */
    CONSISTENT,
    /** The claims differ in a way a reviewer must judge. */
    NEEDS_REVIEW
}
