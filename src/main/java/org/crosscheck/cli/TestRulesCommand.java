package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.crosscheck.CrosscheckException;
import org.crosscheck.engine.RuleEngine;
import org.crosscheck.engine.RuleSelection;
import org.crosscheck.ruletest.RuleCase;
import org.crosscheck.ruletest.RuleTests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck test-rules [--rules DIR] [--tests DIR] [--case GLOB]}: runs the rule cases. */
@Command(name = "test-rules", mixinStandardHelpOptions = true,
        description = {"Runs the rule tests: each folder below --tests holding an expect.csv is a case, its *.txt "
                + "articles are audited with --rules and the findings compared with expect.csv (found or absent rows).",
                "Prints PASS or FAIL per case with the difference. Exit 0 when every case passes, 1 otherwise, "
                        + "2 when the rules or a case do not load."})
public class TestRulesCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Folder of rules to test (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--tests", paramLabel = "DIR",
            description = "Folder of cases (default: the tests folder of --rules).")
    Path tests;

    @Option(names = "--case", paramLabel = "GLOB", description = "Run only the cases whose name matches.")
    String only;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + RuleEngine.DEFAULT_MAX_FIRINGS,
            description = "Rule firings after which the rules are taken to loop (default: ${DEFAULT-VALUE}).")
    int maxFirings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = tests == null ? rules.resolve("tests") : tests;
        List<RuleCase> cases = RuleCase.all(folder);
        if (only != null) {
            Pattern p = RuleSelection.glob(only);
            cases = cases.stream().filter(c -> p.matcher(c.name()).matches()).toList();
        }
        if (cases.isEmpty()) {
            throw new CrosscheckException(folder.toString(), only == null ? "no cases (folders with an expect.csv)"
                    : "no case matches '" + only + "'", CrosscheckException.USAGE);
        }
        int failed = new RuleTests(rules, maxFirings).runAll(cases, spec.commandLine().getOut());
        return failed == 0 ? 0 : CrosscheckException.FAILURE;
    }
}
