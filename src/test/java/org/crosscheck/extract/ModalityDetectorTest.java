package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModalityDetectorTest {
    private final ModalityDetector detector = new ModalityDetector(TestArticles.VOCABULARY);

    private ModalityDetector.Modality at(String sentence, String claim) {
        int i = sentence.indexOf(claim);
        return detector.at(sentence, i, i + claim.length());
    }

    @Test
    void modalCueOutranksTheVerbItGoverns() {
        assertThat(at("Both sides are expected to sign an accord on trade.", "accord").modality())
                .isEqualTo("EXPECTED");
        assertThat(at("Both sides signed an accord on trade.", "accord").modality()).isEqualTo("SIGNED");
    }

    @Test
    void whatARaceIsRunToDoIsNotDoneYet() {
        assertThat(at("It is the lone spacecraft left in the race to touch down on the Moon.", "touch down")
                .modality()).isEqualTo("INTENDED");
    }

    @Test
    void cueGovernsOnlyItsClause() {
        String s = "Ankara approved the sale of jets to Doha, which is interested in buying 12 jets.";
        assertThat(at(s, "sale").modality()).isEqualTo("AGREED");
        assertThat(at(s, "12 jets").modality()).isEqualTo("INTENDED");
    }

    @Test
    void aFutureInARelativeClauseOfALaterNounDoesNotGovernTheCount() {
        String s = "Over 1000 pieces of hardware are being used in the exercise that will last six days.";
        assertThat(at(s, "1000 pieces of hardware").modality()).isEqualTo("HAPPENED");
        // A relative clause right after the claim is the claim's own.
        assertThat(at("Some 1,000 troops that will take part arrived.", "1,000 troops").modality())
                .isEqualTo("EXPECTED");
    }

    @Test
    void theNameOfASideIsNoNegation() {
        assertThat(at("The No campaign started strongly in Orkney.", "campaign").negated()).isFalse();
        assertThat(at("The \u201cNo\u201d vote was 55.3%.", "vote").negated()).isFalse();
        assertThat(at("There was no vote on Tuesday.", "vote").negated()).isTrue();
    }

    @Test
    void aNegatedWholeIsAnIncompleteEventNotADenial() {
        ModalityDetector.Modality m = at("Every floor was reached, but the whole building had not been searched.",
                "searched");
        assertThat(m.negated()).isFalse();
        assertThat(m.modality()).isEqualTo("PARTIAL");
    }

    @Test
    void negationDenialAndReports() {
        // Staying away from an event says nothing against the event itself.
        assertThat(at("The minister did not attend the summit.", "summit"))
                .isEqualTo(new ModalityDetector.Modality("ABSENT", false));
        assertThat(at("The summit did not take place.", "take").negated()).isTrue();
        assertThat(at("No agreement was signed.", "agreement")).isEqualTo(new ModalityDetector.Modality("SIGNED", true));
        assertThat(at("Officials rubbished reports of secret talks.", "talks").modality()).isEqualTo("DENIED");
        assertThat(at("The spy chief reportedly made a visit.", "visit").modality()).isEqualTo("REPORTED");
        assertThat(at("The next round will be convened in Cairo.", "round").modality()).isEqualTo("PLANNED");
        assertThat(at("The talks ended.", "talks")).isEqualTo(new ModalityDetector.Modality("HAPPENED", false));
    }

    @Test
    void negationScope() {
        // A negated adjunct denies the venue, not the event; the venue itself is negated.
        String venue = "The exercise was not held in the border region.";
        assertThat(at(venue, "exercise").negated()).isFalse();
        assertThat(at(venue, "border region").negated()).isTrue();
        assertThat(at("The exercise was not held.", "exercise").negated()).isTrue();
        assertThat(at("The minister was not invited.", "invited").negated()).isTrue();
        // A qualifier is no negation, and a negation in another phrase governs nothing before it.
        assertThat(at("It involves no more than 12,000 soldiers.", "12,000 soldiers").negated()).isFalse();
        assertThat(at("After a turnout of 86 per cent, the No side won.", "86 per cent").negated()).isFalse();
        // A negated verb of another kind denies itself, not the event it names.
        assertThat(at("The leaders did not mention the S-400 deal.", "deal").negated()).isFalse();
        assertThat(at("They said they would not support May's withdrawal agreement.", "agreement").negated())
                .isFalse();
        assertThat(at("Scotland has voted no in an independence referendum.", "referendum").negated()).isFalse();
        assertThat(at("The summit did not take place.", "summit").negated()).isTrue();
        assertThat(at("The train did not derail.", "derail").negated()).isTrue();
    }

    @Test
    void stagesOfOneTransaction() {
        assertThat(at("Serbia is interested in buying up to 20 helicopters.", "20 helicopters").modality())
                .isEqualTo("INTENDED");
        assertThat(at("India is to receive the first S-400 in 2019.", "2019").modality()).isEqualTo("EXPECTED");
        assertThat(at("Russia will deliver the systems in 2020.", "2020").modality()).isEqualTo("EXPECTED");
        String deal = "India signed the deal in October 2018, with deliveries to begin in 2020.";
        assertThat(at(deal, "October 2018").modality()).isEqualTo("SIGNED");
        assertThat(at(deal, "2020").modality()).isEqualTo("EXPECTED");
        assertThat(at("The first batch is to be delivered in 2020.", "2020").modality()).isEqualTo("EXPECTED");
        assertThat(at("They signed a contract to supply the systems in a deal of $5.43 billion.", "$5.43 billion")
                .modality()).isEqualTo("SIGNED");
        assertThat(at("New Delhi stated its intention to purchase the systems in 2015.", "2015").modality())
                .isEqualTo("INTENDED");
    }

    @Test
    void anInquiryIntoAnEventSaysTheEventHappened() {
        String s = "The investigation into the Grenfell Tower fire will look beyond how it started.";
        assertThat(at(s, "fire").modality()).isEqualTo("HAPPENED");
        assertThat(at(s, "investigation").modality()).isEqualTo("EXPECTED");
        assertThat(at("The minister said the government would investigate what caused the derailment.", "derailment")
                .modality()).isEqualTo("HAPPENED");
        // A modal after the inquiry cue still governs what it governs.
        assertThat(at("An inquiry into the blast will be held next week.", "held").modality()).isEqualTo("PLANNED");
    }

    @Test
    void aCoordinatedClauseWithItsOwnSubjectKeepsItsModal() {
        String s = "Sadiq Khan said the fire had been declared a major incident and there would be questions asked.";
        assertThat(at(s, "fire").modality()).isEqualTo("HAPPENED");
        assertThat(at(s, "questions").modality()).isEqualTo("EXPECTED");
    }

    @Test
    void anEllipsisEndsTheStatementBeforeIt() {
        String s = "Kim said: \"Today we had a very historic meeting...the world will see a major change.\"";
        assertThat(at(s, "meeting").modality()).isEqualTo("HAPPENED");
        assertThat(at(s, "change").modality()).isEqualTo("EXPECTED");
    }

    @Test
    void aFrontedAdjunctOrRelativeClauseIsNotGovernedByTheMainVerb() {
        assertThat(at("Under the terms of the deal, Microsoft will acquire LinkedIn.", "deal").modality())
                .isEqualTo("HAPPENED");
        assertThat(at("The purchase of LinkedIn, which has some 433 million users worldwide, will give Microsoft a lift.",
                "433 million users").modality()).isEqualTo("HAPPENED");
        assertThat(at("In a statement after her drubbing, Mrs May said: \"this Government will listen\".", "drubbing")
                .modality()).isEqualTo("HAPPENED");
        // A temporal frame takes the main clause's time.
        assertThat(at("During the visit of Mr Putin, a deal will be signed.", "visit").modality()).isEqualTo("EXPECTED");
        // Without the closing comma the relative clause's own future governs it.
        assertThat(at("He bought 20 jets, which will be delivered in 2020.", "delivered").modality())
                .isEqualTo("EXPECTED");
    }

    @Test
    void whatAPlanIsAimedAtIsIntended() {
        assertThat(at("The plan was aimed at bringing about an orderly departure on 29 March.", "departure")
                .modality()).isEqualTo("INTENDED");
    }

    @Test
    void aConditionalGovernsOnlyWhatFollowsIt() {
        String s = "The US threatened sanctions if the deals go through.";
        assertThat(at(s, "deals").modality()).isEqualTo("CONDITIONAL");
        assertThat(at(s, "sanctions").modality()).isEqualTo("HAPPENED");
        String quake = "The death toll in the earthquake could reach 10,000.";
        assertThat(at(quake, "10,000").modality()).isEqualTo("EXPECTED");
        assertThat(at(quake, "earthquake").modality()).isEqualTo("HAPPENED");
    }

    @Test
    void aCueVerbDoesNotGovernItsOwnWords() {
        String s = "Moscow has been negotiating to sell the S-400 to India for months.";
        assertThat(at(s, "negotiating").modality()).isEqualTo("HAPPENED");
        assertThat(at(s, "S-400").modality()).isEqualTo("INTENDED");
    }

    @Test
    void aModalNounAfterAnEventNounMakesItAnIntentionOrAProposal() {
        assertThat(at("Musk launched his hostile takeover bid for the company.", "takeover").modality())
                .isEqualTo("INTENDED");
        String s = "The sentence imposed by the judge was shorter than the 15-year sentence required by prosecutors.";
        assertThat(at(s, "15-year sentence").modality()).isEqualTo("PROPOSED");
        assertThat(at(s, "sentence imposed").modality()).isEqualTo("HAPPENED");
    }

    @Test
    void aClaimWithItsOwnVerbIsNotGovernedByALaterModal() {
        String s = "The margin of defeat was the worst since 1924 and in normal circumstances would be enough.";
        assertThat(at(s, "defeat").modality()).isEqualTo("HAPPENED");
        // The cue's own auxiliary is no verb of the claim's.
        assertThat(at("The delivery of five units is likely to be completed by April.", "delivery").modality())
                .isEqualTo("EXPECTED");
        assertThat(at("The talks will be held in Delhi.", "talks").modality()).isEqualTo("PLANNED");
    }

    @Test
    void whatSetOffEarlierThanScheduledHappened() {
        assertThat(at("The march set off half an hour earlier than scheduled.", "march").modality())
                .isEqualTo("HAPPENED");
    }

    @Test
    void aWhenClauseAndAnAsClauseHaveTheirOwnTense() {
        assertThat(at("Hundreds would have been in the block when the fire broke out.", "fire").modality())
                .isEqualTo("HAPPENED");
        assertThat(at("The toll could reach 10,000, the minister said, as the toll hit 4,349.", "4,349")
                .modality()).isEqualTo("HAPPENED");
    }

    @Test
    void aPlainClaimDatedAfterPublicationIsExpected() {
        java.time.LocalDate published = java.time.LocalDate.of(2018, 10, 3);
        org.crosscheck.fact.TimeSpan next = new org.crosscheck.fact.TimeSpan("2018-10-04",
                java.time.LocalDate.of(2018, 10, 4), java.time.LocalDate.of(2018, 10, 4), "DAY");
        org.crosscheck.fact.TimeSpan same = new org.crosscheck.fact.TimeSpan("2018-10-03", published, published, "DAY");
        ModalityDetector.Modality plain = new ModalityDetector.Modality("HAPPENED", false);
        assertThat(plain.dated(next, published).modality()).isEqualTo("EXPECTED");
        assertThat(plain.dated(same, published).modality()).isEqualTo("HAPPENED");
        assertThat(plain.dated(next, null).modality()).isEqualTo("HAPPENED");
        // A cue was read: it stays.
        assertThat(new ModalityDetector.Modality("SIGNED", false).dated(next, published).modality())
                .isEqualTo("SIGNED");
    }

    @Test
    void aHeadlineInfinitiveAndAnEstimateLookForward() {
        assertThat(at("Singapore to spend around $20mn to host Kim-Trump summit", "$20mn").modality())
                .isEqualTo("EXPECTED");
        assertThat(at("About $16.3 million was spent, less than an earlier estimate of $20 million.", "$20 million")
                .modality()).isEqualTo("EXPECTED");
        assertThat(at("About $16.3 million was spent, less than an earlier estimate of $20 million.", "$16.3 million")
                .modality()).isEqualTo("HAPPENED");
        // An opening complex preposition is no headline's subject.
        assertThat(at("According to the railway spokesperson, about 10 coaches derailed.", "10 coaches").modality())
                .isEqualTo("HAPPENED");
    }
}
