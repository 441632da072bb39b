package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.group.GroupedArticles.group;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** Within an article, a numbered instance of another type than the event before it is another occurrence. */
class NumberedInstanceTest {

    private static String eventOf(List<Claim> claims, String word) {
        return claims.stream().filter(c -> c.attribute().equals("event") && c.quote().equalsIgnoreCase(word))
                .findFirst().orElseThrow().subject();
    }

    @Test
    void aSecondReferendumIsNotTheVoteItFollows() {
        List<Claim> claims = group("a.txt", """
                date 2031-05-04
                The parliament of Vesk rejected the border treaty in a vote on Tuesday.
                The government called the defeat a setback.
                Opposition leaders said a second referendum was now the only credible option.
                """);
        assertThat(eventOf(claims, "referendum")).isNotEqualTo(eventOf(claims, "defeat"));
    }
}
