package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.CrosscheckException;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactSampleTest {
    @TempDir
    Path dir;

    private static Claim place(String source, int start, String value, String role) {
        return Claim.builder().source(source).kind("PLACE").subject("summit:x").attribute("place").value(value)
                .detail(role).modality("HAPPENED").quote(value, start, start + value.length()).build();
    }

    private Path sample(String... rows) throws IOException {
        Path file = dir.resolve("sample.csv");
        Files.writeString(file, "# a comment\n" + String.join(",", FactSample.HEADER) + "\n" + String.join("\n", rows)
                + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String row(Claim c, String label, String note) {
        List<String> r = FactSample.row(c);
        return String.join(",", r.subList(0, 14)) + "," + label + "," + note;
    }

    @Test
    void matchedFactsGivePrecisionPerKindAndTheRestAreListed() throws IOException {
        Claim minsk = place("a.txt", 10, "Minsk", "venue");
        Claim brest = place("a.txt", 30, "Brest", "venue");
        Claim lost = place("a.txt", 50, "Vesk", "venue");
        Path file = sample(row(minsk, "correct", ""), row(brest, "wrong", "role: the origin"),
                row(lost, "correct", ""));
        Claim brestAsOrigin = place("a.txt", 30, "Brest", "origin");
        Claim otherArticle = place("b.txt", 10, "Minsk", "venue");
        FactSample.Result r = FactSample.read(file).compare(List.of(minsk, brest, brestAsOrigin, otherArticle));
        assertThat(r.perKind().get("PLACE")).containsExactly(1, 2);
        assertThat(r.precision()).isEqualTo(0.5);
        // A changed role is another fact: unlabelled, not the labelled one's label.
        assertThat(r.unlabelled()).singleElement().satisfies(u -> assertThat(u.get(6)).isEqualTo("origin"));
        assertThat(r.lost()).extracting(l -> l.key().get(5)).containsExactly("Vesk");
        assertThat(r.articles()).isEqualTo(1);
    }

    @Test
    void aWrongLabelNeedsANoteAndLabelsAreCorrectOrWrong() throws IOException {
        Claim minsk = place("a.txt", 10, "Minsk", "venue");
        assertThatThrownBy(() -> FactSample.read(sample(row(minsk, "wrong", ""))))
                .isInstanceOf(CrosscheckException.class).hasMessageContaining("sample.csv:3")
                .hasMessageContaining("note");
        assertThatThrownBy(() -> FactSample.read(sample(row(minsk, "maybe", ""))))
                .isInstanceOf(CrosscheckException.class).hasMessageContaining("correct or wrong");
    }
}
