package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.CrosscheckException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizeFileTest {
    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, List.of(lines));
        return file;
    }

    @Test
    void addsValueColumnAndKeepsOtherColumns() throws IOException {
        Path in = write("in.tsv",
                "id\tdct\texpression\tsentence\tnote",
                "a\t2016-12-14\tTuesday\tThe delegation met officials on Tuesday.\tt1",
                "b\t\tlast year\t\"He said prices fell last year.\t",
                "c\t2016-12-14\tlast year\t\"He said prices fell last year.\tquote kept");
        Path out = dir.resolve("out.tsv");
        NormalizeFile.run(in, out, new NewsTemporalTagger());
        assertThat(Files.readAllLines(out)).containsExactly(
                "id\tdct\texpression\tsentence\tnote\tvalue",
                "a\t2016-12-14\tTuesday\tThe delegation met officials on Tuesday.\tt1\t2016-12-13",
                "b\t\tlast year\t\"He said prices fell last year.\t\tXXXX",
                "c\t2016-12-14\tlast year\t\"He said prices fell last year.\tquote kept\t2015");
    }

    @Test
    void missingColumnNamesTheHeaderLine() throws IOException {
        Path in = write("nodct.tsv", "expression\tsentence", "Tuesday\tOn Tuesday.");
        assertThatThrownBy(() -> NormalizeFile.run(in, dir.resolve("o.tsv"), new NewsTemporalTagger()))
                .isInstanceOfSatisfying(CrosscheckException.class, e -> {
                    assertThat(e.location()).isEqualTo(in + ":1");
                    assertThat(e.exitCode()).isEqualTo(CrosscheckException.FAILURE);
                    assertThat(e.getMessage()).contains("dct");
                });
    }

    @Test
    void badDctNamesItsLine() throws IOException {
        Path in = write("baddct.tsv", "dct\texpression\tsentence", "2016-12-14\tTuesday\tOn Tuesday.", "",
                "14/12/2016\tTuesday\tOn Tuesday.");
        assertThatThrownBy(() -> NormalizeFile.run(in, dir.resolve("o.tsv"), new NewsTemporalTagger()))
                .isInstanceOfSatisfying(CrosscheckException.class, e -> {
                    assertThat(e.location()).isEqualTo(in + ":4");
                    assertThat(e.exitCode()).isEqualTo(CrosscheckException.FAILURE);
                    assertThat(e.getMessage()).contains("14/12/2016");
                });
    }

    @Test
    void shortRowNamesItsLine() throws IOException {
        Path in = write("short.tsv", "dct\texpression\tsentence", "2016-12-14\tTuesday");
        assertThatThrownBy(() -> NormalizeFile.run(in, dir.resolve("o.tsv"), new NewsTemporalTagger()))
                .isInstanceOfSatisfying(CrosscheckException.class,
                        e -> assertThat(e.location()).isEqualTo(in + ":2"));
    }
}
