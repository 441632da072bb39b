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
}
