package org.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fact-model reference in rules/README.md is generated from the records' {@link FactField} annotations. After
 * adding a field or a fact type, regenerate it with
 * {@code mvn -B test -Dtest=FactModelReferenceTest -Dgolden.update=true} and review the diff.
 */
class FactModelReferenceTest {
    static final Path README = Path.of("rules/README.md");
    static final String START = "<!-- fact model: generated from the @FactField annotations by FactModelReferenceTest;"
            + " update with mvn -B test -Dtest=FactModelReferenceTest -Dgolden.update=true -->\n";
    static final String END = "<!-- end of the generated fact model -->\n";

    @Test
    void everyFieldRulesSeeIsDocumented() {
        assertThat(FactModel.undocumented())
                .as("record components without @FactField(value = meaning, example = ...): document them, then "
                        + "regenerate rules/README.md with -Dgolden.update=true")
                .isEmpty();
    }

    @Test
    void theReadmeReferenceIsTheGeneratedOne() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("rules/README.md must hold the line " + START.strip()).isNotNegative();
        assertThat(end).as("rules/README.md must hold the line " + END.strip()).isGreaterThan(start);
        String current = readme.substring(start + START.length(), end);
        String expected = "\n" + FactModel.reference() + "\n";
        if (Boolean.getBoolean("golden.update") && !current.equals(expected)) {
            Files.writeString(README, readme.substring(0, start + START.length()) + expected + readme.substring(end),
                    StandardCharsets.UTF_8);
            throw new AssertionError("rewrote " + README + "; review the diff and rerun without -Dgolden.update");
        }
        assertThat(current).as("the fact model in rules/README.md differs from the code; run mvn -B test "
                + "-Dtest=FactModelReferenceTest -Dgolden.update=true and review the diff").isEqualTo(expected);
    }

    @Test
    void derivedFieldsAndTypesUseTheAuthorsWords() {
        FactModel.Type time = FactModel.of(TimeSpan.class).orElseThrow();
        assertThat(time.field("year")).get().satisfies(f -> {
            assertThat(f.derived()).isTrue();
            assertThat(FactModel.typeName(f.type())).isEqualTo("whole number");
        });
        assertThat(FactModel.typeName(boolean.class)).isEqualTo("boolean");
        assertThat(FactModel.typeName(java.time.LocalDate.class)).isEqualTo("date");
        assertThat(FactModel.reference()).contains("| `negated` | boolean | `false` |");
    }
}
