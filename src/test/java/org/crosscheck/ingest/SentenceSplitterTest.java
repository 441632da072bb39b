package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter(Set.of("Dr.", "Gen", "Sept"));

    private List<String> split(String text) {
        return splitter.split(text, 0, text.length()).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void splitsOnEndPunctuationBeforeCapitals() {
        assertThat(split("One is here. Two is there! Three? Yes."))
                .containsExactly("One is here.", "Two is there!", "Three?", "Yes.");
    }

    @Test
    void anEmojiAfterAFullStopOpensTheNextSentence() {
        assertThat(split("The pact was signed in March. \uD83C\uDF89 The deal covers patrols."))
                .containsExactly("The pact was signed in March.", "\uD83C\uDF89 The deal covers patrols.");
    }

    @Test
    void keepsAbbreviationsInitialsAndAcronyms() {
        assertThat(split("Dr. Smith met Gen. Lee and John F. Kennedy in the U.S. on Sept. 5. They talked."))
                .containsExactly("Dr. Smith met Gen. Lee and John F. Kennedy in the U.S. on Sept. 5.", "They talked.");
    }

    @Test
    void splitsAtAPeriodGluedToTheNextSentence() {
        assertThat(split("They sold four jets to Peru.The jets are new.")).containsExactly(
                "They sold four jets to Peru.", "The jets are new.");
    }

    @Test
    void keepsClosingQuotesWithTheSentence() {
        assertThat(split("He said, \u201CWe agree.\u201D The talks ended."))
                .containsExactly("He said, \u201CWe agree.\u201D", "The talks ended.");
    }

    @Test
    void joinsASentenceBrokenByABlankLineMidClause() {
        assertThat(split("The minister had held an\n\ninformal meeting with the envoy.\n\nNext paragraph."))
                .containsExactly("The minister had held an\n\ninformal meeting with the envoy.", "Next paragraph.");
    }

    @Test
    void headingsOnTheirOwnLineAreSentences() {
        assertThat(split("Russia and Peru sign a pact\nLIMA \u2014 The two sides signed it.")).hasSize(2);
        assertThat(split("Title\n\nBody text.")).containsExactly("Title", "Body text.");
    }

    @Test
    void eachItemOfAListIsASentence() {
        assertThat(split("Key points:\n  \u2022 The cause of the fire is not yet clear\n  \u2022 The mayor said there "
                + "would be questions over the coming days\n  \u2022 The tower was built in 1974 and has 120 flats"))
                .containsExactly("Key points:", "\u2022 The cause of the fire is not yet clear",
                        "\u2022 The mayor said there would be questions over the coming days",
                        "\u2022 The tower was built in 1974 and has 120 flats");
        assertThat(split("- Two trains collided\n- 275 people died")).containsExactly("- Two trains collided",
                "- 275 people died");
    }

    @Test
    void doesNotSplitDecimalsOrLowercaseContinuations() {
        assertThat(split("It costs $3.1 billion. ok then. Fine.")).containsExactly("It costs $3.1 billion. ok then.", "Fine.");
    }

    @Test
    void cutsRunsWithoutBoundariesAtWhiteSpace() {
        String text = "word ".repeat(1000).strip();
        List<int[]> spans = splitter.split(text, 0, text.length());
        assertThat(spans).hasSizeGreaterThan(2);
        for (int[] s : spans) {
            assertThat(s[1] - s[0]).isLessThanOrEqualTo(SentenceSplitter.MAX_LENGTH);
            assertThat(text.substring(s[0], s[1])).startsWith("word").endsWith("word");
        }
        assertThat(spans.get(spans.size() - 1)[1]).isEqualTo(text.length());
    }
}
