package org.crosscheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.TestFiles;
import org.crosscheck.cli.Main;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mistakes rule authors make, each as the command line reports it: its exit code and its exact one-line
 * message, {@code rules/FILE.drl:LINE: message}. Problems found before any article is read exit 2; the two that
 * only facts reveal (a loop through a constrained pattern, a consequence that throws) exit 1.
 */
class RuleMistakesTest {
    @TempDir
    Path dir;

    /** Every rule below starts on line 4 of its file. */
    private static final String HEAD = "package rules;\nimport org.crosscheck.fact.*;\n\n";
    /** Claim's fields as the checker lists them: its components in declaration order, then the derived ones. */
    static final String FIELDS = Arrays.stream(Claim.class.getRecordComponents()).map(RecordComponent::getName)
            .collect(Collectors.joining(", ")) + ", edition, fullValue, timePhrase, timeValue";

    private static String rule(String when, String then) {
        return HEAD + "rule \"a check\"\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    private static String rule(String when) {
        return rule(when, "");
    }

    private static final String ENDS_THE_JVM = "`CALL` ends the auditor in the middle of the run, before any report "
            + "is written (and `Runtime.halt(0)` with success); a rule must not end the JVM: insert a Finding or throw "
            + "an exception";
    private static final String FINDING = "insert(Finding.single(drools.getRule().getName(), Verdict.CONTRADICTION, "
            + "Severity.ERROR, \"x\", $c, \"\", \"\"));";

