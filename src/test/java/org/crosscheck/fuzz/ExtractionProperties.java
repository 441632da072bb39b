package org.crosscheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.extract.Pipeline;
import org.crosscheck.fact.Claim;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleParser;
import org.crosscheck.time.NewsTemporalTagger;
import org.crosscheck.vocab.Vocabulary;

/**
 * Generated articles through ingestion, the temporal layer and every extractor: no exception escapes, every
 * claim quotes the text at its offsets and carries a valid TimeML value when dated (or, for an event given only
 * a length, a valid duration).
 */
class ExtractionProperties {
    private static final Vocabulary VOCABULARY = Vocabulary.load(Path.of("rules"));
    private static final ArticleParser PARSER = ArticleParser.from(VOCABULARY);
    private static final Pipeline PIPELINE = Pipeline.standard(VOCABULARY, NewsTemporalTagger.load(java.nio.file.Path.of("rules")));

    private static final List<String> FRAGMENTS = List.of(
            " date 2018-03-03 Reporter\n\n", "ISLAMABAD, Nov 20 (INP): ", "The 12th meeting of the",
            "Pakistan-Russia Consultative Group on Strategic Stability", "was held on Friday", "in Moscow",
            "Russian Defence Minister Sergei Shoigu", "his Pakistani counterpart Khawaja Asif", "visited Pakistan in 2014",
            "signed a defence cooperation agreement", "four Mi-35M combat and cargo helicopters", "up to 20 helicopters",
            "which is interested in purchasing", "about 150 from both sides", "150 from each side", "$46bn",
            "USD 120 million", "first-ever", "the previous visit was in 1975", "since 2016", "Druzhba-III",
            "did not attend", "is expected to sign", "next year", "Prime Minister", "President", ".", ",", " and ",
            "\n\n", "\u2018", "\u2019", "(", ")", "-", "\u2014", "20", "III", "Sept 05 to 06");

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
        Arbitrary<String> noise = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6);
        return Combinators.combine(fragment, noise).as((f, n) -> f + " " + n).list().ofMaxSize(25)
                .map(parts -> String.join(" ", parts));
    }

    @Property
    void claimsQuoteTheirOffsetsAndCarryValidTimes(@ForAll("articles") String text) {
        Article article = PARSER.parse("x.txt", text, List.of());
        for (Claim c : PIPELINE.extract(article)) {
            assertThat(c.start()).isBetween(0, text.length());
            assertThat(c.end()).isBetween(c.start(), text.length());
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.quote());
            assertThat(c.subject()).isNotNull();
            assertThat(c.attribute()).isNotEmpty();
            if (c.time() != null && c.time().value().isEmpty()) {
                // An event whose clause gives only how long it lasted carries that duration and no time of its own.
                assertThat(c.time().granularity()).isEqualTo("DURATION");
                assertThat(c.time().duration()).matches(TimeProperties.TIMEML);
            } else if (c.time() != null) {
                assertThat(c.time().value()).matches(TimeProperties.TIMEML);
            }
        }
    }
}
