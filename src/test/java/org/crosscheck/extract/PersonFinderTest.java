package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonFinderTest {
    private static final PersonFinder FINDER = new PersonFinder(TestArticles.LEXICON, TestArticles.VOCABULARY);

    private static List<PersonFinder.Mention> people(String sentence) {
        return FINDER.find(sentence);
    }

    @Test
    void aTitleThatRunsOnIsNoTitleBeforeAName() {
        assertThat(people("Renzo Simoni, Chief Executive Officer of AlpTransit, spoke.")).extracting(
                PersonFinder.Mention::name, PersonFinder.Mention::title)
                .containsExactly(tuple("Renzo Simoni", "chief executive"));
        assertThat(people("The General Manager of the railway zone visited the site.")).isEmpty();
        assertThat(people("It was a King Maker moment.")).isEmpty();
    }

    @Test
    void aLowerCaseAcronymIsAnotherWord() {
        assertThat(people("The lander touched down at 6.04 pm IST on Wednesday.")).isEmpty();
        assertThat(people("PM Modi watched the landing.")).extracting(PersonFinder.Mention::name).containsExactly("Modi");
    }

    @Test
    void aListOfTitledPeopleIsNoApposition() {
        assertThat(people("Musk fired Chief Executive Parag Agrawal, Chief Financial Officer Ned Segal and others."))
                .extracting(PersonFinder.Mention::name, PersonFinder.Mention::title)
                .containsExactly(tuple("Parag Agrawal", "chief executive"), tuple("Ned Segal", "chief financial officer"));
        assertThat(people("Guests included French president Francois Hollande, Italian prime minister Matteo Renzi."))
                .extracting(PersonFinder.Mention::name, PersonFinder.Mention::title)
                .containsExactly(tuple("Francois Hollande", "president"), tuple("Matteo Renzi", "prime minister"));
    }

    @Test
    void namesKeepTheirWordsAndLoseFormsOfAddressAndAcronyms() {
        assertThat(people("Chancellor Kathaleen St. J. McCormick set a trial date.")).extracting(PersonFinder.Mention::name)
                .containsExactly("Kathaleen St. J. McCormick");
        assertThat(people("Secretary General Jens Stoltenberg NATO will send experts.")).extracting(
                PersonFinder.Mention::name).containsExactly("Jens Stoltenberg");
        assertThat(people("Prime Minister Theresa May's Brexit deal was defeated.")).extracting(
                PersonFinder.Mention::name).containsExactly("Theresa May");
        assertThat(people("Air Force chief B. S. Dhanoa spoke.")).extracting(PersonFinder.Mention::name)
                .doesNotContain("B");
    }

    @Test
    void agesBesideANameAndTheDescriptionBeforeIt() {
        assertThat(FINDER.ages("Former Thai Navy SEAL Saman Kunan, 37, ran out of oxygen.")).extracting(
                PersonFinder.Aged::name, PersonFinder.Aged::age).containsExactly(tuple("Saman Kunan", 37));
        assertThat(FINDER.ages("Saman, 38, had retired from the navy.")).extracting(PersonFinder.Aged::name,
                PersonFinder.Aged::age).containsExactly(tuple("Saman", 38));
        assertThat(FINDER.ages("Among them was the 26-year-old student Jitesh Maurya.")).extracting(
                PersonFinder.Aged::name, PersonFinder.Aged::age).containsExactly(tuple("Jitesh Maurya", 26));
    }

    @Test
    void numbersThatAreNoAges() {
        assertThat(FINDER.ages("Accidents occurred at Amsteg (1), Sedrun (2) and Faido (3).")).isEmpty();
        assertThat(FINDER.ages("The 33-year-old North Korean leader greeted Trump.")).isEmpty();
        assertThat(FINDER.ages("But eight teammates and the 25-year-old coach of the Wild Boars remain trapped."))
                .isEmpty();
        assertThat(FINDER.ages("On June 23, 2018, the boys entered the cave.")).isEmpty();
    }

    @Test
    void anOrganisationBeforeOrAfterACorporateTitleIsItsAffiliation() {
        assertThat(people("LinkedIn CEO Jeff Weiner will report to Satya Nadella.")).extracting(
                PersonFinder.Mention::name, PersonFinder.Mention::affiliation)
                .containsExactly(tuple("Jeff Weiner", "linkedin"));
        assertThat(people("Reid Hoffman, chairman of LinkedIn, backed the deal.")).extracting(
                PersonFinder.Mention::name, PersonFinder.Mention::title, PersonFinder.Mention::affiliation)
                .containsExactly(tuple("Reid Hoffman", "chairman", "linkedin"));
        assertThat(people("Former CEO Dick Costolo left.")).extracting(PersonFinder.Mention::affiliation)
                .containsExactly("");
    }

    @Test
    void aBylineOrACreditIsNoPerson() {
        assertThat(FINDER.ages("By Jane Doe, 34, and John Roe")).isEmpty();
        assertThat(FINDER.ages("(AP Photo/Rajesh Kumar Singh, 41) Rescuers search the coaches.")).isEmpty();
        assertThat(people("MANDATORY CREDIT: UK Parliament/Prime Minister Theresa May speaking")).isEmpty();
        assertThat(people("Photo: Prime Minister Theresa May | Reuters")).isEmpty();
        // "by" inside a sentence introduces an agent, not a byline.
        assertThat(people("The bridge was opened by President Xi Jinping on Tuesday.")).extracting(
                PersonFinder.Mention::name).containsExactly("Xi Jinping");
        assertThat(FINDER.ages("Former Thai Navy SEAL Saman Kunan, 37, died, Reporting by Panu Wongcha-um."))
                .extracting(PersonFinder.Aged::name).containsExactly("Saman Kunan");
    }
}