    static Stream<Arguments> mistakes() {
        return Stream.of(
                // The list.
                Arguments.of("syntax error", rule("Claim( value == )"), 6,
                        "[ERR 101] Line 6:20 no viable alternative at input ')' in rule \"a check\""),
                Arguments.of("unknown field", rule("$c : Claim( colour == \"red\" )"), 6,
                        "`colour` is not a field of Claim; its fields are " + FIELDS),
                Arguments.of("number against words", rule("$c : Claim( number > \"a lot\" )"), 6,
                        "`number` is a number; compare it with a number (`number > 1000`), not with the text \"a lot\""),
                Arguments.of("date against a year", rule("$c : Claim( time.start > 2019 )"), 6,
                        "`time.start` is a date; write `time.start > LocalDate.of(2019, 1, 1)` or use `time.year`"),
                Arguments.of("number against a boolean", rule("$c : Claim( number == true )"), 6,
                        "`number` is a number; compare it with a number, not with true or false"),
                Arguments.of("boolean against a word", rule("$c : Claim( negated == \"no\" )"), 6,
                        "`negated` is a boolean; compare it with true or false"),
                Arguments.of("number against quoted digits", rule("$c : Claim( number > \"1000\" )"), 6,
                        "`number` is a number; write `number > 1000` without the quotes"),
                // Ten more, and some.
                Arguments.of("misspelled fact type", rule("$c : Claime( value == \"x\" )"), 6,
                        "`Claime` is not a fact type; did you mean `Claim`? (fact types: Claim, TimeSpan, SourceInfo, "
                                + "Within, Finding)"),
                Arguments.of("missing import", "package rules;\nimport org.crosscheck.fact.Claim;\n\nrule \"a check\"\n"
                                + "when\n    Within( place == \"Cairo\" )\nthen\nend\n", 6,
                        "`Within` is not imported; add `import org.crosscheck.fact.Within;` below the package line"),
                Arguments.of("binding used before it is bound", rule("$c : Claim( value == $v )\n    Claim( $v : value )"),
                        6, "`$v` is used before it is bound (it is bound on line 7); patterns are matched in order, so "
                                + "bind it in an earlier pattern"),
                Arguments.of("binding never bound", rule("$c : Claim( value == $x )"), 6,
                        "`$x` is not bound; bind it in an earlier pattern (`$x : value`)"),
                Arguments.of("text against a number", rule("$c : Claim( value > 3 )"), 6,
                        "`value` is text; compare it with text in quotes (`value > \"3\"`), or compare `number` for "
                                + "quantities"),
                Arguments.of("date against words", rule("$c : Claim( time.start > \"last year\" )"), 6,
                        "`time.start` is a date; compare it with a date such as `LocalDate.of(2019, 1, 1)`, not with "
                                + "\"last year\""),
                Arguments.of("unknown field of a nested fact", rule("$c : Claim( time.begin != null )"), 6,
                        "`begin` is not a field of TimeSpan; its fields are value, start, end, granularity, phrase, "
                                + "duration, direction, cue, days, year"),
                Arguments.of("a number tested for null", rule("$c : Claim( number != null )"), 6,
                        "`number` is a number and never null; a missing number is NaN: test it with "
                                + "`Double.isNaN(number)`"),
                Arguments.of("text operator on a number", rule("$c : Claim( number matches \"\\\\d+\" )"), 6,
                        "`number` is a number; `matches` compares text"),
                Arguments.of("an operator Drools 10.2 cannot run", rule("$c : Claim( subject str[startsWith] \"visit:\" )"),
                        6, "`str[startsWith]` makes Drools 10.2 fail once the constraint has run 20 times "
                                + "(NoSuchMethodError in EvaluatorHelper); write `subject.startsWith(\"...\")`, "
                                + "`.endsWith(...)` or `matches`"),
                Arguments.of("unknown function", rule("$c : Claim()\n    eval( frobnicate($c.value()) )"), 7,
                        "`frobnicate` is not a function rules can call; call a helper on its class "
                                + "(`Quantities.conflict($a, $b)`, `Stages.of($a)`, see rules/README.md) or declare it with "
                                + "`function`"),
                Arguments.of("misspelled helper", rule("$c : Claim()\n    eval( Stages.off($c) == \"x\" )"), 7,
                        "`Stages.off` is not a function of Stages; its functions are of, sameMilestone, sameWord"),
                Arguments.of("helper given too many arguments",
                        rule("$a : Claim()\n    $b : Claim()\n    eval( Quantities.conflict($a, $b, 3) )"), 8,
                        "`Quantities.conflict` takes 2 arguments (a, b), not 3"),
                Arguments.of("misspelled enum constant", rule("$c : Claim()", FINDING.replace("Severity.ERROR",
                        "Severity.EROR")), 8, "`Severity.EROR` is not a Severity; use one of Severity.ERROR, "
                        + "Severity.WARNING, Severity.INFO"),
                Arguments.of("misspelled accessor in the then part", rule("$c : Claim()", "String s = $c.valu();"), 8,
                        "`valu` is not a field of Claim; its fields are " + FIELDS),
                Arguments.of("a field read without parentheses in the then part",
                        rule("$c : Claim()", "String s = $c.value;"), 8,
                        "`$c.value` reads a field; the then part is Java: write `$c.value()`"),
                Arguments.of("finding with an argument missing", rule("$c : Claim()",
                        "insert(Finding.single(drools.getRule().getName(), Verdict.CONTRADICTION, Severity.ERROR, $c, "
                                + "\"\", \"\"));"), 8,
                        "`Finding.single` takes 7 arguments (rule, verdict, severity, category, a, valueA, "
                                + "explanation); this call gives 6"),
                Arguments.of("infinite insert loop", rule("$c : Claim()",
                        "insert(Claim.builder().source($c.source()).build());"), 8,
                        "rule \"a check\" inserts a Claim and matches every Claim (line 6), so each insert fires it "
                                + "again without end; constrain the pattern so that the facts it inserts do not match, or "
                                + "derive them with insertLogical and @key fields"),
                Arguments.of("ending the JVM in the then part", rule("$c : Claim()", "System.exit(0);"), 8,
                        "rule \"a check\": " + ENDS_THE_JVM.replace("CALL", "System.exit")),
                Arguments.of("halting the JVM in a function", rule("$c : Claim()") + "\nfunction void stop() {\n"
                                + "    Runtime.getRuntime().halt(0);\n}\n", 12,
                        "function stop: " + ENDS_THE_JVM.replace("CALL", "Runtime.halt")),
                Arguments.of("undeclared variable in the then part", rule("$c : Claim()", "String s = $d.value();"), 8,
                        "the then part does not compile: $d cannot be resolved"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isReportedBeforeAnyArticleIsRead(String name, String drl, int line, String message) {
        Path rules = dir.resolve("rules");
        TestFiles.write(rules.resolve("check.drl"), drl);
        Run run = run(rules, empty());
        assertThat(run.err()).isEqualTo("error: " + rules.resolve("check.drl") + ":" + line + ": " + message + "\n");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void aDuplicateRuleNameNamesBothPlaces() {
        Path rules = dir.resolve("rules");
        TestFiles.write(rules.resolve("a.drl"), rule("$c : Claim()"));
        TestFiles.write(rules.resolve("b.drl"), "package other;\nimport org.crosscheck.fact.*;\n\n\n"
                + "rule \"a check\"\nwhen\n    Claim()\nthen\nend\n");
        Run run = run(rules, empty());
        assertThat(run.err()).isEqualTo("error: " + rules.resolve("b.drl") + ":5: duplicate rule name \"a check\" (also "
                + "declared at " + rules.resolve("a.drl") + ":4)\n");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void aLoopThroughAConstrainedPatternStopsAtTheLimitNamingTheRule() {
        Path rules = dir.resolve("rules");
        TestFiles.write(rules.resolve("loop.drl"), rule("$s : SourceInfo( source != \"\" )",
                "insert(new SourceInfo($s.source(), $s.origin() + \"x\", $s.published(), $s.outlet()));"));
        Path input = article();
        Run run = run(rules, input, "--max-firings", "50");
        assertThat(run.err()).isEqualTo("error: " + rules.resolve("loop.drl") + ":4: stopped after 50 rule firings "
                + "(raise --max-firings if this is not a loop); firing: \"a check\" x50\n");
        assertThat(run.code()).isEqualTo(1);
    }

    @Test
    void aConsequenceThatThrowsNamesTheRuleItsPlaceAndTheFacts() {
        Path rules = dir.resolve("rules");
        TestFiles.write(rules.resolve("boom.drl"), rule("$s : SourceInfo()",
                "throw new IllegalStateException(\"boom\");"));
        Run run = run(rules, article());
        assertThat(run.err()).startsWith("error: " + rules.resolve("boom.drl") + ":4: rule \"a check\": consequence "
                + "failed with IllegalStateException: boom at rules.Rule_a_check")
                .endsWith(" on SourceInfo[source=a.txt, origin=a.txt, published=2021-06-10, outlet=, datedBy=]\n");
        assertThat(run.code()).isEqualTo(1);
    }

    @Test
    void theShippedRulesPassTheChecker() {
        assertThat(RuleBase.build(Path.of("rules")).rules()).isNotEmpty();
    }

    private Path empty() {
        try {
            return Files.createDirectories(dir.resolve("empty"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An article and the shipped data files, for the mistakes only facts reveal. */
    private Path article() {
        try (Stream<Path> data = Files.list(Path.of("rules/data"))) {
            for (Path f : data.toList()) {
                TestFiles.write(dir.resolve("rules/data").resolve(f.getFileName().toString()), Files.readString(f));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path input = dir.resolve("input");
        TestFiles.write(input.resolve("a.txt"), "date 2021-06-10\n\nIndonesia and Turkey signed a naval cooperation "
                + "agreement in March 2021.");
        return input;
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(Path rules, Path input, String... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = Stream.concat(Stream.of("--rules", rules.toString(), "--input", input.toString(), "--out",
                dir.resolve("reports").toString()), Stream.of(more)).toArray(String[]::new);
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(Files.exists(dir.resolve("reports").resolve("audit.csv")) && code == 2).isFalse();
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
