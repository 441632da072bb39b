package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.vocab.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Publication dates as pages print them at their top, one style per case; and dates that are not the page's. */
class HeaderDatesTest {
    private static final ArticleParser PARSER = ArticleParser.from(Vocabulary.load(Path.of("rules")));
    private static final String BODY = "\n\nThe ministers met on Monday and agreed to resume talks.";

    private static Article parse(String text) {
        return PARSER.parse("a.txt", text, List.of());
    }

    static Stream<Arguments> styles() {
        return Stream.of(
                Arguments.of("agency dateline with a full date", "Talks resume\n\nJAKARTA, March 25, 2019 (Reuters) - "
                        + "The ministers met on Monday.", "2019-03-25"),
                Arguments.of("a bare date line", "Talks resume\nMarch 25, 2019" + BODY, "2019-03-25"),
                Arguments.of("byline with a bar", "Talks resume\nBy Jane Doe | March 25, 2019" + BODY, "2019-03-25"),
                Arguments.of("byline with a comma", "Talks resume\nBy Jane Doe, Staff Reporter, March 25, 2019" + BODY,
                        "2019-03-25"),
                Arguments.of("first published on", "Talks resume\nFirst Published on Mar 9, 2021" + BODY, "2021-03-09"),
                Arguments.of("updated label with time and zone", "Talks resume\nUPDATED: Jan 14, 2021 09:12 IST" + BODY,
                        "2021-01-14"),
                Arguments.of("date with a 12-hour time", "Talks resume\nJune 03, 2022 07:41 pm" + BODY, "2022-06-03"),
                Arguments.of("weekday, day, month, year, time, zone", "Talks resume\nMon 25 Mar 2019 09.00 GMT" + BODY,
                        "2019-03-25"),
                Arguments.of("dotted numeric date", "Talks resume\n25.03.2019" + BODY, "2019-03-25"),
                Arguments.of("ISO date-time", "Talks resume\n2019-03-25T10:00:00Z" + BODY, "2019-03-25"),
                Arguments.of("published label", "Talks resume\nPublished: March 3, 2018" + BODY, "2018-03-03"),
                Arguments.of("date label with a day-month-year", "Talks resume\nDate : 14-Dec-2016" + BODY, "2016-12-14"),
                Arguments.of("posted on a numeric date", "Talks resume\nPosted on 25/03/2019" + BODY, "2019-03-25"),
                Arguments.of("last updated with a time", "Talks resume\nLast Updated: March 25, 2019, 10:00 AM EDT" + BODY,
                        "2019-03-25"),
                Arguments.of("date, time and a relative update", "Talks resume\nMarch 25, 2019 / 10:00 AM / Updated 2 "
                        + "hours ago" + BODY, "2019-03-25"),
                Arguments.of("weekday and a month-first date", "Talks resume\nMonday, March 25, 2019" + BODY, "2019-03-25"),
                Arguments.of("a day-first date in words", "Talks resume\n25 March 2019" + BODY, "2019-03-25"),
                Arguments.of("updated first, first published later on the line", "Talks resume\nSun 24 Mar 2019 18.21 "
                        + "EDT First published on Sun 24 Mar 2019 14.00 EDT" + BODY, "2019-03-24"),
                Arguments.of("published time before the date", "Talks resume\nPublished 10:30 AM ET, Mon March 25, 2019"
                        + BODY, "2019-03-25"),
                Arguments.of("updated line below a published line", "Talks resume\nPublished: March 20, 2019\nUpdated: "
                        + "March 25, 2019" + BODY, "2019-03-20"),
                Arguments.of("year-first numeric date", "Talks resume\nDated: 2019/03/25" + BODY, "2019-03-25"),
                Arguments.of("signature at the end", "PARIS: Ministers agreed a plan on Monday.\n\nPublished in The "
                        + "Daily Record, July 9th, 2022\n", "2022-07-09"),
                Arguments.of("dateline with a day and month only, the year in a header", "Talks resume\n2019-03-25\n\n"
                        + "ISLAMABAD, March 25 (APP): The ministers met.", "2019-03-25"),
                Arguments.of("a lower-case date label", " date 2020-11-05 Jane Writer\n\nLondon\n\nThe council met on "
                        + "Monday.", "2020-11-05"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void readsThePublicationDate(String style, String text, String expected) {
        Article a = parse(text);
        assertThat(a.publication().date()).as(style).isEqualTo(LocalDate.parse(expected));
        assertThat(a.publication().basis()).isEqualTo(PublishedBasis.HEADER);
        assertThat(a.warnings()).doesNotContain(ArticleParser.NO_DATE);
    }

    @Test
    void theUpdatedLabelIsNotCutAsADateline() {
        Article a = parse("Talks resume\nUPDATED: Jan 14, 2021 09:12 IST\n\nNEW DELHI: The ministers met on Monday.");
        assertThat(a.removed()).extracting(Removal::reason).containsExactly("header", "dateline");
        assertThat(a.removed().get(1).text()).isEqualTo("NEW DELHI: ");
        assertThat(a.publication().outlet()).isEmpty();
    }

    @Test
    void aTweetDatedInTheBodyIsNotThePublicationDate() {
        Article a = parse("Talks resume\n\nThe ministers met on Monday.\n\nNo deal yet, sources say pic.twitter.com/x1\n"
                + "— Jane Doe (@janedoe) March 25, 2019\n\nMore talks are planned.");
        assertThat(a.publication().date()).isNull();
        assertThat(a.warnings()).contains(ArticleParser.NO_DATE);
    }

    @Test
    void aTweetEmbeddedAtTheTopIsNotThePublicationDateEither() {
        Article a = parse("— Jane Doe (@janedoe) March 25, 2019\nPublished: March 27, 2019" + BODY);
        assertThat(a.publication().date()).isEqualTo(LocalDate.of(2019, 3, 27));
    }

    @Test
    void aPhotoCaptionDatedAtTheTopIsNotThePublicationDate() {
        Article a = parse("Talks resume\nPhoto: Reuters, March 24, 2019\nMarch 26, 2019" + BODY);
        assertThat(a.publication().date()).isEqualTo(LocalDate.of(2019, 3, 26));
    }

    @Test
    void aNumericDateEitherWayRoundIsTakenDayFirstAndSaysSo() {
        Article a = parse("Talks resume\n03/02/2020" + BODY);
        assertThat(a.publication().date()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("reads two ways"));
    }

    @Test
    void aDateInTheFirstSentenceOfTheBodyIsNotAHeader() {
        Article a = parse("Talks resume\n\nThe ministers met on March 25, 2019 in the capital and agreed to resume "
                + "talks that had stalled for months over the border question.");
        assertThat(a.publication().date()).isNull();
    }
}
