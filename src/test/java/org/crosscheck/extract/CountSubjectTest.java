package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** Which event a count of people in a role is about, and counts a modal verb projects. */
class CountSubjectTest {

    private static Claim count(String text, double number) {
        List<Claim> found = claims(text, "count").stream().filter(c -> c.number() == number).toList();
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void peopleAboardAreTheMishapsNotTheTripsTheyWereOn() {
        Claim aboard = count("A ferry carrying 462 people on an overnight trip to a resort island capsized on "
                + "Wednesday.", 462);
        assertThat(aboard.unit()).isEqualTo("aboard");
        assertThat(aboard.subject()).startsWith("accident:");
    }

    @Test
    void theDeadAreTheEarthquakesNotTheAppealsOfTheirSentence() {
        Claim toll = count("The death toll in the earthquake rose, the minister said, appealing for foreign supplies "
                + "of tents as the death toll hit 4,349.", 4349);
        assertThat(toll.unit()).isEqualTo("dead");
        assertThat(toll.subject()).startsWith("earthquake:");
    }

    @Test
    void aCountOfARoleNoListedEventHasKeepsItsGoverningEvent() {
        Claim delegates = count("The summit in Oslo drew 40 delegates after the storm.", 40);
        assertThat(delegates.subject()).startsWith("meeting:");
    }

    @Test
    void aFigureAModalVerbProjectsIsExpectedAndNoPartOfTheCount() {
        String s = "The death toll in the earthquake could reach 10,000, the prime minister said, as the death toll "
                + "hit 4,349.";
        Claim projected = count(s, 10000);
        Claim counted = count(s, 4349);
        assertThat(projected.modality()).isEqualTo("EXPECTED");
        assertThat(projected.detail()).isEmpty();
        assertThat(counted.modality()).isEqualTo("HAPPENED");
        assertThat(counted.detail()).isEmpty();
        assertThat(count("Officials fear the toll may well top 300.", 300).modality()).isEqualTo("EXPECTED");
        assertThat(count("The toll rose to 300.", 300).modality()).isEqualTo("HAPPENED");
    }

    @Test
    void aPronounWholeLeavesThePartsStateToThePart() {
        Claim rescued = count("So far, 78 of them are known to have been rescued.", 78);
        assertThat(rescued.unit()).isEqualTo("rescued");
    }

    @Test
    void peopleOnAConveyanceAreAboardIt() {
        assertThat(count("Officials said 291 were missing of the 459 people on the ferry.", 459).unit())
                .isEqualTo("aboard");
        assertThat(count("That left 291 of the 459 people on the ferry unaccounted for.", 459).unit())
                .isEqualTo("aboard");
        assertThat(count("All 150 passengers in the train were evacuated safely, then 40 more.", 150).unit())
                .isNotEqualTo("aboard/passengers");
        assertThat(count("The 600 people in the tower were asleep.", 600).unit()).isNotEqualTo("aboard");
    }

    @Test
    void anAsideOnThingsAPrepositionTakesIsNoCountOfThem() {
        Claim described = count("Most of the casualties were reported from two coaches, which were severely "
                + "damaged in the incident.", 2);
        assertThat(described.unit()).isEqualTo("damage/coaches");
        assertThat(described.detail()).isEqualTo("PART");
        Claim counted = count("Four coaches of the train were badly damaged in the mishap.", 4);
        assertThat(counted.detail()).isEmpty();
    }
}
