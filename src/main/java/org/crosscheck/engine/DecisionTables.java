package org.crosscheck.engine;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.template.parser.DataListener;

/**
 * Decision tables ({@code *.drl.csv}, {@code *.drl.xlsx}): one rule per row, turned into DRL by Drools'
 * {@link SpreadsheetCompiler} and then compiled like any rule file. A problem in the generated DRL is placed back
 * at the table's row (the file's line, for CSV) and at the cell of that row it most likely comes from.
 */
final class DecisionTables {
    /** Drools marks each generated rule with the cell its row starts at. */
    private static final Pattern RULE_ROW = Pattern.compile("^// rule values at ([A-Z]+)(\\d+)");
    private static final Pattern CELL = Pattern.compile("\\b(?:cell|at) ([A-Z]{1,3})(\\d+)\\b");

    static final String CSV = ".drl.csv";
    static final String XLSX = ".drl.xlsx";

    private DecisionTables() {
    }

    static boolean isTable(String fileName) {
        return fileName.endsWith(CSV) || fileName.endsWith(XLSX);
    }

    /** Every cell of the table's first sheet, by row and column (0-based). */
    private static final class Cells implements DataListener {
        final Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
        /** Drools reads the first sheet only; the Excel parser announces no sheet start, only its end. */
        private boolean done;

        @Override
        public void startSheet(String name) {
        }

        @Override
        public void finishSheet() {
            done = true;
        }

        @Override
        public void newRow(int row, int cols) {
        }

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            if (!done && value != null && !value.isBlank()) {
                rows.computeIfAbsent(row, k -> new TreeMap<>()).put(column, value.strip());
            }
        }
    }

    /** The table as a rule source; a table Drools cannot read is a problem at its cell. */
    static RuleSource compile(String label, byte[] bytes) {
        DefaultRuleSheetListener rules = new DefaultRuleSheetListener(true, true);
        Cells cells = new Cells();
        InputType type = label.endsWith(CSV) ? InputType.CSV : InputType.XLS;
        String drl;
        try {
            type.createParser(List.of(rules, cells)).parseFile(new ByteArrayInputStream(bytes));
            drl = new SpreadsheetCompiler().listenerToString(rules);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s+", " ").strip();
            Matcher at = CELL.matcher(message);
            int line = at.find() ? Integer.parseInt(at.group(2)) : 0;
            throw new RuleBuildException(List.of(new RuleProblem(label, line, "the table cannot be read: " + message)));
        }
        List<Integer> rowOfLine = rowsOfLines(drl);
        return new RuleSource(label, drl, (line, message) -> place(cells, rowOfLine, drl, line, message));
    }

    /** For each line of the generated DRL (index line - 1), the table row (1-based) its rule comes from. */
    private static List<Integer> rowsOfLines(String drl) {
        List<Integer> out = new ArrayList<>();
        int row = 0;
        for (String line : drl.split("\n", -1)) {
            Matcher m = RULE_ROW.matcher(line.strip());
            if (m.find()) {
                row = Integer.parseInt(m.group(2));
            }
            out.add(row);
        }
        return out;
    }

    private static RuleSource.Place place(Cells cells, List<Integer> rowOfLine, String drl, int line, String message) {
        if (line <= 0 || line > rowOfLine.size()) {
            return new RuleSource.Place(0, "");
        }
        int row = rowOfLine.get(line - 1);
        if (row == 0) {
            return new RuleSource.Place(importRow(cells), "");
        }
        Map<Integer, String> values = cells.rows.getOrDefault(row - 1, Map.of());
        String generated = drl.split("\n", -1)[line - 1];
        Integer column = null;
        for (Map.Entry<Integer, String> cell : values.entrySet()) {
            if (cell.getKey() > 0 && mentions(message, cell.getValue())) {
                column = cell.getKey();
                break;
            }
        }
        if (column == null) {
            for (Map.Entry<Integer, String> cell : values.entrySet()) {
                if (cell.getKey() > 0 && generated.contains(cell.getValue())) {
                    column = cell.getKey();
                    break;
                }
            }
        }
        if (column == null) {
            column = values.isEmpty() ? 0 : values.keySet().iterator().next();
        }
        return new RuleSource.Place(row, columnName(column) + row);
    }

    private static boolean mentions(String message, String value) {
        return !message.isEmpty() && (message.contains("\"" + value + "\"") || message.contains("`" + value + "`")
                || message.contains(" " + value + " ") || message.contains("(" + value + ")"));
    }

    private static int importRow(Cells cells) {
        for (Map.Entry<Integer, Map<Integer, String>> row : cells.rows.entrySet()) {
            if (row.getValue().values().stream().anyMatch(v -> v.equalsIgnoreCase("Import"))) {
                return row.getKey() + 1;
            }
        }
        return 1;
    }

    /** A spreadsheet column name: 0 is A, 26 is AA. */
    static String columnName(int column) {
        StringBuilder out = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int r = (c - 1) % 26;
            out.insert(0, (char) ('A' + r));
            c = (c - 1) / 26;
        }
        return out.toString();
    }
}
