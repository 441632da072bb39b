package org.crosscheck;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Strict UTF-8 for the files a user writes to configure a run (rules, data files, metadata.csv): a byte-order mark
 * is dropped (spreadsheets write one), and bytes that are not UTF-8 are an error naming file, line and column,
 * never a silent U+FFFD in a rule name or a value.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** Reads a whole file; see the class comment. */
    public static String read(Path file, String label, int exitCode) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CrosscheckException(label, "cannot read: " + e.getMessage(), exitCode, e);
        }
        return decode(bytes, label, exitCode);
    }

    /** Decodes bytes; see the class comment. */
    public static String decode(byte[] bytes, String label, int exitCode) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = offset;
            for (int i = offset; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new CrosscheckException(label + ":" + line, String.format(Locale.ROOT,
                    "not UTF-8 (byte 0x%02X at column %d; Latin-1 or Windows-1252?): save the file as UTF-8",
                    bytes[at] & 0xFF, column), exitCode);
        }
        out.flip();
        return out.toString();
    }
}
