package org.crosscheck.report;

/** Cell values made safe for spreadsheets (OWASP CSV injection). */
public final class CsvCells {
    private CsvCells() {
    }

    /**
     * A cell that a spreadsheet would read as a formula ({@code = + - @}, tab or carriage return first) gets a
     * leading apostrophe, which spreadsheets show as text and strip from the displayed value.
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + value;
        }
        return value;
    }
}
