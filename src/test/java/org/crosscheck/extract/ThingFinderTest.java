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
                .containsExactly("thing:hong-kong-zhuhai-macau USD 20000000000 named");
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
        // No tunnel was named before: "the tunnel" stands for nothing known.
        assertThat(figures("The $12.5 billion tunnel is the longest.")).noneMatch(s -> s.startsWith("thing:"));
    }

    @Test
    void aVerbOrMeasureNounMakesTheFigureItsSubjects() {
        assertThat(figures("Tarn Tower was built in 1974 and contains 120 flats."))
                .containsExactly("thing:tarn flats 120 named");
        assertThat(figures("The Varn Base Tunnel opened. The tunnel took 17 years to build at a cost of over 12 "
                + "billion Swiss francs.")).contains("thing:varn-base CHF 12000000000 described");
    }

    @Test
    void figuresOfEventsRatesAndPeopleStayWithTheirEvent() {
        assertThat(figures("The company has 433 million users.")).noneMatch(s -> s.startsWith("thing:"));
        assertThat(figures("Microsoft bought LinkedIn for $26.2 billion in cash.")).noneMatch(s -> s.startsWith("thing:"));
        assertThat(figures("Varn shares rose to $194 per share after the $26 billion deal."))
                .noneMatch(s -> s.startsWith("thing:"));
        assertThat(figures("A 7.8-magnitude earthquake hit Nepal.")).noneMatch(s -> s.startsWith("thing:"));
        assertThat(figures("The 12-day Varn exercise involved 4,000 troops.")).noneMatch(s -> s.startsWith("thing:"));
        assertThat(figures("The epicentre was about 50 miles from the capital.")).noneMatch(s -> s.startsWith("thing:"));
    }
}
