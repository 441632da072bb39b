package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Severity;
import org.crosscheck.fact.Verdict;
import org.crosscheck.report.AuditRow;
import org.junit.jupiter.api.Test;

/** How a CONSISTENT gold row is met by a row that quotes one listed file and lists others among its sources. */
class GoldCaseCorroborationTest {

    private static Claim claim(String source, String sentence, String quote) {
        int at = sentence.indexOf(quote);
        return Claim.builder().source(source).origin(source).sentence(sentence).quote(quote, at, at + quote.length())
                .build();
    }

    private static GoldCase consistent(String sides) {
        return new GoldCase("g", GoldCase.Kind.CONSISTENT, Set.of(), GoldCase.parseSides(sides),
                GoldCase.parseSides("09:never quoted"), "", 2);
    }

    private static AuditRow row(Claim a, String valueA, Claim b, String valueB, List<String> originsA,
                                List<String> originsB) {
        return new AuditRow("r", Severity.INFO, Verdict.CONSISTENT, "count", "rule", "s", a, valueA, b, valueB, "",
                originsA.size(), originsB.size(), originsA, originsB);
    }

    private final Claim toll01 = claim("01.txt", "The total death toll was 71.", "71");
    private final Claim toll05 = claim("05.txt", "Police said 71 people died.", "71 people");

    @Test
    void aListedSourceBehindTheQuotedClaimsSideCorroboratesIt() {
        GoldCase gold = consistent("01:the total death toll was 71|03:believe 71 is the final death toll");
        AuditRow row = row(toll01, "71 dead", toll05, "71 dead", List.of("01.txt", "03.txt"), List.of("05.txt"));
        assertThat(gold.corroborates(row)).isTrue();
    }

    @Test
    void aListedSourceBehindTheOtherValueDoesNot() {
        GoldCase gold = consistent("01:the total death toll was 71|03:believe 71 is the final death toll");
        AuditRow row = row(toll01, "71 dead", toll05, "at least 60 dead", List.of("01.txt"), List.of("03.txt", "05.txt"));
        assertThat(gold.corroborates(row)).isFalse();
    }

    @Test
    void aClaimOfOtherWordsOfTheFragmentStatesNotItsFact() {
        Claim venue = claim("01.txt", "It is one of three ranges in Russia where the drill takes place.", "Russia");
        GoldCase gold = consistent("01:one of three ranges in Russia|03:three in Russia");
        AuditRow row = row(venue, "venue Russia", venue, "venue Russia", List.of("01.txt", "03.txt"), List.of());
        assertThat(gold.corroborates(row)).isFalse();
    }

    @Test
    void aRowWhoseTwoQuotesAreListedPassesAsBefore() {
        GoldCase gold = consistent("01:death toll was 71|05:71 people died");
        assertThat(gold.corroborates(row(toll01, "71 dead", toll05, "71 dead", List.of(), List.of()))).isTrue();
    }
}
