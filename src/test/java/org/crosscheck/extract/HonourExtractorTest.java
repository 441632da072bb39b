package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When an organisation gave a person a title: {@code honour} claims of HonourExtractor. */
class HonourExtractorTest {

    /** "subject value detail" of the honour claims of the text. */
    private static List<String> honours(String text) {
        return claims(text, HonourExtractor.HONOUR).stream()
                .map(c -> c.subject() + " " + c.value() + " " + c.detail()).toList();
    }

    @Test
    void aYearAfterTheTitleOrOpeningTheClauseDatesIt() {
        assertThat(honours("Veltrix was valued at $9 billion and Zenith named Lopez the youngest self-made woman "
                + "billionaire in 2014.")).containsExactly("person:lopez 2014 zenith:billionaire");
        assertThat(honours("In 2015, Zenith named Lopez as the 'youngest and wealthiest self-made female "
                + "billionaire' in the United States.")).containsExactly("person:lopez 2015 zenith:billionaire");
    }

    @Test
    void noGiverNoTitleOrNoDateMakesNoClaim() {
        // A lower-case subject gives no organisation; "named after" gives no title.
        assertThat(honours("The magazine named Lopez the youngest billionaire in 2014.")).isEmpty();
        assertThat(honours("Zenith named Lopez in a lawsuit filed in 2014.")).isEmpty();
        // The year is of another clause.
        assertThat(honours("Zenith named Lopez the chief executive, and she resigned in 2014.")).isEmpty();
    }
}
