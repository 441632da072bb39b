package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns file bytes into text: strict UTF-8 first (a byte-order mark is dropped), Windows-1252 with a warning
 * when the bytes are not UTF-8, and nothing at all for binary data.
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

    private Decoder() {
    }

    public static Decoded decode(byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        String binary = binaryKind(bytes);
        if (binary != null) {
            warnings.add("not a text file (" + binary + "); skipped");
            return new Decoded(null, warnings);
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
            warnings.add("UTF-8 byte-order mark removed; offsets count from the character after it");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer);
            return new Decoded(chars.toString(), warnings);
        } catch (CharacterCodingException e) {
            warnings.add("not valid UTF-8; decoded as Windows-1252");
            return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252), warnings);
        }
    }

    /** A name for the kind of binary data, or {@code null} when the bytes look like text. */
    static String binaryKind(byte[] bytes) {
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
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "contains NUL bytes";
            }
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
