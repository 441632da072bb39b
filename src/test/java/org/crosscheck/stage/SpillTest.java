package org.crosscheck.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.TimeSpan;
import org.junit.jupiter.api.Test;

class SpillTest {
    private static Claim claim(int i) {
        return Claim.builder().source("s" + (i / 7) + ".txt").origin("o" + (i / 7)).subject("event:" + (i % 13))
                .attribute("date").value("2016-11-" + (10 + i % 20)).quote("Nov " + i, i, i + 6)
                .sentence("It happened on Nov " + i + ".").time(new TimeSpan("2016-11", java.time.LocalDate.of(2016, 11, 1), java.time.LocalDate.of(2016, 11, 30), "month")).number(i % 3 == 0 ? i : Double.NaN)
                .build();
    }

    @Test
    void recordsWrittenFromManyThreadsAreReadBackByTheirOffsets() {
        Map<Long, List<Claim>> written = new ConcurrentHashMap<>();
        try (Spill spill = Spill.create("test")) {
            IntStream.range(0, 500).parallel().forEach(a -> {
                List<Claim> claims = new ArrayList<>();
                for (int i = 0; i < a % 9; i++) {
                    claims.add(claim(a * 10 + i));
                }
                written.put(spill.append(new ArrayList<>(claims)), claims);
            });
            assertThat(written).hasSize(500);
            written.entrySet().parallelStream().forEach(e ->
                    assertThat(spill.<List<Claim>>read(e.getKey())).isEqualTo(e.getValue()));
            assertThat(spill.bytes()).isPositive();
        }
    }

    @Test
    void spilledClaimsAreTheListInOrderWhetherWalkedOrIndexed() {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 3 * SpilledClaims.BLOCK + 17; i++) {
            claims.add(claim(i));
        }
        SpilledClaims spilled = SpilledClaims.of(claims, 2);
        assertThat(spilled).hasSize(claims.size());
        assertThat(new ArrayList<>(spilled)).isEqualTo(claims);
        assertThat(spilled.stream().map(Claim::id).toList()).isEqualTo(claims.stream().map(Claim::id).toList());
        for (int i : new int[] {0, SpilledClaims.BLOCK - 1, SpilledClaims.BLOCK, claims.size() - 1, 5}) {
            assertThat(spilled.get(i)).isEqualTo(claims.get(i));
        }
        assertThat(SpilledClaims.of(List.of(), 1)).isEmpty();
        assertThat(spilled.bytes()).isPositive();
    }
}
