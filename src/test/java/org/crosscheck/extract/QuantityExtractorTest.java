package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** Counts and sums of money. */
class QuantityExtractorTest {

    @Test
    void upToCountUnderAnIntentionCue() {
        List<Claim> counts = claims("Minsk approved the sale of Mi-17 helicopters to Serbia, which wants to buy up to "
                + "twelve helicopters.", "count");
        assertThat(counts).hasSize(1);
        Claim c = counts.get(0);
        assertThat(c.number()).isEqualTo(12);
        assertThat(c.value()).isEqualTo("12");
        assertThat(c.unit()).isEqualTo("helicopters");
        assertThat(c.qualifier()).isEqualTo("UP_TO");
        assertThat(c.modality()).isEqualTo("INTENDED");
    }

    @Test
    void perSideAndTotalScopes() {
        assertThat(claims("The drill involved 70 troops from each side.", "count").get(0).detail()).isEqualTo("EACH");
        Claim total = claims("Roughly 500 soldiers of both countries took part in the exercise.", "count").get(0);
        assertThat(total.detail()).isEqualTo("TOTAL");
        assertThat(total.qualifier()).isEqualTo("ABOUT");
    }

    @Test
    void sidesAddUpToADerivedTotal() {
        List<Claim> counts = claims("In the exercise, 40 Uzbek paratroopers joined 110 Tajik paratroopers.", "count");
        assertThat(counts).extracting(Claim::detail).containsExactlyInAnyOrder("uzbekistan", "tajikistan", "TOTAL");
        assertThat(counts.stream().filter(c -> c.detail().equals("TOTAL")).findFirst().orElseThrow().number())
                .isEqualTo(150);
    }

    @Test
    void yearsCodesAndPagesAreNotCounts() {
        assertThat(claims("In 2019, COVID-19 and the G-20 summit were on page 4 of 12.", "count")).isEmpty();
        assertThat(claims("The 2016 exercise was the first.", "count")).isEmpty();
    }

    @Test
    void moneyInSeveralNotations() {
        assertThat(claims("Pakistan will get a $3.1 billion loan for the project.", "money"))
                .extracting(Claim::value).containsExactly("3100000000 USD:loan");
        assertThat(claims("The corridor project is worth $46bn.", "money").get(0).number()).isEqualTo(46e9);
        assertThat(claims("The deal is worth USD 120 million.", "money")).extracting(Claim::value)
                .containsExactly("120000000 USD");
        assertThat(claims("The project will cost Rs 5 billion.", "money")).extracting(Claim::unit)
                .containsExactly("PKR");
        assertThat(claims("The contract, worth about 2 billion euros, was signed.", "money").get(0))
                .satisfies(c -> {
                    assertThat(c.value()).isEqualTo("2000000000 EUR");
                    assertThat(c.qualifier()).isEqualTo("ABOUT");
                });
    }

