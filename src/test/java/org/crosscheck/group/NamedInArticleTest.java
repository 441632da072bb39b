package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.Pipeline;
import org.crosscheck.extract.TestArticles;
import org.crosscheck.fact.Claim;
import org.crosscheck.time.NewsTemporalTagger;
import org.junit.jupiter.api.Test;

/** An unnamed event joins the named one of its date when its article names that event elsewhere. */
class NamedInArticleTest {

    /** The standard pipeline with the news tagger: the join needs the launch's day. */
    private static final Pipeline PIPELINE = Pipeline.standard(TestArticles.VOCABULARY,
            NewsTemporalTagger.load(Path.of("rules")));

    private static List<Claim> group(String... articles) {
        List<Claim> all = new ArrayList<>();
        for (int i = 0; i < articles.length; i++) {
            all.addAll(PIPELINE.extract(TestArticles.article("a" + i + ".txt", articles[i])));
        }
        return new EventGrouping(TestArticles.LEXICON).resolve(all);
    }

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
        List<Claim> claims = group(NAMED, """
                date 2021-05-21

                Launched on May 4 from India, the mission with its Russian engine is in its final leg.
                The landing of Varuna-2 is planned for Friday.
                """);
        assertThat(launches(claims)).hasSize(1);
    }

    @Test
    void anUnnamedLaunchInAnArticleThatNeverNamesTheProbeStaysApart() {
        List<Claim> claims = group(NAMED, """
                date 2021-05-21

                Launched on May 4 from India, the mission with its Russian engine is in its final leg.
                The landing is planned for Friday.
                """);
        assertThat(launches(claims)).hasSize(2);
    }
}
