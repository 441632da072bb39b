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
}
