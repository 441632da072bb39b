package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import org.junit.jupiter.api.Test;

/** "one" that introduces a speaker, ranks an event or opens an idiom counts nothing; "one" in a role does. */
class CountSpeakerTest {

    private static boolean countsOne(String text) {
        return claims(text, "count").stream().anyMatch(c -> c.number() == 1);
    }

    @Test
    void aSpeakerIsNoCount() {
        assertThat(countsOne("One witness said a baby was caught by a neighbour.")).isFalse();
        assertThat(countsOne("One student, Lim Hyung-min, told YTN he jumped into the sea.")).isFalse();
        assertThat(countsOne("One diver, who would not give his name, confirmed the plan.")).isFalse();
        assertThat(countsOne("\"Thank you,\" said one local woman.")).isFalse();
    }

    @Test
    void aRankOrAnIdiomIsNoCount() {
        assertThat(countsOne("It was one of the worst ferry disasters in decades.")).isFalse();
        assertThat(countsOne("The valley at one time supplied the world.")).isFalse();
    }

    @Test
    void oneInARoleStaysACount() {
        assertThat(countsOne("One person was killed and 12 were injured.")).isTrue();
        assertThat(countsOne("Only one injured passenger is critical, police said.")).isTrue();
        assertThat(countsOne("Police said 12 people were injured.")).isFalse();
    }
}
