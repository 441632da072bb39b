package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {

    @Test
    void decodesUtf8AndDropsByteOrderMark() {
        byte[] body = "Caf\u00E9 \u2018quoted\u2019".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Decoder.Decoded d = Decoder.decode(withBom);
        assertThat(d.text()).isEqualTo("Caf\u00E9 \u2018quoted\u2019");
        assertThat(d.warnings()).singleElement().asString().contains("byte-order mark");
        assertThat(Decoder.decode(body).warnings()).isEmpty();
    }

    @Test
    void fallsBackToWindows1252WithAWarning() {
        byte[] bytes = "He said \u201Cyes\u201D to the caf\u00E9.".getBytes(Charset.forName("windows-1252"));
        Decoder.Decoded d = Decoder.decode(bytes);
        assertThat(d.text()).isEqualTo("He said \u201Cyes\u201D to the caf\u00E9.");
        assertThat(d.warnings()).singleElement().asString().contains("Windows-1252");
    }

    @Test
    void rejectsBinaryData() {
        assertThat(Decoder.decode("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)).isText()).isFalse();
        assertThat(Decoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}).isText()).isFalse();
        Decoder.Decoded controls = Decoder.decode(new byte[] {'a', 0, 1, 2, 'b'});
        assertThat(controls.isText()).isFalse();
        assertThat(controls.warnings()).singleElement().asString().contains("mostly control characters");
    }

    @Test
    void utf16IsDecodedByByteOrderMarkOrByItsZeroBytes() {
        String text = "date 2020-01-02\n\nRussia sold two Su-30SM fighters to Pakistan (\u00E9t\u00E9 \u2018Hind\u2019).\n";
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] be = text.getBytes(StandardCharsets.UTF_16BE);
        byte[] leBom = new byte[le.length + 2];
        leBom[0] = (byte) 0xFF;
        leBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, leBom, 2, le.length);
        Decoder.Decoded withBom = Decoder.decode(leBom);
        assertThat(withBom.text()).isEqualTo(text);
        assertThat(withBom.warnings()).containsExactly(
                "decoded as UTF-16LE (byte-order mark removed; offsets count from the character after it)");
        assertThat(Decoder.decode(text.getBytes(StandardCharsets.UTF_16)).text()).isEqualTo(text);
        Decoder.Decoded plainLe = Decoder.decode(le);
        assertThat(plainLe.text()).isEqualTo(text);
        assertThat(plainLe.warnings()).containsExactly("decoded as UTF-16LE (no byte-order mark; every other byte is zero)");
        assertThat(Decoder.decode(be).text()).isEqualTo(text);
    }

    @Test
    void nulBytesAreDroppedWithAWarningWhereverTheyAre() {
        byte[] body = ("date 2020-01-02\n\n" + "Russia sold two fighters. ".repeat(600)).getBytes(StandardCharsets.UTF_8);
        body[200] = 0;
        body[9000] = 0;
        Decoder.Decoded d = Decoder.decode(body);
        assertThat(d.isText()).isTrue();
        assertThat(d.text()).doesNotContain("\u0000").hasSize(body.length - 2);
        assertThat(d.warnings()).containsExactly("2 NUL characters dropped (first at character 200); offsets count "
                + "without them");
    }

    @Test
    void onlyTheLinesThatAreNotUtf8AreDecodedAsWindows1252() {
        byte[] a = "Caf\u00E9 one\n".getBytes(StandardCharsets.UTF_8);
        byte[] b = "Putin\u2019s two\r\nthree\u2019s\n".getBytes(Charset.forName("windows-1252"));
        byte[] c = "four \u2018ok\u2019".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + b.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        Decoder.Decoded d = Decoder.decode(all);
        assertThat(d.text()).isEqualTo("Caf\u00E9 one\nPutin\u2019s two\r\nthree\u2019s\nfour \u2018ok\u2019");
        assertThat(d.warnings()).containsExactly("not valid UTF-8 on lines 2-3 (of 4); those lines decoded as Windows-1252");
    }
}
