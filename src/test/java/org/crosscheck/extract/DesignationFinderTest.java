package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DesignationFinderTest {
    private static final DesignationFinder FINDER = new DesignationFinder(TestArticles.VOCABULARY);

    private static List<DesignationFinder.Designation> find(String text) {
        return FINDER.find(text);
    }

    @Test
    void aReportingNameIsNotAVariant() {
        assertThat(find("India flies the Su-30MK 'Flanker' and Pakistan the Su-30MK."))
                .extracting(DesignationFinder.Designation::family, DesignationFinder.Designation::detail,
                        DesignationFinder.Designation::display)
                .containsExactly(tuple("Su-30", "MK", "Su-30MK"), tuple("Su-30", "MK", "Su-30MK"));
        assertThat(find("four Mi-24 (Hind) gunships")).extracting(DesignationFinder.Designation::detail)
                .containsExactly("");
        // A lettered reporting name is all the text says of the variant.
        assertThat(find("four Mi-35 \u2018Hind E\u2019 attack helicopters"))
                .extracting(DesignationFinder.Designation::detail, DesignationFinder.Designation::display)
                .containsExactly(tuple("Hind E", "Mi-35 'Hind E'"));
    }

    @Test
    void wordingsOfAnAirlinerFoldIntoOneValue() {
        assertThat(find("The Boeing 777-300ER landed; a Boeing 777-300 ER took off; BOEING 777-300ER jets."))
                .extracting(DesignationFinder.Designation::family, DesignationFinder.Designation::detail,
                        DesignationFinder.Designation::display)
                .containsOnly(tuple("Boeing 777", "300ER", "Boeing 777-300ER"));
        assertThat(find("The Airbus A320neo and the A320 jet")).extracting(DesignationFinder.Designation::family)
                .containsExactly("A320", "A320");
        assertThat(find("a Boeing 737 MAX 8 crashed")).extracting(DesignationFinder.Designation::detail)
                .containsExactly("MAX8");
    }

    @Test
    void anAirlineCodeAfterABareNumberIsNoVariant() {
        assertThat(find("The Boeing 777 PIA flight left.")).extracting(DesignationFinder.Designation::detail)
                .containsExactly("");
        assertThat(find("a Boeing 777-300 in Dubai")).extracting(DesignationFinder.Designation::detail,
                DesignationFinder.Designation::end).containsExactly(tuple("300", 16));
    }

    @Test
    void shipClassesNeedAShipWord() {
        assertThat(find("two Type 054A frigates")).extracting(DesignationFinder.Designation::family,
                DesignationFinder.Designation::detail).containsExactly(tuple("Type 054", "A"));
        assertThat(find("Type 2 diabetes")).isEmpty();
    }

    @Property(tries = 300)
    void everyWordingOfOneDesignationFoldsAlike(@ForAll("separators") String sep, @ForAll boolean upper,
                                                @ForAll @AlphaChars @StringLength(max = 6) String word) {
        String prefix = upper ? "MI" : "Mi";
        String text = word.toLowerCase(java.util.Locale.ROOT) + " " + prefix + sep + "35M helicopters";
        assertThat(find(text)).extracting(DesignationFinder.Designation::family,
                DesignationFinder.Designation::detail).containsExactly(tuple("Mi-35", "M"));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> separators() {
        return net.jqwik.api.Arbitraries.of("-", " ", "");
    }
}
