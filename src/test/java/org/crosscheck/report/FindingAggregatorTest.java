package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Finding;
import org.crosscheck.fact.Severity;
import org.crosscheck.fact.Verdict;
import org.junit.jupiter.api.Test;

class FindingAggregatorTest {
    private static final String RULE = "Two values conflict";

    private static Claim claim(int value, int origin) {
        String v = String.format(java.util.Locale.ROOT, "v%03d", value);
        return Claim.builder().source("s" + origin + ".txt").origin("o" + origin).subject("subject")
                .attribute("a").value(v).quote(v, 0, 4).sentence("It was " + v + ".").build();
    }

    private static Finding pair(Claim a, Claim b) {
        return Finding.pair(RULE, Verdict.CONTRADICTION, Severity.ERROR, "test", a, b, a.value(), b.value(),
                a.value() + " against " + b.value() + ".");
    }

    @Test
    void aSubjectWithManyValuesGetsOneRowPerFurtherValueNotOnePerPair() {
        int values = 200;
        // Values 0..39 are stated by three origins each, the rest by one: the forty best supported lead the ranking.
        List<List<Claim>> byValue = new ArrayList<>();
        int origin = 0;
        for (int v = 0; v < values; v++) {
            List<Claim> claims = new ArrayList<>();
            for (int k = 0; k < (v < 40 ? 3 : 1); k++) {
                claims.add(claim(v, origin++));
            }
            byValue.add(claims);
        }
        List<Finding> findings = new ArrayList<>();
        for (int x = 0; x < values; x++) {
            for (int y = x + 1; y < values; y++) {
                for (Claim a : byValue.get(x)) {
                    findings.add(pair(a, byValue.get(y).get(0)));
                }
            }
        }
        List<AuditRow> rows = FindingAggregator.aggregate(findings);
        int k = FindingAggregator.PAIRWISE_VALUES;
        assertThat(rows).hasSize(k * (k - 1) / 2 + values - k);
        Map<String, Integer> rowsOfValue = new HashMap<>();
        for (AuditRow r : rows) {
            rowsOfValue.merge(r.valueA(), 1, Integer::sum);
            rowsOfValue.merge(r.valueB(), 1, Integer::sum);
            assertThat(r.explanation()).endsWith("(" + values + " values of this subject for this rule: the pairs of "
                    + "the " + k + " stated by the most sources are listed, and each other value once, with its "
                    + "best-supported counterpart.)");
        }
        assertThat(rowsOfValue).hasSize(values);
        Set<String> best = new HashSet<>();
        for (int v = 0; v < k; v++) {
            best.add(String.format(java.util.Locale.ROOT, "v%03d", v));
        }
        for (AuditRow r : rows) {
            boolean a = best.contains(r.valueA());
            boolean b = best.contains(r.valueB());
            assertThat(a || b).as("every row holds a best-supported value").isTrue();
            if (a && b) {
                assertThat(r.supportA()).isEqualTo(3);
            }
        }
        for (int v = k; v < values; v++) {
            assertThat(rowsOfValue.get(String.format(java.util.Locale.ROOT, "v%03d", v))).isEqualTo(1);
        }
    }

    @Test
    void aFewValuesStillGetOneRowPerPair() {
        List<Finding> findings = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (int v = 0; v < 10; v++) {
            claims.add(claim(v, v));
        }
        for (int x = 0; x < 10; x++) {
            for (int y = x + 1; y < 10; y++) {
                findings.add(pair(claims.get(x), claims.get(y)));
            }
        }
        List<AuditRow> rows = FindingAggregator.aggregate(findings);
        assertThat(rows).hasSize(45).allSatisfy(r -> assertThat(r.explanation()).doesNotContain("values of this"));
    }

    private static Claim said(String source, String value, int start, String sentence) {
        return Claim.builder().source(source).origin(source).subject("subject").attribute("a").value(value)
                .quote(value, start, start + value.length()).sentence(sentence).published("2016-11-20").build();
    }

    @Test
    void aSideQuotesTheBodySentenceBeforeAHeadlineStatingTheSame() {
        Claim headline = said("s1.txt", "150", 30, "96 Dead & 150 Injured After A Train Derailed");
        Claim body = said("s1.txt", "150", 200, "A further 150 people were reported injured.");
        Claim bullets = said("s1.txt", "150", 400, "Reuters :\n* 150 injured\n* trains halted");
        Claim other = said("s2.txt", "200", 90, "More than 200 were injured.");
        List<Finding> findings = new ArrayList<>(List.of(pair(headline, other), pair(body, other)));
        List<AuditRow> rows = FindingAggregator.aggregate(findings);
        java.util.Collections.reverse(findings);
        assertThat(FindingAggregator.aggregate(findings)).isEqualTo(rows);
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.a()).isEqualTo(body));
        // A list of bullets read as one sentence is body text, and the earlier of two body claims is quoted.
        assertThat(FindingAggregator.aggregate(List.of(pair(bullets, other), pair(headline, other)))).singleElement()
                .satisfies(r -> assertThat(r.a()).isEqualTo(bullets));
        assertThat(FindingAggregator.aggregate(List.of(pair(bullets, other), pair(body, other)))).singleElement()
                .satisfies(r -> assertThat(r.a()).isEqualTo(body));
    }

    @Test
    void aCollapsedSetIsRepresentedByItsBodySentence() {
        Claim headline = said("s1.txt", "150", 30, "96 Dead & 150 Injured After A Train Derailed");
        Claim body = said("s1.txt", "150", 200, "A further 150 people were reported injured.");
        for (List<Claim> claims : List.of(List.of(headline, body), List.of(body, headline))) {
            org.crosscheck.group.ClaimGroups groups = org.crosscheck.group.ClaimGroups.of(claims);
            assertThat(groups.representatives()).containsExactly(body);
            org.crosscheck.group.ClaimGroups.Group g = groups.group(body);
            assertThat(g.first()).isEqualTo(body);
            assertThat(g.size()).isEqualTo(2);
            assertThat(groups.members(List.of(g), claims).get(g)).containsExactly(body, headline);
        }
    }
}
