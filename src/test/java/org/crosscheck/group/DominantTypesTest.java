package org.crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DominantTypesTest {
    @Test
    void aSideRemarkIsNoTypeOfTheEvent() {
        assertEquals(Set.of("referendum"), EventClusters.dominant(Map.of("referendum", 7, "election", 1)));
    }

    @Test
    void typesOfAThirdOfTheTopMentionsStay() {
        assertEquals(Set.of("vote", "debate"), EventClusters.dominant(Map.of("vote", 6, "debate", 2, "talks", 1)));
    }

    @Test
    void equallyMentionedTypesAllStay() {
        assertEquals(Set.of("agreement", "acquisition"),
                EventClusters.dominant(Map.of("agreement", 1, "acquisition", 1)));
    }

    @Test
    void noTypesGiveNone() {
        assertEquals(Set.of(), EventClusters.dominant(Map.of()));
    }
}
