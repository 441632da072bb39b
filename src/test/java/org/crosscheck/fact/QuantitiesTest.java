package org.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Intervals of quantities: rounding, qualifiers, ranges. */
class QuantitiesTest {

    private static Claim q(double n, double resolution, String qualifier) {
        return Claim.builder().source("x.txt").attribute("count").unit("dead").number(n).resolution(resolution)
                .qualifier(qualifier).value(Double.toString(n)).build();
    }

    private static Claim range(double low, double high, String qualifier) {
        return Claim.builder().source("x.txt").attribute("count").unit("coaches").number(low).resolution(1)
                .qualifier(qualifier).value((long) low + "-" + (long) high).build();
    }

    @Test
    void aRoundFigureAgreesWithTheExactValueItRounds() {
        assertThat(Quantities.agree(q(600, 100, "EXACT"), q(615, 1, "EXACT"))).isTrue();
        assertThat(Quantities.agree(q(5e9, 1e9, "EXACT"), q(5.43e9, 1e7, "EXACT"))).isTrue();
        assertThat(Quantities.agree(q(9, 1, "EXACT"), q(9.2, 0.1, "EXACT"))).isTrue();
        assertThat(Quantities.agree(q(57, 1, "EXACT"), q(57.1, 0.1, "EXACT"))).isTrue();
    }

    @Test
    void figuresWrittenToTheSamePrecisionConflictWhenTheyDiffer() {
        assertThat(Quantities.conflict(q(650, 10, "EXACT"), q(615, 1, "EXACT"))).isTrue();
        assertThat(Quantities.conflict(q(20e9, 1e10, "EXACT"), q(15.3e9, 1e8, "EXACT"))).isTrue();
        assertThat(Quantities.conflict(q(12.2e9, 1e8, "EXACT"), q(12.5e9, 1e8, "EXACT"))).isTrue();
        assertThat(Quantities.conflict(q(11.0e9, 1e8, "EXACT"), q(11.2e9, 1e8, "EXACT"))).isTrue();
        assertThat(Quantities.conflict(q(120, 10, "EXACT"), q(127, 1, "EXACT"))).isTrue();
        assertThat(Quantities.conflict(q(37, 1, "EXACT"), q(38, 1, "EXACT"))).isTrue();
    }

    @Test
    void aboutAllowsAUnitOfItsLastDigitAtMostATenth() {
        assertThat(Quantities.conflict(q(40, 10, "ABOUT"), q(50, 10, "ABOUT"))).isTrue();
        assertThat(Quantities.conflict(q(240, 10, "ABOUT"), q(223, 1, "EXACT"))).isTrue();
        assertThat(Quantities.conflict(q(187, 1, "ABOUT"), q(174, 1, "EXACT"))).isTrue();
        assertThat(Quantities.agree(q(4400, 100, "ALMOST"), q(4349, 1, "EXACT"))).isTrue();
        assertThat(Quantities.conflict(q(4400, 100, "ALMOST"), q(4450, 10, "EXACT"))).isTrue();
        assertThat(Quantities.agree(q(20e9, 1e10, "ABOUT"), q(19e9, 1e9, "EXACT"))).isTrue();
    }

    @Test
    void boundsAndRanges() {
        assertThat(Quantities.agree(q(96, 1, "AT_LEAST"), q(145, 1, "EXACT"))).isTrue();
        assertThat(Quantities.conflict(q(12000, 1000, "UP_TO"), q(12700, 100, "ABOUT"))).isTrue();
        assertThat(Quantities.agree(q(13000, 1000, "UP_TO"), q(12700, 100, "ABOUT"))).isTrue();
        assertThat(Quantities.conflict(range(10, 12, "ABOUT"), q(4, 1, "EXACT"))).isTrue();
        assertThat(Quantities.agree(range(10, 12, "EXACT"), q(11, 1, "EXACT"))).isTrue();
        assertThat(Quantities.describe(range(10, 12, "ABOUT"))).isEqualTo("about 10-12 coaches");
    }

