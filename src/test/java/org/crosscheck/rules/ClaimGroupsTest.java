package org.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Finding;
import org.crosscheck.group.ClaimGroups;
import org.crosscheck.report.AuditRow;
import org.crosscheck.report.FindingAggregator;
import org.junit.jupiter.api.Test;

/** Collapsing identical claims must give the rules' report rows exactly as if every claim had been inserted. */
class ClaimGroupsTest {

    @Test
    void collapsedClaimsGiveTheSameRowsQuotesAndSupportAsAllClaims() {
        List<Claim> claims = new ArrayList<>();
        // 40 sources date one event alike, two of them reposts of a third; 3 give another year; one source states
        // both values (so the pair with itself must not count); a different-variant designation pair.
        for (int i = 0; i < 40; i++) {
            String origin = i < 3 ? "s00" : String.format("s%02d", i);
            claims.add(date(String.format("s%02d", i), origin, "2018-03-02", "2018-03-0" + (3 + i % 5)));
        }
        for (int i = 0; i < 3; i++) {
            claims.add(date(String.format("t%02d", i), String.format("t%02d", i), "2017-03-02", "2018-03-04"));
        }
        claims.add(date("s05", "s05", "2017-03-02", "2018-03-04"));
        claims.add(date("u00", "u00", "2016-01-01", "2016-01-02"));
        claims.add(date("u00", "u00", "2016-01-03", "2016-01-02"));
        for (int i = 0; i < 10; i++) {
            String written = i < 7 ? "Su-30SM" : "Su-30MKI";
            claims.add(RuleFixture.claim("d" + i, "Su-30", "designation", "Su-30").detail(i < 7 ? "SM" : "MKI")
                    .origin("d" + i).published("2018-03-0" + (1 + i % 3)).quote(written, i, i + written.length()).build());
        }

        List<AuditRow> all = FindingAggregator.aggregate(RuleFixture.run(claims.toArray()));
        ClaimGroups groups = ClaimGroups.of(claims);
        assertThat(groups.representatives().size()).isLessThan(claims.size() / 2);
        List<Finding> collapsed = RuleFixture.run(groups.representatives().toArray());
        List<AuditRow> rows = FindingAggregator.aggregate(collapsed, groups::support);

        assertThat(rows).hasSameSizeAs(all).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            AuditRow x = all.get(i);
            AuditRow y = rows.get(i);
            assertThat(y.id()).isEqualTo(x.id());
            // A symmetric rule pairs claims by id, and a row is turned to its explanation's order when no finding
            // of it has the smaller value first; other representatives may meet the pair the other way round, so
            // the row may come turned: the same two sides, each with its support (ExplanationOrderTest checks that
            // the explanation follows the columns).
            boolean turned = x.b() != null && !y.a().id().equals(x.a().id());
            Claim xa = turned ? x.b() : x.a();
            Claim xb = turned ? x.a() : x.b();
            int supportA = turned ? x.supportB() : x.supportA();
            int supportB = turned ? x.supportA() : x.supportB();
            assertThat(y.a().id()).as(x.rule()).isEqualTo(xa.id());
            assertThat(y.b() == null ? null : y.b().id()).as(x.rule()).isEqualTo(xb == null ? null : xb.id());
            if (x.b() != null && x.valueA().equals(x.valueB())) {
                // A value meeting itself: with every claim inserted, the claim of the highest id is never side a
                // (rules fire once per pair, id > $a.id), so each side misses one source; collapsed, both sides
                // count every origin stating the value.
                assertThat(y.supportA()).isBetween(supportA, supportA + 1);
                assertThat(y.supportB()).isBetween(supportB, supportB + 1);
            } else {
                assertThat(y.supportA()).as(x.rule() + " " + x.valueA()).isEqualTo(supportA);
                assertThat(y.supportB()).as(x.rule() + " " + x.valueB()).isEqualTo(supportB);
            }
        }
    }

    private static Claim date(String source, String origin, String day, String published) {
        return RuleFixture.claim(source, "meeting-12", "date", day).time(RuleFixture.day(day)).origin(origin)
                .published(published).build();
    }
}
