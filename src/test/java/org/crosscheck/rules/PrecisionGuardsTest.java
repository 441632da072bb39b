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
    void aTollThatRisesInALaterReportIsAnUpdate() {
        List<Finding> f = run(toll("a.txt", "2021-11-15", 12, ""), toll("b.txt", "2021-11-18", 41, ""));
        assertThat(withVerdict(f, Verdict.CONTRADICTION, "count")).isEmpty();
        assertThat(withVerdict(f, Verdict.NEEDS_REVIEW, "count")).isEmpty();
    }

    @Test
    void aTollThatFallsInALaterReportIsForReview() {
        List<Finding> f = run(toll("a.txt", "2021-11-15", 79, ""), toll("b.txt", "2021-11-18", 71, ""));
        assertThat(withVerdict(f, Verdict.CONTRADICTION, "count")).isEmpty();
        assertThat(withVerdict(f, Verdict.NEEDS_REVIEW, "count")).singleElement()
                .satisfies(x -> assertThat(x.rule()).contains("lower running toll"));
    }

    @Test
    void twoTollsOfOneDayAreForReview() {
        List<Finding> f = run(toll("a.txt", "2021-11-19", 35, ""), toll("b.txt", "2021-11-19", 41, ""));
        assertThat(withVerdict(f, Verdict.CONTRADICTION, "count")).isEmpty();
        assertThat(withVerdict(f, Verdict.NEEDS_REVIEW, "count")).singleElement()
                .satisfies(x -> assertThat(x.rule()).isEqualTo("Reports of one day give different running tolls"));
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
    void forecastsThatDifferAreForReviewNotAContradiction() {
        Claim official = claim("a.txt", "exercise:x", "count", "12700").number(12700).unit("personnel")
                .qualifier("ABOUT").modality("EXPECTED").build();
        Claim estimate = claim("b.txt", "exercise:x", "count", "100000").number(100000).unit("personnel")
                .qualifier("ABOUT").modality("EXPECTED").build();
        List<Finding> findings = run(official, estimate);
        assertThat(withVerdict(findings, Verdict.CONTRADICTION, "count")).isEmpty();
        assertThat(withVerdict(findings, Verdict.NEEDS_REVIEW, "count")).hasSize(1);
        Claim held = claim("c.txt", "exercise:x", "count", "12700").number(12700).unit("personnel")
                .qualifier("ABOUT").build();
        Claim other = claim("d.txt", "exercise:x", "count", "100000").number(100000).unit("personnel")
                .qualifier("ABOUT").build();
        assertThat(withVerdict(run(held, other), Verdict.CONTRADICTION, "count")).hasSize(1);
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

    private static Claim crowd(String source, double n, String attribution) {
        return claim(source, "protest:china:@2019", "count", Double.toString(n)).number(n).resolution(1000)
                .unit("participants").qualifier("EXACT").attribution(attribution).build();
    }

    @Test
    void figuresOfTwoDifferentPartiesAreReportedDisagreement() {
        List<Finding> f = run(crowd("a.txt", 2_000_000, "organisers"), crowd("b.txt", 338_000, "police"));
        assertThat(withVerdict(f, Verdict.CONTRADICTION, "count")).isEmpty();
        assertThat(withVerdict(f, Verdict.NEEDS_REVIEW, "count")).singleElement()
                .satisfies(x -> assertThat(x.explanation()).contains("according to organisers")
                        .contains("according to police"));
        // The same party, or one side in the article's own voice, still contradicts.
        assertThat(withVerdict(run(crowd("a.txt", 2_000_000, "police"), crowd("b.txt", 338_000, "police")),
                Verdict.CONTRADICTION, "count")).hasSize(1);
        assertThat(withVerdict(run(crowd("a.txt", 2_000_000, ""), crowd("b.txt", 338_000, "police")),
                Verdict.CONTRADICTION, "count")).hasSize(1);
    }

    private static Claim length(String source, String iso, double days) {
        return claim(source, "debate:united-kingdom:brexit", "duration", iso).number(days).resolution(1)
                .unit("day:debate").qualifier("EXACT").build();
    }

    @Test
    void differentLengthsOfTimeAreForReview() {
        List<Finding> f = run(length("a.txt", "P8D", 8), length("b.txt", "P5D", 5));
        assertThat(withVerdict(f, Verdict.CONTRADICTION, "duration")).isEmpty();
        assertThat(withVerdict(f, Verdict.NEEDS_REVIEW, "duration")).singleElement()
                .satisfies(x -> assertThat(x.explanation()).contains("P8D").contains("P5D"));
        assertThat(withVerdict(run(length("a.txt", "P8D", 8), length("b.txt", "P8D", 8)), Verdict.CONSISTENT,
                "duration")).hasSize(1);
    }

    @Test
    void aRoundedSumAgreesWithItsExactValue() {
        Claim rounded = claim("a.txt", "project:india:moon", "money", "6000000000 INR").number(6e9).resolution(1e9)
                .unit("INR").qualifier("EXACT").kind("MONEY").build();
        Claim exact = claim("b.txt", "project:india:moon", "money", "6150000000 INR").number(6.15e9)
                .resolution(1e7).unit("INR").qualifier("EXACT").kind("MONEY").build();
        Claim other = claim("c.txt", "project:india:moon", "money", "6500000000 INR").number(6.5e9)
                .resolution(1e8).unit("INR").qualifier("EXACT").kind("MONEY").build();
        List<Finding> f = run(rounded, exact, other);
        assertThat(withVerdict(f, Verdict.CONTRADICTION, "money")).singleElement()
                .satisfies(x -> assertThat(x.a().source() + x.b().source()).contains("b.txt").contains("c.txt"));
    }
}
