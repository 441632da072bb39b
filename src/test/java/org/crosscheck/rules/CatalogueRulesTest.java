package org.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.rules.RuleFixture.claim;
import static org.crosscheck.rules.RuleFixture.day;
import static org.crosscheck.rules.RuleFixture.month;
import static org.crosscheck.rules.RuleFixture.run;
import static org.crosscheck.rules.RuleFixture.withVerdict;
import static org.crosscheck.rules.RuleFixture.year;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Finding;
import org.crosscheck.fact.SourceInfo;
import org.crosscheck.fact.Verdict;
import org.crosscheck.fact.Within;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One nested class per catalogue entry of rules/*.drl, over claims built by hand. */
class CatalogueRulesTest {

    @Nested
    class Dates {
        @Test
        void monthInsideYearIsConsistentNotAContradiction() {
            List<Finding> f = run(claim("a.txt", "agreement:x", "date", "Nov 2014").time(month(2014, 11)).build(),
                    claim("b.txt", "agreement:x", "date", "in 2014").time(year(2014)).build());
            assertThat(withVerdict(f, Verdict.CONTRADICTION, "date")).isEmpty();
            assertThat(withVerdict(f, Verdict.CONSISTENT, "date")).singleElement()
                    .satisfies(x -> assertThat(x.explanation()).contains("2014-11").contains("overlap"));
        }

        @Test
        void aDateInferredFromAnotherSourceIsNoCorroboration() {
            // b.txt's publication year was inferred from a.txt's sentence: agreeing with it proves nothing
            List<Finding> f = run(claim("a.txt", "visit:x", "date", "in 2014").time(year(2014)).build(),
                    claim("b.txt", "visit:x", "date", "on Thursday").time(day("2014-11-20")).build(),
                    new SourceInfo("a.txt", "a.txt", "2016-12-14", ""),
                    new SourceInfo("b.txt", "b.txt", "2014-11-20", "", "a.txt"));
            assertThat(withVerdict(f, Verdict.CONSISTENT, "date")).isEmpty();
            // nor from a third source: b.txt's relative dates restate the day c.txt gave it
            List<Finding> third = run(claim("a.txt", "visit:x", "date", "in 2014").time(year(2014)).build(),
                    claim("b.txt", "visit:x", "date", "on Thursday").time(day("2014-11-20")).build(),
                    new SourceInfo("a.txt", "a.txt", "2016-12-14", ""),
                    new SourceInfo("b.txt", "b.txt", "2014-11-20", "", "c.txt"));
            assertThat(withVerdict(third, Verdict.CONSISTENT, "date")).isEmpty();
            List<Finding> independent = run(claim("a.txt", "visit:x", "date", "in 2014").time(year(2014)).build(),
                    claim("b.txt", "visit:x", "date", "on Thursday").time(day("2014-11-20")).build(),
                    new SourceInfo("a.txt", "a.txt", "2016-12-14", ""),
                    new SourceInfo("b.txt", "b.txt", "2014-11-20", ""));
            assertThat(withVerdict(independent, Verdict.CONSISTENT, "date")).hasSize(1);
        }

        @Test
        void disjointDatesOfOneEventContradict() {
            List<Finding> f = run(claim("a.txt", "visit:x", "date", "in 2014").time(year(2014)).build(),
                    claim("b.txt", "visit:x", "date", "in 2015").time(year(2015)).build());
            assertThat(withVerdict(f, Verdict.CONTRADICTION, "date")).singleElement()
                    .satisfies(x -> assertThat(x.explanation()).contains("share no day"));
        }

        @Test
        void sameSourceDifferentEventsOrProspectiveClaimsAreNotCompared() {
            assertThat(run(claim("a.txt", "visit:x", "date", "2014").time(year(2014)).build(),
                    claim("a.txt", "visit:x", "date", "2015").time(year(2015)).build())).isEmpty();
            assertThat(run(claim("a.txt", "visit:x", "date", "2014").time(year(2014)).build(),
                    claim("b.txt", "visit:y", "date", "2015").time(year(2015)).build())).isEmpty();
            assertThat(run(claim("a.txt", "deal:x", "date", "2014").time(year(2014)).modality("EXPECTED").build(),
                    claim("b.txt", "deal:x", "date", "2015").time(year(2015)).build())).isEmpty();
        }

