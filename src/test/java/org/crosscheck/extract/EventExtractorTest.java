package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

    private static EventKey key(Claim c) {
        return EventKey.parse(c.subject()).orElseThrow();
    }

    @Test
    void readsNumberedMeetingOfNamedBodyWithParticipantsFromTheName() {
        List<Claim> events = claims("The fifth meeting of the India-France Joint Working Group on Maritime Security "
                + "was held in Paris in 2020.", "event");
        assertThat(events).hasSize(1);
        EventKey key = key(events.get(0));
        assertThat(key.eventClass()).isEqualTo("meeting");
        assertThat(key.participants()).containsExactly("france", "india");
        assertThat(key.name()).isEqualTo("joint-working-group-on-maritime-security");
        assertThat(key.edition()).isEqualTo(5);
        assertThat(events.get(0).time().value()).isEqualTo("2020");
    }

    @Test
    void aTrainSlidingOffTheTrackIsAnAccident() {
        // event_words.csv: the phrase names the mishap that WordNet types neither as a verb nor as a phrase.
        List<Claim> events = claims("In 2016, 127 people were killed when 14 coaches of a passenger train slid off "
                + "the track.", "event");
        assertThat(events).extracting(Claim::value).containsExactly("accident");
        assertThat(events.get(0).time().value()).isEqualTo("2016");
        assertThat(claims("The child slid off the sofa.", "event")).isEmpty();
    }

    @Test
    void thePhrasalVerbTouchDownIsALandingInEveryForm() {
        // "touched down" was listed alone; the tagger reads "touch" of "will touch down" as a verb of its own.
        for (String s : List.of("The probe will touch down on the Moon in 2023.",
                "The probe touches down on the Moon in 2023.", "The lander made a successful touch down in 2023.")) {
            assertThat(claims(s, "event")).as(s).anySatisfy(c -> assertThat(c.value()).isEqualTo("landing"));
        }
    }

    @Test
    void theMomentATollStoodAtDatesNoEvent() {
        // "as of 2021" gives when the toll stood at 87; "in 2020" when the capsizing happened.
        List<Claim> asOf = claims("The death toll from the capsized ferry rose to 87 as of 2021.", "event");
        assertThat(asOf).isNotEmpty();
        assertThat(asOf).allSatisfy(c -> assertThat(c.time()).isNull());
        List<Claim> dated = claims("The death toll from the ferry that capsized in 2020 rose to 87.", "event");
        assertThat(dated).anySatisfy(c -> assertThat(c.time().value()).isEqualTo("2020"));
    }

    @Test
    void aTimeAfterUntilBoundsTheEventWithoutDatingIt() {
        // "until 2021" says the acquisitions came before 2021, not that they happened in it.
        List<Claim> until = claims("Its biggest acquisition until 2021 had been a chipmaker.", "event");
        assertThat(until).isNotEmpty();
        assertThat(until).allSatisfy(c -> assertThat(c.time()).isNull());
        List<Claim> dated = claims("Its biggest acquisition in 2021 had been a chipmaker.", "event");
        assertThat(dated).anySatisfy(c -> assertThat(c.time().value()).isEqualTo("2021"));
    }

    @Test
    void aTimeOfTheConjunctBeforeYieldsToTheMentionsOwn() {
        List<Claim> arrival = claims("The train left in 2019 and arrived at the coast in 2020.", "event").stream()
                .filter(c -> c.value().equals("arrival")).toList();
        assertThat(arrival).isNotEmpty();
        assertThat(arrival).allSatisfy(c -> assertThat(c.time().value()).isEqualTo("2020"));
    }

    @Test
    void aParticipleAndItsAgentAfterANounKeepTheirTime() {
        List<Claim> agreement = claims("The agreement reaffirmed the declaration signed by both leaders in 2018.",
                "event").stream().filter(c -> c.value().equals("agreement")).toList();
        assertThat(agreement).isNotEmpty();
        assertThat(agreement).allSatisfy(c -> assertThat(c.time()).isNull());
        assertThat(claims("At least 96 were killed when a train derailed in northern India in 2016.", "event"))
                .anySatisfy(c -> assertThat(c.time().value()).isEqualTo("2016"));
    }

    @Test
    void aYearPremodifyingAnotherNounDatesThatNoun() {
        assertThat(claims("It was the biggest protest since the 1997 handover.", "event"))
                .allSatisfy(c -> assertThat(c.time()).isNull());
        assertThat(claims("The 2015 defence deal was signed in Delhi.", "event"))
                .anySatisfy(c -> assertThat(c.time().value()).isEqualTo("2015"));
    }

    @Test
    void aFrameVerbAfterAnAsideTakesTheOpeningNounPhraseAsSubject() {
        assertThat(claims("A ferry carrying 462 people, mostly students on a trip to an island, sank on Wednesday.",
                "event").stream().map(Claim::value)).contains("accident");
        assertThat(claims("The price of shares, which rose in May, sank on Wednesday.", "event").stream()
                .map(Claim::value)).doesNotContain("accident");
    }

    @Test
    void anEventWordModifyingANamesCommonHeadNamesAThing() {
        assertThat(claims("The probe was carried by a Launch Vehicle Mark-3 rocket.", "event")).isEmpty();
        assertThat(claims("Diplomats of the North Atlantic Treaty Organisation met in Brussels.", "event")
                .stream().map(Claim::value)).doesNotContain("agreement");
        assertThat(claims("The bridge withstood Typhoon Manghut last year.", "event")).isNotEmpty();
    }

    @Test
    void anOrdinalBeforeAOneOffEventCountsEventsAndIsNoEdition() {
        EventKey accident = key(claims("It was the second recent rail accident in the region, police said.", "event")
                .get(0));
        assertThat(accident.eventClass()).isEqualTo("accident");
        assertThat(accident.edition()).isZero();
        EventKey exercise = key(claims("Troops from Norland and Estmark began the second joint exercise on Monday.",
                "event").get(0));
        assertThat(exercise.eventClass()).isEqualTo("exercise");
        assertThat(exercise.edition()).isEqualTo(2);
    }

    @Test
    void aTownBeforeACapitalisedEventWordIsPartOfTheName() {
        EventKey forum = key(claims("Delegates from Germany and France gathered for the fifth Munich Forum.", "event")
                .get(0));
        assertThat(forum.name()).isEqualTo("munich-forum");
        assertThat(forum.participants()).contains("germany");
        assertThat(forum.edition()).isEqualTo(5);
        EventKey meeting = key(claims("Germany and France held the Munich meeting on Monday.", "event").get(0));
        assertThat(meeting.name()).isEmpty();
    }

    @Test
    void quotedCodenameAndSinceGiveTheSeries() {
        List<Claim> all = claims("Indonesian and Malaysian navies have been holding joint drills codenamed "
                + "'Malindo Jaya' since 2012.");
        Claim event = all.stream().filter(c -> c.attribute().equals("event")).findFirst().orElseThrow();
        Claim since = all.stream().filter(c -> c.attribute().equals("since")).findFirst().orElseThrow();
        assertThat(key(event).name()).isEqualTo("malindo-jaya");
        assertThat(key(event).year()).isEmpty();
        assertThat(since.value()).isEqualTo("2012");
        assertThat(since.subject()).isEqualTo("exercise:indonesia+malaysia:malindo-jaya");
    }

    @Test
    void agreementDescriptionsNormaliseToTheirTopic() {
        String a = key(claims("Egypt and Algeria signed a bilateral energy cooperation pact.", "event").get(0)).name();
        String b = key(claims("Egypt and Algeria are expected to sign a memorandum of understanding (MoU) on energy "
                + "cooperation.", "event").get(0)).name();
        assertThat(a).isEqualTo("energy-cooperation").isEqualTo(b);
    }

    @Test
    void aTopicGoesOnThroughInToItsField() {
        String education = key(claims("Egypt and Algeria signed an MoU on cooperation in education.", "event").get(0))
                .name();
        String fisheries = key(claims("Egypt and Algeria signed an MoU on cooperation in fisheries.", "event").get(0))
                .name();
        assertThat(education).isNotEqualTo(fisheries).contains("education");
    }

    @Test
    void bracketedAbbreviationIsNotASecondEvent() {
        assertThat(claims("They signed a memorandum of understanding (MoU) on trade.", "event")).hasSize(1);
    }

    @Test
    void visitIsNamedAfterTheVisitor() {
        Claim event = claims("Turkish Defence Minister Hulusi Akar visited Baku in 2019.", "event").get(0);
        assertThat(key(event).name()).isEqualTo("hulusi-akar");
        assertThat(event.value()).isEqualTo("visit");
    }

    @Test
    void equipmentWordsAloneDoNotMakeATransfer() {
        assertThat(claims("The accord provides for supplies of food and medicine.", "event"))
                .extracting(Claim::value).doesNotContain("arms-transfer");
        assertThat(claims("Russia supplied six Mi-17 helicopters to Kazakhstan.", "event"))
                .extracting(Claim::value).containsExactly("arms-transfer");
    }

    @Test
    void noEventsInASentenceWithoutEventWords() {
        assertThat(claims("COVID-19 cases in the G-20 countries fell by 20 percent on page 12.", "event")).isEmpty();
    }

    @Test
    void inTheEventOfSupposesAnEventAndNamesNone() {
        assertThat(claims("In the event of a defeat the agreement would return to the Commons.", "event"))
                .extracting(Claim::value).containsExactlyInAnyOrder("outcome", "agreement");
        assertThat(claims("The event drew 300 guests.", "event")).isNotEmpty();
    }

    @Test
    void imprisoningSomeoneForATermIsTheirSentencing() {
        // The shipped temporal tagger: the term ("135 months") is a duration only it reads.
        Pipeline pipeline = Pipeline.standard(TestArticles.VOCABULARY,
                org.crosscheck.time.NewsTemporalTagger.load(java.nio.file.Path.of("rules")));
        assertThat(pipeline.extract(TestArticles.article("t.txt", "date 2021-05-04\n\n"
                + "The judge ruled she needed to be incarcerated for 135 months.\n")))
                .filteredOn(c -> c.attribute().equals("event")).extracting(Claim::value)
                .containsExactly("sentencing");
    }

    @Test
    void howLongAnEventLastedIsItsDurationNotItsTime() {
        Pipeline pipeline = Pipeline.standard(TestArticles.VOCABULARY,
                org.crosscheck.time.NewsTemporalTagger.load(java.nio.file.Path.of("rules")));
        Claim construction = pipeline.extract(TestArticles.article("t.txt", "date 2021-05-04\n\n"
                        + "During 17 years of construction, workers moved 28 million tons of rock.\n")).stream()
                .filter(c -> c.attribute().equals("event")).findFirst().orElseThrow();
        assertThat(construction.time().value()).isEmpty();
        assertThat(construction.time().duration()).isEqualTo("P17Y");
    }

    @Test
    void definiteMentionWithoutNameIsMarkedAsReferringBack() {
        assertThat(key(claims("The summit ended on a positive note.", "event").get(0)).anaphoric()).isTrue();
        assertThat(key(claims("Leaders held talks.", "event").get(0)).anaphoric()).isFalse();
    }

    @Test
    void verbsOfRunningAppealingSeekingAndReviewingNameNoEvent() {
        List<Claim> events = claims("Climbers were sent running for their lives as the avalanche struck.", "event");
        assertThat(events).extracting(c -> key(c).eventClass()).containsExactly("avalanche");
        assertThat(claims("Relatives appealed on social media for news of the missing.", "event")).isEmpty();
        assertThat(claims("The board was reviewing the offer, people familiar with the matter said.", "event"))
                .isEmpty();
        assertThat(claims("She sought to revolutionise the industry.", "event")).isEmpty();
        assertThat(claims("The minister will seek support from the union.", "event")).isEmpty();
    }

    @Test
    void aRaceTheYesSideChargesAndACrossfireNameNoEvent() {
        // The race names no match; what it is run to do is a landing still to come.
        assertThat(claims("It is the lone spacecraft left in the race to touch down on the Moon.", "event"))
                .extracting(c -> key(c).eventClass() + " " + c.modality()).containsExactly("landing INTENDED");
        assertThat(claims("The \u201cNo\u201d side won with 2,001,926 votes over 1,617,989 for \u201cYes\u201d.", "event"))
                .extracting(c -> key(c).eventClass()).doesNotContain("announcement");
        assertThat(claims("The deal has been caught in a diplomatic crossfire between the two powers.", "event"))
                .extracting(c -> key(c).eventClass()).containsExactly("agreement");
        assertThat(claims("Jurors acquitted her on four charges of conspiracy to defraud patients.", "event"))
                .extracting(c -> key(c).eventClass()).doesNotContain("attack", "agreement");
    }

    @Test
    void anAppealToMpsVenturesAndOperatingNameNoEvent() {
        assertThat(claims("The prime minister made a last-ditch appeal to MPs to back her plan.", "event")).isEmpty();
        assertThat(claims("He spends his time on his other ventures.", "event")).isEmpty();
        assertThat(claims("The company will continue to operate as an independent division.", "event")).isEmpty();
    }
}
