package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.fact.Claim;
import org.crosscheck.ingest.ArticleParser;
import org.crosscheck.vocab.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verbs that name an event only with a subject or an object of some kind (event_frames.csv). */
class EventFramesTest {

    /** A subject frame the shipped file does not hold: a vessel or vehicle that sinks, capsizes or goes down. */
    private static final String SINKING = "accident,descend.v.01|capsize.v.01|overturn.v.01|overturn.v.02|flip.v.01"
            + "|founder.v.03|submerge.v.01,0.3,subject,vessel.n.02|craft.n.02|vehicle.n.01\n";

    @TempDir
    static Path folder;
    private static Pipeline withSinking;
    private static ArticleParser parser;

    @BeforeAll
    static void rulesWithTheSinkingFrame() throws IOException {
        Path rules = folder.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            files.forEach(p -> {
                try {
                    Path to = rules.resolve(Path.of("rules").relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Files.writeString(rules.resolve("data/event_frames.csv"), SINKING, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Vocabulary vocabulary = Vocabulary.load(rules);
        withSinking = Pipeline.standard(vocabulary, new TestArticles.YearTagger());
        parser = ArticleParser.from(vocabulary);
    }

    private static List<Claim> sinking(String text) {
        return withSinking.extract(parser.parse("t.txt", "date 2021-05-04\n\n" + text + "\n", List.of())).stream()
                .filter(c -> c.attribute().equals("event")).toList();
    }

    private static List<String> classes(List<Claim> events) {
        return events.stream().map(c -> EventKey.parse(c.subject()).map(EventKey::eventClass).orElse(c.subject()))
                .toList();
    }

    private static List<String> quotes(List<Claim> events) {
        return events.stream().map(Claim::quote).toList();
    }

    @Test
    void aVesselThatSinksIsAnAccident() {
        assertThat(classes(sinking("The ferry sank off the southern coast on Wednesday."))).containsExactly("accident");
        assertThat(quotes(sinking("Rescuers reached the trawler as the stricken vessel began to sink.")))
                .containsExactly("sink");
        assertThat(classes(sinking("A fishing boat carrying 40 migrants overturned near the island.")))
                .containsExactly("accident");
    }

    @Test
    void aPhrasalVerbOrATurningVerbTakesItsVehicleToo() {
        assertThat(quotes(sinking("The plane went down near the coast."))).containsExactly("went");
        assertThat(classes(sinking("Their car flipped on its side on the mountain road."))).containsExactly("accident");
    }

    @Test
    void theSameVerbsWithoutAVehicleNameNoEvent() {
        assertThat(sinking("Shares of the company sank 12 percent on Monday.")).isEmpty();
        assertThat(sinking("The sun goes down early in winter.")).isEmpty();
        assertThat(sinking("His heart sank when he heard the news.")).isEmpty();
    }

    @Test
    void theShippedFileHoldsNoSinkingFrame() {
        assertThat(claims("The ferry sank off the southern coast on Wednesday.", "event")).isEmpty();
    }

    @Test
    void firingAPersonIsADismissalAndFiringAWeaponIsNot() {
        assertThat(classes(claims("Musk fired Chief Executive Parag Agrawal on Thursday.", "event")))
                .containsExactly("dismissal");
        assertThat(classes(claims("The new owner fired several senior executives.", "event")))
                .containsExactly("dismissal");
        assertThat(claims("The soldiers fired tear gas at the crowd.", "event")).isEmpty();
    }
}
