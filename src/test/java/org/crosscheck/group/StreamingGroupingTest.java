package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.extract.TestArticles;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/**
 * Grouping reads the corpus article by article and holds no claim it does not need: the article claims in memory
 * are a few chunks' worth, whatever the corpus's size, and a claim repeated by thousands of articles is one claim.
 */
class StreamingGroupingTest {
    private static final String SUMMIT = "ISLAMABAD, March 3, 2018 - The third round of the Pakistan-Russia "
            + "Consultative Group on Strategic Stability was held in Islamabad on Friday. Sergei Ryabkov led the "
            + "Russian side. Russia delivered four Mi-35M helicopters to Pakistan in 2017.";
    private static final String DRILLS = "MOSCOW, Oct. 2, 2016 - Pakistan and Russia began their first joint "
            + "exercise, Druzhba-2016, at Cherat on Saturday. About 200 troops take part in the drills.";

    /** The claims of {@code n} articles, each a copy of one of two texts under its own name. */
    private static List<List<Claim>> corpus(int n) {
        List<List<Claim>> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String source = String.format("a%05d.txt", i);
            List<Claim> claims = new ArrayList<>(TestArticles.PIPELINE.extract(
                    TestArticles.article(source, i % 2 == 0 ? SUMMIT : DRILLS)));
            claims.sort(java.util.Comparator.comparingInt(Claim::start).thenComparing(Claim::id));
            articles.add(claims);
        }
        return articles;
    }

    @Test
    void theCorpusIsReadChunkByChunkAndHandedOnInOrder() {
        List<List<Claim>> articles = corpus(3 * EventGrouping.CHUNK + 17);
        AtomicInteger requested = new AtomicInteger();
        AtomicInteger handed = new AtomicInteger();
        AtomicInteger ahead = new AtomicInteger();
        List<Integer> order = new ArrayList<>();
        new EventGrouping(TestArticles.LEXICON).resolve(new EventGrouping.Corpus() {
            @Override
            public int size() {
                return articles.size();
            }

            @Override
            public List<Claim> claims(int i) {
                int r = requested.incrementAndGet();
                ahead.accumulateAndGet(r - handed.get(), Math::max);
                return articles.get(i);
            }
        }, 2, (i, claims) -> {
            order.add(i);
            handed.incrementAndGet();
        });
        // three passes: counting names, reading events, rewriting; each article once per pass
        assertThat(requested.get()).isEqualTo(3 * articles.size());
        assertThat(order).hasSize(articles.size());
        assertThat(order).isSorted();
        // while the rewriting pass runs, at most one chunk is read ahead of what was handed on
        assertThat(ahead.get() - 2 * articles.size()).isLessThanOrEqualTo(EventGrouping.CHUNK);
    }

    @Test
    void streamingGivesTheClaimsThatGroupingTheWholeListGives() {
        List<List<Claim>> articles = corpus(40);
        List<Claim> all = new ArrayList<>();
        articles.forEach(all::addAll);
        List<Claim> whole = new EventGrouping(TestArticles.LEXICON).resolve(new ArrayList<>(all));
        List<Claim> streamed = new ArrayList<>();
        new EventGrouping(TestArticles.LEXICON).resolve(new EventGrouping.Corpus() {
            @Override
            public int size() {
                return articles.size();
            }

            @Override
            public List<Claim> claims(int i) {
                return articles.get(i);
            }
        }, 2, (i, claims) -> streamed.addAll(claims));
        assertThat(streamed).isEqualTo(whole);
        assertThat(whole.stream().filter(c -> c.attribute().equals("event") && c.source().equals("a00002.txt"))
                .map(Claim::subject)).as("a copy's events are the first copy's")
                .containsExactlyElementsOf(whole.stream()
                        .filter(c -> c.attribute().equals("event") && c.source().equals("a00000.txt"))
                        .map(Claim::subject).toList());
    }

    @Test
    void aClaimRepeatedByThousandsOfArticlesIsOneRepresentativeWhateverTheOrder() {
        List<Claim> copies = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String source = String.format("r%05d.txt", i);
            copies.add(Claim.builder().source(source).origin(i < 10 ? "r00000.txt" : source).kind("COUNT")
                    .subject("exercise:pakistan+russia:druzhba").attribute("count").value("200").number(200)
                    .unit("troops").published(String.format("2016-10-%02d", 2 + i % 20))
                    .quote("About 200 troops", 10, 26).sentence("About 200 troops take part.").build());
        }
        ClaimGroups sorted = ClaimGroups.of(copies);
        List<Claim> shuffled = new ArrayList<>(copies);
        Collections.shuffle(shuffled, new Random(7));
        ClaimGroups any = ClaimGroups.of(shuffled);
        assertThat(sorted.representatives()).hasSize(2);
        assertThat(any.representatives()).containsExactlyInAnyOrderElementsOf(sorted.representatives());
        ClaimGroups.Group g = sorted.group(sorted.representatives().get(0));
        assertThat(g.size()).isEqualTo(5000);
        assertThat(g.originCount()).isEqualTo(4991);
        assertThat(g.sources()).hasSize(5000);
        assertThat(g.first().source()).isEqualTo("r00000.txt");
        assertThat(sorted.representatives().get(1).origin()).isNotEqualTo(g.first().origin());
        List<Claim> members = sorted.members(List.of(g), shuffled).get(g);
        assertThat(members).hasSize(5000).isSortedAccordingTo(org.crosscheck.report.FindingAggregator.EARLIEST);
    }
}
