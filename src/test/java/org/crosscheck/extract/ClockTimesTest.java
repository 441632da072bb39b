package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.TestArticles.claims;

import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Clocks;
import org.junit.jupiter.api.Test;

/** Clock times as news writes them, and how exact each is. */
class ClockTimesTest {

    private static final TestArticles.YearTagger TAGGER = new TestArticles.YearTagger();

    /** The clock times the tagger's TIME values give a sentence. */
    private static List<ClockTimes.Clock> find(String text) {
        return ClockTimes.read(TAGGER.tag(text, java.time.LocalDate.of(2021, 5, 4)), 0);
    }

    private static ClockTimes.Clock only(String text) {
        List<ClockTimes.Clock> found = find(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void twelveAndTwentyFourHourTimes() {
        assertThat(only("at around 3:10pm on Sunday").text()).isEqualTo("15:10");
        assertThat(only("at 3.12pm").text()).isEqualTo("15:12");
        assertThat(only("at 12.50am").text()).isEqualTo("00:50");
        assertThat(only("around 7 p.m. on Friday").text()).isEqualTo("19:00");
        assertThat(only("at 15:40 local time").text()).isEqualTo("15:40");
        assertThat(only("at 18:04 hours").text()).isEqualTo("18:04");
        assertThat(only("a little after 0300 hrs").text()).isEqualTo("03:00");
    }

    @Test
    void resolutionAndZone() {
        assertThat(only("around 7 pm").resolution()).isEqualTo(60);
        assertThat(only("around 8:30 am").resolution()).isEqualTo(10);
        assertThat(only("roughly 8:55 a.m.").resolution()).isEqualTo(5);
        assertThat(only("at 6.04 pm").resolution()).isEqualTo(1);
        assertThat(only("at about 1900 GMT").zone()).isEqualTo("gmt");
        assertThat(only("at 11:41 local time").zone()).isEmpty();
        assertThat(only("(2:15 a.m. ET)").zone()).isEqualTo("et");
        assertThat(only("at 07:41 pm IST").zone()).isEmpty();
        assertThat(only("The ferry sank at 0300 hrs on Sunday.").text()).isEqualTo("03:00");
    }

    @Test
    void scoresRatiosAndDecimalsAreNotTimes() {
        assertThat(find("They drew 3-3 and the ratio was 1.5, with 12.2 billion spent.")).isEmpty();
        assertThat(find("Listen 0:00 0:00")).isEmpty();
        assertThat(find("The project took 1900 hours of work.")).isEmpty();
    }

    private static Claim clock(String sentence) {
        List<Claim> found = claims(sentence, "clock");
        assertThat(found).as(sentence).hasSize(1);
        return found.get(0);
    }

    @Test
    void timesOfOneMomentAgreeAsFarAsTheyWereWritten() {
        Claim exact = clock("The train derailed at 3:10 a.m. on Sunday.");
        assertThat(Clocks.agree(exact, clock("The train derailed at about 3 am."))).isTrue();
        assertThat(Clocks.agree(exact, clock("The train derailed a little after 3 am."))).isTrue();
        assertThat(Clocks.conflict(clock("Kim arrived around 8:30 am."), clock("Kim arrived at roughly 8:55 a.m.")))
                .isTrue();
        assertThat(Clocks.conflict(clock("It happened around 7 am."), clock("It happened around 7 pm."))).isTrue();
        assertThat(Clocks.agree(clock("It landed at 6:04 p.m."), clock("It landed at around 06:05 PM."))).isTrue();
        assertThat(Clocks.agree(clock("It struck around 11am."), clock("It struck at 11:41."))).isTrue();
        assertThat(clock("The landing is planned for 5.47pm.").modality()).isEqualTo("PLANNED");
        assertThat(clock("The vote is at about 1900 GMT.").unit()).isEqualTo("clock:gmt");
    }

    @Test
    void aSpacedDashEndsThePhraseATimeOfDayBelongsTo() {
        Claim arrival = clock("The minister arrived at the harbour in her car, at roughly 8:55 a.m. local time - five"
                + " minutes before the meeting was to begin.");
        assertThat(arrival.subject()).startsWith("arrival:");
        assertThat(arrival.modality()).isEqualTo("HAPPENED");
        Claim meeting = clock("The minister arrived at the harbour - the meeting was to begin at 9 a.m.");
        assertThat(meeting.subject()).startsWith("meeting:");
        assertThat(meeting.modality()).isNotEqualTo("HAPPENED");
    }

    @Test
    void aTimeOfDayIsOnTheDayItsOwnWordsNameElseOnItsEventsDay() {
        Claim named = clock("The probe landed at 6.04 pm on Wednesday.");
        assertThat(named.time().start()).isEqualTo(java.time.LocalDate.of(2021, 4, 28));
        Claim bare = clock("The probe landed in 2019 at 6.04 pm.");
        assertThat(bare.time().granularity()).isEqualTo("YEAR");
        assertThat(clock("The probe landed in 2019 at 7pm IST.").time().granularity()).isEqualTo("YEAR");
        assertThat(clock("The probe landed in 2019 at 7pm today.").time().granularity()).isNotEqualTo("YEAR");
    }

    @Test
    void numbersOfATimeAreNotCounts() {
        assertThat(claims("The train left at 3.30 pm with 500 people on board.", "count"))
                .extracting(Claim::number).containsExactly(500.0);
    }
}
