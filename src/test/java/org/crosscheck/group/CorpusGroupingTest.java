package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.crosscheck.extract.TestArticles;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Extraction and grouping over paraphrased articles of invented events (src/test/resources/corpus/paraphrases). */
class CorpusGroupingTest {
    private static List<Claim> claims;

    @BeforeAll
    static void extractAndGroup() throws IOException {
        List<Claim> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/paraphrases")).sorted()) {
            for (Path f : files.toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                all.addAll(TestArticles.PIPELINE.extract(TestArticles.article(f.getFileName().toString(), text)));
            }
        }
        claims = new EventGrouping(TestArticles.LEXICON).resolve(all);
    }

    private static List<Claim> where(Predicate<Claim> p) {
        return claims.stream().filter(p).toList();
    }

    private static List<String> subjects(Predicate<Claim> p) {
        return where(p).stream().map(Claim::subject).distinct().toList();
    }

    @Test
    void equipmentOfOneTransferSharesOneSubjectAcrossArticlesAndStages() {
        List<Claim> designations = where(c -> c.attribute().equals("designation"));
        assertThat(designations).extracting(Claim::source).contains("a1_hanoi.txt", "a2_delhi.txt");
        assertThat(designations).extracting(Claim::subject).containsOnly("arms-transfer:india+vietnam:mi-17");
        assertThat(where(c -> c.attribute().equals("count") && c.unit().equals("helicopters")))
                .extracting(Claim::subject, Claim::number, Claim::qualifier, Claim::modality)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("arms-transfer:india+vietnam:mi-17", 4.0, "EXACT",
                                "DELIVERED"),
                        org.assertj.core.groups.Tuple.tuple("arms-transfer:india+vietnam:mi-17", 12.0, "UP_TO",
                                "INTENDED"));
    }

    @Test
    void oneAgreementDescribedThreeWays() {
        assertThat(subjects(c -> c.attribute().equals("event") && c.value().equals("agreement")))
                .containsOnly("agreement:india+vietnam:defence-cooperation");
        // A different topic ("on training") would be another agreement: the accord has topic words of its own.
        assertThat(where(c -> c.attribute().equals("event") && c.source().equals("a3_hanoi.txt")
                && c.value().equals("agreement"))).isNotEmpty();
    }

    @Test
    void numberedMeetingsOfOneBodyAreDistinctEvents() {
        List<String> meetings = subjects(c -> c.attribute().equals("ordinal"));
        assertThat(meetings).containsExactlyInAnyOrder(
                "meeting:india+vietnam:joint-commission-on-trade#7", "meeting:india+vietnam:joint-commission-on-trade#8");
    }

    @Test
    void exerciseSeriesSpelledTwoWaysWithEditionsKeptApart() {
        List<String> exercises = subjects(c -> c.attribute().equals("event") && c.value().equals("exercise"));
        assertThat(exercises).allMatch(s -> s.startsWith("exercise:india+vietnam:sahyog"));
        assertThat(exercises).contains("exercise:india+vietnam:sahyog@2019", "exercise:india+vietnam:sahyog@2021");
        assertThat(subjects(c -> c.attribute().equals("since") && c.value().equals("2016")))
                .containsExactly("exercise:india+vietnam:sahyog");
    }

    @Test
    void firstEverConsultationIsNotTheCommissionSeries() {
        String consultation = subjects(c -> c.attribute().equals("first")).get(0);
        assertThat(consultation).isEqualTo("meeting:india+vietnam:maritime-security");
        assertThat(subjects(c -> c.attribute().equals("since") && c.value().equals("2003")))
                .containsExactly("meeting:india+vietnam:joint-commission-on-trade");
    }

    @Test
    void onePersonUnderTwoNamesWithTitlesByDateAndTwoPrimeMinistersApart() {
        assertThat(where(c -> c.subject().equals("person:ravi-menon")))
                .extracting(Claim::value).containsExactlyInAnyOrder("deputy foreign minister", "defence minister");
        assertThat(subjects(c -> c.attribute().equals("title") && c.value().equals("prime minister")))
                .containsExactlyInAnyOrder("person:tran-van-minh", "person:nguyen-van-hoa");
    }
}
