package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.extract.TestArticles;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** An unnamed one-off event whose own sentence names a cluster's event is that event; a place's name is no such. */
class NameBesideTest {
    private static List<String> fires(List<Claim> claims) {
        return claims.stream().filter(c -> c.attribute().equals("event") && c.value().equals("fire"))
                .map(Claim::subject).distinct().toList();
    }

    @Test
    void theFireBesideTheTowersNameIsTheTowersFire() {
        List<Claim> claims = GroupedArticles.groupDated("""
                date 2021-06-15

                The Varlow Tower fire killed 71 people, British police said.
                """, """
                date 2021-06-20

                Varlow Tower residents in London said the fire spread within minutes.
                """);
        assertThat(fires(claims)).hasSize(1);
    }

    @Test
    void aPlacesNameIsNoEventsName() {
        EventMatch match = new EventMatch(TestArticles.LEXICON);
        assertThat(match.placeWords(List.of("hong-kong", "hong-kong-protest"))).containsExactly("hong", "kong");
        assertThat(match.placeWords(List.of("varlow-tower"))).isEmpty();
    }
}
