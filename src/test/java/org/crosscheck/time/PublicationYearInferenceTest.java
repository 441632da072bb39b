package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.crosscheck.time.PublicationYearInference.CorpusEvidence;
import org.crosscheck.time.PublicationYearInference.Inference;
import org.junit.jupiter.api.Test;

class PublicationYearInferenceTest {
    private static final TemporalTagger TAGGER = NewsTemporalTagger.load(java.nio.file.Path.of("rules"));
    private static final MonthDay NOV_20 = MonthDay.of(11, 20);
    private static final List<String> ARTICLE = List.of(
            "ISLAMABAD, Nov 20: Defence Minister Sergei Shoigu of Russia landed in Pakistan on Thursday for talks.",
            "The visit is meant to deepen defence ties between the two countries.");
    private static final CorpusEvidence NAMES_2014 = new CorpusEvidence("000_a.txt", LocalDate.of(2016, 12, 14),
            List.of("Pakistan and Russia held consultations on regional issues.",
                    "Ties have grown since the Russian Defence Minister Sergei Shoigu visited Pakistan in 2014."));
    private static final CorpusEvidence UNRELATED_2003 = new CorpusEvidence("003_b.txt", LocalDate.of(2018, 3, 3),
            List.of("Pakistan and Russia agreed to explore new avenues for cooperation.",
                    "The dialogue platform between the two countries has existed since 2003."));

    @Test
    void weekdayAndSharedNamesDecideTheYear() {
        Optional<Inference> inferred = PublicationYearInference.infer(NOV_20, null, ARTICLE,
                List.of(NAMES_2014, UNRELATED_2003), TAGGER);
        assertThat(inferred).map(Inference::year).contains(2014);
        assertThat(inferred.get().reasoning()).isEqualTo("dateline Nov 20 with 'on Thursday'; 20 Nov falls on a "
                + "Thursday in 2003, 2008, 2014; 2014 is supported by 000_a.txt: "
                + "'Defence Minister Sergei Shoigu visited Pakistan in 2014'");
    }

    @Test
    void plainCooccurrenceOfACandidateYearIsNotEnough() {
        assertThat(PublicationYearInference.infer(NOV_20, DayOfWeek.THURSDAY, ARTICLE, List.of(UNRELATED_2003), TAGGER))
                .isEmpty();
    }

    @Test
    void equallySupportedYearsLeaveTheYearUnknown() {
        CorpusEvidence both = new CorpusEvidence("005_c.txt", null, List.of(
                "Defence Minister Sergei Shoigu went to Pakistan in 2003.",
                "Defence Minister Sergei Shoigu went to Pakistan in 2014."));
        assertThat(PublicationYearInference.infer(NOV_20, DayOfWeek.THURSDAY, ARTICLE,
                List.of(both, UNRELATED_2003), TAGGER)).isEmpty();
    }

    @Test
    void theWeekdayExcludesYearsEvenWithSupport() {
        CorpusEvidence names2013 = new CorpusEvidence("006_d.txt", null, List.of(
                "Defence Minister Sergei Shoigu visited Pakistan in 2013."));
        // 20 Nov 2013 was a Wednesday, so the article's Thursday rules 2013 out
        assertThat(PublicationYearInference.infer(NOV_20, null, ARTICLE, List.of(names2013, UNRELATED_2003), TAGGER))
                .isEmpty();
    }

    /** Three dated reports of one story and an older event they name, for a dateline with no weekday. */
    private static final List<String> FERRY = List.of(
            "JINDO, South Korea, April 21 (Yonhap) -- Divers recovered more bodies from the sunken ferry Sewol off Jindo.",
            "Danwon High School students made up most of the passengers.");

    private static CorpusEvidence ferryReport(String source, LocalDate published, String sentence) {
        return new CorpusEvidence(source, published, List.of(
                "Divers searched the sunken ferry Sewol off Jindo for missing Danwon High School students.", sentence));
    }

    @Test
    void nearestDatedReportsOutvoteAnOlderYearTheirSentencesName() {
        // every report names the 1993 sinking, with more shared names than the year of the story itself
        List<CorpusEvidence> corpus = List.of(
                ferryReport("a.txt", LocalDate.of(2014, 4, 17), "It is the worst ferry disaster off Jindo since the "
                        + "Sewol's fellow ferry sank in 1993."),
                ferryReport("b.txt", LocalDate.of(2014, 4, 19), "The Jindo sinking of 1993 killed 292 people."),
                ferryReport("c.txt", LocalDate.of(2014, 4, 20), "Families of the Danwon High School students waited."));
        Optional<Inference> inferred = PublicationYearInference.infer(MonthDay.of(4, 21), null, FERRY, corpus, TAGGER);
        assertThat(inferred).map(Inference::year).contains(2014);
        assertThat(inferred.get().reasoning()).startsWith("dateline Apr 21; the dated articles that share most of "
                + "its names were published in 2014 (").endsWith("Apr 21 of 2014 is the nearest to them");
    }

    @Test
    void neighboursOfTwoYearsInBalanceLeaveTheSentencesToDecide() {
        List<CorpusEvidence> corpus = List.of(
                ferryReport("a.txt", LocalDate.of(2014, 4, 17), "Families waited at the port."),
                ferryReport("b.txt", LocalDate.of(2015, 4, 16), "Families waited at the port."));
        Optional<Inference> inferred = PublicationYearInference.infer(MonthDay.of(4, 21), null, FERRY, corpus, TAGGER);
        assertThat(inferred.map(Inference::reasoning).orElse("")).doesNotContain("nearest to them");
    }

    @Test
    void ownWeekdayIsTakenFromTheFirstSentences() {
        assertThat(PublicationYearInference.ownWeekday(ARTICLE)).contains(DayOfWeek.THURSDAY);
        assertThat(PublicationYearInference.ownWeekday(List.of("No weekday here."))).isEmpty();
    }

