package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "current" is a time only as an adjective of now, not the noun of flowing water. */
class PresentReferenceTest {
    private static final LocalDate ANCHOR = LocalDate.of(2014, 4, 17);
    private final NewsTemporalTagger tagger = NewsTemporalTagger.load(java.nio.file.Path.of("rules"));

    @Test
    void theAdjectiveIsPresent() {
        assertThat(tagger.tag("The current government has resigned.", ANCHOR))
                .extracting(t -> t.span().value()).containsExactly("PRESENT_REF");
    }

    @Test
    void theNounOfWaterIsNoTime() {
        assertThat(tagger.tag("Divers failed to get inside because the current was too strong.", ANCHOR)).isEmpty();
        assertThat(tagger.tag("A strong current swept two divers away.", ANCHOR)).isEmpty();
    }
}
