package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.group.GroupedArticles.groupDated;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;

/**
 * Instances of one named series told apart across articles: a series name alone does not make two editions one,
 * and a year that only a stray source gives does not admit another instance into a cluster.
 */
class SeriesInstancesTest {

    private static String eventOf(List<Claim> claims, String source, String word) {
        return claims.stream().filter(c -> c.source().equals(source) && c.attribute().equals("event")
                && c.quote().equalsIgnoreCase(word)).findFirst().orElseThrow().subject();
    }

    private static String second(String day) {
        return "date " + day + "\nThe second session of the Vesk-Tarsk Joint Working Group on Fisheries was held in"
                + " Orlan on " + day + ".\n";
    }

    @Test
    void anEventInAppositionToANameIsNamedByIt() {
        List<Claim> claims = groupDated("""
                date 2031-05-05
                On 3 May 2031 the armed forces of Vesk and Tarsk launched Iron Gate, their second joint exercise, in Kazan.
                """);
        String exercise = eventOf(claims, "a0.txt", "exercise");
        assertThat(exercise).contains("iron-gate");
        assertThat(eventOf(claims, "a0.txt", "launched")).isEqualTo(exercise);
    }

    @Test
    void theNextEditionDatedApartIsNotJoinedThroughAMisdatedReport() {
        List<Claim> claims = groupDated(second("2030-03-12"), second("2030-03-12"), second("2030-03-12"),
                // One source gives the second session a year late, six weeks after the third.
                second("2031-03-27"), """
                date 2031-02-18
                The third session of the Vesk-Tarsk Joint Working Group on Fisheries was held in Vesk on 16 February 2031.
                """);
        assertThat(eventOf(claims, "a4.txt", "session")).isNotEqualTo(eventOf(claims, "a0.txt", "session"));
        assertThat(eventOf(claims, "a3.txt", "session")).isEqualTo(eventOf(claims, "a0.txt", "session"));
    }

    @Test
    void aYearOnlyAStrayReportGivesAdmitsNoOtherInstance() {
        List<Claim> claims = groupDated(second("2030-03-12"), second("2030-03-12"), second("2030-03-12"),
                second("2030-03-12"),
                // One source gives the second session a year early, the year the group first met.
                second("2029-08-14"), """
                date 2029-03-04
                The inaugural meeting of the Vesk-Tarsk Joint Working Group on Fisheries took place in Vesk on 2 March 2029.
                """);
        assertThat(eventOf(claims, "a5.txt", "meeting")).isNotEqualTo(eventOf(claims, "a0.txt", "session"));
    }
}
