package org.crosscheck.engine;

import java.util.function.BiFunction;

/**
 * One rule file as Drools compiles it: DRL text, with the way back from a line of that text to the place the user
 * wrote it (the same line of a DRL file; the row and cell of a decision table).
 *
 * @param label   the file as messages name it ({@code rules/dates.drl})
 * @param drl     the DRL text compiled
 * @param located from a 1-based line of {@code drl} (0 when unknown) and the problem's message to the problem's
 *                place; the same line for DRL files, a row and cell for tables
 */
public record RuleSource(String label, String drl, BiFunction<Integer, String, Place> located) {

    /** Where a problem is, in the user's file: a line (a table's row) and an optional cell. */
    public record Place(int line, String cell) {
    }

    /** A DRL file: lines are the user's lines. */
    public static RuleSource drl(String label, String text) {
        return new RuleSource(label, text, (line, message) -> new Place(line, ""));
    }

    /** The problem at a line of the DRL, placed in the user's file. */
    public RuleProblem problem(int drlLine, String message) {
        Place p = located.apply(Math.max(0, drlLine), message);
        return new RuleProblem(label, p.line(), p.cell().isEmpty() ? message : "cell " + p.cell() + ": " + message);
    }

    /** The user's line of a line of the DRL. */
    public int line(int drlLine) {
        return located.apply(Math.max(0, drlLine), "").line();
    }

    /** True for a decision table, whose DRL is generated. */
    public boolean generated() {
        return !label.endsWith(".drl");
    }
}
