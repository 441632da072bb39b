package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** Figures that are attributes of a named thing get the thing as their subject (ThingFinder through the extractors). */
class ThingFinderTest {

    /** "subject unit number basis-kind" of the figures of the text. */
    private static List<String> figures(String text) {
        return claims(text).stream().filter(c -> c.attribute().equals("measure") || c.attribute().equals("money")
                        || c.attribute().equals("count"))
                .map(c -> c.subject() + " " + c.unit() + " " + Numbers.text(c.number()) + " "
                        + c.basis().replaceFirst("[ :].*", "")).toList();
    }

    @Test
    void aCompoundModifierMeasuresTheNamedThingItModifies() {
        assertThat(figures("The 6,825-ton ferry Sewol capsized on Wednesday."))
                .containsExactly("thing:sewol tonne 6825 named");
        assertThat(figures("Reports differed on how many were on board the 6,325-ton Sewol, officials said."))
                .containsExactly("thing:sewol tonne 6325 named");
        assertThat(figures("The $20bn Hong Kong-Zhuhai-Macau bridge opened."))
                .containsExactly("thing:hong-kong-macau-zhuhai USD 20000000000 named");
        // "tunnel" read as a base-form verb after the name is still the noun the name and the figure modify.
        assertThat(figures("The new line has surpassed Japan's 53.9-kilometre Seikan tunnel as the longest."))
                .containsExactly("thing:seikan km 53.9 named");
    }

    @Test
    void aNameInAppositionOrGivenByAParticipleIsTheThing() {
        assertThat(figures("Officials believe that the 6,825-ton ferry, the Sewol, may have struck a rock."))
                .containsExactly("thing:sewol tonne 6825 named");
        assertThat(figures("The Orla, a 984-foot container ship, struck the pier."))
                .extracting(s -> s.substring(0, s.indexOf(' '))).containsExactly("thing:orla");
        assertThat(figures("The cargo ship, named the Orla, was 954 feet long."))
                .extracting(s -> s.substring(0, s.indexOf(' '))).containsExactly("thing:orla");
        // "Singapore-flagged" modifies the vessel; it is not its name.
        assertThat(figures("The 948-foot Singapore-flagged vessel, identified as the Orla, struck the pier."))
                .extracting(s -> s.substring(0, s.indexOf(' '))).containsExactly("thing:orla");
    }

    @Test
    void aDescriptionOrPronounStandsForTheThingNamedBefore() {
        assertThat(figures("The Varn Base Tunnel opened. The $12.5 billion tunnel is the longest."))
                .containsExactly("thing:varn-base USD 12500000000 described");
        assertThat(figures("The Varn Base Tunnel breaks several records. It was completed ahead of schedule, on a "
                + "budget 12.2 billion Swiss francs ($12.2 billion, 11.0 billion euro).")).containsExactly(
                "thing:varn-base CHF 12200000000 described", "thing:varn-base USD 12200000000 described",
                "thing:varn-base EUR 11000000000 described");
        // An adjective before the figure, and a compound whose first noun is the named thing's head noun.
        assertThat(figures("Fire crews reached Tarn Tower at 1am. Divers searched the burnt-out 24-storey tower."))
                .containsExactly("thing:tarn storeys 24 described");
        assertThat(figures("Fire crews reached Tarn Tower at 1am. Teams will make the 24-storey tower block safe."))
                .containsExactly("thing:tarn storeys 24 described");
        // No tunnel was named before: "the tunnel" stands for nothing known.
        assertThat(figures("The $12.5 billion tunnel is the longest.")).noneMatch(s -> s.startsWith("thing:"));
    }

    @Test
    void aThingsPartsTakeNoTimeOfItsSentencesEvent() {
        List<Claim> flats = claims("Tarn Tower was built in 1974 and contains 120 flats.").stream()
                .filter(c -> c.attribute().equals("count")).toList();
        assertThat(flats).extracting(Claim::subject).containsExactly("thing:tarn");
        assertThat(flats).allSatisfy(c -> assertThat(c.time()).isNull());
    }

    @Test
    void aVerbOrMeasureNounMakesTheFigureItsSubjects() {
        assertThat(figures("Tarn Tower was built in 1974 and contains 120 flats."))
                .containsExactly("thing:tarn flats 120 named");
        assertThat(figures("The Varn Base Tunnel opened. The tunnel took 17 years to build at a cost of over 12 "
                + "billion Swiss francs.")).contains("thing:varn-base CHF 12000000000 described");
    }

    @Test
    void whatAThingCanDoIsItsAttribute() {
        assertThat(figures("The Vesk-7 is one of the world's most advanced long-range air defence systems. It can "
                + "engage up to 36 targets at a time.")).contains("thing:vesk-7 target 36 described");
        assertThat(figures("Vesk-7 has the capability to destroy aircraft at a distance of up to 400 kilometres and "
                + "can simultaneously engage up to six targets.")).contains("thing:vesk-7 target 6 named");
        // What people or events did is no attribute of a thing.
        assertThat(figures("The Vesk-7 missile system was tested as 40 soldiers engaged six targets."))
                .noneMatch(s -> s.startsWith("thing:vesk-7 target"));
        assertThat(figures("Rescuers can reach 12 boys trapped in the cave.")).noneMatch(s -> s.startsWith("thing:"));
    }

