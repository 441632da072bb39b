package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Verdict;
import org.crosscheck.report.AuditRow;

/**
 * One row of a gold file ({@code gid,kind,accept,side_a,side_b,note}).
 *
 * <p>A side is a list of alternatives {@code FILEPREFIX:fragment} separated by {@code |}; an audit row's side
 * matches when its source starts with the prefix and the fragment occurs in its quote or value. Kinds:
 * <ul>
 *   <li>{@code MUST}: some row whose verdict is in {@code accept} (verdicts separated by {@code |}) pairs the sides;</li>
 *   <li>{@code STRETCH}: as MUST, for a disagreement beyond what a rule-based reader is expected to find; scored
 *       apart from MUST, and a CONTRADICTION row pairing it is not a false alarm;</li>
 *   <li>{@code CONSISTENT}: some CONSISTENT row quotes two different files that the sides list (either side: the
 *       row says that its sources, all stating one value, agree, so any two of them corroborate it);</li>
 *   <li>{@code TRAP}: no CONTRADICTION row pairs the sides;</li>
 *   <li>{@code FLAGGED_OR_STRIPPED}: side a is either not in any extracted fact's sentence (stripped as page
 *       furniture) or quoted by some audit row (flagged).</li>
 * </ul>
 * {@code group} is the folder of the gold file within the input ({@code kanpur-derailment}), empty for a gold file
 * outside it: a corpus of stories is scored per story too.
 */
public record GoldCase(String gid, Kind kind, Set<Verdict> accept, List<Side> sideA, List<Side> sideB, String note,
                       long line, String group) {

    /** A case of no particular group (a gold file outside the input folder). */
    public GoldCase(String gid, Kind kind, Set<Verdict> accept, List<Side> sideA, List<Side> sideB, String note,
                    long line) {
        this(gid, kind, accept, sideA, sideB, note, line, "");
    }

    /** Whether the case asks for a finding (MUST or STRETCH): a CONTRADICTION row pairing it is no false alarm. */
    public boolean wantsFinding() {
        return kind == Kind.MUST || kind == Kind.STRETCH;
    }

    /** What a gold row asks of the audit. */
    public enum Kind { MUST, STRETCH, CONSISTENT, TRAP, FLAGGED_OR_STRIPPED }

    /** One alternative of a side. */
    public record Side(String prefix, String fragment) {
        boolean matches(String source, String quote, String value) {
            return source.startsWith(prefix) && (quote.contains(fragment) || value.contains(fragment));
        }
    }

    /** Parses {@code 000:Hind E|001:Mi-35M}. */
    static List<Side> parseSides(String text) {
        return parseSides(text, "");
    }

    /** Parses sides whose file prefixes are relative to a folder of the input ({@code story/}, or empty). */
    static List<Side> parseSides(String text, String folder) {
        List<Side> out = new ArrayList<>();
        for (String alt : text.split("\\|")) {
            if (alt.isBlank()) {
                continue;
            }
            int colon = alt.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("side '" + alt + "' must be FILEPREFIX:fragment");
            }
            out.add(new Side(folder + alt.substring(0, colon).strip(), alt.substring(colon + 1).strip()));
        }
        return out;
    }

    /** Whether an audit row pairs side a with side b, in either order. */
    public boolean pairs(AuditRow row) {
        if (row.b() == null) {
            return false;
        }
        return quotes(sideA, row.a(), row.valueA()) && quotes(sideB, row.b(), row.valueB())
                || quotes(sideA, row.b(), row.valueB()) && quotes(sideB, row.a(), row.valueA());
    }

    /**
     * Whether a row quotes, on its two sides, two different files of those the sides list, whichever side lists them:
     * a CONSISTENT gold row names reports that all state one value, split into two sides only for the format.
     */
    public boolean corroborates(AuditRow row) {
        if (row.b() == null || row.a().source().equals(row.b().source())) {
            return false;
        }
        return (quotes(sideA, row.a(), row.valueA()) || quotes(sideB, row.a(), row.valueA()))
                && (quotes(sideA, row.b(), row.valueB()) || quotes(sideB, row.b(), row.valueB()));
    }

    /** Whether an audit row quotes side a on either of its sides. */
    boolean quotesSideA(AuditRow row) {
        return quotes(sideA, row.a(), row.valueA()) || row.b() != null && quotes(sideA, row.b(), row.valueB());
    }

    /** Whether one side of a row (its claim and shown value) matches an alternative of a gold side. */
    private static boolean quotes(List<Side> side, Claim claim, String value) {
        return side.stream().anyMatch(s -> s.matches(claim.source(), claim.sentence(), value));
    }
}
