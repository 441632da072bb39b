package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns file bytes into text. In order: binary data (PDF, images, archives, mostly control bytes) is not text;
 * UTF-16, known by its byte-order mark or, without one, by the zero bytes of every other position that ASCII text
 * has in it, is decoded as such; anything else is UTF-8 (a byte-order mark dropped), line by line, and a line
 * that is not valid UTF-8 is decoded as Windows-1252, so that one Latin-1 paragraph does not turn the rest of a
 * UTF-8 file into mojibake; the warning names the lines. NUL characters are dropped wherever they are, with a
 * warning: offsets then count the text without them.
 */
public final class Decoder {

    /** Decoded text, or {@code null} text for a file that is not text; warnings say what happened. */
    public record Decoded(String text, List<String> warnings) {
        public boolean isText() {
            return text != null;
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 8192;
    /** Line ranges a warning lists before it says how many more there are. */
    private static final int LISTED_RANGES = 5;

    private Decoder() {
    }

    public static Decoded decode(byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        String binary = magic(bytes);
        if (binary != null) {
            warnings.add("not a text file (" + binary + "); skipped");
            return new Decoded(null, warnings);
        }
        Charset utf16 = utf16(bytes, warnings);
        String text;
        if (utf16 != null) {
            text = decodeUtf16(bytes, utf16, warnings);
        } else {
            binary = controlBytes(bytes);
            if (binary != null) {
                warnings.add("not a text file (" + binary + "); skipped");
                return new Decoded(null, warnings);
            }
            text = decodeUtf8ByLine(bytes, warnings);
        }
        return new Decoded(dropNuls(text, warnings), warnings);
    }

    /** UTF-16 by byte-order mark, else by the pattern of zero bytes; {@code null} when the bytes are not UTF-16. */
    private static Charset utf16(byte[] bytes, List<String> warnings) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            warnings.add("decoded as UTF-16LE (byte-order mark removed; offsets count from the character after it)");
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            warnings.add("decoded as UTF-16BE (byte-order mark removed; offsets count from the character after it)");
            return StandardCharsets.UTF_16BE;
        }
        int n = Math.min(bytes.length, SNIFF) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        // Latin-script text in UTF-16 has a zero high byte in most characters and almost never a zero low byte.
        if (oddZeros * 10 >= pairs * 6 && evenZeros * 20 <= pairs) {
            warnings.add("decoded as UTF-16LE (no byte-order mark; every other byte is zero)");
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs * 6 && oddZeros * 20 <= pairs) {
            warnings.add("decoded as UTF-16BE (no byte-order mark; every other byte is zero)");
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String decodeUtf16(byte[] bytes, Charset charset, List<String> warnings) {
        int offset = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE)
                && ((bytes[1] & 0xFF) == 0xFE || (bytes[1] & 0xFF) == 0xFF) ? 2 : 0;
        try {
            return strict(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            warnings.add("malformed UTF-16 (an odd byte count or a lone surrogate); replaced by U+FFFD");
            return new String(bytes, offset, bytes.length - offset, charset);
        }
    }

    /**
     * Strict UTF-8 for each line (bytes up to and including LF; a multi-byte character never holds that byte), and
     * Windows-1252 for a line that is not UTF-8.
     */
    private static String decodeUtf8ByLine(byte[] bytes, List<String> warnings) {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
            warnings.add("UTF-8 byte-order mark removed; offsets count from the character after it");
        }
        CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            // some line is not UTF-8: decode line by line
        }
        StringBuilder text = new StringBuilder(bytes.length);
        List<int[]> fallback = new ArrayList<>();
        int line = 1;
        int lines = 0;
        for (int start = offset; start < bytes.length; line++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            end = Math.min(bytes.length, end + 1);
            lines++;
            try {
                text.append(utf8.decode(ByteBuffer.wrap(bytes, start, end - start)));
            } catch (CharacterCodingException e) {
                text.append(new String(bytes, start, end - start, WINDOWS_1252));
                if (!fallback.isEmpty() && fallback.get(fallback.size() - 1)[1] == line - 1) {
                    fallback.get(fallback.size() - 1)[1] = line;
                } else {
                    fallback.add(new int[] {line, line});
                }
            }
            start = end;
        }
        warnings.add(describeFallback(fallback, lines));
        return text.toString();
    }

    private static String describeFallback(List<int[]> ranges, int lines) {
        int count = 0;
        for (int[] r : ranges) {
            count += r[1] - r[0] + 1;
        }
        if (count == lines) {
            return "not valid UTF-8; decoded as Windows-1252";
        }
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < Math.min(LISTED_RANGES, ranges.size()); i++) {
            int[] r = ranges.get(i);
            listed.add(r[0] == r[1] ? Integer.toString(r[0]) : r[0] + "-" + r[1]);
        }
        String more = ranges.size() > LISTED_RANGES ? " and " + (ranges.size() - LISTED_RANGES) + " more ranges" : "";
        return "not valid UTF-8 on " + (count == 1 ? "line " : "lines ") + String.join(", ", listed) + more + " (of "
                + lines + "); " + (count == 1 ? "that line" : "those lines") + " decoded as Windows-1252";
    }

    private static String dropNuls(String text, List<String> warnings) {
        int nuls = 0;
        for (int i = 0; i < text.length(); i++) {
            nuls += text.charAt(i) == 0 ? 1 : 0;
        }
        if (nuls == 0) {
            return text;
        }
        warnings.add(nuls + " NUL character" + (nuls == 1 ? "" : "s") + " dropped (first at character "
                + text.indexOf('\u0000') + "); offsets count without them");
        return text.replace("\u0000", "");
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A name for the kind of binary data, or {@code null} when the bytes look like text. */
    static String binaryKind(byte[] bytes) {
        String kind = magic(bytes);
        if (kind != null || utf16(bytes, new ArrayList<>()) != null) {
            return kind;
        }
        return controlBytes(bytes);
    }

    /** The kind of a file with a known binary signature, or {@code null}. */
    private static String magic(byte[] bytes) {
        if (startsWith(bytes, "%PDF")) {
            return "PDF";
        }
        if (startsWith(bytes, "\u0089PNG")) {
            return "PNG image";
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "JPEG image";
        }
        if (startsWith(bytes, "GIF8")) {
            return "GIF image";
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return "ZIP archive";
        }
        return null;
    }

    /** "mostly control characters" when over a tenth of the first bytes are control bytes (NUL included). */
    private static String controlBytes(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 10 > n ? "mostly control characters" : null;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