    @Test
    void aNameJoiningPlacesByHyphensIsOneThingInAnyOrder() {
        assertThat(figures("The $20bn Orla-Varn-Tarn bridge opened."))
                .containsExactly("thing:orla-tarn-varn USD 20000000000 named");
        assertThat(figures("The $20bn Tarn-Orla-Varn bridge opened."))
                .containsExactly("thing:orla-tarn-varn USD 20000000000 named");
        // A part that is a number is an edition or a model, not a place: the name stays as written.
        assertThat(figures("The Rs 650 crore Varnayaan-3 mission landed."))
                .extracting(s -> s.substring(0, s.indexOf(' '))).containsExactly("thing:varnayaan-3");
    }

    @Test
    void whatAMakingTookIsTheCostOfItsSubject() {
        assertThat(figures("On Monday the president opened the 34-mile Orla-Varn Bridge. The next day it opened to "
                + "traffic. It took nine years and HK$120 billion (US$15.3 billion) to build.")).filteredOn(
                s -> !s.contains(" km ")).containsExactly(
                "thing:orla-varn HKD 120000000000 described", "thing:orla-varn USD 15300000000 described");
        // A sum the subject spent on something else is not what it cost.
        assertThat(figures("The Orla-Varn Bridge opened. It took HK$120 billion from the budget."))
                .noneMatch(s -> s.startsWith("thing:"));
    }

    @Test
    void aSumAfterRsWithAPeriodIsRead() {
        assertThat(figures("According to its chairman, the total cost of Varnayaan-3 is Rs. 615 crore. The lander "
                + "cost around Rs. 215 crore.")).contains("thing:varnayaan-3 PKR 6150000000 named");
    }

    @Test
    void aSumPaidForANamedThingIsItsPrice() {
        assertThat(figures("Orvex Corp agreed to buy Varnly Corp for US$26.2 billion in its biggest-ever deal."))
                .containsExactly("thing:varnly USD 26200000000 named");
        assertThat(figures("Orvex will acquire Varnly for $196 per share in an all-cash transaction."))
                .containsExactly("thing:varnly USD/share 196 named");
        assertThat(figures("Orvex completed the $44 billion purchase of Varnly on Thursday."))
                .containsExactly("thing:varnly USD 44000000000 named");
        assertThat(figures("Its first big deal was its 2007 acquisition of online ad agency tQuantum for nearly $6.3 "
                + "billion.")).containsExactly("thing:tquantum USD 6300000000 named");
        assertThat(figures("Ad company Tquantum was the subject of a $6.3 billion purchase by Orvex in 2007."))
                .containsExactly("thing:tquantum USD 6300000000 named");
        // A list of purchases: each name is followed by its price, and "Nokia's" parts meet whatever their noun.
        assertThat(figures("Orvex's biggest acquisitions until now had been Skarp for $8.5 billion in 2011 and "
                + "Nokia's mobile devices business for $7.2 billion in 2014.")).containsExactly(
                "thing:skarp USD 8500000000 named", "thing:nokia-part USD 7200000000 named");
        assertThat(figures("Then there was the $9.5 billion purchase of Nokia's handset business in 2014, which led "
                + "to write-downs of some $7.6 billion in all.")).containsExactly(
                "thing:nokia-part USD 9500000000 named", "acquisition::nokia USD:write-down 7600000000 ");
        assertThat(figures("Nokia\u2019s phone unit (2013): $7.6 billion"))
                .containsExactly("thing:nokia-part USD 7600000000 listed");
    }

    @Test
    void aSumWithAPersonOrNoPurchaseIsNoPrice() {
        assertThat(figures("The board came to a sale agreement with Ulf Varn for $44 billion."))
                .noneMatch(s -> s.startsWith("thing:"));
        assertThat(figures("Orvex shares rose to $194 after the deal.")).noneMatch(s -> s.startsWith("thing:"));
        assertThat(figures("Orvex reported Varnly for $2 billion in unpaid taxes.")).noneMatch(s -> s.startsWith("thing:"));
    }

    @Test
    void figuresOfEventsRatesAndPeopleStayWithTheirEvent() {
        assertThat(figures("The company has 433 million users.")).noneMatch(s -> s.startsWith("thing:"));
        assertThat(figures("Varn shares rose to $194 per share after the $26 billion deal."))
                .noneMatch(s -> s.startsWith("thing:"));
        assertThat(figures("A 7.8-magnitude earthquake hit Nepal.")).noneMatch(s -> s.startsWith("thing:"));
        assertThat(figures("The 12-day Varn exercise involved 4,000 troops.")).noneMatch(s -> s.startsWith("thing:"));
        assertThat(figures("The epicentre was about 50 miles from the capital.")).noneMatch(s -> s.startsWith("thing:"));
    }
}
