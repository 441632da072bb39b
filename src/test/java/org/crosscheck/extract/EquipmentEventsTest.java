package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.fact.Claim;
import org.crosscheck.ingest.ArticleParser;
import org.crosscheck.vocab.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which events move equipment comes from the event words marked {@code needs=equipment}, not from a type name. */
class EquipmentEventsTest {
    @TempDir
    Path dir;

    @Test
    void theTransferTypesAreThoseOfTheEquipmentWords() {
        assertThat(TestArticles.LEXICON.transfersEquipment("arms-transfer")).isTrue();
        assertThat(TestArticles.LEXICON.transfersEquipment("meeting")).isFalse();
    }

    @Test
    void aTypeAddedInTheDataFilesNamesItsEventAfterTheEquipment() throws IOException {
        Path rules = dir.resolve("rules");
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            for (Path p : walk.toList()) {
                Path to = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Files.writeString(rules.resolve("data/event_types.csv"), "equipment-lease,,,\n", StandardOpenOption.APPEND);
        Files.writeString(rules.resolve("data/event_words.csv"), "leasing,equipment-lease,equipment-lease,no,equipment,\n",
                StandardOpenOption.APPEND);
        Vocabulary vocabulary = Vocabulary.load(rules);
        Lexicon lexicon = Lexicon.load(vocabulary);
        assertThat(lexicon.transfersEquipment("equipment-lease")).isTrue();
        Pipeline pipeline = Pipeline.standard(vocabulary, new TestArticles.YearTagger());
        List<Claim> claims = pipeline.extract(ArticleParser.from(vocabulary).parse("t.txt",
                "date 2021-05-04\n\nThe leasing of six Mi-17 helicopters to Kazakhstan was completed in 2020.\n",
                List.of()));
        assertThat(claims).filteredOn(c -> c.attribute().equals("designation")).singleElement()
                .satisfies(c -> assertThat(c.subject()).startsWith("equipment-lease:").endsWith(":mi-17"));
    }
}
