package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AnchorTest {
    @Test
    void anyIso8601DateOrDateTime() {
        assertThat(Anchor.parse("1998-03-01")).get().extracting(Anchor::day).isEqualTo(LocalDate.of(1998, 3, 1));
        assertThat(Anchor.parse("1998-03-01T14:11")).get().extracting(Anchor::time).isEqualTo(LocalTime.of(14, 11));
        assertThat(Anchor.parse("2013-02-12T04:30:00-02:00")).get().extracting(Anchor::zone)
                .isEqualTo(ZoneOffset.ofHours(-2));
        assertThat(Anchor.parse("2019-03-25T10:00:00Z")).get().extracting(Anchor::zone).isEqualTo(ZoneOffset.UTC);
        assertThat(Anchor.parse("19980301")).get().extracting(Anchor::day).isEqualTo(LocalDate.of(1998, 3, 1));
    }

    @Test
    void underspecifiedAnchorsMaskWhatTheyDoNotKnow() {
        Anchor april = Anchor.parse("1998-04-XX").orElseThrow();
        assertThat(april.precision()).isEqualTo(Granularity.MONTH);
        assertThat(april.mask("1998-04-16")).isEqualTo("1998-04-XX");
        assertThat(april.mask("1998-03")).isEqualTo("1998-03");
        Anchor year = Anchor.parse("1998").orElseThrow();
        assertThat(year.mask("1998-07-01")).isEqualTo("1998-XX-XX");
    }

    @Test
    void notACalendarDate() {
        assertThat(Anchor.parse("T12:00")).isEmpty();
        assertThat(Anchor.parse("14/12/2016")).isEmpty();
        assertThat(Anchor.parse("1998-02-30")).isEmpty();
        assertThat(Anchor.parse("tomorrow")).isEmpty();
    }
}