    private static Claim one(String text, String attribute) {
        List<Claim> found = claims(text, attribute);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void theRoleComesFromThePredicateAndWordNet() {
        assertThat(one("Eighty-three people perished in the fire.", "count").unit()).isEqualTo("dead");
        assertThat(one("Another 61 people drowned.", "count").unit()).isEqualTo("dead");
        assertThat(one("The floods killed 96 on Sunday.", "count").unit()).isEqualTo("dead");
        assertThat(one("The death toll rose to 145 on Monday.", "count").unit()).isEqualTo("dead");
        assertThat(one("The number of the rescued has been unchanged at 174.", "count").unit()).isEqualTo("rescued");
        assertThat(one("Police believe 71 is the final death toll.", "count").unit()).isEqualTo("dead");
        assertThat(one("Some 18 people lost their lives on the mountain.", "count").unit()).isEqualTo("dead");
        assertThat(one("Rescuers said 223 people escaped the tower.", "count").unit()).isEqualTo("escaped");
        assertThat(one("76 passengers were seriously injured.", "count").unit()).isEqualTo("seriously injured");
        assertThat(one("The death toll rose to 145.", "count").kind()).isEqualTo("TALLY");
        assertThat(one("Police said the number known to have died had risen to 1,953.", "count").unit())
                .isEqualTo("dead");
        assertThat(one("Some 187 people, including the captain and most of his crew, were rescued.", "count").unit())
                .isEqualTo("rescued");
        assertThat(one("Footage showed that \u201csome 240 people\u201d had escaped.", "count").unit())
                .isEqualTo("escaped");
        assertThat(one("Over 1500 people were evacuated.", "count").number()).isEqualTo(1500);
    }

    @Test
    void peopleAboardPassengersAndCrewAreDifferentCounts() {
        assertThat(one("A ferry carrying 462 people sank.", "count").unit()).isEqualTo("aboard");
        assertThat(one("There were 475 people aboard.", "count").unit()).isEqualTo("aboard");
        assertThat(one("It was carrying 476 passengers.", "count").unit()).isEqualTo("aboard/passengers");
        assertThat(one("Of the 475 passengers and crew, most were students.", "count").unit()).isEqualTo("aboard");
        assertThat(one("Six crew were killed.", "count").unit()).isEqualTo("dead/crew");
        assertThat(one("More than 200 other passengers were injured.", "count").unit()).isEqualTo("injured");
    }

    @Test
    void aCountOfAPartOfAGroupInARoleIsOfThatRole() {
        // count_states.csv position group: the group named before the number gives the role of its part.
        assertThat(claims("Among the passengers were 325 high school students and 15 teachers.", "count"))
                .extracting(Claim::unit).containsExactly("aboard/student", "aboard/teacher");
        assertThat(claims("The passengers included 325 students and 14 teachers from the school.", "count"))
                .extracting(Claim::unit).containsExactly("aboard/student", "aboard/teacher");
        assertThat(one("Among the rescued, 75 were students from the school.", "count").unit())
                .isEqualTo("rescued/student");
        // No group named so: the count keeps its noun.
        assertThat(one("The school sent 325 students on the trip.", "count").unit()).isEqualTo("student");
        assertThat(one("Among other things, the school sent 325 students.", "count").unit()).isEqualTo("student");
    }

    @Test
    void aPronounWholeCountsWhatTheSentenceBeforeCounted() {
        List<Claim> counts = claims("Among the passengers were 325 students from the school. So far, 78 of them are "
                + "known to have been rescued.", "count");
        assertThat(counts).extracting(Claim::unit).containsExactly("aboard/student", "rescued/student");
        // People in general add nothing to the role; two kinds counted before leave the pronoun unread.
        assertThat(claims("The ferry carried 400 people. So far, 78 of them have been rescued.", "count"))
                .extracting(Claim::unit).containsExactly("aboard", "rescued");
        assertThat(claims("The ferry carried 325 students and 14 teachers. So far, 78 of them have been rescued.",
                "count")).extracting(Claim::unit).contains("rescued");
    }

    @Test
    void unitsTheTableLacksAreReadByTheirHeadNoun() {
        // What happened to them is part of what is counted (count_predicates.csv), synonyms grouped by the table.
        assertThat(one("Fourteen coaches of the express derailed.", "count").unit()).isEqualTo("derail/coaches");
        assertThat(one("As many as four bogies of the train skidded.", "count").unit()).isEqualTo("skid/coaches");
        assertThat(one("The storm destroyed 300 houses.", "count").unit()).isEqualTo("houses");
        assertThat(one("The navy sent six patrol boats.", "count").unit()).isEqualTo("boat");
        assertThat(claims("MPs voted by 432 votes to 202.", "count")).hasSize(2)
                .allSatisfy(c -> assertThat(c.detail()).isEqualTo("PART"));
    }

    @Test
    void aPartitiveNounCountsWhatFollowsItsOf() {
        assertThat(one("Officials listed up to 680 items of military equipment.", "count").unit()).isEqualTo("equipment");
        assertThat(one("Over 1000 pieces of military hardware are used.", "count").unit()).isEqualTo("equipment");
        assertThat(one("The drill involved 200 artillery pieces.", "count").unit()).isEqualTo("piece");
        assertThat(one("Rescuers found 40 pieces of luggage.", "count").unit()).isEqualTo("luggage");
    }

    @Test
    void peopleInNoRoleAreNotComparedCounts() {
        assertThat(one("The tower was home to 600 people.", "count").detail()).isEqualTo("PART");
    }

    @Test
    void qualifiersResolutionAndRanges() {
        Claim c = one("About 10-12 coaches derailed.", "count");
        assertThat(c.value()).isEqualTo("10-12");
        assertThat(c.qualifier()).isEqualTo("ABOUT");
        assertThat(one("The toll was nearly 4,400.", "count").qualifier()).isEqualTo("ALMOST");
        Claim soldiers = one("It involves no more than 12.000 soldiers.", "count");
        assertThat(soldiers.number()).isEqualTo(12000);
        assertThat(soldiers.qualifier()).isEqualTo("UP_TO");
        assertThat(soldiers.negated()).isFalse();
        assertThat(one("Some 2,400 workers built it.", "count").resolution()).isEqualTo(100);
    }

    @Test
    void measuresWithWhatTheyMeasure() {
        Claim tunnel = one("The 57.1-km Gotthard Base Tunnel opened.", "measure");
        // A measure of a named thing is the thing's (ThingFinder): its subject, the bare unit.
        assertThat(tunnel.subject() + " " + tunnel.unit()).isEqualTo("thing:gotthard-base km");
        assertThat(tunnel.number()).isEqualTo(57.1);
        Claim miles = one("The 33-mile Seikan tunnel is older.", "measure");
        assertThat(miles.subject() + " " + miles.unit()).isEqualTo("thing:seikan km");
        assertThat(miles.number()).isCloseTo(53.1, org.assertj.core.data.Offset.offset(0.01));
        assertThat(one("They examined 15.5 tonnes of debris on each floor.", "measure").unit())
                .isEqualTo("tonne:debris/floor");
        assertThat(one("The 6,825-ton ferry sank.", "measure").unit()).isEqualTo("tonne:ferry");
        assertThat(one("A magnitude-7.8 earthquake struck.", "measure").unit()).isEqualTo("magnitude");
        assertThat(one("It struck about 50 miles from the capital.", "measure").unit()).isEqualTo("km:distance");
        assertThat(one("The vote drew a record turnout of 86 per cent.", "measure").unit()).isEqualTo("%:turnout");
        assertThat(claims("Shares were up 3.6% in early trading.", "measure")).isEmpty();
        // A results line: the tagger takes the capitalised labels for names, yet a share follows each.
        assertThat(claims("No 55.3% Yes 44.7% Turnout 84.6% from a register of 97% of voters.", "measure"))
                .filteredOn(c -> c.quote().equals("84.6%")).extracting(Claim::unit).containsExactly("%:turnout");
    }

    @Test
    void durationsWithWhatTheyMeasure() {
        Claim debate = one("MPs closed the eight-day Brexit debate.", "duration");
        assertThat(debate.value()).isEqualTo("P8D");
        assertThat(debate.unit()).isEqualTo("day:debate");
        assertThat(one("At the end of five days of debate, MPs voted.", "duration").unit()).isEqualTo("day:debate");
        assertThat(one("It came after a trial that spanned three months.", "duration").unit()).isEqualTo("day:trial");
        assertThat(one("The tunnel took 17 years to build.", "duration").value()).isEqualTo("P17Y");
        assertThat(one("The meeting lasted 38 minutes.", "duration").value()).isEqualTo("PT38M");
        assertThat(claims("The 50-year-old billionaire bought an 80-year-old firm.", "duration")).isEmpty();
        assertThat(claims("The coach, who is 25 years old, stayed with the boys.", "duration")).isEmpty();
    }

    @Test
    void yearsNamesAndMoneyAreNotCounts() {
        assertThat(claims("Apollo 11 landed in 1969 and the 1934 earthquake is remembered.", "count")).isEmpty();
        assertThat(claims("The two countries signed $5 billion worth of deals.", "count")).isEmpty();
        assertThat(claims("It cost 20 million US dollars.", "count")).isEmpty();
    }

    @Test
    void attributionIsKeptWithTheClaim() {
        assertThat(one("At least 96 people were killed, police said.", "count").attribution()).isEqualTo("police");
        assertThat(one("The drills involve 12,700 troops, according to the Kremlin.", "count").attribution())
                .isEqualTo("kremlin");
        List<Claim> both = claims("Organisers said 2 million people joined, while police said 338,000 took part.",
                "count");
        assertThat(both).extracting(Claim::attribution).containsExactly("organisers", "police");
        assertThat(one("Ninety-six people were confirmed dead.", "count").attribution()).isEmpty();
    }

    @Test
    void aTotalOfBeforeTheNumberKeepsTheRoleOfTheVerb() {
        Claim toll = one("The fire killed a total of 71 people, police said.", "count");
        assertThat(toll.unit()).isEqualTo("dead");
        assertThat(toll.qualifier()).isEqualTo("EXACT");
        assertThat(toll.detail()).isEmpty();
        assertThat(one("They spent a total of $5 billion.", "money").qualifier()).isEqualTo("EXACT");
    }

    @Test
    void moneyInLocalCurrenciesWithRatesAndScopes() {
        assertThat(claims("The bridge cost HK$120 billion (about US$15.3bn at today's rates).", "money"))
                .extracting(Claim::unit).containsExactly("HKD", "USD");
        assertThat(claims("It cost 12.2 billion Swiss francs ($12.2 billion).", "money")).extracting(Claim::unit)
                .containsExactly("CHF", "USD");
        assertThat(one("Singapore spent S$20 million.", "money").unit()).isEqualTo("SGD");
        assertThat(one("Holders get $54.20 in cash for each share.", "money").unit()).isEqualTo("USD/share");
        assertThat(one("Musk lined up $46.5 billion in financing.", "money").unit()).isEqualTo("USD:financing");
        assertThat(one("He will provide a $21 billion equity commitment.", "money").unit()).isEqualTo("USD:equity");
        Claim rupees = one("India's Rs 615 crore Moon mission landed near the south pole of the Moon.", "money");
        assertThat(rupees.unit()).isEqualTo("INR");
        assertThat(rupees.number()).isEqualTo(6.15e9);
        assertThat(one("The project will cost Rs 5 billion in Pakistan.", "money").unit()).isEqualTo("PKR");
        assertThat(one("Defence deals worth more than $8 billion are on the agenda.", "money").unit())
                .isEqualTo("USD:several");
        assertThat(one("Contracts valued at $2 billion were signed.", "money").unit()).isEqualTo("USD:several");
        assertThat(one("The deal is worth more than $5 billion.", "money").unit()).isEqualTo("USD");
    }
}
