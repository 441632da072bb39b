package org.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.rules.RuleFixture.claim;
import static org.crosscheck.rules.RuleFixture.day;
import static org.crosscheck.rules.RuleFixture.month;
import static org.crosscheck.rules.RuleFixture.run;
import static org.crosscheck.rules.RuleFixture.withVerdict;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Finding;
import org.crosscheck.fact.Verdict;
import org.junit.jupiter.api.Test;

/** Guards against false alarms: running tolls, parts of a count, sides, rates, milestones, editions. */
class PrecisionGuardsTest {

    private static Claim toll(String source, String published, double n, String detail) {
        return claim(source, "earthquake:turkey:@2021", "count", Double.toString(n)).number(n).unit("dead")
                .qualifier("EXACT").detail(detail).kind("TALLY").published(published).build();
    }

    @Test
    void aTollThatRisesBetweenDaysIsAnUpdateForReview() {
        List<Finding> f = run(toll("a.txt", "2021-11-15", 12, ""), toll("b.txt", "2021-11-18", 41, ""));
        assertThat(withVerdict(f, Verdict.CONTRADICTION, "count")).isEmpty();
        assertThat(withVerdict(f, Verdict.NEEDS_REVIEW, "count")).hasSize(1);
    }

    @Test
    void twoTollsOfOneDayStillContradict() {
        List<Finding> f = run(toll("a.txt", "2021-11-19", 35, ""), toll("b.txt", "2021-11-19", 41, ""));
        assertThat(withVerdict(f, Verdict.CONTRADICTION, "count")).hasSize(1);
    }

    @Test
    void aPartIsComparedOnlyWithAnEqualNumber() {
        Claim part = claim("a.txt", "election:x:@2021", "count", "170").number(170).unit("votes").qualifier("EXACT")
                .detail("PART").build();
        Claim other = claim("b.txt", "election:x:@2021", "count", "257").number(257).unit("votes")
                .qualifier("EXACT").build();
        Claim same = claim("c.txt", "election:x:@2021", "count", "170").number(170).unit("votes")
                .qualifier("EXACT").build();
        List<Finding> f = run(part, other, same);
        assertThat(withVerdict(f, Verdict.CONTRADICTION, "count")).hasSize(1)
                .allSatisfy(x -> assertThat(x.a().detail() + x.b().detail()).doesNotContain("PART"));
        assertThat(withVerdict(f, Verdict.CONSISTENT, "count")).extracting(x -> x.a().number() + x.b().number())
                .containsExactly(340.0);
    }

    @Test
    void oneSidesCountIsNotTheTotal() {
        Claim side = claim("a.txt", "exercise:x", "count", "40").number(40).unit("troops").qualifier("EXACT")
                .detail("uzbekistan").build();
        Claim total = claim("b.txt", "exercise:x", "count", "150").number(150).unit("troops").qualifier("EXACT")
                .build();
        assertThat(run(side, total)).isEmpty();
    }

    @Test
    void agreedInPrincipleAndSignedAreDifferentMilestones() {
        Claim agreed = claim("a.txt", "agreement:a+b:free-trade", "date", "2021-06-15").time(day("2021-06-15"))
                .modality("AGREED").build();
        Claim signed = claim("b.txt", "agreement:a+b:free-trade", "date", "2021-12-17").time(day("2021-12-17"))
                .modality("SIGNED").build();
        Claim plain = claim("c.txt", "agreement:a+b:free-trade", "date", "2021-11").time(month(2021, 11)).build();
        List<Finding> f = run(agreed, signed, plain);
        assertThat(withVerdict(f, Verdict.CONTRADICTION, "date")).extracting(x -> x.b().source() + x.a().source())
                .allSatisfy(pair -> assertThat(pair).contains("c.txt")).hasSize(2);
    }

    @Test
    void twoEditionsOnTheSameDayAreOneOccurrenceNumberedTwice() {
        Claim third = claim("a.txt", "exercise:a+b:samudra-shakti#3", "date", "2021-09-20").time(day("2021-09-20"))
                .build();
        Claim fourth = claim("b.txt", "exercise:a+b:samudra-shakti#4", "date", "2021-09-20")
                .time(day("2021-09-20")).build();
        Claim earlier = claim("c.txt", "exercise:a+b:samudra-shakti#2", "date", "2019-09-20")
                .time(day("2019-09-20")).build();
        List<Finding> f = run(third, fourth, earlier);
        assertThat(withVerdict(f, Verdict.CONTRADICTION, "ordinal")).singleElement()
                .satisfies(x -> assertThat(x.valueA() + x.valueB()).contains("edition 3").contains("edition 4"));
    }
}
