package org.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.AuditResult;
import org.crosscheck.InlineAudit;
import org.crosscheck.fact.Verdict;
import org.crosscheck.report.AuditRow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The catalogue end to end on paraphrased articles of invented events: extraction, grouping and the shipped
 * rules together. Each case pairs a real disagreement with a look-alike that must not be flagged.
 */
class CatalogueParaphraseTest {

    private static List<AuditRow> rows(AuditResult r, Verdict verdict, String category) {
        return InlineAudit.rows(r, verdict, category);
    }

    @Nested
    class Dates {
        @Test
        void anAgreementSignedInDifferentYearsContradicts() {
            AuditResult r = InlineAudit.of(
                    "a.txt", "date 2021-06-10\n\nIndonesia and Turkey signed a naval cooperation agreement in March 2021.",
                    "b.txt", "date 2021-06-12\n\nIndonesia and Turkey signed the naval cooperation agreement in 2019.");
            assertThat(rows(r, Verdict.CONTRADICTION, "date")).singleElement()
                    .satisfies(row -> assertThat(row.explanation()).contains("2021-03").contains("2019"));
        }

        @Test
        void aMonthInsideTheYearIsCorroboration() {
            AuditResult r = InlineAudit.of(
                    "a.txt", "date 2021-06-10\n\nIndonesia and Turkey signed a naval cooperation agreement in March 2021.",
                    "b.txt", "date 2021-06-12\n\nThe naval cooperation agreement between Turkey and Indonesia was signed in 2021.");
            assertThat(rows(r, Verdict.CONTRADICTION, "date")).isEmpty();
            assertThat(rows(r, Verdict.CONSISTENT, "date")).hasSize(1);
        }
    }

    @Nested
    class Numbers {
        @Test
        void eachSideAgainstBothSidesContradicts() {
            AuditResult r = InlineAudit.of(
                    "a.txt", "date 2021-05-20\n\nSome 150 troops from each side took part in the Sea Shield exercise held by Indonesia and Turkey.",
                    "b.txt", "date 2021-05-21\n\nAbout 150 troops from both sides took part in the Sea Shield exercise held by Indonesia and Turkey.");
            assertThat(rows(r, Verdict.CONTRADICTION, "count")).hasSize(1);
        }

        @Test
        void thePartsAgreeWithAnApproximateTotal() {
            AuditResult r = InlineAudit.of(
                    "a.txt", "date 2021-05-20\n\nForty Indonesian troops joined 110 Turkish troops in the Sea Shield exercise.",
                    "b.txt", "date 2021-05-21\n\nAbout 150 troops from both sides took part in the Sea Shield exercise held by Indonesia and Turkey.");
            assertThat(rows(r, Verdict.CONTRADICTION, "count")).isEmpty();
        }

        @Test
        void wantedAndDeliveredAreDifferentStages() {
            AuditResult r = InlineAudit.of(
                    "a.txt", "date 2021-05-20\n\nTurkey has delivered four T-129 attack helicopters to Indonesia.",
                    "b.txt", "date 2021-05-21\n\nIndonesia, which is interested in purchasing up to 12 T-129 helicopters, held talks with Turkey.");
            assertThat(rows(r, Verdict.CONTRADICTION, "count")).isEmpty();
        }
    }

    @Nested
    class Designations {
        @Test
        void twoVariantsNeedReviewAndABareFamilyDoesNot() {
            AuditResult r = InlineAudit.of(
                    "a.txt", "date 2020-02-02\n\nRussia delivered six Su-30SM fighters to Kazakhstan last year.",
                    "b.txt", "date 2020-02-03\n\nKazakhstan received six Su-30MK2 fighters from Russia last year.",
                    "c.txt", "date 2020-02-04\n\nRussia sold Su-30 fighters to Kazakhstan.");
            assertThat(rows(r, Verdict.NEEDS_REVIEW, "designation")).singleElement().satisfies(row ->
                    assertThat(List.of(row.valueA(), row.valueB())).containsExactlyInAnyOrder("Su-30SM", "Su-30MK2"));
            assertThat(r.rows()).noneSatisfy(row -> assertThat(row.valueA() + row.valueB()).contains("Su-30 "));
        }

