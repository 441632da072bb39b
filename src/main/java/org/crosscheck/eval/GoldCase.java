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
 *       row says that its sources, all stating one value, agree, so any two of them corroborate it), or quotes one
 *       and lists another among the independent sources behind its sides;</li>
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
        if (row.b() == null) {
            return false;
        }
        boolean quotesA = quotes(sideA, row.a(), row.valueA()) || quotes(sideB, row.a(), row.valueA());
        boolean quotesB = quotes(sideA, row.b(), row.valueB()) || quotes(sideB, row.b(), row.valueB());
        if (quotesA && quotesB && !row.a().source().equals(row.b().source())) {
            return true;
        }
        // The row quotes one claim per side but lists every independent source behind each: a file the gold names,
        // listed on the side of a claim that states the gold's fact (its own words inside the fragment, or the
        // fragment inside them), states that side's value too.
        // A quoted claim is judged by its words: its file counts only through them, never as a listed source.
        boolean same = row.valueA().equals(row.valueB());
        Set<String> quoted = new java.util.HashSet<>(List.of(row.a().source(), row.b().source()));
        return states(row.a()) && corroborated(same ? both(row) : row.originsA(), quoted)
                || states(row.b()) && corroborated(same ? both(row) : row.originsB(), quoted);
    }

    private static List<String> both(AuditRow row) {
        List<String> out = new ArrayList<>(row.originsA());
        out.addAll(row.originsB());
        return out;
    }

    /**
     * Whether the claim's own words are the fact a side of the case names, not only words of its sentence: they hold
     * the fragment, or lie in it with every number of it ("71" of "the total death toll was 71", "Pukhrayan" of
     * "derailed near Pukhrayan"; not the venue "Russia" of "one of three ranges in Russia", nor a date of "lasted
     * for 13 seconds").
     */
    private boolean states(Claim c) {
        return sides().anyMatch(s -> c.source().startsWith(s.prefix()) && !c.quote().isEmpty()
                && (c.quote().contains(s.fragment())
                || s.fragment().contains(c.quote()) && numbers(s.fragment()).equals(numbers(c.quote()))));
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "\\d[\\d,.]*\\d|\\d|(?i)\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "twenty|thirty|forty|fifty|hundred|thousand|million|billion)\\b");

    /** The numbers a text writes, in digits or words, lower case. */
    private static Set<String> numbers(String text) {
        Set<String> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** Whether some origin, not a file the row quotes, is one the case lists. */
    private boolean corroborated(List<String> origins, Set<String> quoted) {
        return origins.stream().anyMatch(o -> !quoted.contains(o) && listed(o));
    }

    /** Whether a file is one that a side of the case lists. */
    private boolean listed(String file) {
        return sides().anyMatch(s -> file.startsWith(s.prefix()));
    }

    /** The alternatives of both sides. */
    private java.util.stream.Stream<Side> sides() {
        return java.util.stream.Stream.concat(sideA.stream(), sideB.stream());
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
