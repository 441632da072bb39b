package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.group.GroupedArticles.group;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** A one-off event is known by where it happened: a source that never gives its name still reports it. */
class OneOffEventsTest {

    private static List<String> subjects(List<Claim> claims, String source, String word) {
        return claims.stream().filter(c -> c.source().equals(source) && c.attribute().equals("event")
                && c.quote().equalsIgnoreCase(word)).map(Claim::subject).distinct().toList();
    }

    @Test
    void anUnnamedAccidentJoinsTheNamedOneAtTheSamePlaces() {
        List<Claim> claims = group("a.txt", """
                The Orlan-Vesk Express derailment near Tarsk in the Danvik province left dozens injured.
                The derailment was the worst in years.
                """, "b.txt", """
                A passenger train derailed near Tarsk, in Danvik province.
                Officials said the derailment was caused by a cracked rail.
                """);
        assertThat(subjects(claims, "b.txt", "derailment")).isEqualTo(subjects(claims, "a.txt", "derailment"));
        assertThat(claims.stream().filter(c -> c.source().equals("b.txt") && c.attribute().equals("event"))
                .map(Claim::basis).toList()).anyMatch(b -> b.contains("names in text"));
    }

    @Test
    void aRecurringEventStillNeedsItsName() {
        List<Claim> claims = group("c.txt", """
                The Sea Shield exercise near Tarsk in the Danvik province began.
                The exercise involves naval units.
                """, "d.txt", """
                An exercise began near Tarsk, in Danvik province.
                The exercise involves naval units.
                """);
        assertThat(subjects(claims, "d.txt", "exercise")).doesNotContainAnyElementsOf(
                subjects(claims, "c.txt", "exercise"));
    }
}
