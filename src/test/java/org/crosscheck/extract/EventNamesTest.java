package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** What is no event name: quoted wording, pronouns, the next line, dates, a verb's subject, and what a time dates. */
class EventNamesTest {

    private static Claim event(String text, String word) {
        return claims(text, "event").stream().filter(c -> c.quote().equalsIgnoreCase(word)).findFirst().orElseThrow();
    }

    @Test
    void quotedLowerCaseWordingIsNoName() {
        Claim defeat = event("Labour leader Jeremy Corbyn said that Mrs May's \u201ccatastrophic\u201d defeat was a verdict.",
                "defeat");
        assertThat(defeat.frame().name()).isEmpty();
        Claim drills = event("Troops of Norland and Estmark began drills codenamed 'Northern Shield' on Monday.",
                "drills");
        assertThat(drills.frame().name()).isEqualTo("northern-shield");
    }

    @Test
    void aPronounOrTheNextLineIsNoName() {
        assertThat(event("\"After the membership ballot I will stand down as first minister,\" he said.", "ballot")
                .frame().name()).isEmpty();
        assertThat(event("MPs voted along party lines during the vote\nYour support helps us to tell the story.",
                "vote").frame().name()).isEmpty();
    }

    @Test
    void aDateBeforeOrAfterTheNameIsNoPartOfIt() {
        Claim blaze = event("Police said the June 14 blaze killed 71 people.", "blaze");
        assertThat(blaze.frame().name()).isEmpty();
        assertThat(blaze.frame().edition()).isZero();
        assertThat(event("Musk completed the acquisition of Twitter on Thursday.", "acquisition").frame().name())
                .isEqualTo("twitter");
    }

    @Test
    void capitalsBeforeAVerbAreItsSubject() {
        List<Claim> events = claims("Elizabeth Holmes Sentenced To More Than 11 Years", "event");
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(c -> assertThat(c.frame().name()).doesNotContain("holmes"));
    }

    @Test
    void aTimeBeforeAnotherProperNameDatesThatName() {
        assertThat(event("Trump said the summit could formally end the 1950 Korean War.", "summit").frame().time())
                .isNull();
        assertThat(event("Delegates praised the 2018 Singapore summit.", "summit").frame().time().value())
                .isEqualTo("2018");
    }
}
