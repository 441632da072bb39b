package org.crosscheck.engine;

/**
 * One problem found while building the rules.
 *
 * @param file    the rule file as the user names it ({@code rules/dates.drl})
 * @param line    line number from 1, or 0 when the compiler gave none
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
