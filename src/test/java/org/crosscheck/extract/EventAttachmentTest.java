package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** Which event a time attaches to, and what a verb's proper-name object says of its event. */
class EventAttachmentTest {

    private static Claim event(String text, String word) {
        return claims(text, "event").stream().filter(c -> c.quote().equalsIgnoreCase(word)).findFirst().orElseThrow();
    }

    @Test
    void aTimeRightAfterAnotherEventWordDatesThatEventNotAFartherOne() {
        String text = "MPs voted at the end of eight days of debate following the EU referendum of 2016.";
        assertThat(event(text, "referendum").frame().time().value()).isEqualTo("2016");
        assertThat(event(text, "debate").frame().time()).isNull();
        assertThat(event(text, "voted").frame().time()).isNull();
    }

    @Test
    void aTimeOfWhatTheEventIsMeasuredAgainstDatesNothing() {
        assertThat(event("Defeat by 230 votes was the biggest in history, outstripping Labour in 1924.", "votes")
                .frame().time()).isNull();
        assertThat(event("The crowd at the march was bigger than in 2003.", "march").frame().time()).isNull();
        // "more than" before a figure compares the figure, not the time.
        assertThat(event("Holmes was sentenced to more than 11 years in prison in 2022.", "sentenced").frame()
                .time().value()).isEqualTo("2022");
    }

    @Test
    void aListedWordWhoseRowDoesNotApplyIsStillReadThroughWordNet() {
        // "buy" has a row for arms transfers that needs equipment; buying a company is an acquisition.
        Claim buy = event("Microsoft will buy LinkedIn for $26.2 billion in cash.", "buy");
        assertThat(buy.value()).isEqualTo("acquisition");
    }

    @Test
    void aProperNameObjectNamesAOneOffVerbEvent() {
        assertThat(event("Microsoft will buy LinkedIn for $26.2 billion in cash.", "buy").frame().name())
                .isEqualTo("linkedin");
        assertThat(event("Microsoft acquired Skype for $8.5 billion in 2011.", "acquired").frame().name())
                .isEqualTo("skype");
        // A recurring event is not named by its object, and a country object is a participant.
        Claim visit = event("Putin visited India in October.", "visited");
        assertThat(visit.frame().name()).isEmpty();
    }
}
