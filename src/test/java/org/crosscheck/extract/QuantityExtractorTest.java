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
                .extracting(Claim::value).containsExactly("3100000000 USD");
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
}
