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

    @Test
    void aPriceACurrencyOrADescribingAdjectiveIsNoName() {
        assertThat(event("India and Norland sign $5.43 billion S-400 missile deal.", "deal").frame().topic())
                .isEqualTo("s-400");
        assertThat(event("India and Norland signed the USD 5 billion S-400 air defence system deal.", "deal").frame()
                .topic()).isEqualTo("s-400");
        assertThat(event("India and Norland signed the USD 5 billion S-400 air defence system deal.", "signed")
                .frame().name()).isEmpty();
        assertThat(event("Norland signed a major defence deal.", "deal").frame().topic()).isEqualTo("defence");
        // "other" tells another set of accords from the one the article is about.
        assertThat(event("It was the only agreement not included with eight other agreements.", "agreements")
                .frame().topic()).isEqualTo("other");
    }

    @Test
    void theLastSuchEventIsAnotherOneAndKeepsItsTime() {
        String s = "It was the only agreement not announced, to avoid the row when the last such deal for Rafale "
                + "aircraft in 2015 was announced by the minister.";
        Claim deal = event(s, "deal");
        assertThat(deal.frame().other()).isTrue();
        assertThat(deal.frame().time().value()).isEqualTo("2015");
        assertThat(event(s, "agreement").frame().time()).isNull();
    }

    @Test
    void otherBeforeASumIsAnotherEvent() {
        assertThat(event("As Microsoft shells out $26.2bn on LinkedIn, what has become of its other $1bn plus "
                + "acquisitions?", "acquisitions").frame().other()).isTrue();
    }

    @Test
    void aRelativeClauseWithItsOwnSubjectBuysItsAntecedent() {
        assertThat(event("Microsoft also sees opportunities in Lynda.com, a channel for training videos that LinkedIn "
                + "bought for $1.5 billion last year.", "bought").frame().name()).isEqualTo("lynda");
    }

    @Test
    void aMonthEndingAPersonsNameIsPartOfIt() {
        assertThat(event("Brexit: Theresa May's deal is voted down in historic Commons defeat", "deal").frame().entities())
                .contains("theresa-may").doesNotContain("theresa");
        assertThat(event("Prime Minister Theresa May's Brexit deal has been rejected by 230 votes.", "deal").frame()
                .entities()).contains("theresa-may").noneMatch(e -> e.contains("minister"));
        assertThat(event("The Brexit May 29 vote was held in the Commons.", "vote").frame().entities())
                .contains("brexit").noneMatch(e -> e.contains("may"));
    }

    @Test
    void aUnitOfTimeSaysHowLongNotWhichEvent() {
        Claim project = event("Construction began in 1996, making this a 20 year project to complete.", "project");
        assertThat(project.frame().name()).doesNotContain("year");
        assertThat(project.frame().topic()).doesNotContain("year");
    }

    @Test
    void aNameBeforeAnAppositionNamesTheEventAfterIt() {
        Claim exercise = event("The armed forces of Norland and Estmark launched Iron Gate, their second joint exercise,"
                + " in Kazan.", "exercise");
        assertThat(exercise.frame().name()).isEqualTo("iron-gate");
        assertThat(exercise.frame().edition()).isEqualTo(2);
    }
}
