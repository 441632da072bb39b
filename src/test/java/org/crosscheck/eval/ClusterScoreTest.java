package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoreTest {

    private static Map<String, String> of(String... mentionCluster) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < mentionCluster.length; i += 2) {
            out.put(mentionCluster[i], mentionCluster[i + 1]);
        }
        return out;
    }

    @Test
    void aMentionMovedBetweenTwoEventsCostsEveryMetricByItsOwnMeasure() {
        // key {a,b,c} {d,e}; response {a,b} {c,d,e}
        ClusterScore s = ClusterScore.of(of("a", "K1", "b", "K1", "c", "K1", "d", "K2", "e", "K2"),
                of("a", "R1", "b", "R1", "c", "R2", "d", "R2", "e", "R2"));
        assertThat(s.muc().recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.muc().precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.bcub().recall()).isCloseTo(11.0 / 15, within(1e-9));
        assertThat(s.bcub().precision()).isCloseTo(11.0 / 15, within(1e-9));
        assertThat(s.ceafe().recall()).isCloseTo(0.8, within(1e-9));
        assertThat(s.ceafe().precision()).isCloseTo(0.8, within(1e-9));
        assertThat(s.conll()).isCloseTo((2.0 / 3 + 11.0 / 15 + 0.8) / 3, within(1e-9));
    }

    @Test
    void theKeyItselfScoresOne() {
        Map<String, String> key = of("a", "K1", "b", "K1", "c", "K2", "d", "K3");
        ClusterScore s = ClusterScore.of(key, key);
        assertThat(s.muc().f1()).isEqualTo(1.0);
        assertThat(s.bcub().f1()).isEqualTo(1.0);
        assertThat(s.ceafe().f1()).isEqualTo(1.0);
    }

    @Test
    void everythingInOneClusterHasFullMucRecallButLowPrecisionElsewhere() {
        ClusterScore s = ClusterScore.of(of("a", "K1", "b", "K1", "c", "K2", "d", "K2"),
                of("a", "R", "b", "R", "c", "R", "d", "R"));
        assertThat(s.muc().recall()).isEqualTo(1.0);
        assertThat(s.muc().precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.bcub().precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.bcub().recall()).isEqualTo(1.0);
        // one response entity aligned with one key entity: phi = 2*2/(2+4)
        assertThat(s.ceafe().recall()).isCloseTo((4.0 / 6) / 2, within(1e-9));
        assertThat(s.ceafe().precision()).isCloseTo(4.0 / 6, within(1e-9));
    }

    @Test
    void theAssignmentFindsTheBestMatchingOfARectangularMatrix() {
        double[][] w = {{0.1, 0.9, 0.0}, {0.8, 0.7, 0.0}};
        assertThat(Assignment.maximum(w)).isCloseTo(1.7, within(1e-9));
        double[][] tall = {{1.0}, {2.0}, {0.5}};
        assertThat(Assignment.maximum(tall)).isCloseTo(2.0, within(1e-9));
        double[][] greedyLoses = {{3, 2}, {3, 0}};
        assertThat(Assignment.maximum(greedyLoses)).isCloseTo(5.0, within(1e-9));
    }
}
