package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.AuditResult;
import org.crosscheck.InlineAudit;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Verdict;
import org.junit.jupiter.api.Test;

/** The time extractor and the single-source time checks of rules/time.drl, on paraphrases. */
class TimeExtractorTest {

    @Test
    void everyTimeExpressionBecomesADatedClaimWithExactOffsets() {
        String text = "date 2019-08-20\n\nThe forum will take place in September. Officials met in June.";
        AuditResult r = InlineAudit.of("a.txt", text);
        assertThat(r.claims()).filteredOn(c -> c.attribute().equals("time")).extracting(Claim::value, Claim::modality)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2019-09", "EXPECTED"),
                        org.assertj.core.groups.Tuple.tuple("2019-06", "HAPPENED"));
        for (Claim c : r.claims()) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.quote());
        }
    }

    @Test
    void weekdayGlossedAsTodayMustBeThePublicationWeekday() {
        AuditResult wrong = InlineAudit.of("a.txt", "date 2018-03-07\n\nThe minister told reporters on Monday (today) that talks would resume.");
        assertThat(InlineAudit.rows(wrong, Verdict.CONTRADICTION, "time")).singleElement()
                .satisfies(row -> assertThat(row.explanation()).contains("monday").contains("2018-03-07").contains("wednesday"));
        AuditResult right = InlineAudit.of("a.txt", "date 2018-03-07\n\nThe minister told reporters on Wednesday (today) that talks would resume.");
        assertThat(InlineAudit.rows(right, Verdict.CONTRADICTION, "time")).isEmpty();
    }

    @Test
    void weekdayBeforeAnExplicitDateMustMatchIt() {
        AuditResult wrong = InlineAudit.of("a.txt", "date 2018-03-10\n\nThe accord was signed on Tuesday, March 5, 2018 in Lima.");
        assertThat(InlineAudit.rows(wrong, Verdict.CONTRADICTION, "time")).hasSize(1);
        AuditResult right = InlineAudit.of("a.txt", "date 2018-03-10\n\nThe accord was signed on Monday, March 5, 2018 in Lima.");
        assertThat(InlineAudit.rows(right, Verdict.CONTRADICTION, "time")).isEmpty();
    }

    @Test
    void pastStatementDatedAfterPublicationNeedsReviewButAFutureOneDoesNot() {
        AuditResult past = InlineAudit.of("a.txt", "date 2018-03-07\n\nThe treaty was ratified in May 2019 by both parliaments.");
        assertThat(InlineAudit.rows(past, Verdict.NEEDS_REVIEW, "time")).singleElement()
                .satisfies(row -> assertThat(row.explanation()).contains("2019-05").contains("2018-03-07"));
        AuditResult future = InlineAudit.of("a.txt", "date 2018-03-07\n\nThe treaty will be ratified in May 2019.");
        assertThat(InlineAudit.rows(future, Verdict.NEEDS_REVIEW, "time")).isEmpty();
    }

    @Test
    void aLengthOfTimeTheSentenceLooksForwardAtIsExpectedUnlessItSaysHowLongSomethingHasGoneOn() {
        AuditResult ahead = InlineAudit.of("a.txt", "date 2019-08-20\n\nThe drill will last six days.");
        assertThat(ahead.claims()).filteredOn(c -> c.attribute().equals("duration")).extracting(Claim::modality)
                .isNotEmpty().containsOnly("EXPECTED");
        AuditResult past = InlineAudit.of("a.txt", "date 2019-08-20\n\nThe officials met in June.");
        assertThat(past.claims()).filteredOn(c -> c.attribute().equals("duration")).isEmpty();
        AuditResult gone = InlineAudit.of("a.txt", "date 2019-08-20\n\nThe firm has been negotiating for months and will sell the plant.");
        assertThat(gone.claims()).filteredOn(c -> c.attribute().equals("duration")).extracting(Claim::modality)
                .isNotEmpty().containsOnly("HAPPENED");
        AuditResult lasted = InlineAudit.of("a.txt", "date 2019-08-20\n\nThe strike lasted three days.");
        assertThat(lasted.claims()).filteredOn(c -> c.attribute().equals("duration")).extracting(Claim::modality)
                .isNotEmpty().containsOnly("HAPPENED");
    }
}
