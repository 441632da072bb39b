package org.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerTest {
    private static final Tagger TAGGER = Tagger.standard();

    private static Token token(String sentence, String text) {
        List<Token> tokens = TAGGER.tag(sentence);
        return tokens.stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aParticipleAfterBeIsAVerbWithItsLemma() {
        Token t = token("At least 96 people were killed when the train derailed.", "killed");
        assertThat(t.tag()).isEqualTo(Tag.VERB);
        assertThat(t.lemma()).isEqualTo("kill");
        assertThat(token("At least 96 people were killed when the train derailed.", "derailed").tag())
                .isEqualTo(Tag.VERB);
    }

    @Test
    void aWordAfterADeterminerIsANoun() {
        assertThat(token("The vote was held on Tuesday.", "vote").tag()).isEqualTo(Tag.NOUN);
        assertThat(token("MPs will vote on Tuesday.", "vote").tag()).isEqualTo(Tag.VERB);
        assertThat(token("The judge ruled on the sentencing guideline.", "sentencing").tag()).isEqualTo(Tag.NOUN);
    }

    @Test
    void capitalisedWordsInsideASentenceAreProperNouns() {
        assertThat(token("Police said the derailment near Pukhrayan was the worst.", "Pukhrayan").tag())
                .isEqualTo(Tag.PROPN);
        assertThat(token("Police said the derailment near Pukhrayan was the worst.", "Police").tag())
                .isEqualTo(Tag.NOUN);
        assertThat(token("Daljeet Chaudhary, a director general of police, said so.", "Daljeet").tag())
                .isEqualTo(Tag.PROPN);
    }

    @Test
    void aHeadlineInTitleCaseIsReadAsLowerCase() {
        assertThat(token("Death Toll Climbs To 96 As Train Derails In North India", "Derails").tag())
                .isEqualTo(Tag.VERB);
        assertThat(token("Death Toll Climbs To 96 As Train Derails In North India", "Train").tag())
                .isEqualTo(Tag.NOUN);
    }

    @Test
    void toBeforeAVerbIsAParticle() {
        assertThat(token("He needed to be incarcerated.", "to").tag()).isEqualTo(Tag.PART);
        assertThat(token("He went to the court.", "to").tag()).isEqualTo(Tag.ADP);
    }

    @Test
    void numbersAndOrdinals() {
        assertThat(token("The 12th meeting drew 1,200 people.", "12th").tag()).isEqualTo(Tag.ADJ);
        assertThat(token("The 12th meeting drew 1,200 people.", "1,200").tag()).isEqualTo(Tag.NUM);
        assertThat(token("Eighty-three people died.", "Eighty-three").tag()).isEqualTo(Tag.NUM);
    }
}
