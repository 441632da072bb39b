package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** An unnamed event joins the named one of its date when its article names that event elsewhere. */
class NamedInArticleTest {

    private static List<String> launches(List<Claim> claims) {
        return claims.stream().filter(c -> c.attribute().equals("event") && c.value().equals("launch"))
                .map(Claim::subject).distinct().toList();
    }

    private static final String NAMED = """
            date 2021-05-20

            The Indian agency confirmed the launch of Varuna-2 on May 4 from the coastal spaceport.
            """;

    @Test
    void anUnnamedLaunchOfTheSameDayInAnArticleNamingTheProbeJoinsIt() {
        List<Claim> claims = GroupedArticles.groupDated(NAMED, """
                date 2021-05-21

                Launched on May 4 from India, the mission with its Russian engine is in its final leg.
                The landing of Varuna-2 is planned for Friday.
                """);
        assertThat(launches(claims)).hasSize(1);
    }

    @Test
    void anUnnamedLaunchInAnArticleThatNeverNamesTheProbeStaysApart() {
        List<Claim> claims = GroupedArticles.groupDated(NAMED, """
                date 2021-05-21

                Launched on May 4 from India, the mission with its Russian engine is in its final leg.
                The landing is planned for Friday.
                """);
        assertThat(launches(claims)).hasSize(2);
    }
}
