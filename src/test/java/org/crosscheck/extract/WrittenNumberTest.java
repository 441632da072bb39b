package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.crosscheck.nlp.Tagger;
import org.junit.jupiter.api.Test;

/** Numbers as news writes them, with the resolution they were written to. */
class WrittenNumberTest {

    private static WrittenNumber only(String text) {
        List<WrittenNumber> found = WrittenNumber.find(Tagger.standard().tag(text));
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void digitsWithSeparatorsAndDecimalsKeepTheirResolution() {
        assertThat(only("1,953 people").value()).isEqualTo(1953);
        assertThat(only("1,953 people").resolution()).isEqualTo(1);
        assertThat(only("some 2,400 workers").resolution()).isEqualTo(100);
        assertThat(only("11.0 billion euro").resolution()).isEqualTo(1e8);
        assertThat(only("15.5 tonnes").resolution()).isEqualTo(0.1);
        assertThat(only("no more than 12.000 soldiers").value()).isEqualTo(12000);
    }

    @Test
    void scaleWordsAfterDigitsMultiply() {
        WrittenNumber n = only("1.03 million people");
        assertThat(n.value()).isEqualTo(1.03e6);
        assertThat(n.resolution()).isEqualTo(1e4);
        assertThat(only("$1.8bn deal").value()).isEqualTo(1.8e9);
    }

    @Test
    void numberWordsAndGluedUnits() {
        assertThat(only("Eighty-three people").value()).isEqualTo(83);
        assertThat(only("two hundred and five passengers").value()).isEqualTo(205);
        assertThat(only("three million voters").value()).isEqualTo(3e6);
        assertThat(only("a dozen boats").value()).isEqualTo(12);
        WrittenNumber eight = only("the eight-day debate");
        assertThat(eight.value()).isEqualTo(8);
        assertThat(eight.suffix()).isEqualTo("day");
        assertThat(only("the 6,825-ton ferry").suffix()).isEqualTo("ton");
        assertThat(only("a magnitude-7.8 quake").value()).isEqualTo(7.8);
    }

    @Test
    void rangesButNotChanges() {
        WrittenNumber r = only("About 10-12 coaches");
        assertThat(r.value()).isEqualTo(10);
        assertThat(r.high()).isEqualTo(12);
        assertThat(only("boys aged from 11 to 16").high()).isEqualTo(16);
        assertThat(only("aged between 11 and 16").high()).isEqualTo(16);
        List<WrittenNumber> change = WrittenNumber.find(Tagger.standard().tag("The toll rose from 96 to 145."));
        assertThat(change).hasSize(2).allSatisfy(n -> assertThat(n.range()).isFalse());
    }

    @Test
    void clockTimesOrdinalsAndDecadesAreNotNumbers() {
        assertThat(WrittenNumber.find(Tagger.standard().tag("at 3:10 on the 12th, in the 1990s, at 8.58am"))).isEmpty();
    }

    @Property
    void groupedDigitsReadBackWithTheirTrailingZeros(@ForAll @IntRange(min = 1, max = 99_999_999) int n) {
        String written = String.format(Locale.ROOT, "%,d", n);
        WrittenNumber w = only(written + " people");
        assertThat(w.value()).isEqualTo(n);
        assertThat(w.resolution()).isEqualTo(WrittenNumber.trailingPlace(n));
        assertThat(n % w.resolution()).isZero();
        assertThat(n % (w.resolution() * 10) == 0).isFalse();
    }

    @Property
    void decimalsReadBackToTheirLastWrittenPlace(@ForAll @IntRange(min = 0, max = 9999) int whole,
                                                 @ForAll @IntRange(min = 0, max = 99) int cents) {
        String written = whole + "." + String.format(Locale.ROOT, "%02d", cents);
        WrittenNumber w = only(written + " km");
        assertThat(w.value()).isCloseTo(whole + cents / 100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(w.resolution()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-12));
    }
}