    /** Counts the sentences it is asked to tag. */
    private static final class CountingTagger implements TemporalTagger {
        int calls;

        @Override
        public List<TimeExpression> tag(String sentence, LocalDate anchor) {
            calls++;
            return TAGGER.tag(sentence, anchor);
        }

        @Override
        public String normalize(String expression, String sentence, LocalDate anchor) {
            return TAGGER.normalize(expression, sentence, anchor);
        }
    }

    @Test
    void theCorpusIsTaggedOnceHoweverManyArticlesNeedAYear() {
        List<CorpusEvidence> corpus = new java.util.ArrayList<>(List.of(NAMES_2014, UNRELATED_2003,
                new CorpusEvidence("yearless_0.txt", null, ARTICLE)));
        int articles = 20;
        for (int i = 1; i < articles; i++) {
            corpus.add(new CorpusEvidence("yearless_" + i + ".txt", null, List.of("Harvest number " + i
                    + " of the valley was gathered on Monday.", "Farmers of district " + i + " sold it in 2011.")));
        }
        int sentences = corpus.stream().mapToInt(c -> c.sentences().size()).sum();
        CountingTagger tagger = new CountingTagger();
        PublicationYearInference.Evidence evidence = PublicationYearInference.Evidence.of(corpus, tagger);
        assertThat(tagger.calls).isEqualTo(sentences);
        assertThat(evidence.infer("yearless_0.txt", NOV_20, null, ARTICLE)).map(Inference::year).contains(2014);
        for (int i = 1; i < articles; i++) {
            evidence.infer("yearless_" + i + ".txt", NOV_20, null, corpus.get(i + 2).sentences());
        }
        // inferring costs no tagging: the work per article does not grow with the corpus's sentences
        assertThat(tagger.calls).isEqualTo(sentences);
    }

    @Test
    void aSentenceRepeatedByRepostsIsTaggedOnce() {
        List<CorpusEvidence> originals = List.of(NAMES_2014, UNRELATED_2003, new CorpusEvidence("yearless_0.txt",
                null, ARTICLE));
        List<CorpusEvidence> corpus = new java.util.ArrayList<>();
        int copies = 30;
        for (int copy = 0; copy < copies; copy++) {
            for (CorpusEvidence doc : originals) {
                corpus.add(new CorpusEvidence("r" + copy + "/" + doc.source(), doc.published(), doc.sentences()));
            }
        }
        long distinct = originals.stream().flatMap(d -> d.sentences().stream()).distinct().count();
        CountingTagger tagger = new CountingTagger();
        PublicationYearInference.Evidence evidence = PublicationYearInference.Evidence.of(corpus, tagger);
        // the tagging of the evidence grows with the distinct sentences, not with the copies
        assertThat(tagger.calls).isEqualTo(distinct);
        PublicationYearInference.Evidence unshared = PublicationYearInference.Evidence.ofRead(corpus.stream()
                .map(doc -> PublicationYearInference.Read.of(doc, TAGGER)).toList());
        for (CorpusEvidence doc : corpus) {
            assertThat(evidence.infer(doc.source(), NOV_20, null, doc.sentences()))
                    .isEqualTo(unshared.infer(doc.source(), NOV_20, null, doc.sentences()));
        }
    }

    @Test
    void sentenceYearsPastItsCapacityTagAgainAndAgreeWithTheRemembered() {
        CountingTagger tagger = new CountingTagger();
        PublicationYearInference.SentenceYears years = new PublicationYearInference.SentenceYears(tagger, 1);
        String first = "Shoigu visited Pakistan in 2014.";
        String second = "The platform has existed since 2003.";
        assertThat(years.of(first)).containsExactly(2014);
        assertThat(years.of(first)).containsExactly(2014);
        assertThat(years.of(second)).containsExactly(2003);
        assertThat(years.of(second)).containsExactly(2003);
        assertThat(tagger.calls).isEqualTo(3);
    }

    @Test
    void articlesReadInParallelGiveTheEvidenceReadInOrder() {
        List<CorpusEvidence> corpus = new java.util.ArrayList<>(List.of(NAMES_2014, UNRELATED_2003,
                new CorpusEvidence("yearless_0.txt", null, ARTICLE), new CorpusEvidence("ferry_0.txt", null, FERRY)));
        // few enough that the story's names stay distinctive (a word of most articles says nothing)
        for (int i = 1; i < 9; i++) {
            corpus.add(ferryReport("ferry_" + i + ".txt", i % 4 == 0 ? null : LocalDate.of(2014, 4, 10 + i % 9),
                    "Families of the Danwon High School students waited" + (i % 3 == 0 ? " since 1993." : ".")));
        }
        PublicationYearInference.Evidence inOrder = PublicationYearInference.Evidence.of(corpus, TAGGER);
        PublicationYearInference.Evidence parallel = PublicationYearInference.Evidence.ofRead(corpus.parallelStream()
                .map(doc -> PublicationYearInference.Read.of(doc, TAGGER)).toList());
        java.util.Set<String> how = new java.util.TreeSet<>();
        for (CorpusEvidence doc : corpus) {
            MonthDay day = doc.source().startsWith("ferry") ? MonthDay.of(4, 21) : NOV_20;
            Optional<Inference> expected = inOrder.infer(doc.source(), day, null, doc.sentences());
            assertThat(parallel.infer(doc.source(), day, null, doc.sentences())).isEqualTo(expected);
            expected.ifPresent(e -> how.add(e.reasoning().contains("nearest to them") ? "neighbours" : "sentences"));
        }
        // years decided both ways are compared, not only undecided ones
        assertThat(how).containsExactly("neighbours", "sentences");
    }
}
