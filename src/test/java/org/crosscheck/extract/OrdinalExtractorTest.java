package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

class OrdinalExtractorTest {

    @Test
    void ordinalWordsDigitsAndRomanNumerals() {
        assertThat(claims("The twenty-first session of the Joint Commission opened.", "ordinal"))
                .extracting(Claim::value).containsExactly("21");
        assertThat(claims("The 3rd round of talks ended.", "ordinal")).extracting(Claim::value).containsExactly("3");
        assertThat(claims("Troops began the Kavkaz-IV exercise.", "ordinal")).extracting(Claim::value)
                .containsExactly("4");
    }

    @Test
    void whereOneWhoDidAFeatStandsAmongAllWhoDidIt() {
        assertThat(claims("Lund then converted his penalty to become the first player ever to score a hat-trick in "
                + "the cup final.", "rank")).extracting(c -> c.value() + " " + c.detail())
                .containsExactly("1 hattrick");
        assertThat(claims("Lund became the second man in history to record a hattrick in a cup final.", "rank"))
                .extracting(c -> c.value() + " " + c.detail()).containsExactly("2 hattrick");
        // Counted from another's feat, or a feat joined to another: not read.
        assertThat(claims("Lund was the first player to score a hat-trick in a cup final after Sir Ian Moor.",
                "rank")).isEmpty();
        assertThat(claims("Lund became the first player in cup history to score a hattrick and be on the losing "
                + "side.", "rank")).isEmpty();
        // A thing ranked is no person or group who did a feat.
        assertThat(claims("It was the second time to score a goal.", "rank")).isEmpty();
    }

    @Test
    void firstIsNotAnEdition() {
        List<Claim> all = claims("This is the first visit to Cairo by a Japanese premier.");
        assertThat(all).filteredOn(c -> c.attribute().equals("ordinal")).isEmpty();
        assertThat(all).filteredOn(c -> c.attribute().equals("first")).extracting(Claim::value)
                .containsExactly("FIRST");
    }

    @Test
    void firstEverAndFirstInYears() {
        assertThat(claims("Serbia and Belarus held their first ever joint exercise.", "first"))
                .extracting(Claim::value).containsExactly("FIRST_EVER");
        Claim c = claims("It is the first visit by a British prime minister in four decades.", "first").get(0);
        assertThat(c.value()).isEqualTo("FIRST_IN_N_YEARS");
        assertThat(c.detail()).isEqualTo("40");
    }

    @Test
    void aFirstOfAThingWithinTheEventOrOfAPersonSaysNothingOfItsLastOccurrence() {
        assertThat(claims("Mbappe scored a hat-trick, the first in a World Cup final since 1966.", "previous"))
                .isEmpty();
        assertThat(claims("France tried to become the first team in 60 years to win back-to-back titles.", "first"))
                .isEmpty();
        assertThat(claims("Fans celebrated Argentina's first since 1986.", "previous")).extracting(Claim::value)
                .containsExactly("1986");
        assertThat(claims("It was the first visit since 2009 by a Japanese premier.", "previous"))
                .extracting(Claim::value).containsExactly("2009");
    }

    @Test
    void previousInstanceYear() {
        List<Claim> all = claims("Prime Minister Ana Silva began a visit to Brasilia in 2021; the previous visit was "
                + "in 1975.");
        Claim previous = all.stream().filter(c -> c.attribute().equals("previous")).findFirst().orElseThrow();
        Claim current = all.stream().filter(c -> c.attribute().equals("event")).findFirst().orElseThrow();
        assertThat(previous.value()).isEqualTo("1975");
        assertThat(previous.subject()).isEqualTo(current.subject()).isEqualTo("visit:brazil:ana-silva@2021");
    }
}
