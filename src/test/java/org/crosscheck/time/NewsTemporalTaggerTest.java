package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.crosscheck.fact.TimeSpan;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewsTemporalTaggerTest {
    private static final LocalDate DEC_14_2016 = LocalDate.of(2016, 12, 14);
    private static final LocalDate MAR_03_2018 = LocalDate.of(2018, 3, 3);
    private static final LocalDate AUG_20_2019 = LocalDate.of(2019, 8, 20);
    private static final LocalDate FRI_22_MAR_2013 = LocalDate.of(2013, 3, 22);

    private final NewsTemporalTagger tagger = NewsTemporalTagger.load(java.nio.file.Path.of("rules"));

    private String value(String expression, String sentence, LocalDate anchor) {
        return tagger.normalize(expression, sentence, anchor);
    }

    private TimeExpression only(String sentence, LocalDate anchor) {
        List<TimeExpression> found = tagger.tag(sentence, anchor);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Nested
    class SeedExpectations {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Earlier in September   | Earlier in September, foreign troops arrived for a joint exercise. | 2016-09
                Last year              | Last year the two sides signed a helicopter deal.                  | 2015
                last week              | But in last week, the ministry dismissed the reports.              | 2016-W49
                last week              | The ministry dismissed the reports last week.                      | 2016-W49
                Tuesday                | The delegation met officials on Tuesday.                           | 2016-12-13
                earlier this month     | Reports published earlier this month claimed a secret visit.       | 2016-12
                2017                   | The next round of talks will be convened in 2017.                  | 2017
                """)
        void anchoredOnWednesday14December2016(String expression, String sentence, String expected) {
            assertThat(value(expression, sentence, DEC_14_2016)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Friday     | The two countries agreed on Friday to widen their cooperation.  | 2018-03-02
                last month | The foreign minister travelled to Moscow last month.            | 2018-02
                Nov 2014   | The neighbours signed a defence accord in Nov 2014.             | 2014-11
                Oct 2015   | A technical accord followed in Oct 2015.                        | 2015-10
                recently   | The minister recently visited the capital.                      | PAST_REF
                """)
        void anchoredOnSaturday3March2018(String expression, String sentence, String expected) {
            assertThat(value(expression, sentence, MAR_03_2018)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                June      | In June, the premier said the talks would go on.                                | 2019-06
                September | The president has invited the premier to an economic forum in September.        | 2019-09
                Sept 05   | The forum is scheduled to be held from Sept 05 to 06 in the port city.           | 2019-09-05
                next year | A third round of the committee will be held next year.                          | 2020
                2016      | The two armies have been holding joint drills since 2016.                       | 2016
                May       | In May, a diplomat said the partnership mattered.                               | 2019-05
                """)
        void anchoredOnTuesday20August2019(String expression, String sentence, String expected) {
            assertThat(value(expression, sentence, AUG_20_2019)).isEqualTo(expected);
        }

        @Test
        void weekdayOfTheAnchorItselfIsTheSameDay() {
            assertThat(value("Thursday", "The minister arrived for a one-day visit on Thursday.",
                    LocalDate.of(2014, 11, 20))).isEqualTo("2014-11-20");
            assertThat(value("Friday", "The agency said on Friday that flu deaths had risen.", FRI_22_MAR_2013))
                    .isEqualTo("2013-03-22");
        }
    }

    @Nested
    class ExpressionTypes {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                2009          | The outbreak of 2009-2010 killed hundreds of children.              | 2009
                2010          | The outbreak of 2009-2010 killed hundreds of children.              | 2010
                1957          | He joined the polar expedition of 1957-58 as photographer.          | 1957
                58            | He joined the polar expedition of 1957-58 as photographer.          | 1958
                May 2010      | Commandos boarded the ship in May 2010 in international waters.     | 2010-05
                14-Dec-2016   | Date : 14-Dec-2016                                                  | 2016-12-14
                March 3rd, 2018 | Published in the paper, March 3rd, 2018                           | 2018-03-03
                April 7       | The phased closure of the towers will begin on April 7, officials said. | 2013-04-07
                Friday        | Before Friday's announcement, the agency had weighed its options.   | 2013-03-22
                Thursday      | The man pleaded guilty to a fraud charge Thursday.                  | 2013-03-21
                Wednesday     | The climber died in a nursing home on Wednesday.                    | 2013-03-20
                late last July | He was reported missing off the beach late last July.             | 2012-07
                early August  | Police arrested both men in early August.                           | 2012-08
                early December | The season started in early December.                              | 2012-12
                August        | His wife told reporters in August that he had planned it.           | 2012-08
                last summer   | The man faked his death last summer.                                | 2012-SU
                this spring   | Growers expect a wet harvest this spring.                           | 2013-SP
                Q1 2013       | Revenue doubled in Q1 2013.                                         | 2013-Q1
                the 1990s     | The region boomed in the 1990s.                                     | 199
                the 20th century | It was among the great journeys of the 20th century.            | 19
                this week     | The company launched the app this week.                             | 2013-W12
                the last week | Six deaths were reported in the last week.                          | 2013-W11
                this fiscal year | The agency must cut its budget this fiscal year.                 | 2013
                early this year | She was forced to retire early this year.                         | 2013
                early 2011    | He had surgery in early 2011.                                       | 2011
                the end of year | The flu season peaked by the end of year.                         | 2012
                two years ago | The firm bought its first machine two years ago.                    | 2011
                four years ago | Officials resisted a similar order four years ago.                 | 2009
                a year or so ago | The plant closed a year or so ago.                                | 2012
                in recent past | This is the first visit by a defence minister in recent past.      | PAST_REF
                now           | He has admitted it now.                                             | PRESENT_REF
                currently     | The sensor is currently sold for 250 dollars.                       | PRESENT_REF
                today         | The machine solves problems faster than can be done today.          | PRESENT_REF
                the past      | In the past, he set two conditions for restoring ties.              | PAST_REF
                at the time   | The ship was in international waters at the time.                  | PAST_REF
                the future    | Prices could fall in the future.                                    | FUTURE_REF
                2030          | Car numbers could reach 400 million by 2030.                        | 2030
                """)
        void anchoredOnFriday22March2013(String expression, String sentence, String expected) {
            assertThat(value(expression, sentence, FRI_22_MAR_2013)).isEqualTo(expected);
        }

        @Test
        void abbreviatedMonthDayInThePast() {
            assertThat(value("Feb. 28", "On Feb. 28, an investment bank released a gloomy note.",
                    LocalDate.of(2013, 3, 21))).isEqualTo("2013-02-28");
        }

        @Test
        void ordinalQuarterWithoutYearFollowsTense() {
            LocalDate may2013 = LocalDate.of(2013, 5, 10);
            assertThat(value("the first quarter", "Profits rose in the first quarter.", may2013)).isEqualTo("2013-Q1");
            assertThat(value("the third quarter", "Profits rose in the third quarter.", may2013))
                    .isEqualTo("2012-Q3");
            assertThat(value("the third quarter", "Profits will rise in the third quarter.", may2013))
                    .isEqualTo("2013-Q3");
        }

        @Test
        void explicitDatesInUnusualFormatsAreReadByNatty() {
            assertThat(value("12/14/2016", "The accord was signed on 12/14/2016 in the capital.", null))
                    .isEqualTo("2016-12-14");
            assertThat(value("the third of March", "The vote will take place on the third of March.",
                    LocalDate.of(2018, 2, 1))).isEqualTo("2018-03-03");
            assertThat(value("the third of March", "The vote took place on the third of March.",
                    LocalDate.of(2017, 12, 1))).isEqualTo("2017-03-03");
        }

        @Test
        void datelineMonthDayBeforeColon() {
            assertThat(value("December 14", "Islamabad, December 14: The two sides held talks on Tuesday.",
                    DEC_14_2016)).isEqualTo("2016-12-14");
        }

        @Test
        void centuryInWordsAndCenturyOfHundreds() {
            assertThat(value("the nineteenth century", "Railways spread in the nineteenth century.", null))
                    .isEqualTo("18");
            assertThat(value("the 1800s", "Railways spread in the 1800s.", null)).isEqualTo("18");
        }

        @Test
        void yesterdayAndDaysAgo() {
            assertThat(value("yesterday", "The minister resigned yesterday.", DEC_14_2016)).isEqualTo("2016-12-13");
            assertThat(value("three days ago", "The minister resigned three days ago.", DEC_14_2016))
                    .isEqualTo("2016-12-11");
            assertThat(value("a few years ago", "The plant closed a few years ago.", DEC_14_2016))
                    .isEqualTo("PAST_REF");
        }

        @Test
        void todayWithAPastVerbIsThePublicationDay() {
            assertThat(value("today", "The minister announced today that talks would resume.", DEC_14_2016))
                    .isEqualTo("2016-12-14");
        }

        @Test
        void weekendOfTheIsoWeek() {
            TimeExpression t = only("Protesters gathered over the weekend.", DEC_14_2016);
            assertThat(t.span().bare()).isEqualTo(new TimeSpan("2016-W49-WE", LocalDate.of(2016, 12, 10),
                    LocalDate.of(2016, 12, 11), "WEEK"));
        }
    }

    @Nested
    class Direction {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                The report will be released in June.                              | 2013-06
                The report was released in June.                                  | 2012-06
                The report is expected in June.                                   | 2013-06
                The company picked three firms for the programme to run through June. | 2013-06
                The oil major agreed to sell its stake to a rival in June.        | 2012-06
                A book of his memoirs is due to be published in June.             | 2013-06
                The talks, officials said, are to resume in June.                 | 2013-06
                The minister met his counterpart in June.                         | 2012-06
                The minister's visit in June.                                     | 2012-06
                The trial opens in June.                                          | 2013-06
                """)
        void bareMonthFollowsNearestTenseCue(String sentence, String expected) {
            assertThat(value("June", sentence, FRI_22_MAR_2013)).isEqualTo(expected);
        }

        @Test
        void futureCueSelectsNextWeekday() {
            assertThat(value("Tuesday", "The delegation will meet officials on Tuesday.", DEC_14_2016))
                    .isEqualTo("2016-12-20");
            assertThat(value("Friday", "Forecasters said the snow would cause disruption on Friday.",
                    FRI_22_MAR_2013)).isEqualTo("2013-03-22");
        }

        @Test
        void nearestCueWinsOverReportingVerbAcrossComma() {
            assertThat(value("April 7", "The closures will begin on April 7, the agency said.", FRI_22_MAR_2013))
                    .isEqualTo("2013-04-07");
            assertThat(value("June 7", "The closures began on June 7, the agency said.", FRI_22_MAR_2013))
                    .isEqualTo("2012-06-07");
        }

        @Test
        void sameMonthCountsForPastMonth() {
            assertThat(value("December", "Prices rose sharply in December.", DEC_14_2016)).isEqualTo("2016-12");
        }

        @Test
        void lastAndNextMonthNamesSkipTheCurrentOne() {
            assertThat(value("last May", "He lost the election last May.", LocalDate.of(2013, 3, 21)))
                    .isEqualTo("2012-05");
            assertThat(value("next March", "Elections are due next March.", LocalDate.of(2013, 3, 21)))
                    .isEqualTo("2014-03");
        }
    }

    @Nested
    class RangesAndIntervals {
        @Test
        void dayRangeTakesTheFirstDayAsValueAndSpansTheRange() {
            TimeExpression t = only("The forum is scheduled to be held from Sept 05 to 06.", AUG_20_2019);
            assertThat(t.text()).isEqualTo("Sept 05 to 06");
            assertThat(t.span().bare()).isEqualTo(new TimeSpan("2019-09-05", LocalDate.of(2019, 9, 5),
                    LocalDate.of(2019, 9, 6), "DAY"));
            TimeExpression march = only("Voting ran from March 3 to 14 across the country.", AUG_20_2019);
            assertThat(march.span().value()).isEqualTo("2019-03-03");
            assertThat(march.span().end()).isEqualTo(LocalDate.of(2019, 3, 14));
        }

        @Test
        void sinceOpensAnIntervalUpToPublication() {
            TimeExpression t = only("The navies have held joint drills since 2016.", AUG_20_2019);
            assertThat(t.relation()).isEqualTo("SINCE");
            assertThat(t.span().bare()).isEqualTo(new TimeSpan("2016", LocalDate.of(2016, 1, 1), AUG_20_2019, "YEAR"));
            TimeExpression unanchored = only("The navies have held joint drills since 2016.", null);
            assertThat(unanchored.span().end()).isNull();
        }

        @Test
        void sinceMonthLooksBackEvenWithFutureCue() {
            TimeExpression t = only("Prices have risen since September and will keep rising.", AUG_20_2019);
            assertThat(t.span().value()).isEqualTo("2018-09");
            assertThat(t.relation()).isEqualTo("SINCE");
        }

        @Test
        void untilClosesAnIntervalAndLooksForward() {
            TimeExpression t = only("The ban remains in force until March 17.", MAR_03_2018);
            assertThat(t.relation()).isEqualTo("UNTIL");
            assertThat(t.span().bare()).isEqualTo(new TimeSpan("2018-03-17", null, LocalDate.of(2018, 3, 17), "DAY"));
        }

        @Test
        void byYearIsAnUpperBound() {
            TimeExpression t = only("Car numbers could reach 400 million by 2030.", MAR_03_2018);
            assertThat(t.span().value()).isEqualTo("2030");
            assertThat(t.relation()).isEqualTo("UNTIL");
            assertThat(t.span().start()).isNull();
            assertThat(t.span().end()).isEqualTo(LocalDate.of(2030, 12, 31));
        }
    }

    @Nested
    class WithoutAnchor {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                September  | The talks were held in September.     | XXXX-09
                recently   | The minister recently visited.        | PAST_REF
                2016       | The drills began in 2016.             | 2016
                Tuesday    | The delegation met on Tuesday.        | XXXX-XX-XX
                last year  | Exports fell last year.               | XXXX
                Nov 2014   | The accord was signed in Nov 2014.    | 2014-11
                April 7    | Closures begin on April 7.            | XXXX-04-07
                """)
        void relativeStayUnresolvedAbsoluteResolve(String expression, String sentence, String expected) {
            assertThat(value(expression, sentence, null)).isEqualTo(expected);
        }

        @Test
        void unresolvedSpanIsOpen() {
            TimeExpression t = only("Exports fell last year.", null);
            assertThat(t.span().start()).isNull();
            assertThat(t.span().end()).isNull();
            assertThat(t.span().granularity()).isEqualTo("YEAR");
        }
    }

    @Nested
    class NotTimes {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                may     | Prices may rise further.
                2000    | Some 2000 people attended the rally.
                1540    | The council passed Resolution 1540 unanimously.
                March   | March organisers said the route was safe.
                fall    | Prices could fall sharply.
                spring  | The spring water was clean.
                """)
        void areNotTagged(String expression, String sentence) {
            assertThat(value(expression, sentence, DEC_14_2016)).isEmpty();
        }
    }

    @Test
    void offsetsPointIntoTheSentenceAndAnchorExplains() {
        String sentence = "The delegation met officials on Tuesday and will return in 2017.";
        List<TimeExpression> found = tagger.tag(sentence, DEC_14_2016);
        assertThat(found).extracting(TimeExpression::text).containsExactly("Tuesday", "2017");
        for (TimeExpression t : found) {
            assertThat(sentence.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(found.get(0).anchor()).isEqualTo(
                "publication 2016-12-14, past tense 'met' -> previous Tuesday");
    }

    @Test
    void normalizeFallsBackToTheExpressionAlone() {
        assertThat(value("last year", "A sentence that does not hold it.", DEC_14_2016)).isEqualTo("2015");
        assertThat(value("", "Anything.", DEC_14_2016)).isEmpty();
    }

    @Test
    void parallelTaggingGivesTheSameResults() {
        List<String> sentences = List.of("The delegation met officials on Tuesday.",
                "The accord was signed on 12/14/2016 in the capital.", "The vote will take place on the third of March.",
                "Prices have risen since September and will keep rising.", "Sales fell two years ago.");
        List<List<TimeExpression>> sequential = sentences.stream().map(s -> tagger.tag(s, DEC_14_2016)).toList();
        List<List<TimeExpression>> parallel = IntStream.range(0, 200).parallel()
                .mapToObj(i -> tagger.tag(sentences.get(i % sentences.size()), DEC_14_2016)).toList();
        for (int i = 0; i < parallel.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(sequential.get(i % sentences.size()));
        }
    }
}
