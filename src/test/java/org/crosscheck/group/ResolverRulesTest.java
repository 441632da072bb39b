package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.TestArticles;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/** One resolution rule per test, on two or three short invented articles. */
class ResolverRulesTest {

    private static List<Claim> group(String... texts) {
        List<Claim> all = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            all.addAll(TestArticles.PIPELINE.extract(TestArticles.article("s" + i + ".txt",
                    "date 2020-0" + (i + 1) + "-10\n\n" + texts[i] + "\n")));
        }
        return new EventGrouping(TestArticles.LEXICON).resolve(all);
    }

    private static List<String> eventSubjects(List<Claim> claims) {
        return claims.stream().filter(c -> c.attribute().equals("event")).map(Claim::subject).toList();
    }

    @Test
    void spellingVariantsAreNamesOfOneThing() {
        assertThat(NameVariants.variants("sergei", "sergey")).isTrue();
        assertThat(NameVariants.variants("shoigu", "shoygu")).isTrue();
        assertThat(NameVariants.variants("nawaz", "imran")).isFalse();
        assertThat(NameVariants.variants("ali", "alu")).isFalse();
        assertThat(PersonResolver.resolveNames(Set.of("dmitry-bulgakov", "dmitri-bulgakov", "dmitri-medvedev")))
                .satisfies(m -> {
                    assertThat(m.get("dmitry-bulgakov")).isEqualTo(m.get("dmitri-bulgakov"));
                    assertThat(m.get("dmitri-medvedev")).isNotEqualTo(m.get("dmitri-bulgakov"));
                });
    }

    @Test
    void onlyWholeNamesAreSpellingVariantsOfOnePerson() {
        // Word by word across people, "Renzo" would be "Renzi" and "Dalia" "Davila".
        Map<String, String> m = PersonResolver.resolveNames(Set.of("renzo-simoni", "matteo-renzi",
                "dalia-grybauskaite", "edward-davila", "yuri-borisov", "boris-johnson"));
        assertThat(m).containsEntry("renzo-simoni", "renzo-simoni").containsEntry("dalia-grybauskaite",
                "dalia-grybauskaite").containsEntry("yuri-borisov", "yuri-borisov");
        Map<String, String> v = PersonResolver.resolveNames(Set.of("saman-kunan", "saman-gunan",
                "narongsak-osatanakorn", "narongsak-osottanakorn"));
        assertThat(v.get("saman-gunan")).isEqualTo(v.get("saman-kunan"));
        assertThat(v.get("narongsak-osottanakorn")).isEqualTo(v.get("narongsak-osatanakorn"));
    }

    @Test
    void aLongerNameBeginningWithAKnownNameIsThatPerson() {
        assertThat(PersonResolver.resolveNames(Set.of("carrie-lam", "carrie-lam-cheng-yuetngor")))
                .containsEntry("carrie-lam-cheng-yuetngor", "carrie-lam");
    }

    @Test
    void spellingsOfOnePlaceTheGazetteerLacksFoldIntoTheMostUsedOne() {
        List<Claim> claims = new ArrayList<>(List.of(place("a.txt", "Pukhrayan"), place("b.txt", "Pukhrayan"),
                place("b.txt", "Pukhrayan"),
                place("c.txt", "Pukhraya"), place("c.txt", "Bahanaga Baazar"), place("d.txt", "Bahanaga Bazar"),
                place("d.txt", "Bahanaga Bazar"), place("e.txt", "Tarsk"), place("e.txt", "Vesk"),
                Claim.builder().source("c.txt").subject("place:pukhraya").attribute("within").value("Pukhraya")
                        .detail("Kanpur Dehat").build()));
        PlaceResolver.resolve(claims, TestArticles.LEXICON);
        assertThat(claims).filteredOn(c -> c.attribute().equals("place")).extracting(Claim::value).containsExactly(
                "Pukhrayan", "Pukhrayan", "Pukhrayan", "Pukhrayan", "Bahanaga Bazar", "Bahanaga Bazar", "Bahanaga Bazar", "Tarsk",
                "Vesk");
        assertThat(claims).filteredOn(c -> c.attribute().equals("within")).extracting(Claim::value, Claim::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Pukhrayan", "Kanpur Dehat"));
    }

    @Test
    void placesOfOtherWordsOrAnotherWordCountStayApart() {
        List<Claim> claims = new ArrayList<>(List.of(place("a.txt", "Kanpur Dehat"), place("b.txt", "Kanpur Nagar"),
                place("c.txt", "Gate 5"), place("d.txt", "Gate 6"), place("e.txt", "Bahanaga"),
                place("f.txt", "Bahanaga Bazar")));
        List<String> before = claims.stream().map(Claim::value).toList();
        PlaceResolver.resolve(claims, TestArticles.LEXICON);
        assertThat(claims).extracting(Claim::value).isEqualTo(before);
    }

    private static Claim place(String source, String name) {
        return Claim.builder().source(source).subject("derailment:x").attribute("place").value(name).detail("venue")
                .build();
    }

    @Test
    void aOneWordNameIsResolvedInItsOwnArticleFirst() {
        List<Claim> claims = new java.util.ArrayList<>(List.of(
                person("a.txt", "person:khawaja-asif"), person("a.txt", "person:asif"),
                person("b.txt", "person:asif-ali-zardari"), person("b.txt", "person:asif")));
        PersonResolver.inArticles(claims);
        assertThat(claims).extracting(Claim::source, Claim::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.txt", "person:khawaja-asif"),
                org.assertj.core.groups.Tuple.tuple("a.txt", "person:khawaja-asif"),
                org.assertj.core.groups.Tuple.tuple("b.txt", "person:asif-ali-zardari"),
                org.assertj.core.groups.Tuple.tuple("b.txt", "person:asif-ali-zardari"));
    }

    private static Claim person(String source, String subject) {
        return Claim.builder().source(source).subject(subject).attribute("title").value("minister").build();
    }

    @Test
    void middleNamesAndSingleNames() {
        Map<String, String> m = PersonResolver.resolveNames(Set.of("mohammad-javad-zarif", "mohammad-zarif", "zarif",
                "hassan-rouhani"));
        assertThat(m.get("mohammad-javad-zarif")).isEqualTo("mohammad-zarif");
        assertThat(m.get("zarif")).isEqualTo("mohammad-zarif");
        assertThat(m.get("hassan-rouhani")).isEqualTo("hassan-rouhani");
    }

    @Test
    void aliasesTranslateSeriesNames() {
        List<Claim> claims = group("Russian and Pakistani troops held the Druzba exercise.",
                "Russian and Pakistani troops held joint drills codenamed 'Friendship'.");
        assertThat(eventSubjects(claims)).containsOnly("exercise:pakistan+russia:druzhba");
    }

    @Test
    void unlistedSpellingOfASeriesNameJoinsIt() {
        List<Claim> claims = group("Egypt and Russia held the Zashchitniki Druzhby exercise.",
                "Egypt and Russia held the Zashitniki Druzhby exercise.",
                "Egypt and Russia held the Zashchitniki Druzhby exercise.");
        assertThat(eventSubjects(claims)).containsOnly("exercise:egypt+russia:zashchitniki-druzhby");
    }

    @Test
    void theDefiniteMentionRefersBackAndTheNextRoundIsAnotherInstance() {
        List<Claim> claims = group("Iran and Turkey held the 4th meeting of the High Level Cooperation Council in "
                + "Ankara in 2019. The meeting ended with a joint statement. The next round will be held in Tehran "
                + "in 2020.");
        assertThat(eventSubjects(claims)).containsExactly(
                "meeting:iran+turkey:high-level-cooperation-council#4",
                "meeting:iran+turkey:high-level-cooperation-council#4",
                "meeting:iran+turkey:high-level-cooperation-council@2020");
    }

    @Test
    void unnamedEventsWithoutDatesAreNeverComparedAcrossArticles() {
        List<Claim> claims = group("Japan and Vietnam held talks.", "Japan and Vietnam held talks.");
        List<String> subjects = eventSubjects(claims);
        assertThat(subjects).hasSize(2).doesNotHaveDuplicates();
        assertThat(subjects).allMatch(s -> s.startsWith("meeting:japan+vietnam:~"));
    }

    @Test
    void headlineClaimsBelongToTheFirstEventOfTheArticle() {
        List<Claim> claims = group("Kazakhstan and Uzbekistan meet for the first time ever\n\n"
                + "Kazakhstan and Uzbekistan held a consultation on water resources in Tashkent.");
        Claim first = claims.stream().filter(c -> c.attribute().equals("first")).findFirst().orElseThrow();
        assertThat(first.subject()).isEqualTo("meeting:kazakhstan+uzbekistan:water-resources");
        assertThat(first.event()).isEqualTo(first.subject());
    }
}
