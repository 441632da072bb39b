package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.group.GroupedArticles.group;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** A toll in a sentence that names no event belongs to the one event its article is about. */
class SalientEventTest {
    /** An article about one fire, without the sentence each test adds. */
    private static final String FIRE = """
            date 2031-05-04
            A ferry caught fire off the coast of Orlan on Saturday.
            The fire spread to the upper deck within minutes.
            Rescuers said the blaze was the worst in the port's history.
            """;

    private static Claim tally(List<Claim> claims, String source, double number) {
        return claims.stream().filter(c -> c.source().equals(source) && c.kind().equals("TALLY")
                && c.number() == number).findFirst().orElseThrow();
    }

    private static String eventOf(List<Claim> claims, String source, String word) {
        return claims.stream().filter(c -> c.source().equals(source) && c.attribute().equals("event")
                && c.quote().equalsIgnoreCase(word)).findFirst().orElseThrow().subject();
    }

    @Test
    void aTollOfASentenceNamingNoEventJoinsTheArticlesOneEvent() {
        List<Claim> claims = group("a.txt", FIRE + "Nine people are presumed dead.\n", "b.txt", """
                date 2031-05-04
                Fire swept through a ferry near Orlan on Saturday.
                The blaze began in the engine room.
                Eleven people are missing.
                Investigators are examining the cause of the fire.
                """);
        Claim toll = tally(claims, "a.txt", 9);
        assertThat(toll.subject()).isEqualTo(eventOf(claims, "a.txt", "fire"));
        assertThat(toll.basis()).contains("its sentence names no event");
        assertThat(tally(claims, "b.txt", 11).subject()).isEqualTo(toll.subject());
    }

    @Test
    void aTollDatedAwayFromTheEventStaysApart() {
        List<Claim> claims = group("d.txt", FIRE + "In 2019, 40 people were presumed dead.\n");
        assertThat(tally(claims, "d.txt", 40).subject()).isNotEqualTo(eventOf(claims, "d.txt", "fire"));
    }

    private static Claim count(List<Claim> claims, String source, double number) {
        return claims.stream().filter(c -> c.source().equals(source) && c.attribute().equals("count")
                && c.number() == number).findFirst().orElseThrow();
    }

    @Test
    void aFigureOfASentenceNamingNoEventIsAFigureOfTheArticlesEvent() {
        List<Claim> claims = group("a.txt", FIRE + "The ship had 14 lifeboats.\n", "b.txt", """
                date 2031-05-04
                Fire swept through a ferry near Orlan on Saturday.
                The blaze began in the engine room, and the fire burned for hours.
                The ship had 14 lifeboats and 3 tenders.
                """);
        Claim a = count(claims, "a.txt", 14);
        String fire = eventOf(claims, "a.txt", "fire");
        assertThat(a.event()).isEqualTo(fire);
        assertThat(a.subject()).startsWith(fire + Claim.FIGURE_MARK).endsWith(":14");
        assertThat(a.basis()).contains("a figure of the article's salient event");
        assertThat(count(claims, "b.txt", 14).subject()).isEqualTo(a.subject());
        // another figure of the event never shares a subject with it, so no rule weighs the two
        assertThat(count(claims, "b.txt", 3).subject()).isNotEqualTo(a.subject()).startsWith(fire);
    }
}
