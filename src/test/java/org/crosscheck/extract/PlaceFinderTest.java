package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.crosscheck.nlp.Tagger;
import org.junit.jupiter.api.Test;

class PlaceFinderTest {
    private static final PersonFinder PERSONS = new PersonFinder(TestArticles.LEXICON, TestArticles.VOCABULARY);
    private static final PlaceFinder FINDER = new PlaceFinder(TestArticles.LEXICON, PERSONS, TestArticles.VOCABULARY);

    static List<PlaceFinder.Place> places(String sentence) {
        return FINDER.find(sentence, Tagger.standard().tag(sentence), PERSONS.find(sentence));
    }

    @Test
    void aVenueNounMakesAnUnknownNameAPlace() {
        assertThat(places("The drill was held at the army school in Tarsk."))
                .extracting(PlaceFinder.Place::name, PlaceFinder.Place::role)
                .contains(tuple("Tarsk", "venue"));
        assertThat(places("Trump arrived at the Capella hotel earlier than Kim."))
                .extracting(PlaceFinder.Place::name, PlaceFinder.Place::type, PlaceFinder.Place::role)
                .containsExactly(tuple("Capella", "venue", "venue"));
        assertThat(places("Argentina won the final at the Lusail Stadium on Sunday."))
                .extracting(PlaceFinder.Place::name, PlaceFinder.Place::type)
                .containsExactly(tuple("Argentina", "country"), tuple("Lusail", "venue"));
    }

    @Test
    void anIndefiniteDescriptionIsNoNamedVenue() {
        assertThat(places("Dozens died in a blaze in a London tower block last week."))
                .extracting(PlaceFinder.Place::name).doesNotContain("London tower", "London");
        assertThat(places("The fire broke out at the Grenfell tower in London last week."))
                .extracting(PlaceFinder.Place::name).contains("London");
        assertThat(places("Trump arrived at a Capella hotel."))
                .extracting(PlaceFinder.Place::name).isEmpty();
    }

    @Test
    void aCountryQualifyingANounIsNoPlaceOfTheSentence() {
        assertThat(places("India asked for a waiver from US sanctions imposed after the 2016 US elections."))
                .extracting(PlaceFinder.Place::name).doesNotContain("United States");
        assertThat(places("Musk offered 54.20 U.S. dollars a share for the company."))
                .extracting(PlaceFinder.Place::name).doesNotContain("United States");
        assertThat(places("Putin will visit India today and sign the deal in Russia next week."))
                .extracting(PlaceFinder.Place::name).contains("India", "Russia");
    }

    @Test
    void aRouteNamesBothEnds() {
        assertThat(places("The new line from Orlan to Vesk opened on Monday."))
                .extracting(PlaceFinder.Place::name, PlaceFinder.Place::role)
                .containsExactly(tuple("Orlan", "origin"), tuple("Vesk", "destination"));
    }

    @Test
    void nearIsAnApproximateVenue() {
        assertThat(places("The bus overturned near Danvik late on Friday."))
                .extracting(PlaceFinder.Place::name, PlaceFinder.Place::role, PlaceFinder.Place::near)
                .containsExactly(tuple("Danvik", "venue", true));
        assertThat(places("The train derailed near Pukhrayan station, about 60 km from Kanpur city."))
                .extracting(PlaceFinder.Place::name, PlaceFinder.Place::type, PlaceFinder.Place::role,
                        PlaceFinder.Place::near)
                .containsExactly(tuple("Pukhrayan", "venue", "venue", true), tuple("Kanpur", "city", "venue", true));
    }

    @Test
    void appositionAndKindWordsGiveTheKind() {
        assertThat(places("The derailment occurred near Pukhrayan, a village near the industrial city of Kanpur."))
                .extracting(PlaceFinder.Place::name, PlaceFinder.Place::type, PlaceFinder.Place::container)
                .containsExactly(tuple("Pukhrayan", "village", ""), tuple("Kanpur", "city", ""));
    }

    @Test
    void containmentIsReadFromTheText() {
        assertThat(places("Pukhrayan, a village in Kanpur Dehat district, was cordoned off."))
                .extracting(PlaceFinder.Place::name, PlaceFinder.Place::type, PlaceFinder.Place::container)
                .containsExactly(tuple("Pukhrayan", "village", "Kanpur Dehat"), tuple("Kanpur Dehat", "district", ""));
        assertThat(places("He will preside over a ceremony in Pollegio in the canton of Ticino, in front of guests."))
                .extracting(PlaceFinder.Place::name, PlaceFinder.Place::role, PlaceFinder.Place::container)
                .containsExactly(tuple("Pollegio", "venue", "Ticino"), tuple("Ticino", "", ""));
        assertThat(places("The train got derailed at around 3 am near Uttar Pradesh\u2019s Pukhrayan in the Kanpur "
                + "Dehat district."))
                .extracting(PlaceFinder.Place::name, PlaceFinder.Place::container)
                .containsExactly(tuple("Pukhrayan", "Kanpur Dehat"), tuple("Kanpur Dehat", ""));
        assertThat(places("The journey from Erstfeld in the central canton of Uri took 20 minutes."))
                .extracting(PlaceFinder.Place::name, PlaceFinder.Place::role, PlaceFinder.Place::container)
                .containsExactly(tuple("Erstfeld", "origin", "Uri"), tuple("Uri", "", ""));
    }

    @Test
    void coordinatedPlacesShareTheRole() {
        assertThat(places("Zapad-2017 strategic exercise kicks off in Russia and Belarus"))
                .extracting(PlaceFinder.Place::name, PlaceFinder.Place::role)
                .containsExactly(tuple("Russia", "venue"), tuple("Belarus", "venue"));
        assertThat(places("Rescue workers remove debris after an earthquake in Kathmandu, Nepal, Saturday."))
                .extracting(PlaceFinder.Place::name, PlaceFinder.Place::role, PlaceFinder.Place::container)
                .containsExactly(tuple("Kathmandu", "venue", "Nepal"), tuple("Nepal", "", ""));
    }

    @Test
    void aNameWithoutEvidenceIsNoPlace() {
        assertThat(places("He announced the deal at Microsoft on Monday.")).isEmpty();
        assertThat(places("Prime Minister Narendra Modi spoke in Parliament in January.")).isEmpty();
        assertThat(places("Tehran\u2019s envoy praised the talks.")).extracting(PlaceFinder.Place::role)
                .doesNotContain("venue", "origin", "destination");
    }
}
