package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.CrosscheckException;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
    private static final Path RULES = Path.of("rules");

    @TempDir
    Path dir;

    @Test
    void inventedPlacesAreUnknownToTheShippedGazetteer() {
        Set<String> shipped = new HashSet<>();
        for (DataTable.Row row : Vocabulary.load(RULES).table("places.csv", "name", "aliases", "demonyms").rows()) {
            shipped.add(row.get("name"));
            shipped.addAll(row.list("aliases"));
            shipped.addAll(row.list("demonyms"));
        }
        for (List<String> row : Gazetteer.rows()) {
            assertThat(shipped).as(row.get(0)).doesNotContain(row.get(0));
        }
    }

    @Test
    void everyTownLiesInOneCountryAndNoSurnameSpellsATown() {
        Set<String> towns = new HashSet<>();
        for (String country : Vocab.COUNTRIES) {
            for (String town : Vocab.towns(country)) {
                assertThat(towns.add(town)).as(town).isTrue();
                assertThat(Vocab.countryOf(town)).isEqualTo(country);
            }
        }
        assertThat(towns).hasSize(Vocab.CITY_HEADS.size() * Vocab.CITY_TAILS.size());
        for (String head : Vocab.SURNAME_HEADS) {
            for (String tail : Vocab.SURNAME_TAILS) {
                assertThat(towns).doesNotContain(head + tail);
            }
        }
    }

    @Test
    void theOverlayIsTheRulesFolderWithTheCorpusPlacesAppended() throws Exception {
        Path places = dir.resolve("places.csv");
        Gazetteer.write(places);
        Path overlay = dir.resolve("overlay");
        Gazetteer.overlay(RULES, places, overlay);
        String shipped = Files.readString(RULES.resolve("data/places.csv"));
        String extended = Files.readString(overlay.resolve("data/places.csv"));
        assertThat(extended).startsWith(shipped).contains("\nArvenia,,country,,Arvenian|Arvenians\n");
        assertThat(Files.readString(overlay.resolve("dates.drl"))).isEqualTo(Files.readString(RULES.resolve("dates.drl")));
        int before = Vocabulary.load(RULES).table("places.csv", "name").rows().size();
        assertThat(Vocabulary.load(overlay).table("places.csv", "name").rows())
                .hasSize(before + Gazetteer.rows().size());
        Lexicon lexicon = Lexicon.load(Vocabulary.load(overlay));
        String town = Vocab.towns("Belmoria").get(0);
        assertThat(lexicon.place(town).countryKey()).isEqualTo("belmoria");
    }

    @Test
    void theOverlayRefusesAFolderInUse() throws Exception {
        Path places = dir.resolve("places.csv");
        Gazetteer.write(places);
        Files.createDirectories(dir.resolve("busy"));
        Files.writeString(dir.resolve("busy/x.drl"), "");
        assertThatThrownBy(() -> Gazetteer.overlay(RULES, places, dir.resolve("busy")))
                .isInstanceOf(CrosscheckException.class).hasMessageContaining("empty");
    }
}
