package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.crosscheck.CrosscheckException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataTest {
    @TempDir
    Path dir;

    @Test
    void overridesWhatTheTextSaid() throws IOException {
        Files.writeString(dir.resolve("metadata.csv"), "file,published,outlet,url\na.txt,2020-02-03,Paper,https://x\nb.txt,,,\n");
        Metadata m = Metadata.read(dir, "in");
        Publication p = m.apply("a.txt", Publication.unknown());
        assertThat(p.date()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(p.basis()).isEqualTo(PublishedBasis.METADATA);
        assertThat(p.outlet()).isEqualTo("Paper");
        assertThat(p.url()).isEqualTo("https://x");
        assertThat(m.apply("b.txt", Publication.unknown())).isEqualTo(Publication.unknown());
    }

    @Test
    void malformedRowNamesItsLine() throws IOException {
        Files.writeString(dir.resolve("metadata.csv"), "file,published,outlet,url\na.txt,2020-02-03,P,u\nb.txt,03/02/2020,P,u\n");
        assertThatThrownBy(() -> Metadata.read(dir, "in"))
                .isInstanceOf(CrosscheckException.class)
                .hasMessage("in/metadata.csv:3: published '03/02/2020' is not an ISO date (YYYY-MM-DD)");
    }

    @Test
    void wrongFieldCountNamesItsLine() throws IOException {
        Files.writeString(dir.resolve("metadata.csv"), "file,published,outlet,url\na.txt,2020-02-03\n");
        assertThatThrownBy(() -> Metadata.read(dir, "in")).hasMessageStartingWith("in/metadata.csv:2: expected 4 fields");
    }

    @Test
    void aMetadataFileInASubfolderNamesTheFilesOfItsFolder() throws IOException {
        Files.writeString(dir.resolve("metadata.csv"), "file,published,outlet,url\na.txt,2020-02-03,Top,\n");
        Path story = Files.createDirectories(dir.resolve("story"));
        Files.writeString(story.resolve("metadata.csv"), "file,published,outlet,url\na.txt,2021-05-06,Inner,\n");
        Metadata m = Metadata.read(dir, "in");
        assertThat(m.apply("a.txt", Publication.unknown()).outlet()).isEqualTo("Top");
        assertThat(m.apply("story/a.txt", Publication.unknown()).date()).isEqualTo(LocalDate.of(2021, 5, 6));
        assertThat(m.apply("story/a.txt", Publication.unknown()).outlet()).isEqualTo("Inner");
    }

    @Test
    void aSubfolderRowErrorNamesItsOwnFile() throws IOException {
        Path story = Files.createDirectories(dir.resolve("story"));
        Files.writeString(story.resolve("metadata.csv"), "file,published,outlet,url\na.txt,May 6,P,u\n");
        assertThatThrownBy(() -> Metadata.read(dir, "in"))
                .hasMessage("in/story/metadata.csv:2: published 'May 6' is not an ISO date (YYYY-MM-DD)");
    }
}
