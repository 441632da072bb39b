package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.time.NewsTemporalTagger;
import org.junit.jupiter.api.Test;

/** What the time layer puts into claims: durations of events, directions and their cues, clock times, readings. */
class TimeFactsTest {
    private static final Pipeline PIPELINE = Pipeline.standard(TestArticles.VOCABULARY,
            NewsTemporalTagger.load(Path.of("rules")));

    private static List<Claim> claims(String published, String text) {
        return PIPELINE.extract(TestArticles.article("t.txt", "date " + published + "\n\n" + text + "\n"));
    }

    private static Claim first(List<Claim> claims, String attribute) {
        return claims.stream().filter(c -> c.attribute().equals(attribute)).findFirst().orElseThrow();
    }

    @Test
    void aDurationIsTheLengthOfTheEventItMeasures() {
        List<Claim> c = claims("2016-04-20", "Pakistani and Russian troops held a two-week exercise in March 2016.");
        Claim event = first(c, "event");
        assertThat(event.time().value()).isEqualTo("2016-03");
        assertThat(event.time().duration()).isEqualTo("P2W");
        assertThat(first(c, "date").time().duration()).isEqualTo("P2W");
        assertThat(first(c, "duration").value()).isEqualTo("P2W");
    }

    @Test
    void anEventGivenOnlyItsLengthHasADurationAndNoTime() {
        List<Claim> c = claims("2016-04-20", "Pakistani and Russian troops held a two-week exercise.");
        Claim event = first(c, "event");
        assertThat(event.time().value()).isEmpty();
        assertThat(event.time().granularity()).isEqualTo("DURATION");
        assertThat(event.time().duration()).isEqualTo("P2W");
        assertThat(c).noneMatch(x -> x.attribute().equals("date"));
    }

    @Test
    void theDirectionChosenAndItsCueAreInTheTimeClaim() {
        Claim time = first(claims("2016-12-14", "The trial opens Monday."), "time");
        assertThat(time.value()).isEqualTo("2016-12-19");
        assertThat(time.time().direction()).isEqualTo("FUTURE");
        assertThat(time.time().cue()).contains("'opens'");
        assertThat(time.modality()).isEqualTo("EXPECTED");
    }

    @Test
    void aClockTimeIsATimeOnItsDayWithItsZone() {
        Claim time = first(claims("2022-06-03", "The order was signed at 07:41 pm IST."), "time");
        assertThat(time.value()).isEqualTo("2022-06-03T19:41+05:30");
        assertThat(time.time().granularity()).isEqualTo("TIME");
    }

    @Test
    void aNumericDateThatReadsTwoWaysIsFlagged() {
        Claim time = first(claims("2020-06-01", "The accord was signed on 03/02/2020."), "time");
        assertThat(time.qualifier()).isEqualTo(TimeExtractor.AMBIGUOUS);
    }

    @Test
    void aWeekdayThatNoNearbyYearAgreesWithIsAWeekdayClaimThatDisagrees() {
        // 30 April was a Tuesday in 2013 and 2019, not within a year of 2017: the weekday claim reports it
        Claim weekday = first(claims("2017-05-10", "The talks ended on Tuesday, April 30."), "weekday");
        assertThat(weekday.value()).isEqualTo("TUESDAY");
        assertThat(weekday.detail()).isNotEqualTo("TUESDAY");
    }
}
