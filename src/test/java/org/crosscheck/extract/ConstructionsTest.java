package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** Constructions read for held-out topics: casualties, parts of a count, rates, former titles, editions. */
class ConstructionsTest {

    @Test
    void stateWordsMakeACountOfPeopleSpecific() {
        List<Claim> counts = claims("A strong earthquake struck the region on Monday, killing at least 12 people and"
                + " injuring more than 100, officials said.", "count");
        assertThat(counts).extracting(Claim::unit, Claim::qualifier, Claim::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dead", "AT_LEAST", "TALLY"),
                        org.assertj.core.groups.Tuple.tuple("injured", "OVER", "TALLY"));
        assertThat(claims("A further 243 people were injured in the floods.", "count"))
                .extracting(Claim::unit).containsExactly("injured");
        assertThat(claims("The death toll from the floods rose to 27 on Tuesday.", "count"))
                .extracting(Claim::unit, Claim::number).containsExactly(org.assertj.core.groups.Tuple.tuple("dead", 27.0));
        assertThat(claims("The rally drew 5,000 people on Sunday.", "count")).extracting(Claim::unit)
                .containsExactly("people");
    }

    @Test
    void severalCountsOfOneUnitInASentenceAreParts() {
        assertThat(claims("X won 257 votes in the election, while Y won 170 votes.", "count"))
                .extracting(Claim::detail).containsExactly("PART", "PART");
    }

    @Test
    void aPricePerShareIsARate() {
        assertThat(claims("The buyer will pay $56 per share in the acquisition.", "money")).extracting(Claim::unit)
                .containsExactly("USD/share");
    }

    @Test
    void aFormerTitleHasNoTime() {
        Claim c = claims("Former Defence Minister Taro Kono was appointed party spokesman.", "title").get(0);
        assertThat(c.value()).isEqualTo("defence minister");
        assertThat(c.qualifier()).isEqualTo("FORMER");
        assertThat(c.time()).isNull();
        assertThat(claims("Defence Minister Taro Kono spoke on Monday.", "title").get(0).time()).isNotNull();
    }

    @Test
    void editionBeforeAndNameAfterTheEventWord() {
        Claim e = claims("The navies of India and Indonesia began the third edition of the bilateral exercise "
                + "'Samudra Shakti' on Monday.", "event").get(0);
        assertThat(e.subject()).contains("samudra-shakti#3");
        assertThat(claims("The fourth edition of the naval exercise Samudra Shakti got under way on Monday.",
                "event").get(0).subject()).contains("samudra-shakti#4");
        assertThat(claims("The talks Monday were cordial.", "event").get(0).subject()).doesNotContain("monday");
    }

    @Test
    void acquisitionIsAnArmsTransferOnlyNextToEquipment() {
        assertThat(claims("The acquisition of Verdant Snacks was announced on Monday.", "event"))
                .extracting(Claim::value).containsExactly("acquisition");
        assertThat(claims("The acquisition of four Mi-35 helicopters was announced on Monday.", "event"))
                .extracting(Claim::value).containsExactly("arms-transfer");
    }
}
