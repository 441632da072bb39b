package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/**
 * Venues no preposition after the event gives: in a fronted adjunct ("On 7 January in X, ...") the main clause's
 * first event's, and a host ("X hosted the summit") the event it hosts.
 */
class VenueConstructionsTest {

    private static List<String> venues(String text) {
        return claims(text, "place").stream().map(Claim::value).toList();
    }

    @Test
    void aFrontedAdjunctGivesTheMainClauseItsVenue() {
        assertThat(venues("On 07-Jan-2014 in Kazan, Norland and Estmark inked a memorandum of understanding on tourism."))
                .containsExactly("Kazan");
    }

    @Test
    void aClauseBeforeTheCommaOrAnEventOfARelativeClauseIsNoVenue() {
        assertThat(venues("At least 61 people died in India, and the quake was felt in the region.")).isEmpty();
        assertThat(venues("At the north portal in Kazan, a plaque to those who died was unveiled.")).isEmpty();
    }

    @Test
    void aHostIsTheVenueOfWhatItHosts() {
        assertThat(venues("Kazan hosted the second round of the Norland-Estmark Joint Working Group on Fisheries."))
                .containsExactly("Kazan");
        assertThat(venues("Kazan hosted the summit on Monday.")).containsExactly("Kazan");
    }
}
