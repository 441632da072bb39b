package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** What a count is a count of: subsets, wholes of partitives, identifiers, converted sums. */
class CountScopeTest {

    private static Claim count(String text, double number) {
        List<Claim> found = claims(text, "count").stream().filter(c -> c.number() == number).toList();
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void aSubsetWordMakesTheCountAPart() {
        assertThat(count("Divers will now evacuate the remaining eight boys from the mine.", 8).detail())
                .isEqualTo("PART");
        assertThat(count("The Yes side won 400,000 more votes than the No side.", 400000).detail())
                .isEqualTo("PART");
        assertThat(count("Rescuers pulled the last four miners out on Friday.", 4).detail()).isEqualTo("PART");
        // "a further" and "other" set a role apart ("96 were killed, with a further 150 injured"), not a subset.
        assertThat(count("At least 96 were killed, with a further 150 people reported injured.", 150).detail())
                .isEmpty();
        assertThat(count("Rescuers pulled 14 miners out on Friday.", 14).detail()).isEmpty();
    }

    @Test
    void theWholeOfAPartitiveIsNotCountedInThePartsRole() {
        assertThat(count("The jury convicted him on four of 11 counts of fraud.", 11).detail()).isEqualTo("PART");
        assertThat(count("Four of the 12 trapped miners were brought out.", 12).detail()).isEqualTo("PART");
    }

    @Test
    void theWholeOfAPartitiveCountedAboardIsEveryoneAboard() {
        // Being aboard says who the whole is; what the part suffered is the part's.
        Claim whole = count("That left 291 of the 459 people on the ferry unaccounted for.", 459);
        assertThat(whole.unit()).isEqualTo("aboard");
        assertThat(whole.detail()).isEmpty();
        assertThat(count("325 of 459 people on board were high-school students.", 459).detail()).isEmpty();
        Claim fronted = count("Of the 475 passengers and crew, 179 people have been rescued.", 475);
        assertThat(fronted.unit()).isEqualTo("aboard");
        assertThat(fronted.detail()).isEmpty();
    }

    @Test
    void peopleAboardAVehicleTakeTheRoleOfTheirClausesVerb() {
        assertThat(count("As of Thursday, 179 aboard the capsized ferry bound for Jeju had been rescued.", 179).unit())
                .isEqualTo("rescued");
        assertThat(count("The 459 people on the ferry bound for Jeju were evacuated.", 459).unit())
                .isEqualTo("evacuated");
        assertThat(count("There were 475 people aboard the ferry.", 475).unit()).isEqualTo("aboard");
        assertThat(count("The ferry was carrying 459 people when it sank.", 459).unit()).isEqualTo("aboard");
    }

    @Test
    void aTollOfOnePlaceIsScopedToThatPlace() {
        assertThat(count("Another 61 people died from the quake in India.", 61).detail()).isEqualTo("in:india");
        assertThat(count("The quake killed at least 34 people in India.", 34).detail()).isEqualTo("in:india");
        assertThat(count("Police said the number known to have died in Nepal had risen to 1,953.", 1953).detail())
                .isEqualTo("in:nepal");
        // "there" and "that country" stand for the place the sentence named before.
        assertThat(count("Officials in India said the toll there now stood at 53.", 53).detail())
                .isEqualTo("in:india");
        assertThat(count("Nepal authorities said at least 2,430 people died in that country alone.", 2430).detail())
                .isEqualTo("in:nepal");
    }

    @Test
    void thePlaceOfTheEventIsNoScopeOfItsToll() {
        assertThat(count("Over 1,000 people are known to have died in a powerful earthquake in Nepal.", 1000)
                .detail()).isEmpty();
        assertThat(count("The death toll of the earthquake in Nepal rose to 2,430.", 2430).detail()).isEmpty();
        assertThat(count("The death toll in Nepal's earthquake hit 4,349.", 4349).detail()).isEmpty();
        // A count that is no toll keeps no place.
        assertThat(count("Some 12,700 troops took part in Belarus.", 12700).detail()).isEmpty();
    }

    @Test
    void tollsOfSeveralPlacesAddUpToNoTotal() {
        assertThat(claims("The quake killed 34 people in India and 12 people in Tibet.", "count"))
                .noneMatch(c -> c.detail().equals("TOTAL"));
    }

    @Test
    void aLongNumberBeforeANameIsTheNameNotACount() {
        assertThat(claims("The goods train hit the 12841 Shalimar-Chennai Coromandel Express near the station.",
                "count")).noneMatch(c -> c.number() == 12841);
        assertThat(claims("Some 12,700 troops took part.", "count")).extracting(Claim::number).contains(12700.0);
    }

    @Test
    void pluralIndianScalesScaleTheAmount() {
        assertThat(claims("The deal is worth US $5.43 billion (\u20b940,300 Crores).", "money"))
                .extracting(Claim::number).contains(4.03e11);
    }

    @Test
    void aBracketedSumInTheSameCodeIsAConversionNotASecondValue() {
        assertThat(claims("The $US26 billion ($34 billion) takeover was announced in June.", "money"))
                .extracting(Claim::number).containsExactly(26e9);
        assertThat(claims("The bridge cost HK$120 billion (US$15.3 billion) to build.", "money"))
                .extracting(Claim::number).containsExactlyInAnyOrder(120e9, 15.3e9);
    }

    @Test
    void whatHappenedToCountedThingsIsPartOfWhatIsCounted() {
        assertThat(count("At least 45 people were killed when 14 coaches of the Patna-Indore Express derailed.", 14)
                .unit()).isEqualTo("derail/coaches");
        assertThat(count("Four ordinary sleeper coaches of the train - S1, S2, S3, S4- were badly damaged.", 4)
                .unit()).isEqualTo("damage/coaches");
        assertThat(count("Most casualties came from two coaches, which were severely damaged in the crash.", 2)
                .unit()).isEqualTo("damage/coaches");
        assertThat(count("The collision caused the derailment of four coaches of the passenger train.", 4).unit())
                .isEqualTo("derail/coaches");
        assertThat(count("The derailment of 14 coaches of the express near Kanpur on Sunday killed 96.", 14).unit())
                .isEqualTo("derail/coaches");
        // A verb that says nothing of what happened to them, or a purpose, leaves the count as it is.
        assertThat(count("The drills involve 12,700 troops.", 12700).unit()).isEqualTo("troops");
        assertThat(count("Workers toiled in three shifts to lay the track.", 3).unit()).isEqualTo("shift");
    }

    @Test
    void aCountOverSeveralHoldersIsAPart() {
        assertThat(count("17 coaches of these two trains have been derailed, the report said.", 17).detail())
                .isEqualTo("PART");
    }

    @Test
    void aPhraseAfterTheNounNamesWhoseShareItIs() {
        assertThat(count("The drills involved some 7,200 troops from Belarus.", 7200).detail()).isEqualTo("belarus");
        assertThat(count("Salmond hailed the 1.6 million votes for independence.", 1.6e6).detail())
                .isEqualTo("for:independence");
        assertThat(count("Some 12,700 troops for the exercise arrived.", 12700).detail()).isEmpty();
    }

    @Test
    void anAppositionBeforeTheVerbIsTheParty() {
        Claim c = count("The German defence minister, Ursula von der Leyen, claimed last week that over 100,000 troops "
                + "would participate.", 100000);
        assertThat(c.attribution()).contains("leyen").doesNotContain("week");
        assertThat(c.modality()).isEqualTo("REPORTED");
    }
}
