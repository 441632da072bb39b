package org.crosscheck;

/**
 * Makes text safe to print on a terminal: file names and article text reach messages, and a control character in
 * them could move the cursor, recolour the screen (ANSI escapes) or start a line that reads as another message
 * (a newline in a file name). Control characters, line and paragraph separators and bidirectional overrides are
 * written as {@code \}{@code uXXXX}; tab, newline and carriage return as {@code \t}, {@code \n}, {@code \r}.
 */
public final class Escapes {
    private Escapes() {
    }

    public static String controls(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        boolean unsafe = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                || c == '\u200F' || c == '\u061C';
        return unsafe ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : null;
    }
}
