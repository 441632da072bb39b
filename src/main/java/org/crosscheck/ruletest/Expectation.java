package org.crosscheck.ruletest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.engine.RuleSelection;
import org.crosscheck.report.AuditRow;

/**
 * One row of a case's {@code expect.csv}: a finding that must be produced ({@code found}) or must not be
 * ({@code absent}). Every other cell narrows which findings it speaks of; an empty cell matches anything, and rule,
 * subject and values are globs ({@code *} any text, case ignored). The two values match in either order.
 *
 * @param line where the row is, for messages ({@code rules/tests/dates/expect.csv:3})
 */
public record Expectation(String line, boolean found, String rule, String verdict, String severity, String subject,
                          String valueA, String valueB) {

    public boolean matches(AuditRow row) {
        return glob(rule, row.rule()) && glob(verdict, row.verdict().name()) && glob(severity, row.severity().name())
                && glob(subject, row.subject())
                && (glob(valueA, row.valueA()) && glob(valueB, row.valueB())
                    || glob(valueA, row.valueB()) && glob(valueB, row.valueA()));
    }

    private static boolean glob(String pattern, String value) {
        if (pattern.isEmpty()) {
            return true;
        }
        Pattern p = RuleSelection.glob(pattern);
        return p.matcher(value == null ? "" : value).matches();
    }

    /** The row as a reader recognises it: {@code found "rule" CONTRADICTION values 2014 | 2015}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        parts.add(found ? "found" : "absent");
        if (!rule.isEmpty()) {
            parts.add("rule \"" + rule + "\"");
        }
        for (String s : List.of(verdict, severity)) {
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        if (!subject.isEmpty()) {
            parts.add("subject " + subject);
        }
        if (!valueA.isEmpty() || !valueB.isEmpty()) {
            parts.add("values " + (valueA.isEmpty() ? "*" : valueA) + " | " + (valueB.isEmpty() ? "*" : valueB));
        }
        return String.join(" ", parts);
    }
}