        @Test
        void copiesOfOneArticleNeverContradictEachOther() {
            assertThat(run(claim("a.txt", "visit:x", "date", "2014").time(year(2014)).build(),
                    claim("a-copy.txt", "visit:x", "date", "2015").time(year(2015)).origin("a.txt").build())).isEmpty();
        }
    }

    @Nested
    class Numbers {
        private Claim count(String source, double n, String qualifier, String detail, String modality) {
            return claim(source, "exercise:x", "count", Double.toString(n)).number(n).unit("troops")
                    .qualifier(qualifier).detail(detail).modality(modality).build();
        }

        @Test
        void aboutTotalAgreesWithTheSumOfItsParts() {
            List<Finding> f = run(count("a.txt", 150, "ABOUT", "TOTAL", "HAPPENED"),
                    count("b.txt", 150, "EXACT", "TOTAL", "HAPPENED"));
            assertThat(withVerdict(f, Verdict.CONTRADICTION, "count")).isEmpty();
            assertThat(withVerdict(f, Verdict.CONSISTENT, "count")).hasSize(1);
        }

        @Test
        void eachSideDoublesTheTotal() {
            List<Finding> f = run(count("a.txt", 150, "EXACT", "EACH", "HAPPENED"),
                    count("b.txt", 150, "ABOUT", "TOTAL", "HAPPENED"));
            assertThat(withVerdict(f, Verdict.CONTRADICTION, "count")).singleElement()
                    .satisfies(x -> assertThat(x.valueA() + x.valueB()).contains("each side"));
        }

        @Test
        void oneSidesShareIsNotComparedWithATotal() {
            assertThat(run(count("a.txt", 40, "EXACT", "indonesia", "HAPPENED"),
                    count("b.txt", 150, "ABOUT", "TOTAL", "HAPPENED"))).isEmpty();
            assertThat(withVerdict(run(count("a.txt", 40, "EXACT", "indonesia", "HAPPENED"),
                    count("b.txt", 90, "EXACT", "indonesia", "HAPPENED")), Verdict.CONTRADICTION, "count")).hasSize(1);
        }

        @Test
        void upToTwentyWantedIsNotComparedWithFourDelivered() {
            List<Finding> f = run(count("a.txt", 4, "EXACT", "", "DELIVERED"),
                    count("b.txt", 20, "UP_TO", "", "INTENDED"));
            assertThat(f).isEmpty();
        }

        @Test
        void upToTwentyAtTheSameStageAllowsFour() {
            assertThat(withVerdict(run(count("a.txt", 4, "EXACT", "", "HAPPENED"),
                    count("b.txt", 20, "UP_TO", "", "HAPPENED")), Verdict.CONTRADICTION, "count")).isEmpty();
            assertThat(withVerdict(run(count("a.txt", 24, "EXACT", "", "HAPPENED"),
                    count("b.txt", 20, "UP_TO", "", "HAPPENED")), Verdict.CONTRADICTION, "count")).hasSize(1);
        }
    }

    @Nested
    class Designations {
        private Claim designation(String source, String family, String variant) {
            return claim(source, "transfer:x", "designation", family).detail(variant).build();
        }

