package org.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSensesTest {
    private static final WordSenses WN = WordSenses.shared();

    @Test
    void aUrlOfManyHyphenatedPartsIsNotLookedUpPartByPart() {
        // WordNet's tokenizer tries every join of the parts: 2^n lookups; this form once took minutes.
        String slug = "240326-francis-scott-key-bridge-ew-123p-32c8a6-rockcms-t_fit-760w-f_auto-q_auto";
        assertThat(WordSenses.lookable(slug)).isFalse();
        assertThat(WordSenses.lookable("q_auto:best/rockcms")).isFalse();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThat(WN.readings(slug)).isEmpty());
    }

    @Test
    void collocationsOfUpToFiveHyphenatedPartsAreStillRead() {
        assertThat(WordSenses.lookable("jack-in-the-pulpit")).isTrue();
        assertThat(WN.reading("jack-in-the-pulpit", Tag.NOUN)).isNotNull();
        assertThat(WN.reading("mother-in-law", Tag.NOUN)).isNotNull();
    }

    @Test
    void eventNounsAreToldFromThingsBySenseUse() {
        assertThat(WN.eventShare("derailment")).isGreaterThan(0.9);
        assertThat(WN.eventShare("earthquake")).isGreaterThan(0.9);
        assertThat(WN.eventShare("vote")).isGreaterThan(0.8);
        assertThat(WN.eventShare("train")).isLessThan(0.2);
        assertThat(WN.eventShare("hospital")).isLessThan(0.2);
        assertThat(WN.eventShare("flames")).isLessThan(0.2);
    }

    @Test
    void aVerbFormOfTwoVerbsIsReadAsTheOneMoreUsed() {
        // "bodies were found" is "find"; "founded Theranos" is "found"; WordNet's lookup alone gives "found" for both.
        assertThat(WN.reading("found", Tag.VERB).lemma()).isEqualTo("find");
        assertThat(WN.reading("founded", Tag.VERB).lemma()).isEqualTo("found");
        assertThat(WN.reading("saw", Tag.VERB).lemma()).isEqualTo("see");
        assertThat(WN.reading("visited", Tag.VERB).lemma()).isEqualTo("visit");
        assertThat(WN.reading("found", Tag.NOUN).lemma()).isEqualTo("found");
    }

    @Test
    void sensesAreNamedAsInWordNetBrowsers() {
        assertThat(WN.sense("accident.n.01")).isPresent();
        assertThat(WN.sense("accident.n.99")).isEmpty();
        assertThat(WN.reaches("derailment", Tag.NOUN, "mishap.n.02")).isTrue();
        // "crash" is first a loud noise, then an accident: the accident senses carry part of its use.
        assertThat(WN.reachShare("crash", Tag.NOUN, Set.of("mishap.n.02"))).isBetween(0.2, 0.9);
        assertThat(WN.reaches("hospital", Tag.NOUN, "mishap.n.02")).isFalse();
    }

    @Test
    void inflectedFormsReadAsTheirLemma() {
        assertThat(WN.reading("killed", Tag.VERB).lemma()).isEqualTo("kill");
        assertThat(WN.reading("coaches", Tag.NOUN).lemma()).isEqualTo("coach");
        assertThat(WN.reading("killed", Tag.NOUN)).isNull();
    }
}