        @Test
        void wordingsOfOneVariantAreOneRowAndAReportingNameIsNoVariant() {
            AuditResult r = InlineAudit.of(
                    "a.txt", "date 2020-02-02\n\nRussia delivered six Su-30SM fighters to Kazakhstan last year.",
                    "b.txt", "date 2020-02-03\n\nKazakhstan received six Su-30MK2 fighters from Russia last year.",
                    "c.txt", "date 2020-02-04\n\nRussia delivered six SU-30 SM fighters to Kazakhstan last year.",
                    "d.txt", "date 2020-02-05\n\nKazakhstan received six Su-30MK2 \u2018Flanker\u2019 fighters from Russia.");
            assertThat(rows(r, Verdict.NEEDS_REVIEW, "designation")).singleElement().satisfies(row ->
                    assertThat(List.of(row.valueA(), row.valueB())).containsExactlyInAnyOrder("Su-30SM", "Su-30MK2"));
        }
    }

    @Nested
    class Places {
        @Test
        void theSameSummitInTwoCitiesContradictsButACityInItsCountryDoesNot() {
            AuditResult conflict = InlineAudit.of(
                    "a.txt", "date 2022-04-02\n\nThe summit between Egypt and Japan was held in Cairo on Friday.",
                    "b.txt", "date 2022-04-02\n\nThe summit between Egypt and Japan was held in Alexandria on Friday.");
            assertThat(rows(conflict, Verdict.CONTRADICTION, "place")).hasSize(1);
            AuditResult contained = InlineAudit.of(
                    "a.txt", "date 2022-04-02\n\nThe summit between Egypt and Japan was held in Cairo on Friday.",
                    "b.txt", "date 2022-04-02\n\nThe summit between Egypt and Japan was held in Egypt on Friday.");
            assertThat(rows(contained, Verdict.CONTRADICTION, "place")).isEmpty();
        }

        @Test
        void anExclusiveVenueAgainstASecondCity() {
            AuditResult r = InlineAudit.of(
                    "a.txt", "date 2022-04-02\n\nThe only venue of the summit between Egypt and Japan on Friday was Cairo.",
                    "b.txt", "date 2022-04-02\n\nThe summit between Egypt and Japan was held in Alexandria on Friday.");
            assertThat(rows(r, Verdict.CONTRADICTION, "place")).singleElement()
                    .satisfies(row -> assertThat(row.rule()).startsWith("An exclusive venue"));
        }
    }

    @Nested
    class StartsAndFirsts {
        @Test
        void sinceTheYearOfTheFirstExerciseIsConsistent() {
            AuditResult r = InlineAudit.of(
                    "a.txt", "date 2021-05-20\n\nIndonesia and Turkey have been holding joint naval drills, Sea Shield, since 2017.",
                    "b.txt", "date 2017-10-02\n\nLast month, Turkish sailors arrived in Indonesia for the first-ever joint Sea Shield naval exercise.");
            assertThat(r.rows()).anySatisfy(row -> {
                assertThat(row.verdict()).isEqualTo(Verdict.CONSISTENT);
                assertThat(row.category()).isEqualTo("start");
                assertThat(row.explanation()).contains("2017-09").contains("since 2017");
            });
            assertThat(rows(r, Verdict.CONTRADICTION, "start")).isEmpty();
        }

        @Test
        void sinceAYearAfterTheFirstExerciseContradicts() {
            AuditResult r = InlineAudit.of(
                    "a.txt", "date 2021-05-20\n\nIndonesia and Turkey have been holding joint naval drills, Sea Shield, since 2019.",
                    "b.txt", "date 2017-10-02\n\nLast month, Turkish sailors arrived in Indonesia for the first-ever joint Sea Shield naval exercise.");
            assertThat(rows(r, Verdict.CONTRADICTION, "start")).hasSize(1);
        }
    }

    @Nested
    class Titles {
        @Test
        void oneMinisterTwoPortfoliosOnOneDayContradictsButYearsApartDoesNot() {
            AuditResult sameDay = InlineAudit.of(
                    "a.txt", "date 2021-05-20\n\nForeign Minister Retno Marsudi met the delegation in Jakarta.",
                    "b.txt", "date 2021-05-20\n\nDefence Minister Retno Marsudi met the delegation in Jakarta.");
            assertThat(rows(sameDay, Verdict.CONTRADICTION, "title")).hasSize(1);
            AuditResult apart = InlineAudit.of(
                    "a.txt", "date 2015-05-20\n\nDefence Minister Retno Marsudi met the delegation in Jakarta.",
                    "b.txt", "date 2021-05-20\n\nForeign Minister Retno Marsudi met the delegation in Jakarta.");
            assertThat(rows(apart, Verdict.CONTRADICTION, "title")).isEmpty();
        }
    }
}
