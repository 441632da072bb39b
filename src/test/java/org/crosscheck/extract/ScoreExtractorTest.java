package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** Scores of a match phase: read beside their phase, larger number first; running and unphased scores are not. */
class ScoreExtractorTest {

    private static List<String> scores(String text) {
        return claims(text, "score").stream().map(c -> c.value() + " " + c.detail()).toList();
    }

    @Test
    void aScoreBesideItsPhase() {
        assertThat(scores("Argentina beat France 4-2 on penalties.")).containsExactly("4-2 shootout");
        assertThat(scores("Argentina won the shootout 4-2 after a 3-3 draw after extra time."))
                .containsExactly("4-2 shootout", "3-3 extra time");
        assertThat(scores("They led 2-0 at half-time.")).containsExactly("2-0 half-time");
        assertThat(scores("France lost 2-4 on penalties.")).containsExactly("4-2 shootout");
    }

    @Test
    void aRunningOrUnphasedScoreIsNotRead() {
        assertThat(scores("France recovered from 2-0 down to send the game to extra time.")).isEmpty();
        assertThat(scores("The game ended 2-2 and went to extra time.")).isEmpty();
        assertThat(scores("Argentina sealed a 4-2 win.")).isEmpty();
    }

    @Test
    void otherDashedNumbersAreNoScores() {
        assertThat(scores("The drills ran on 14-20 September, before the half-time show.")).isEmpty();
        assertThat(scores("The LVM-3 rocket flew after the half-time break.")).isEmpty();
        List<Claim> none = claims("Turnout was 84-86% at half-time.", "score");
        assertThat(none).isEmpty();
    }
}
