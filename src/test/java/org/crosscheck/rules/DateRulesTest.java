package org.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.rules.RuleFixture.claim;
import static org.crosscheck.rules.RuleFixture.day;
import static org.crosscheck.rules.RuleFixture.run;
import static org.crosscheck.rules.RuleFixture.withVerdict;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Finding;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.fact.Verdict;
import org.junit.jupiter.api.Test;

/** dates.drl: near and far dates, fuzzy references, ranges compared by their ends, lengths against dates. */
class DateRulesTest {
    private static final String DRILL = "exercise:a+b:zapad@2017";

    private static Claim date(String source, TimeSpan t) {
        return claim(source, DRILL, "date", t.value()).time(t).build();
    }

    private static TimeSpan range(String from, String to) {
        return new TimeSpan(from, LocalDate.parse(from), LocalDate.parse(to), "DAY");
    }

    @Test
    void datesAWeekApartAreForReviewFartherApartAContradiction() {
        List<Finding> near = run(date("a.txt", day("2017-09-14")), date("b.txt", day("2017-09-16")));
        assertThat(withVerdict(near, Verdict.CONTRADICTION, "date")).isEmpty();
        assertThat(withVerdict(near, Verdict.NEEDS_REVIEW, "date")).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("2 days apart"));
        List<Finding> far = run(date("a.txt", day("2023-08-03")), date("b.txt", day("2023-08-23")));
        assertThat(withVerdict(far, Verdict.CONTRADICTION, "date")).hasSize(1);
    }

    @Test
    void aFuzzyReferenceDatesNothing() {
        TimeSpan now = new TimeSpan("PRESENT_REF", LocalDate.parse("2017-09-22"), LocalDate.parse("2017-09-22"), "REF");
        assertThat(run(date("a.txt", day("2017-09-01")), date("b.txt", now))).isEmpty();
    }

    @Test
    void rangesAreComparedByTheirEnds() {
        List<Finding> f = run(date("a.txt", range("2021-05-03", "2021-05-14")),
                date("b.txt", range("2021-05-03", "2021-05-17")));
        assertThat(withVerdict(f, Verdict.CONTRADICTION, "date")).singleElement()
                .satisfies(x -> assertThat(x.explanation()).contains("2021-05-14").contains("2021-05-17"));
        assertThat(withVerdict(run(date("a.txt", range("2017-09-14", "2017-09-20")),
                date("b.txt", range("2017-09-14", "2017-09-20"))), Verdict.CONSISTENT, "date")).hasSize(1);
        // A day inside a range is one of its phases.
        assertThat(withVerdict(run(date("a.txt", range("2017-09-14", "2017-09-20")),
                date("b.txt", day("2017-09-16"))), Verdict.CONSISTENT, "date")).hasSize(1);
    }

    @Test
    void aLengthOfTimeIsCheckedAgainstTheRangeOfItsEvent() {
        Claim sixDays = claim("a.txt", DRILL, "duration", "P6D").number(6).resolution(1).unit("day:exercise")
                .qualifier("EXACT").build();
        Claim sevenDays = claim("c.txt", DRILL, "duration", "P7D").number(7).resolution(1).unit("day")
                .qualifier("EXACT").build();
        Claim ofDebate = claim("d.txt", DRILL, "duration", "P2D").number(2).resolution(1).unit("day:debate")
                .qualifier("EXACT").build();
        List<Finding> f = run(sixDays, sevenDays, ofDebate, date("b.txt", range("2017-09-14", "2017-09-20")));
        assertThat(f).filteredOn(x -> x.rule().startsWith("A length of time")).singleElement()
                .satisfies(x -> assertThat(x.explanation()).contains("P6D").contains("spans 7 days"));
    }

    private static Claim clock(String source, int minutes, int resolution, String qualifier, String unit) {
        return claim(source, "meeting:a+b:summit", "clock", minutes / 60 + ":" + minutes % 60).number(minutes)
                .resolution(resolution).qualifier(qualifier).unit(unit).kind("TIME").build();
    }

    @Test
    void timesOfDayThatNoMinuteFitsAreForReview() {
        List<Finding> f = run(clock("a.txt", 510, 10, "ABOUT", "clock"), clock("b.txt", 535, 5, "ABOUT", "clock"));
        assertThat(withVerdict(f, Verdict.CONTRADICTION, "time")).isEmpty();
        assertThat(withVerdict(f, Verdict.NEEDS_REVIEW, "time")).hasSize(1);
        assertThat(withVerdict(run(clock("a.txt", 190, 10, "EXACT", "clock"), clock("b.txt", 180, 60, "ABOUT",
                "clock")), Verdict.CONSISTENT, "time")).hasSize(1);
        // A reference zone is not the local time.
        assertThat(run(clock("a.txt", 1140, 60, "ABOUT", "clock:gmt"), clock("b.txt", 1158, 1, "EXACT", "clock")))
                .isEmpty();
    }
}
