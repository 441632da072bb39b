package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.group.GroupedArticles.group;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** Within an article, "other" accords are not the accord already spoken of. */
class OtherEventsTest {

    private static String eventOf(List<Claim> claims, String word) {
        return claims.stream().filter(c -> c.attribute().equals("event") && c.quote().equalsIgnoreCase(word))
                .findFirst().orElseThrow().subject();
    }

    @Test
    void eightOtherAgreementsAreNotTheDeal() {
        List<Claim> claims = group("a.txt", """
                date 2031-05-04
                Vesk and Tarnia signed an agreement on Friday in the capital.
                It was the only deal not announced with eight other agreements exchanged at the summit.
                """);
        assertThat(eventOf(claims, "agreements")).isNotEqualTo(eventOf(claims, "agreement"));
    }
}
