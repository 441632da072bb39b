package org.crosscheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.CrosscheckException;
import org.crosscheck.TestFiles;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseTest {
    @TempDir
    Path dir;

    private static final String HEADER = "package t;\nimport org.crosscheck.fact.*;\n";

    private Path rules(String... nameAndText) {
        Path rules = dir.resolve("rules");
        for (int i = 0; i < nameAndText.length; i += 2) {
            TestFiles.write(rules.resolve(nameAndText[i]), nameAndText[i + 1]);
        }
        return rules;
    }

    private static Claim claim(String source, String value) {
        return Claim.builder().source(source).subject("s").attribute("a").value(value).quote(value, 0, 1).build();
    }

    @Test
    void compilesTheShippedRules() {
        RuleBase base = RuleBase.build(Path.of("rules"));
        assertThat(base.files()).contains("rules/designations.drl");
    }

    @Test
    void syntaxErrorNamesFileAndLine() {
        Path rules = rules("ok.drl", HEADER + "rule \"fine\" when Claim() then end\n",
                "sub/bad.drl", HEADER + "\nrule \"broken\"\nwhen\n  Claim( value == )\nthen\nend\n");
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class, () -> RuleBase.build(rules));
        assertThat(e.exitCode()).isEqualTo(CrosscheckException.USAGE);
        assertThat(e.lines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(rules.resolve("sub/bad.drl") + ":"));
        assertThat(e.problems().get(0).line()).isBetween(4, 6);
    }

    @Test
    void aSyntaxErrorIsReportedAloneNotAsErrorsInFilesUsingDeclaredTypes() {
        Path rules = rules("typed.drl", HEADER + "declare Derived\n  name : String @key\nend\n"
                        + "rule \"derive\" when Claim( $s : subject ) then insertLogical(new Derived($s)); end\n"
                        + "rule \"use\" when Derived() then end\n",
                "bad.drl", HEADER + "\nrule \"broken\"\nwhen\n  Claim( value == )\nthen\nend\n");
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class, () -> RuleBase.build(rules));
        assertThat(e.lines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(rules.resolve("bad.drl") + ":"));
    }

    @Test
    void aSyntaxErrorDoesNotHideAnotherFilesOwnError() {
        Path rules = rules("bad.drl", HEADER + "\nrule \"broken\"\nwhen\n  Claim( value == )\nthen\nend\n",
                "field.drl", HEADER + "\n\nrule \"x\"\nwhen\n  Claim( colour == \"red\" )\nthen\nend\n");
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class, () -> RuleBase.build(rules));
        assertThat(e.lines()).anySatisfy(line -> assertThat(line).startsWith(rules.resolve("bad.drl") + ":"))
                .anySatisfy(line -> assertThat(line).startsWith(rules.resolve("field.drl") + ":").contains("colour"));
    }

    @Test
    void unknownFieldNamesFileAndLine() {
        Path rules = rules("field.drl", HEADER + "\n\nrule \"x\"\nwhen\n  Claim( colour == \"red\" )\nthen\nend\n");
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class, () -> RuleBase.build(rules));
        assertThat(e.lines()).anySatisfy(line -> assertThat(line).startsWith(rules.resolve("field.drl") + ":").contains("colour"));
    }

    @Test
    void duplicateRuleNamesAcrossFilesAreAnErrorEvenInDifferentPackages() {
        Path rules = rules("a.drl", "package one;\nimport org.crosscheck.fact.*;\nrule \"same\" when Claim() then end\n",
                "b.drl", "package two;\nimport org.crosscheck.fact.*;\n\nrule \"same\" when Claim() then end\n");
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class, () -> RuleBase.build(rules));
        assertThat(e.lines()).containsExactly(rules.resolve("b.drl") + ":4: duplicate rule name \"same\" (also declared at "
                + rules.resolve("a.drl") + ":3)");
    }

    @Test
    void findingsAreReadThroughTheEngineQuery() {
        Path rules = rules("pair.drl", HEADER + "rule \"differ\" when\n"
                + " $a : Claim( $s : subject, $v : value )\n $b : Claim( subject == $s, value > $v )\n"
                + "then insert(Finding.pair(drools.getRule().getName(), Verdict.CONTRADICTION, Severity.ERROR,"
                + " \"test\", $a, $b, $a.value(), $b.value(), \"differ\")); end\n");
        List<Finding> findings = new RuleEngine(RuleBase.build(rules), 100)
                .run(List.of(claim("x.txt", "1"), claim("y.txt", "2")));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("differ");
            assertThat(f.valueA()).isEqualTo("1");
            assertThat(f.valueB()).isEqualTo("2");
        });
    }

    @Test
    void throwingConsequenceNamesTheRuleAndFacts() {
        Path rules = rules("boom.drl", HEADER + "rule \"explodes\" when $c : Claim() then\n"
                + " throw new IllegalStateException(\"boom\"); end\n");
        RuleEngine engine = new RuleEngine(RuleBase.build(rules), 100);
        assertThatThrownBy(() -> engine.run(List.of(claim("x.txt", "1"))))
                .isInstanceOf(CrosscheckException.class)
                .hasMessageContaining("rule \"explodes\"").hasMessageContaining("boom")
                .hasMessageContaining("x.txt")
                .satisfies(e -> assertThat(((CrosscheckException) e).exitCode()).isEqualTo(CrosscheckException.FAILURE));
    }

    @Test
    void loopingRulesStopAtTheLimitAndNameTheRule() {
        Path rules = rules("loop.drl", HEADER + "rule \"forever\" when $c : Claim( source == \"x.txt\" ) then\n"
                + " insert(Claim.builder().source($c.source()).value($c.value() + \"x\").build()); end\n");
        RuleEngine engine = new RuleEngine(RuleBase.build(rules), 50);
        assertThatThrownBy(() -> engine.run(List.of(claim("x.txt", "1"))))
                .isInstanceOf(CrosscheckException.class)
                .hasMessageContaining("stopped after 50 rule firings").hasMessageContaining("\"forever\"");
    }

    @Test
    void aBlockCommentOpenedAfterCodeHidesTheRulesInIt() {
        Path rules = rules("a.drl", HEADER + "rule \"one\" when Claim() then end\n",
                "b.drl", HEADER + "rule \"two\" when Claim() then end /* the old version:\n"
                        + "rule \"one\" when Claim() then end\n*/\n"
                        + "rule \"three\" when Claim( value == \"/* not a comment */\" ) then end // rule \"one\"\n");
        RuleBase base = RuleBase.build(rules);
        assertThat(base.files()).hasSize(2);
        Path clash = rules("c.drl", HEADER + "rule \"x\" when Claim() then end\n/* a */ rule \"one\" when Claim() then end\n");
        assertThatThrownBy(() -> RuleBase.build(clash)).isInstanceOf(RuleBuildException.class)
                .satisfies(e -> assertThat(((RuleBuildException) e).lines()).singleElement().asString()
                        .isEqualTo(clash.resolve("c.drl") + ":4: duplicate rule name \"one\" (also declared at "
                                + clash.resolve("a.drl") + ":3)"));
    }
}
