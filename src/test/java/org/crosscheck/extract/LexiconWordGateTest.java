package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The word gates of the lexicon say no only where the event word and title patterns cannot match. */
class LexiconWordGateTest {
    private static final Lexicon LEXICON = TestArticles.LEXICON;
    /** Words of the patterns themselves, so that generated texts come close to matching. */
    private static final List<String> WORDS = Pattern.compile("[A-Za-z][A-Za-z .'-]{0,14}")
            .matcher(LEXICON.titlePattern().pattern() + " " + LEXICON.eventPattern().pattern()).results()
            .map(r -> r.group()).distinct().toList();
    private static final List<String> ODD = List.of("\u0130", "\u0131", "\u017f", "\u212a", "\u0345", "\u00e9", "-",
            ".", "'", "\u2019", " ", "", "7", "x", "(", "\n", "Minister", "summit", "talks", "President");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS),
                Arbitraries.of(WORDS).map(w -> w.toUpperCase(Locale.ROOT)), Arbitraries.of(ODD));
        return Combinators.combine(word, Arbitraries.of(" ", "", "-", ", ", ".", "\u0345"))
                .as((w, s) -> w + s).list().ofMaxSize(10).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void saysNoOnlyWhereThePatternsCannotMatch(@ForAll("texts") String text) {
        if (LEXICON.titlePattern().matcher(text).find()) {
            assertThat(LEXICON.mayHoldTitle(text)).as(text).isTrue();
        }
        if (LEXICON.eventPattern().matcher(text).find()) {
            assertThat(LEXICON.mayHoldEventWord(text)).as(text).isTrue();
        }
    }

    @Test
    void answersFromTheWordsOfTheText() {
        assertThat(LEXICON.mayHoldEventWord("The SUMMIT opened.")).isTrue();
        assertThat(LEXICON.mayHoldEventWord("Nothing happened here.")).isFalse();
        assertThat(LEXICON.mayHoldTitle("said Minister Ana Lopez")).isTrue();
        assertThat(LEXICON.mayHoldTitle("said Ana Lopez")).isFalse();
    }
}
