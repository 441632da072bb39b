package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** Verbs that name an event only with a subject or an object of some kind (event_frames.csv). */
class EventFramesTest {

    private static List<Claim> sinking(String text) {
        return claims(text, "event");
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
    void firingAPersonIsADismissalAndFiringAWeaponIsNot() {
        assertThat(classes(claims("Musk fired Chief Executive Parag Agrawal on Thursday.", "event")))
                .containsExactly("dismissal");
        assertThat(classes(claims("The new owner fired several senior executives.", "event")))
                .containsExactly("dismissal");
        assertThat(claims("The soldiers fired tear gas at the crowd.", "event")).isEmpty();
    }
}
