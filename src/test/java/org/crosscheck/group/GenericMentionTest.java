package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.group.GroupedArticles.groupDated;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** The word "event" stands for what its article reports, whatever its type, not for the last thing named. */
class GenericMentionTest {

    private static String subjectOf(List<Claim> claims, String attribute, String quote) {
        return claims.stream().filter(c -> c.attribute().equals(attribute) && c.quote().equalsIgnoreCase(quote))
                .findFirst().orElseThrow().subject();
    }

    @Test
    void theEventIsTheForumTheArticleReports() {
        List<Claim> claims = groupDated("""
                date 2031-05-06
                On 4 May 2031 Kazan welcomed delegates to the fifth Kazan Forum on Trade and Investment.
                Officials said the talks covered trade and investment.
                The ministry described the visit as productive. The event brought together 3310 participants.
                """);
        assertThat(subjectOf(claims, "count", "3310 participants")).isEqualTo(subjectOf(claims, "event", "Forum"));
    }

    @Test
    void aFirstSessionIsTheFirstEditionOfItsSeries() {
        List<Claim> claims = groupDated("""
                date 2031-05-06
                The first session of the Vesk-Tarsk Joint Working Group on Fisheries was held in Kazan on 4 May 2031.
                """);
        assertThat(subjectOf(claims, "event", "session")).endsWith("#1");
    }
}
