package org.crosscheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleParser;
import org.crosscheck.ingest.Decoder;
import org.crosscheck.ingest.Removal;
import org.crosscheck.ingest.Sentence;
import org.crosscheck.vocab.Vocabulary;

/**
 * Generated and mutated inputs for ingestion: no exception escapes, every offset lies inside the text and
 * every sentence is the text at its offsets. Tries per property: {@code -Djqwik.tries.default=N} raises them
 * for a longer run (see README).
 */
class IngestProperties {
    private static final ArticleParser PARSER = ArticleParser.from(Vocabulary.load(Path.of("rules")));

    private static final List<String> FRAGMENTS = List.of(
            "Pakistan and Russia", " date 2018-03-03 Reporter", " Source : Agencies  Date : 14-Dec-2016",
            "ISLAMABAD, Nov 20 (INP): ", "Published in Dawn, March 3rd, 2018", "Opinion", "About the Author",
            "Share:", "The 12th meeting was held on Friday.", "Mr. Smith met Gen. Lee.", "U.S.", "\u2018Hind E\u2019",
            "Mi-35M", "\r\n", "\n\n", "\r", " ", "\u00A0", ".", "?", "!", "\"", "\u201C", "\u201D", ":", "\t",
            "2014", "Sept 05 to 06", "=SUM(A1)", "\uFEFF", "\u0000", "caf\u00E9");

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(40);
        return Combinators.combine(fragment, noise).as((f, n) -> f + n).list().ofMaxSize(30)
                .map(parts -> String.join("", parts));
    }

    @Property
    void parsedArticlesKeepExactOffsets(@ForAll("articles") String text) {
        Article a = PARSER.parse("x.txt", text, List.of());
        for (Sentence s : a.sentences()) {
            assertThat(s.start()).isBetween(0, text.length());
            assertThat(s.end()).isBetween(s.start() + 1, text.length());
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        for (Removal r : a.removed()) {
            assertThat(r.start()).isBetween(0, text.length());
            assertThat(r.end()).isBetween(r.start(), text.length());
        }
    }

    @Property
    void decodingArbitraryBytesNeverThrows(@ForAll byte[] bytes) {
        Decoder.Decoded d = Decoder.decode(bytes);
        assertThat(d.isText() || !d.warnings().isEmpty()).isTrue();
        if (d.isText()) {
            PARSER.parse("x.txt", d.text(), d.warnings());
        }
    }

    @Property
    void mutatedUtf8StaysDecodable(@ForAll("articles") String text, @ForAll int position, @ForAll byte value) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            bytes[Math.floorMod(position, bytes.length)] = value;
        }
        Decoder.Decoded d = Decoder.decode(bytes);
        if (d.isText()) {
            Article a = PARSER.parse("x.txt", d.text(), d.warnings());
            assertThat(a.sentences()).allSatisfy(s -> assertThat(d.text().substring(s.start(), s.end())).isEqualTo(s.text()));
        }
    }

    private static final String SIGNATURE = "Published in Dawn, March 3rd, 2018";

    /** Lines of every shape the attack used: blank, white space, short, long, header, dateline, signature, furniture. */
    @Provide
    Arbitrary<String> lineStructures() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().withChars(" \t\u00A0").ofMaxLength(6),
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'A', 'R').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '.', ',', 'T').ofMinLength(200)
                        .ofMaxLength(3000),
                Arbitraries.of("date 2020-01-02", "Source : Agencies  Date : 14-Dec-2016", "ISLAMABAD, Nov 20 (INP): "
                        + "Talks began.", SIGNATURE, "  " + SIGNATURE + " .", "Share:", "Opinion",
                        "The 12th meeting was held on Friday.", "Russia sold 12 Su-30SM jets in 2016."));
        Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r");
        return Combinators.combine(line, end).as((l, e) -> l + e).list().ofMaxSize(60)
                .map(parts -> String.join("", parts));
    }

    @Property
    void arbitraryLineStructureParsesWithExactOffsetsAndOneLineSignatures(@ForAll("lineStructures") String text) {
        Article a = PARSER.parse("x.txt", text, List.of());
        int previousEnd = 0;
        for (Sentence s : a.sentences()) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.end()).isBetween(s.start() + 1, text.length());
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.text().length()).isLessThanOrEqualTo(org.crosscheck.ingest.SentenceSplitter.MAX_LENGTH);
            previousEnd = s.end();
        }
        for (Removal r : a.removed()) {
            assertThat(r.start()).isBetween(0, text.length());
            assertThat(r.end()).isBetween(r.start(), text.length());
            if (r.reason().equals("signature")) {
                String signature = text.substring(r.start(), r.end());
                assertThat(signature).doesNotContain("\n", "\r").contains(SIGNATURE);
            }
        }
    }
}
