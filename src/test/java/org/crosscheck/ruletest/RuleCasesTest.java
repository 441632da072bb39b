package org.crosscheck.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.engine.RuleBase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The shipped rule cases (rules/tests/) pass, and every shipped rule file has one. */
class RuleCasesTest {
    private static final Path RULES = Path.of("rules");
    private static RuleTests tests;

    private static synchronized RuleTests tests() {
        if (tests == null) {
            tests = new RuleTests(RULES, 100_000);
        }
        return tests;
    }

    @TestFactory
    Stream<DynamicTest> everyShippedCasePasses() {
        return RuleCase.all(RULES.resolve("tests")).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            RuleTests.Outcome o = tests().run(c);
            assertThat(o.failed()).as(c.name() + " produced: " + o.rows().stream().map(RuleTests::describe)
                    .collect(Collectors.joining("; "))).isEmpty();
        }));
    }

    @Test
    void everyShippedRuleFileHasACaseThatExpectsOneOfItsFindings() {
        List<RuleCase> cases = RuleCase.all(RULES.resolve("tests"));
        Set<String> covered = new TreeSet<>();
        for (RuleBase.RuleInfo rule : tests().rules().rules()) {
            for (RuleCase c : cases) {
                for (Expectation e : c.expectations()) {
                    if (e.found() && !e.rule().isEmpty() && org.crosscheck.engine.RuleSelection.glob(e.rule())
                            .matcher(rule.name()).matches()) {
                        covered.add(rule.file());
                    }
                }
            }
        }
        assertThat(covered).as("rule files with a case (add a folder to rules/tests/ for the others)")
                .containsExactlyInAnyOrderElementsOf(tests().rules().files());
    }

    @Test
    void everyRowOfTheDecisionTableHasACase() {
        List<RuleCase> cases = RuleCase.all(RULES.resolve("tests"));
        for (RuleBase.RuleInfo rule : tests().rules().rules()) {
            if (rule.file().endsWith(".drl.csv")) {
                assertThat(cases.stream().flatMap(c -> c.expectations().stream())
                        .anyMatch(e -> e.found() && e.rule().equals(rule.name()))).as(rule.place()).isTrue();
            }
        }
    }
}
