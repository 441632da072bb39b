package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When a named thing was founded is its attribute: {@code founded} claims of FoundingExtractor. */
class FoundingExtractorTest {

    /** "subject value basis-kind" of the founding claims of the text. */
    private static List<String> foundings(String text) {
        return claims(text, FoundingExtractor.FOUNDED).stream()
                .map(c -> c.subject() + " " + c.value() + " " + c.basis().replaceFirst("[ :].*", "")).toList();
    }

    @Test
    void aVerbOfFoundingWithItsObjectOrPassiveSubjectDatesTheThing() {
        assertThat(foundings("In 2013, Ana Lopez at the age of 19, founded Veltrix after leaving college."))
                .containsExactly("thing:veltrix 2013 named");
        assertThat(foundings("Veltrix was founded in 2003 in Palo Alto.")).containsExactly("thing:veltrix 2003 named");
        assertThat(foundings("Founded in 2002, Veltrix is the largest professional network."))
                .containsExactly("thing:veltrix 2002 named");
    }

    @Test
    void aNounOfFoundingDatesTheThingItIsOf() {
        assertThat(foundings("At 19, this fear led to the origin of Veltrix in 2003."))
                .containsExactly("thing:veltrix 2003 named");
        // "its" stands for the subject of the clause after the opening phrase; the later year is another event's.
        assertThat(foundings("Within about 10 years of its founding in 2003, Veltrix was valued at $9 billion and "
                + "a magazine named its founder a billionaire in 2014.")).containsExactly("thing:veltrix 2003 named");
    }

    @Test
    void noNameOrNoDateOfTheFoundingMakesNoClaim() {
        // The year is of the sentencing, not of the founding: a verb stands between them.
        assertThat(foundings("Ana Lopez, who founded Veltrix, was sentenced in 2022.")).isEmpty();
        // A person founded is no thing.
        assertThat(foundings("The company was founded in 2003 by Ana Lopez.")).isEmpty();
    }
}
