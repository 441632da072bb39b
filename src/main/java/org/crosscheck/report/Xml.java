package org.crosscheck.report;

/** Text for XML and SVG: markup characters escaped, characters XML 1.0 cannot hold replaced by U+FFFD. */
final class Xml {
    private Xml() {
    }

    /** The text with every character XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/F) as U+FFFD. */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            out.appendCodePoint(allowed ? cp : 0xFFFD);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The text escaped for XML content and double-quoted attributes. */
    static String escape(String s) {
        String t = text(s);
        StringBuilder out = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
