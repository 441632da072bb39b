package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

class PersonAndPlaceTest {

    @Test
    void titleBeforeNameWithDemonymAndCounterpart() {
        List<Claim> titles = claims("Turkish Foreign Minister Mevlut Cavusoglu held talks with his Iranian "
                + "counterpart Javad Zarif in Ankara.", "title");
        assertThat(titles).extracting(Claim::subject, Claim::value, Claim::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("person:mevlut-cavusoglu", "foreign minister", "turkey"),
                org.assertj.core.groups.Tuple.tuple("person:javad-zarif", "foreign minister", "iran"));
        assertThat(titles.get(0).time().value()).isEqualTo("2021-05-04");
    }

    @Test
    void appositiveTitleOfCountry() {
        assertThat(claims("The team was led by Ahmet Kaya, Deputy Defense Minister of Turkey.", "title"))
                .extracting(Claim::subject, Claim::value, Claim::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("person:ahmet-kaya", "deputy defence minister",
                        "turkey"));
    }

    @Test
    void portfolioAfterATitleIsNotAPerson() {
        assertThat(claims("Special Secretary United Nations and Economic Coordination spoke.", "title")).isEmpty();
        assertThat(claims("In June, the president spoke.", "title")).isEmpty();
    }

    @Test
    void aFormerTitleWithWordsBetweenHasNoTimeAndATitleTakesNoTimeOfAnotherStatement() {
        assertThat(claims("Former federal prosecutor Diane Birnholz told reporters the case was unusual.", "title"))
                .singleElement().satisfies(c -> {
                    assertThat(c.qualifier()).isEqualTo("FORMER");
                    assertThat(c.time()).isNull();
                });
        assertThat(claims("She then met President Ahmet Kaya.", "title")).singleElement()
                .satisfies(c -> assertThat(c.qualifier()).isEmpty());
        // A drill in 2022 spoken of in an article of 2021 is no time of the president's office: the article's day.
        assertThat(claims("Lithuanian President Dalia Grybauskaite urged Nato to act ahead of a drill in 2022.",
                "title")).singleElement().satisfies(c -> assertThat(c.time().value()).isEqualTo("2021-05-04"));
        assertThat(claims("In 2014, Defence Minister Sergei Shoigu visited Pakistan.", "title")).singleElement()
                .satisfies(c -> assertThat(c.time().value()).isEqualTo("2014"));
    }

    @Test
    void placeRoles() {
        assertThat(claims("Chinese troops arrived in Egypt for a joint exercise.", "place"))
                .extracting(Claim::value, Claim::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Egypt", "destination"));
        assertThat(claims("The summit was held in Minsk.", "place")).extracting(Claim::value, Claim::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Minsk", "venue"));
        assertThat(claims("Tehran's envoy praised the weather.", "place")).isEmpty();
        // A relative clause after the place names its event.
        assertThat(claims("Reporters waited outside the Capella hotel, where the summit was held.", "place"))
                .extracting(Claim::value, Claim::detail).contains(org.assertj.core.groups.Tuple.tuple("Capella",
                        "venue"));
    }

    @Test
    void aPlaceOfAnUnnamedPlaceBetweenIsThatPlacesLocation() {
        // The media centre is in the building; the summit is not.
        assertThat(claims("Reporters will be covering the summit at the international media centre in the Pit Building.",
                "place")).extracting(Claim::value).doesNotContain("Pit Building");
        assertThat(claims("The two met at the Capella Hotel on Sentosa Island.", "place"))
                .extracting(Claim::value, Claim::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("Capella", "venue"));
    }
}
