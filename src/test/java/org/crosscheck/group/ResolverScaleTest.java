package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.TestArticles;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/**
 * Event resolution looks events and mentions up, never scanning every earlier one: 16,000 named events in one
 * article took 144 s when each mention compared itself with every event before it. The tests count the pairs
 * grouping compares ({@link EventGrouping#comparisons()}), which the machine's load does not change: a bounded
 * number per claim, where a scan of every earlier event or mention makes it grow with the square of the article.
 * (They had a 60 s time limit, which a loaded machine exceeded at the same speed as the code before the streaming
 * change.) Speed itself is measured by {@code bench --adversarial}.
 */
class ResolverScaleTest {
    /** Comparisons per claim that linear grouping stays under, whatever the article's length. */
    private static final long LINEAR = 40;

    /** Four words of under five letters, one per position: distinct word sets, and too short for spelling variants. */
    private static String name(int i) {
        String[][] words = {{"ka", "vo", "ri", "len", "dor", "ma", "zel", "tu", "bar", "nix", "sol", "que", "pra",
                "ven", "lo", "gat"}, {"ab", "ec", "id", "og", "ul", "ar", "er", "ir", "or", "ur", "an", "en", "in", "on",
                "un", "yn"}};
        StringBuilder s = new StringBuilder();
        int n = i;
        for (int position = 0; position < 4; position++) {
            s.append(position == 0 ? "" : "-").append(words[position % 2][n % 16]).append(position);
            n /= 16;
        }
        return s.toString();
    }

    @Test
    void anArticleWithSixteenThousandNamedEventsResolvesEachToItsOwnEvent() {
        List<Claim> claims = new ArrayList<>();
        int n = 16_000;
        for (int i = 0; i < n; i++) {
            String name = name(i) + "-summit";
            String sentence = "The " + name + " between Russia and Pakistan was held (" + i + ").";
            int at = i * 100;
            claims.add(Claim.builder().source("a.txt").kind("EVENT").subject("meeting:pakistan+russia:" + name)
                    .attribute("event").value("meeting").sentence(sentence).quote("Summit", at, at + 6).build());
            claims.add(Claim.builder().source("a.txt").kind("TIME").subject("meeting:pakistan+russia:" + name)
                    .attribute("date").value("2016").sentence(sentence).quote("2016", at + 50, at + 54).build());
            claims.add(Claim.builder().source("a.txt").kind("COUNT").subject("*::").attribute("count")
                    .value("4").sentence(sentence).quote("four", at + 60, at + 64).build());
        }
        EventGrouping grouping = new EventGrouping(TestArticles.LEXICON);
        List<Claim> resolved = grouping.resolve(claims);
        assertThat(resolved.stream().filter(c -> c.attribute().equals("event")).map(Claim::subject).distinct())
                .hasSize(n);
        // Each mention is compared with at most a dozen events of its article, twice (grouping reads the article
        // again to rewrite it), each claim with the few mentions of its sentence: comparing with every earlier
        // event would be n * n / 2 = 128,000,000.
        assertThat(grouping.comparisons()).isLessThan(LINEAR * claims.size());
        for (int i = 0; i < 3 * n; i += 3 * 997) {
            assertThat(resolved.get(i + 1).subject()).isEqualTo(resolved.get(i).subject());
            assertThat(resolved.get(i + 2).subject()).isEqualTo(resolved.get(i).subject());
        }
    }

    /** 200,000 short lines took over 300 s when every claim scanned all its article's mentions for its sentence. */
    @Test
    void claimsOfAnArticleOfManyShortLinesFindTheirEventsByLookup() {
        List<Claim> claims = new ArrayList<>();
        int n = 30_000;
        for (int i = 0; i < n; i++) {
            String name = name(i % 64) + "-summit";
            String line = "Summit line " + i;
            int at = i * 40;
            claims.add(Claim.builder().source("a.txt").kind("EVENT").subject("meeting:pakistan+russia:" + name)
                    .attribute("event").value("meeting").sentence(line).quote("Summit", at, at + 6).build());
            // A place, not a count: a count in a sentence naming no event stays with its article (it may be of
            // anything), while a place or a date there belongs to the nearest event.
            claims.add(Claim.builder().source("a.txt").kind("PLACE").subject("*::").attribute("place")
                    .value("Ankara").sentence("Place line " + i).quote("Ankara", at + 20, at + 26).build());
        }
        EventGrouping grouping = new EventGrouping(TestArticles.LEXICON);
        List<Claim> resolved = grouping.resolve(claims);
        // Scanning the article's mentions for each claim's sentence would be 60,000 * 30,000.
        assertThat(grouping.comparisons()).isLessThan(LINEAR * claims.size());
        for (int i = 0; i < 2 * n; i += 2 * 991) {
            assertThat(resolved.get(i + 1).subject()).as("the place after an event belongs to it")
                    .isEqualTo(resolved.get(i).subject());
        }
    }
}
