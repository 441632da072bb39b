package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.crosscheck.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
    private static final ArticleParser PARSER = ArticleParser.from(Vocabulary.load(Path.of("rules")));

    private static Article parse(String text) {
        return PARSER.parse("a.txt", text, List.of());
    }

    @Test
    void readsLabelledDateAndSourceFromHeaderLine() {
        Article a = parse("Title of the story\n\u00A0Source\u00A0:\u00A0Wires\u00A0\u00A0Date\u00A0:\u00A007-Jan-2021\n\nBody text here.");
        assertThat(a.publication().date()).isEqualTo(LocalDate.of(2021, 1, 7));
        assertThat(a.publication().basis()).isEqualTo(PublishedBasis.HEADER);
        assertThat(a.publication().outlet()).isEqualTo("Wires");
        assertThat(a.sentences()).extracting(Sentence::text).containsExactly("Title of the story", "Body text here.");
    }

    @Test
    void readsIsoDateAfterLowerCaseLabel() {
        Article a = parse(" date 2020-11-05 Jane Writer\n\nLondon\n\nThe council met on Monday.");
        assertThat(a.publication().date()).isEqualTo(LocalDate.of(2020, 11, 5));
        assertThat(a.removed()).extracting(Removal::reason).contains("header");
    }

    @Test
    void aLabelledDateJoinedToTheFirstSentenceIsCutFromItAsHeader() {
        String body = "The ship that struck the bridge in the harbour sent a warning signal before the crash, officials"
                + " said on Tuesday, and the mayor said that halting the traffic saved lives.";
        Article a = parse(" date 2024-03-27 " + body + "\n\nDivers searched the river.");
        assertThat(a.publication().date()).isEqualTo(LocalDate.of(2024, 3, 27));
        assertThat(a.removed()).extracting(Removal::text).contains(" date 2024-03-27");
        assertThat(a.sentences().get(0).text()).startsWith("The ship that struck").doesNotContain("2024-03-27");
    }

    @Test
    void aLongFirstLineOpeningWithADateOfTheStoryIsNotAHeader() {
        String body = " 2024-03-26 was the day the ship struck the bridge in the harbour, officials said on Tuesday,"
                + " and the mayor said that halting the traffic on the span before the crash saved many lives.";
        Article a = parse(body + "\n\nDivers searched the river.");
        assertThat(a.removed()).extracting(Removal::reason).doesNotContain("header");
    }

    @Test
    void signatureGivesDateAndOutletAndEndsTheArticle() {
        String text = "PARIS: Ministers agreed a plan on Monday.\n\nPublished in The Daily Record, July 9th, 2022\n\n"
                + "Opinion\n\nSome teaser\nUpdated 23 May, 2024\n";
        Article a = parse(text);
        assertThat(a.publication().date()).isEqualTo(LocalDate.of(2022, 7, 9));
        assertThat(a.publication().outlet()).isEqualTo("Daily Record");
        assertThat(a.sentences()).extracting(Sentence::text).containsExactly("Ministers agreed a plan on Monday.");
        assertThat(a.removed()).extracting(Removal::reason).containsExactly("dateline", "signature", "footer");
        Removal footer = a.removed().get(2);
        assertThat(footer.firstWords(3)).isEqualTo("Opinion Some teaser...");
    }

    @Test
    void teaserDatesAfterTheSignatureAreNotThePublicationDate() {
        Article a = parse("PARIS: Ministers met on Monday.\n\nPublished in Capital Times, May 13th, 2018\n"
                + "Harvest outlook\nUpdated 1 September, 2024\n");
        assertThat(a.publication().date()).isEqualTo(LocalDate.of(2018, 5, 13));
    }

    @Test
    void aLabelledDateAfterALongStandfirstIsStillTheHeader() {
        Article a = parse("Ministers meet\n" + "A long standfirst that sums the story up at length. ".repeat(4) + "\n"
                + "Published: March 3, 2018\n\nPARIS: Ministers met on Monday.");
        assertThat(a.publication().date()).isEqualTo(LocalDate.of(2018, 3, 3));
    }

    @Test
    void datelineWithoutYearIsPartialAndSaysSo() {
        Article a = parse("Headline words\n\nXYZ 10-12KARACHI, Mar 5 (APP): The minister arrived on Thursday.");
        assertThat(a.publication().date()).isNull();
        assertThat(a.publication().partial()).isEqualTo(MonthDay.of(3, 5));
        assertThat(a.publication().outlet()).isEqualTo("APP");
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("Mar 5").contains("no year"));
        assertThat(a.sentences()).extracting(Sentence::text).contains("The minister arrived on Thursday.");
    }

    @Test
    void datelineAgencyMayBeSeveralWords() {
        Article a = parse("Headline\n\nMARDALE, Aug 21 (Staff Reporter): Talks were held on Saturday.");
        assertThat(a.publication().partial()).isEqualTo(MonthDay.of(8, 21));
        assertThat(a.publication().outlet()).isEqualTo("Staff Reporter");
        assertThat(a.sentences()).extracting(Sentence::text).contains("Talks were held on Saturday.");
    }

    @Test
    void aBracketedDatelineAfterALabelledDateIsFurnitureNotADateOfTheStory() {
        String body = "The number of people who died in the flood that struck the valley towns last month has reached"
                + " 58, the ministry of the interior said on Monday in its latest report.";
        Article a = parse(" date 2021-03-03 VESK (Orlan Wire News / Tarsk Press - 3rd March, 2021) " + body
                + "\n\nRescuers searched the river.");
        assertThat(a.removed()).extracting(Removal::reason).containsExactly("header", "dateline");
        assertThat(a.sentences().get(0).text()).startsWith("The number of people").doesNotContain("2021");
        assertThat(a.publication().date()).isEqualTo(LocalDate.of(2021, 3, 3));
    }

    @Test
    void aBracketedDatelineGivesTheDateWhenNothingElseDoes() {
        Article a = parse("Headline words\n\nVESK (Orlan Wire / Tarsk Press - 3rd March, 2021) The council met.");
        assertThat(a.publication().date()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(a.publication().outlet()).isEqualTo("Orlan Wire / Tarsk Press");
        assertThat(a.sentences()).extracting(Sentence::text).containsExactly("Headline words", "The council met.");
    }

    @Test
    void agenciesJoinedBySlashesAreADatelineOnlyBeforeADate() {
        Article a = parse("Headline words\n\nVESK (ORLAN WIRE/THE TARSK POST) - The council met.");
        assertThat(a.removed()).extracting(Removal::reason).doesNotContain("dateline");
    }

    @Test
    void aBracketWithoutADateStillNeedsItsDash() {
        Article a = parse("Headline words\n\nTheresa Dalby (Orlan) said the council met.");
        assertThat(a.removed()).extracting(Removal::reason).doesNotContain("dateline");
    }

    @Test
    void furnitureLinesAreRemovedAndRecorded() {
        Article a = parse("Body of the story ends here.\n\nShare:\n\nAbout the Author\n");
        assertThat(a.sentences()).extracting(Sentence::text).containsExactly("Body of the story ends here.");
        assertThat(a.removed()).extracting(Removal::text).containsExactly("Share:", "About the Author");
    }

    @Test
    void aRelatedStoryBoxInsideTheArticleDropsItsHeadlinesAndTheArticleGoesOn() {
        String before = "The ferry was carrying 459 people when it sank off the southern coast on Wednesday morning.";
        String after = "There were differing reports of how many people were on board the ferry, and officials revised"
                + " the figure.";
        Article a = parse(before + "\n\nREAD MORE\n\nAnother story's headline\n\n" + after
                + "\nThe government earlier said 368 people were rescued.\n");
        assertThat(a.sentences()).extracting(Sentence::text).contains(before, after,
                "The government earlier said 368 people were rescued.");
        assertThat(a.sentences()).extracting(Sentence::text).noneMatch(t -> t.contains("headline"));
    }

    @Test
    void aRelatedStoryBlockOfHeadlinesAndTeasersEndsTheArticle() {
        String body = "Argentina defeated France in the final in Lusail to win their third title overall.";
        String teaser = "Argentina beat France on penalties after the two sides were locked at the end of normal"
                + " time on Sunday.";
        Article a = parse(body + "\nalso read\nFootball\nA headline of another story\n" + teaser
                + "\nFootball\nA second headline of another story\n" + teaser + "\n");
        assertThat(a.sentences()).extracting(Sentence::text).containsExactly(body);
    }

    @Test
    void aDateTimeStampOnItsOwnLineIsFurniture() {
        for (String stamp : List.of("Posted at 10:55 PM, Jun 11, 2018", "November 21, 2016 21:33 IST 5 of 6",
                "Source: Updated: 23 Aug 2023, 07:20 PM IST", "Update: 2018-10-06 00:00 GMT")) {
            Article a = parse("Body of the story ends here.\n\n" + stamp + "\n\nThe train derailed at 3:10 a.m.");
            assertThat(a.sentences()).extracting(Sentence::text).as(stamp)
                    .containsExactly("Body of the story ends here.", "The train derailed at 3:10 a.m.");
        }
        Article told = parse("Body.\n\nThe train derailed on November 21, 2016 at 3:10 a.m.\n");
        assertThat(told.sentences()).extracting(Sentence::text).contains("The train derailed on November 21, 2016 at 3:10 a.m.");
    }

    @Test
    void noDateAtAllIsAWarning() {
        Article a = parse("Just a sentence without any dates.");
        assertThat(a.publication().basis()).isEqualTo(PublishedBasis.UNKNOWN);
        assertThat(a.warnings()).contains("no publication date found in the text");
    }

    @Test
    void offsetsPointIntoTheOriginalTextWithCrlfAndCr() {
        String crlf = "date 2020-01-02\r\n\r\nFirst sentence here. Second one\r\ncontinues.\r\n\r\nThird.";
        String cr = crlf.replace("\r\n", "\r");
        for (String text : List.of(crlf, cr)) {
            Article a = parse(text);
            assertThat(a.sentences()).hasSize(3);
            for (Sentence s : a.sentences()) {
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            }
            assertThat(a.sentences().get(1).text()).startsWith("Second one").endsWith("continues.");
        }
    }

    @Test
    void aCrawlAgeStampGluedToAHeadlineIsFurniture() {
        Article a = parse("Scotland Votes 'No' In Independence Referendum 7 years ago\n\nScotland has voted no.");
        assertThat(a.sentences()).extracting(Sentence::text).containsExactly("Scotland has voted no.");
        // A sentence that says how long ago something was is text.
        assertThat(parse("The boys learnt of his death two days ago.").sentences()).hasSize(1);
        assertThat(parse("Rebel MPs who 24 hours ago rejected the plan voted for her.").sentences()).hasSize(1);
    }

    @Test
    void aSignatureIsMatchedWithinItsOwnLineNeverAcrossBlankLines() {
        String text = "PARIS: Ministers agreed a plan on Monday.\n\n\n   \nPublished in Dawn, March 3rd, 2018  \n\nOpinion\n";
        Article a = parse(text);
        Removal signature = a.removed().stream().filter(r -> r.reason().equals("signature")).findFirst().orElseThrow();
        assertThat(text.substring(signature.start(), signature.end())).isEqualTo("Published in Dawn, March 3rd, 2018  ");
        assertThat(a.publication().outlet()).isEqualTo("Dawn");
    }

    private static List<String> texts(String text) {
        return parse(text).sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void anEmbeddedTweetsSignatureIsFurnitureAloneOrAfterTheTweetsText() {
        String body = "The roof of the station fell in at dawn, the police said.";
        assertThat(texts(body + "\nThe roof fell in. Awful scene. \u2014 Jane Roe (@janeroe)March 4, 2019\n"))
                .containsExactly(body);
        assertThat(texts(body + "\nAwful scene at the station https://t.co/x1Y2 pic.twitter.com/AbC123\n"
                + "\u2014 Jane Roe (@janeroe) March 4, 2019\n")).containsExactly(body);
        // Prose naming an account and a date is text.
        String named = "Jane Roe (@janeroe), a reporter, said on March 4, 2019 that the roof fell in.";
        String dashed = "The reporter \u2014 Jane Roe (@janeroe) \u2014 wrote about it on March 4, 2019.";
        assertThat(texts(named + "\n" + dashed + "\n")).containsExactly(named, dashed);
    }

    @Test
    void aCaptionClosingOnItsCreditIsFurniture() {
        String body = "The council met on Monday to discuss the flood.";
        for (String caption : List.of("Divers at the entrance of the cave on Sunday. (Photo: Wire Agency)",
                "Jane Roe arrives at the ceremony in Vesk. Photo: John Doe / POOL / Wire",
                "The leader of the team says it was a rescue like no other. (July 11) AP",
                "EDITORIAL USE ONLY. MANDATORY CREDIT: Jane Roe. Issue date: Wednesday January 16, 2019.")) {
            assertThat(texts(body + "\n" + caption + "\n")).as(caption).containsExactly(body);
        }
        // Prose speaking of a photo, or closing on a date in brackets, is text.
        String photo = "Police released a photo of the suspect on Monday (July 11).";
        String picture = "The ministry posted a picture: a flooded road and a fallen bridge.";
        assertThat(texts(photo + "\n" + picture + "\n")).containsExactly(photo, picture);
    }

    @Test
    void aCaptionAfterAHeaderCutFromItsLineIsFurniture() {
        Article a = parse(" date 2021-03-03 Photo taken on 1 May, 2019 Jane Roe arrives at the ceremony in Vesk."
                + " Photo: John Doe / Wire\n\nThe council met on Monday.");
        assertThat(a.publication().date()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(a.sentences()).extracting(Sentence::text).containsExactly("The council met on Monday.");
    }

    @Test
    void aBylineWithItsDateInsideThePageIsFurniture() {
        // Below the lines searched for a header, where a byline and its date are the page's.
        String body = "The tunnel opened on Wednesday.\n\n\n\n\n\n";
        assertThat(texts(body + "By WIRE AGENCY on Publish Date June 1, 2016.\n"))
                .containsExactly("The tunnel opened on Wednesday.");
        String monday = "By Monday it had opened on June 1, 2016.";
        String june = "By June 1, 2016, the tunnel was open.";
        assertThat(texts(body + monday + "\n" + june + "\n"))
                .containsExactly("The tunnel opened on Wednesday.", monday, june);
    }

    @Test
    void aCmsShortcodeIsFurniture() {
        String body = "The council met on Monday to discuss the flood.";
        assertThat(texts(body + "\n\n[story_box title=\u201dAnother story\u2019s headline after the vote\n"
                + "\u201d link=\u201d\u201d%5D\n\n[video width=\"720\" mp4=\"https://example.org/a.mp4\"][/video]\n"))
                .containsExactly(body);
        String bracket = "[The minister] said the plan would pass.";
        String equals = "The rule was set = \"final\" in the report.";
        assertThat(texts(bracket + "\n" + equals + "\n")).containsExactly(bracket, equals);
    }

    @Test
    void aRelatedLinksBlockInsideTheArticleGoesAndTheArticleGoesOn() {
        String before = "The ferry was carrying 459 people when it sank off the southern coast on Wednesday.";
        String after = "There were differing reports of how many people were on board the ferry, and officials revised"
                + " the figure.";
        String next = "The government earlier said 368 people were rescued.";
        for (String box : List.of("Read also\n\nAnother story's headline", "Related Links\n\nA headline A headline\n\n"
                + "Relevant offers\n\nOne headline of another story Two headline of another story")) {
            assertThat(texts(before + "\n\n" + box + "\n\n" + after + "\n" + next + "\n")).as(box)
                    .containsExactly(before, after, next);
        }
    }

    @Test
    void anAdvertisementsSlotIsALineTheArticleGoesOnAfter() {
        String before = "The quake struck at noon on Saturday.";
        String bullet = "- The valley is listed as a heritage site of seven places around the capital.";
        assertThat(texts(before + "\nstory continues below\n" + bullet + "\n")).contains(before, bullet);
    }

    @Test
    void aSharePromptUnderTheArticleEndsIt() {
        String body = "The bridge was opened today by the president, the agency reported on its website.";
        assertThat(texts(body + "\n" + body + "\nYou can share this post!\nContent\nA road was reopened today after"
                + " being closed for thirty years.\nLeave Comments\n")).containsExactly(body, body);
        String told = "You can share this post with friends, the ministry said.";
        assertThat(texts(body + "\n" + told + "\n")).containsExactly(body, told);
    }

    @Test
    void anAdvertisementBetweenItsLabelAndItsCallToActionIsFurniture() {
        String before = "The company bought the service for $8.5 billion in 2011.";
        String after = "The deal was the largest in its history.";
        assertThat(texts(before + "\n\nTech Event\n\nThe Grand Summit\n\nMeet the community at a summit near you!"
                + "\n\n\nLearn More\n\n" + after + "\n")).containsExactly(before, after);
        // A heading with no call to action after it is not an advertisement.
        String final_ = "The final was played on Sunday in the capital before a crowd of forty thousand.";
        assertThat(texts(before + "\n\nSports Events\n\n" + final_ + "\n")).contains("Sports Events", final_);
    }

    @Test
    void aHeadlineClosingThePageAfterTheLastSentenceIsFurniture() {
        String body = "The orbiter will continue its lunar orbit for at least a year.";
        assertThat(texts(body + "\n\nTop 10 Places to Visit in the Summer\n")).containsExactly(body);
        // An excerpt cut off in a sentence, or a heading followed by text, is kept.
        assertThat(texts(body + "\n\nBut Kingsley Coman an\n")).contains("But Kingsley Coman an");
        assertThat(texts(body + "\n\nCrunch time for the talks\n")).contains("Crunch time for the talks");
        assertThat(texts(body + "\n\nWhat Happens Next\n\nThe rover will explore the surface.\n"))
                .contains("What Happens Next");
    }

    @Test
    void aSignatureSayingWhereTheArticleWasPublishedEndsIt() {
        String body = "The bridge opened to the public on the morning of 24 October, the office said.";
        assertThat(texts(body + "\n" + body + "\n\n(This article is published on The Weekly on 31 October 2018)\n\n"
                + "Bridge section\n\nThe $20 billion cord\n")).containsExactly(body, body);
        // At the top of a page it introduces the article, which goes on.
        String intro = "This article was first published in The Weekly on 3 May.";
        assertThat(texts(intro + "\n" + body + "\n" + body + "\n")).containsExactly(intro, body, body);
    }

    /** 20,000 blank lines took 21 s when the signature pattern ran across them; the limit only stops a hang. */
    @Test
    void aFileOfAHundredThousandBlankLinesIsParsed() {
        String text = "date 2020-01-02\n\nRussia sold two fighters.\n" + "\n".repeat(100_000)
                + "Published in Dawn, March 3rd, 2018\n";
        Article a = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> parse(text));
        assertThat(a.sentences()).extracting(Sentence::text).containsExactly("Russia sold two fighters.");
        assertThat(a.removed()).extracting(Removal::reason).contains("signature");
    }
}