        @Test
        void differentVariantsOfOneFamilyNeedReview() {
            List<Finding> f = run(designation("a.txt", "Su-30", "MKI"), designation("b.txt", "Su-30", "SM"));
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
                assertThat(x.severity().name()).isEqualTo("WARNING");
            });
        }

        @Test
        void aBareFamilyIsALessSpecificMentionNotAConflict() {
            assertThat(run(designation("a.txt", "Su-30", "MKI"), designation("b.txt", "Su-30", ""))).isEmpty();
            assertThat(run(designation("a.txt", "Su-30", "MKI"), designation("b.txt", "Su-30", "MKI"))).isEmpty();
        }
    }

    @Nested
    class Places {
        private Claim venue(String source, String place) {
            return venue(source, place, "city");
        }

        private Claim venue(String source, String place, String kind) {
            return claim(source, "forum:x", "place", place).detail("venue").unit(kind).build();
        }

        @Test
        void differentVenuesContradict() {
            assertThat(withVerdict(run(venue("a.txt", "Geneva"), venue("b.txt", "Vienna")), Verdict.CONTRADICTION,
                    "place")).hasSize(1);
        }

        @Test
        void venuesOfDifferentLevelsOrUnknownKindsDoNotContradict() {
            assertThat(withVerdict(run(venue("a.txt", "Capella", "venue"), venue("b.txt", "Singapore", "country")),
                    Verdict.CONTRADICTION, "place")).isEmpty();
            assertThat(withVerdict(run(venue("a.txt", "Lepelsky", ""), venue("b.txt", "Borisov", "")),
                    Verdict.CONTRADICTION, "place")).isEmpty();
            assertThat(withVerdict(run(venue("a.txt", "Arabian Sea", "water"), venue("b.txt", "Karachi", "city")),
                    Verdict.CONTRADICTION, "place")).isEmpty();
        }

        @Test
        void aNameAndAFullerNameOfOnePlaceDoNotContradict() {
            // "at Bahanaga" and "at Bahanaga Bazar": the fuller name begins with the shorter one.
            assertThat(withVerdict(run(venue("a.txt", "Bahanaga", "town"), venue("b.txt", "Bahanaga Bazar", "town")),
                    Verdict.CONTRADICTION, "place")).isEmpty();
            assertThat(withVerdict(run(venue("a.txt", "Bahanaga", "town"), venue("b.txt", "Balasore", "town")),
                    Verdict.CONTRADICTION, "place")).hasSize(1);
        }

        @Test
        void aSourceNamingBothVenuesOfAnotherDoesNotContradictIt() {
            // "in Russia and Belarus" against "in Belarus": the first source names the second's venue too.
            List<Finding> f = run(venue("a.txt", "Russia", "country"), venue("a.txt", "Belarus", "country"),
                    venue("b.txt", "Belarus", "country"));
            assertThat(withVerdict(f, Verdict.CONTRADICTION, "place")).isEmpty();
            assertThat(withVerdict(f, Verdict.CONSISTENT, "place")).singleElement()
                    .satisfies(x -> assertThat(x.valueA()).isEqualTo("venue Belarus"));
        }

        @Test
        void aSourcePlacingTheEventInsideTheOtherVenueDoesNotContradictIt() {
            List<Finding> f = run(venue("a.txt", "Belarus", "country"), venue("a.txt", "Kaliningrad", "city"),
                    venue("b.txt", "Russia", "country"), new Within("Kaliningrad", "Russia"));
            assertThat(withVerdict(f, Verdict.CONTRADICTION, "place")).isEmpty();
        }

        @Test
        void twoVillagesNearOneSiteAreForReview() {
            Claim a = claim("a.txt", "derailment:x", "place", "Malasa").detail("venue").qualifier("NEAR")
                    .unit("village").build();
            Claim b = claim("b.txt", "derailment:x", "place", "Pukhrayan").detail("venue").qualifier("NEAR")
                    .unit("").build();
            assertThat(run(a, b)).singleElement().satisfies(x -> {
                assertThat(x.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
                assertThat(x.rule()).isEqualTo("Independent sources place the same event near different villages");
            });
            assertThat(run(a, b, new Within("Malasa", "Pukhrayan"))).isEmpty();
            Claim city = claim("b.txt", "derailment:x", "place", "Kanpur").detail("venue").qualifier("NEAR")
                    .unit("city").build();
            assertThat(run(a, city)).isEmpty();
        }

        @Test
        void aRouteWithAnotherEndContradicts() {
            Claim from = claim("a.txt", "launch:x", "place", "Orlan").detail("origin").qualifier("ROUTE").build();
            Claim to = claim("a.txt", "launch:x", "place", "Vesk").detail("destination").qualifier("ROUTE").build();
            Claim from2 = claim("b.txt", "launch:x", "place", "Orlan").detail("origin").qualifier("ROUTE").build();
            Claim to2 = claim("b.txt", "launch:x", "place", "Dalby").detail("destination").qualifier("ROUTE").build();
            List<Finding> f = run(from, to, from2, to2);
            assertThat(withVerdict(f, Verdict.CONTRADICTION, "place")).singleElement().satisfies(x -> {
                assertThat(x.rule()).isEqualTo("Independent sources give one route different ends");
                assertThat(x.valueA() + " " + x.valueB()).contains("destination Vesk").contains("destination Dalby");
            });
            // A lone origin ("troops from X") is no route.
            Claim lone = claim("b.txt", "launch:x", "place", "Dalby").detail("destination").build();
            assertThat(withVerdict(run(from, to, lone), Verdict.CONTRADICTION, "place")).isEmpty();
        }

        @Test
        void anExclusiveVenueIsContradictedByASecondOneButNotByAPlaceInsideIt() {
            Claim only = claim("a.txt", "forum:x", "place", "Geneva").detail("venue").qualifier("ONLY").build();
            List<Finding> f = run(only, venue("b.txt", "Vienna"));
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.rule()).isEqualTo("An exclusive venue is contradicted by another venue in an independent source");
                assertThat(x.severity().name()).isEqualTo("ERROR");
            });
            assertThat(run(only, venue("b.txt", "Palais des Nations"), new Within("Palais des Nations", "Geneva")))
                    .isEmpty();
        }

        @Test
        void containmentIsAllowedEvenThroughSeveralLevels() {
            assertThat(run(venue("a.txt", "Sochi"), venue("b.txt", "Russia"),
                    new Within("Sochi", "Krasnodar Krai"), new Within("Krasnodar Krai", "Russia"))).isEmpty();
        }
    }

    @Nested
    class People {
        private Claim age(String source, String day, int years) {
            return claim(source, "person:saman-kunan", "age", Integer.toString(years)).number(years)
                    .time(day == null ? null : day(day)).build();
        }

        @Test
        void agesTheTimeBetweenArticlesExplainsAgree() {
            assertThat(run(age("a.txt", "2018-07-06", 37), age("b.txt", "2019-08-01", 38))).isEmpty();
            assertThat(run(age("a.txt", "2018-07-06", 37), age("b.txt", "2018-07-06", 37))).isEmpty();
        }

        @Test
        void agesAWeekApartAreForReviewAndTwoYearsApartContradict() {
            assertThat(run(age("a.txt", "2018-07-06", 37), age("b.txt", "2018-07-13", 38))).singleElement()
                    .satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.NEEDS_REVIEW));
            assertThat(run(age("a.txt", "2018-07-06", 37), age("b.txt", "2018-07-13", 39))).singleElement()
                    .satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.CONTRADICTION));
            assertThat(run(age("a.txt", "2018-07-06", 38), age("b.txt", "2018-09-13", 37))).singleElement()
                    .satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.CONTRADICTION));
            assertThat(run(age("a.txt", null, 37), age("b.txt", "2018-07-13", 38))).singleElement()
                    .satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.NEEDS_REVIEW));
        }

        private Claim title(String source, String title, String office, String org) {
            return claim(source, "person:reid-hoffman", "title", title).unit(office).detail(org)
                    .time(day("2016-06-13")).build();
        }

        @Test
        void chairmanAndChiefExecutiveOfOneCompanyAtOneTimeAreForReview() {
            assertThat(run(title("a.txt", "chairman", "board", "linkedin"),
                    title("b.txt", "chief executive", "corporate", "linkedin"))).singleElement().satisfies(f -> {
                        assertThat(f.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
                        assertThat(f.rule()).startsWith("Independent sources call one person chairman");
                    });
            // Two companies: no chairman-vs-chief-executive row. (main's affiliation table, agreement.drl.csv, still
            // asks for review of the two organisations; see notes/11-ents.md.)
            assertThat(run(title("a.txt", "chairman", "board", "linkedin"),
                    title("b.txt", "chief executive", "corporate", "greylock")))
                    .noneSatisfy(f -> assertThat(f.rule()).startsWith("Independent sources call one person chairman"));
        }
    }

    @Nested
    class Ordinals {
        @Test
        void oneEditionWithTwoNumbersContradicts() {
            List<Finding> f = run(claim("a.txt", "exercise:x:2018", "ordinal", "3").build(),
                    claim("b.txt", "exercise:x:2018", "ordinal", "4").build());
            assertThat(withVerdict(f, Verdict.CONTRADICTION, "ordinal")).hasSize(1);
        }

        @Test
        void twoSourcesNumberingOneExerciseDifferentlyShowAsTwoEditionsOnOneDay() {
            List<Finding> f = run(claim("a.txt", "exercise:x:shield#3", "ordinal", "3").build(),
                    claim("a.txt", "exercise:x:shield#3", "date", "May 4").time(day("2021-05-04")).build(),
                    claim("b.txt", "exercise:x:shield#4", "ordinal", "4").build(),
                    claim("b.txt", "exercise:x:shield#4", "date", "May 4").time(day("2021-05-04")).build());
            assertThat(withVerdict(f, Verdict.CONTRADICTION, "ordinal")).singleElement()
                    .satisfies(x -> assertThat(x.valueA() + x.valueB()).contains("edition 3").contains("edition 4"));
        }

        @Test
        void editionsInDifferentMonthsOrYearsAreSimplyDifferentEditions() {
            assertThat(run(claim("a.txt", "exercise:x:shield#3", "ordinal", "3").build(),
                    claim("a.txt", "exercise:x:shield#3", "date", "2020").time(month(2020, 5)).build(),
                    claim("b.txt", "exercise:x:shield#4", "ordinal", "4").build(),
                    claim("b.txt", "exercise:x:shield#4", "date", "2021").time(month(2021, 5)).build())).isEmpty();
            assertThat(run(claim("a.txt", "talks:x#3", "ordinal", "3").build(),
                    claim("a.txt", "talks:x#3", "date", "2020").time(year(2020)).build(),
                    claim("b.txt", "talks:x#4", "ordinal", "4").build(),
                    claim("b.txt", "talks:x#4", "date", "2020").time(year(2020)).build())).isEmpty();
        }

        @Test
        void aLaterMeetingDatedBeforeAnEarlierOneContradicts() {
            List<Finding> f = run(claim("a.txt", "meeting:x:group#12", "ordinal", "12").build(),
                    claim("a.txt", "meeting:x:group#12", "date", "Friday").time(day("2018-03-02")).build(),
                    claim("b.txt", "meeting:x:group#13", "ordinal", "13").build(),
                    claim("b.txt", "meeting:x:group#13", "date", "2017").time(year(2017)).build());
            assertThat(withVerdict(f, Verdict.CONTRADICTION, "ordinal")).singleElement()
                    .satisfies(x -> assertThat(x.explanation()).contains("later edition 13"));
        }

        @Test
        void editionNumbersRepeatedByManySourcesCompareEachPairOfDatesOnce() {
            List<Claim> claims = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                claims.add(claim("n" + i + ".txt", "meeting:x:group#12", "ordinal", "12").build());
                claims.add(claim("m" + i + ".txt", "meeting:x:group#13", "ordinal", "13").build());
            }
            claims.add(claim("a.txt", "meeting:x:group#12", "date", "Friday").time(day("2018-03-02")).build());
            claims.add(claim("b.txt", "meeting:x:group#13", "date", "2017").time(year(2017)).build());
            List<Finding> f = run(claims.toArray(Claim[]::new));
            assertThat(f).filteredOn(x -> x.rule().equals("A later edition of a series is dated before an earlier one"))
                    .singleElement();
        }

        @Test
        void firstEverAgainstAnEarlierVisitContradicts() {
            List<Finding> f = run(
                    claim("a.txt", "visit:x", "first", "FIRST_EVER").time(day("2014-11-20")).build(),
                    claim("b.txt", "visit:x", "previous", "1975").time(year(1975)).build());
            assertThat(withVerdict(f, Verdict.CONTRADICTION, "ordinal")).singleElement()
                    .satisfies(x -> assertThat(x.explanation()).contains("1975"));
        }

        @Test
        void differentSeriesAreNotCompared() {
            assertThat(run(claim("a.txt", "consultation:regional", "first", "FIRST_EVER").time(day("2016-12-13")).build(),
                    claim("b.txt", "dialogue:strategic", "since", "2003").time(year(2003)).build())).isEmpty();
        }
    }

    @Nested
    class Starts {
        @Test
        void sinceTheYearOfTheFirstOccurrenceIsConsistentAndShowsBothResolutions() {
            List<Finding> f = run(
                    claim("a.txt", "exercise:s", "since", "2016").time(year(2016).withPhrase("since 2016"))
                            .published("2018-03-03").build(),
                    claim("b.txt", "exercise:s@2016", "first", "FIRST_EVER")
                            .time(month(2016, 9).withPhrase("Earlier in September"))
                            .quote("first ever", 0, 10).published("2016-12-14").build());
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.verdict()).isEqualTo(Verdict.CONSISTENT);
                assertThat(x.explanation()).isEqualTo("'since 2016' in an article of 2018-03-03 -> from 2016; "
                        + "'Earlier in September' in an article of 2016-12-14 -> 2016-09 ('first ever'): consistent.");
            });
        }

        @Test
        void aFirstOccurrenceInAnotherYearContradicts() {
            List<Finding> f = run(claim("a.txt", "exercise:s", "since", "since 2016").time(year(2016)).build(),
                    claim("b.txt", "exercise:s@2015", "first", "FIRST_EVER").time(month(2015, 9)).build());
            assertThat(withVerdict(f, Verdict.CONTRADICTION, "start")).hasSize(1);
        }
    }

    @Nested
    class Modality {
        @Test
        void attendedAgainstDidNotAttendContradicts() {
            List<Finding> f = run(claim("a.txt", "summit:x", "event", "summit").time(day("2020-05-05")).build(),
                    claim("b.txt", "summit:x", "event", "summit").negated(true).time(day("2020-05-05")).build());
            assertThat(withVerdict(f, Verdict.CONTRADICTION, "modality")).hasSize(1);
        }

        @Test
        void agreedAgainstOnlySoughtAtTheSameTimeNeedsReview() {
            List<Finding> f = run(claim("a.txt", "deal:x", "event", "arms-transfer").modality("AGREED").time(year(2019)).build(),
                    claim("b.txt", "deal:x", "event", "arms-transfer").modality("INTENDED").time(month(2019, 4)).build());
            assertThat(withVerdict(f, Verdict.NEEDS_REVIEW, "modality")).hasSize(1);
        }

        @Test
        void expectedToSignThenSignedIsNoConflict() {
            assertThat(run(claim("a.txt", "deal:x", "event", "agreement").modality("EXPECTED").time(day("2014-11-20")).build(),
                    claim("b.txt", "deal:x", "event", "agreement").modality("SIGNED").time(month(2014, 11)).build()))
                    .isEmpty();
        }
    }

    @Nested
    class Titles {
        @Test
        void differentTitlesYearsApartAreACareer() {
            assertThat(run(claim("a.txt", "person:x", "title", "defence minister").unit("cabinet").time(day("2014-11-20")).build(),
                    claim("b.txt", "person:x", "title", "foreign minister").unit("cabinet").time(day("2018-03-03")).build()))
                    .isEmpty();
        }

        @Test
        void twoTitlesAtTheSameDateContradict() {
            assertThat(withVerdict(run(
                    claim("a.txt", "person:x", "title", "defence minister").unit("cabinet").time(day("2018-03-03")).build(),
                    claim("b.txt", "person:x", "title", "foreign minister").unit("cabinet").time(day("2018-03-03")).build()),
                    Verdict.CONTRADICTION, "title")).hasSize(1);
        }

        @Test
        void titlesOfDifferentOfficeGroupsAreNotCompared() {
            assertThat(run(claim("a.txt", "person:x", "title", "ambassador").unit("diplomatic").time(day("2018-03-03")).build(),
                    claim("b.txt", "person:x", "title", "special secretary").unit("civil-service").time(day("2018-03-03")).build()))
                    .isEmpty();
        }
    }

    @Nested
    class WorkedExample {
        @Test
        void previousInstanceDatedTwoWaysContradicts() {
            List<Finding> f = run(claim("a.txt", "visit:x", "previous", "1975").build(),
                    claim("b.txt", "visit:x", "previous", "1977").build());
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.rule()).isEqualTo("Independent sources date the previous instance of an event differently");
                assertThat(x.explanation()).contains("1975").contains("1977");
            });
        }
    }
}
