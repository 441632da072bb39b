package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.group.GroupedArticles.group;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.Pipeline;
import org.crosscheck.extract.TestArticles;
import org.crosscheck.fact.Claim;
import org.crosscheck.time.NewsTemporalTagger;
import org.junit.jupiter.api.Test;

/**
 * A count in a role ({@code count_events.csv}: the dead, those aboard) whose sentence names no event of the types
 * the role belongs to is about the article's main event of those types; an event measured from another ("a month
 * after ... derailed") is another occurrence.
 */
class RoleEventTest {

    private static Claim count(List<Claim> claims, String source, double number) {
        return claims.stream().filter(c -> c.source().equals(source) && c.attribute().equals("count")
                && c.number() == number).findFirst().orElseThrow();
    }

    private static String eventOf(List<Claim> claims, String source, String word) {
        return claims.stream().filter(c -> c.source().equals(source) && c.attribute().equals("event")
                && c.quote().equalsIgnoreCase(word)).findFirst().orElseThrow().subject();
    }

    @Test
    void peopleAboardOnATripAreOfTheMishap() {
        List<Claim> claims = group("a.txt", """
                date 2031-05-04
                A ferry caught fire off the coast of Orlan on Saturday.
                The ferry was carrying 300 people on a trip to the island of Vell.
                The fire spread to the upper deck within minutes.
                """);
        Claim aboard = count(claims, "a.txt", 300);
        assertThat(aboard.subject()).isEqualTo(eventOf(claims, "a.txt", "fire"));
        assertThat(aboard.basis()).contains("its sentence names no event of the types its role belongs to");
    }

    @Test
    void aTurnoutIsOfTheArticlesVote() {
        List<Claim> claims = group("t.txt", """
                date 2031-05-04
                Voters in Orlan rejected the new charter in a referendum on Thursday.
                The referendum was the first in the province since 1990.
                There was a turnout of just under 71%.
                """);
        Claim turnout = claims.stream().filter(c -> c.attribute().equals("measure") && c.number() == 71)
                .findFirst().orElseThrow();
        assertThat(turnout.unit()).isEqualTo("%:turnout");
        assertThat(turnout.subject()).isEqualTo(eventOf(claims, "t.txt", "referendum"));
    }

    @Test
    void financingIsOfTheArticlesDeal() {
        List<Claim> claims = group("m.txt", """
                date 2031-05-04
                Orlan Media agreed to acquire Vesk Radio on Monday.
                The acquisition is expected to close by June.
                Orlan has lined up $4.5 billion in committed financing.
                """);
        Claim financing = claims.stream().filter(c -> c.attribute().equals("money")).findFirst().orElseThrow();
        assertThat(financing.unit()).isEqualTo("USD:financing");
        assertThat(financing.subject()).isEqualTo(eventOf(claims, "m.txt", "acquisition"));
    }

    @Test
    void theDeadOfAnArticleOfAFireAndAStrikeAreOfTheFire() {
        List<Claim> claims = group("c.txt", """
                date 2031-05-04
                A ferry caught fire off the coast of Orlan on Saturday, and a strike closed the port.
                The strike was called by dockers, and the fire was put out by noon.
                Nine people are presumed dead.
                """);
        assertThat(count(claims, "c.txt", 9).subject()).isEqualTo(eventOf(claims, "c.txt", "fire"));
    }

    @Test
    void theDeadOfAnArticleOfTwoMishapsMentionedAlikeStayWithTheirArticle() {
        List<Claim> claims = group("e.txt", """
                date 2031-05-04
                A ferry caught fire off the coast of Orlan on Saturday, and an earthquake shook the port.
                The earthquake was felt inland, and the fire was put out by noon.
                Nine people are presumed dead.
                """);
        String subject = count(claims, "e.txt", 9).subject();
        assertThat(subject).isNotEqualTo(eventOf(claims, "e.txt", "fire"))
                .isNotEqualTo(eventOf(claims, "e.txt", "earthquake"));
    }

    @Test
    void anEventSetApartFromACountIsNotWhatItCounts() {
        // The avalanche is named only inside "not including ...": the 2,100 are the quake's, the 12 the avalanche's.
        List<Claim> claims = group("x.txt", """
                date 2031-05-04
                An earthquake struck the hills of Orlan on Saturday and set off an avalanche.
                The earthquake was felt far inland, and the quake cut the roads.
                Officials said 2,100 people died in the province, not including the 12 dead in the avalanche.
                """);
        Claim dead = count(claims, "x.txt", 2100);
        assertThat(dead.subject()).as(dead.basis()).isEqualTo(eventOf(claims, "x.txt", "earthquake"));
        assertThat(count(claims, "x.txt", 12).subject()).isEqualTo(eventOf(claims, "x.txt", "avalanche"));
    }

    @Test
    void theRescuedOfAMishapAreItsWhicheverTheSentenceNames() {
        // "the number of the rescued" names the rescue; the rescued are the sinking's, as beside "capsized".
        List<Claim> claims = group("r.txt", """
                date 2031-05-04
                A ferry capsized off the coast of Orlan on Saturday, and the sinking shocked the town.
                The capsized ferry was carrying students, and the accident was the worst in years.
                The number of the rescued has been unchanged at 174.
                """);
        Claim rescued = count(claims, "r.txt", 174);
        assertThat(rescued.subject()).as(rescued.basis()).isEqualTo(eventOf(claims, "r.txt", "sinking"));
    }

    @Test
    void aGenericMentionJoinedToAnEventDoesNotMakeItTheMainOne() {
        // "the disaster" may join the avalanche, but the quake is the one the article names most.
        List<Claim> claims = group("g.txt", """
                date 2031-05-04
                An earthquake struck the hills of Orlan on Saturday and set off an avalanche.
                The avalanche was the worst disaster in the valley, and the disaster shocked the town.
                The earthquake was felt far inland, and the quake cut the roads.
                Rescuers searched the villages, the search went on at night, and a rescue team arrived.
                Police said 90 people died in the valley.
                """);
        Claim dead = count(claims, "g.txt", 90);
        assertThat(dead.subject()).as(dead.basis()).isEqualTo(eventOf(claims, "g.txt", "earthquake"));
    }

    @Test
    void anEventAMonthBeforeAnotherIsAnotherOccurrence() {
        // The shipped temporal tagger: "a month" is a duration only it reads.
        Pipeline pipeline = Pipeline.standard(TestArticles.VOCABULARY, NewsTemporalTagger.load(Path.of("rules")));
        List<Claim> claims = new EventGrouping(TestArticles.LEXICON).resolve(new ArrayList<>(pipeline.extract(
                TestArticles.article("d.txt", """
                        date 2031-12-28
                        Two coaches of a passenger train derailed near Orlan on Wednesday.
                        The accident comes a month after 14 coaches of the Vell Express derailed near Orlan.
                        """))));
        List<String> derailed = claims.stream().filter(c -> c.attribute().equals("event")
                && c.quote().equals("derailed")).map(Claim::subject).toList();
        assertThat(derailed).hasSize(2);
        assertThat(eventOf(claims, "d.txt", "accident")).isEqualTo(derailed.get(0));
        assertThat(derailed.get(1)).isNotEqualTo(derailed.get(0));
    }
}