    @Test
    void aConvertedMeasureIsDescribedAsTheSourceWroteIt() {
        Claim feet = Claim.builder().source("x.txt").attribute("measure").unit("km").number(0.2907792)
                .resolution(0.0003048).qualifier("EXACT").value("0.2907792 km").quote("954 feet", 0, 8).build();
        assertThat(Quantities.describe(feet)).isEqualTo("954 feet (0.290779 km)");
        Claim compound = Claim.builder().source("x.txt").attribute("measure").unit("km").number(0.2889504)
                .resolution(0.0003048).qualifier("ABOUT").value("0.2889504 km").quote("948-foot vessel", 0, 15).build();
        assertThat(Quantities.describe(compound)).isEqualTo("about 948-foot (0.28895 km)");
        // Written in the base unit already: nothing to add.
        Claim km = Claim.builder().source("x.txt").attribute("measure").unit("km").number(55).resolution(1)
                .qualifier("EXACT").value("55 km").quote("55-kilometre crossing", 0, 21).build();
        assertThat(Quantities.describe(km)).isEqualTo("55 km");
    }

    @Test
    void twoMaximaOfOneThingDifferWithoutConflicting() {
        assertThat(Quantities.conflict(q(36, 1, "UP_TO"), q(6, 1, "UP_TO"))).isFalse();
        assertThat(Quantities.maximaDiffer(q(36, 1, "UP_TO"), q(6, 1, "UP_TO"))).isTrue();
        assertThat(Quantities.agree(q(36, 1, "UP_TO"), q(6, 1, "UP_TO"))).isFalse();
        assertThat(Quantities.maximaDiffer(q(12000, 1000, "UP_TO"), q(12700, 100, "UP_TO"))).isTrue();
        assertThat(Quantities.maximaDiffer(q(680, 10, "UP_TO"), q(680, 10, "UP_TO"))).isFalse();
        assertThat(Quantities.maximaDiffer(q(36, 1, "UP_TO"), q(6, 1, "EXACT"))).isFalse();
        assertThat(Quantities.agree(q(680, 10, "UP_TO"), q(680, 10, "UP_TO"))).isTrue();
        assertThat(Quantities.agree(q(36, 1, "UP_TO"), q(6, 1, "EXACT"))).isTrue();
    }

    @Test
    void figuresFarApartAreOfDifferentThings() {
        assertThat(Quantities.comparable(q(45, 1, "EXACT"), q(26.2e9, 1e8, "EXACT"))).isFalse();
        assertThat(Quantities.comparable(q(3961, 1, "EXACT"), q(40300, 100, "EXACT"))).isTrue();
    }

    @Test
    void aRunningTollThatRisesIsNotALowerLaterReport() {
        Claim e = Claim.builder().source("a.txt").kind("TALLY").attribute("count").unit("dead").number(63)
                .resolution(1).qualifier("EXACT").value("63").published("2016-11-20").build();
        Claim l = Claim.builder().source("b.txt").kind("TALLY").attribute("count").unit("dead").number(145)
                .resolution(1).qualifier("EXACT").value("145").published("2016-11-21").build();
        assertThat(Quantities.risen(e, l)).isTrue();
        assertThat(Quantities.risen(l, e)).isTrue();
        assertThat(Quantities.laterReport(q(63, 1, "EXACT"), q(145, 1, "EXACT"))).isFalse();
    }

    @Property
    void aNumberAlwaysAgreesWithItself(@ForAll @IntRange(min = 1, max = 10_000_000) int n) {
        double r = org.crosscheck.extract.WrittenNumber.trailingPlace(n);
        for (String qualifier : new String[] {"EXACT", "ABOUT", "ALMOST", "UP_TO", "AT_LEAST", "OVER"}) {
            assertThat(Quantities.agree(q(n, r, qualifier), q(n, r, "EXACT"))).as(qualifier).isTrue();
        }
    }
}
