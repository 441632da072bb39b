package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.Auditor;
import org.crosscheck.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options for rule authors: --rule, --explain, --watch and test-rules. */
class AuthoringTest {
    @TempDir
    Path dir;

    private static final Path CASE = Path.of("rules/tests/previous-instance");
    private static final String PREVIOUS = "Independent sources date the previous instance of an event differently";

    private static MainTest.Run run(String... args) {
        return MainTest.run(args);
    }

    @Test
    void ruleFiresOnlyTheMatchingRules() throws IOException {
        MainTest.Run all = run("--input", CASE.toString(), "--out", dir.toString());
        assertThat(Files.readString(dir.resolve("audit.csv"))).contains(PREVIOUS).contains("consistently");
        MainTest.Run one = run("--input", CASE.toString(), "--out", dir.toString(), "--rule", "*PREVIOUS instance*");
        assertThat(one.code()).isZero();
        assertThat(Files.readString(dir.resolve("audit.csv"))).contains(PREVIOUS).doesNotContain("consistently");
        assertThat(all.code()).isZero();
    }

    @Test
    void aRuleGlobMatchingNothingIsAUsageError() {
        MainTest.Run run = run("--input", CASE.toString(), "--out", dir.toString(), "--rule", "no such rule");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --rule: 'no such rule' matches no rule; rule names are the rule "
                + "declarations of rules/agreement.drl.csv, rules/attributes.drl, rules/dates.drl");
    }

    @Test
    void explainPrintsTheRuleItsPlaceAndTheFactsItJoined() throws IOException {
        run("--input", CASE.toString(), "--out", dir.toString());
        String id = Files.readAllLines(dir.resolve("audit.csv")).stream().filter(l -> l.contains(PREVIOUS))
                .findFirst().orElseThrow().substring(0, 12);
        MainTest.Run run = run("--input", CASE.toString(), "--out", dir.toString(), "--explain", id.substring(0, 5));
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Finding " + id + ": WARNING CONTRADICTION ordinal, visit:india+russia:")
                .contains("rule \"" + PREVIOUS + "\" (rules/example_previous.drl:10) fired with:")
                .contains("  $v = \"1975\"")
                .contains("  $a = Claim a.txt:80-106 \"previous visit was in 1975\" {")
                .contains("  $b = Claim b.txt:80-108 \"last such visit came in 1977\" {");
    }

    @Test
    void explainingAnUnknownIdIsAUsageError() {
        MainTest.Run run = run("--input", CASE.toString(), "--out", dir.toString(), "--explain", "ffffffffffff");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --explain: no finding has id ffffffffffff");
    }

    @Test
    void testRulesPassesTheShippedCases() {
        MainTest.Run run = run("test-rules", "--case", "previous-*");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("PASS previous-instance (1 expectation)\n1 of 1 rule cases passed\n");
    }

    @Test
    void aFailingCaseShowsTheExpectationAndTheFindings() {
        Path tests = dir.resolve("tests");
        copy(CASE, tests.resolve("previous"));
        TestFiles.write(tests.resolve("previous/expect.csv"), "expect,rule,value_a,value_b\n"
                + "found," + PREVIOUS + ",1975,1976\nabsent,*,CONSISTENT,\n");
        MainTest.Run run = run("test-rules", "--tests", tests.toString());
        assertThat(run.code()).isEqualTo(1);
        String file = tests.resolve("previous/expect.csv").toString();
        assertThat(run.out()).startsWith("FAIL previous\n  " + file + ":2: expected, not produced: found rule \""
                        + PREVIOUS + "\" values 1975 | 1976\n")
                .contains("  the case's findings:\n    WARNING CONTRADICTION \"" + PREVIOUS + "\" visit:india+russia:"
                        + "vladimir-putin@2019: 1975 | 1977\n")
                .endsWith("0 of 1 rule cases passed; 1 failed\n");
    }

    @Test
    void aMalformedExpectationIsAUsageErrorNamingItsLine() {
        Path tests = dir.resolve("tests");
        copy(CASE, tests.resolve("previous"));
        TestFiles.write(tests.resolve("previous/expect.csv"), "expect,rule\nmaybe,x\n");
        MainTest.Run run = run("test-rules", "--tests", tests.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + tests.resolve("previous/expect.csv") + ":2: expect must be found "
                + "or absent, not 'maybe'\n");
    }

    /** Changes given one by one, each applied to the files when the watch asks for it: no clock involved. */
    private static final class Steps implements Watch.Changes {
        private final Deque<Runnable> steps = new ArrayDeque<>();
        private final Path changed;

        Steps(Path changed, Runnable... steps) {
            this.changed = changed;
            this.steps.addAll(java.util.List.of(steps));
        }

        @Override
        public Optional<Set<Path>> next() {
            Runnable step = steps.poll();
            if (step == null) {
                return Optional.empty();
            }
            step.run();
            return Optional.of(Set.of(changed));
        }

        @Override
        public void close() {
        }
    }

    @Test
    void watchReportsWhatEachChangeDidToTheFindings() {
        Path rules = dir.resolve("rules");
        copy(Path.of("rules/data"), rules.resolve("data"));
        Path check = rules.resolve("previous.drl");
        String drl;
        try {
            drl = Files.readString(Path.of("rules/example_previous.drl"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TestFiles.write(check, drl);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Auditor.Options options = new Auditor.Options(CASE, rules, dir.resolve("reports"), 10_000, 1);
        Steps steps = new Steps(check,
                () -> TestFiles.write(check, drl.replace("Severity.WARNING", "Severity.ERROR")),
                () -> TestFiles.write(check, drl.replace("value != $v", "value != $v,")),
                () -> TestFiles.write(check, drl.replace("attribute == \"previous\", subject == $s",
                        "attribute == \"never\", subject == $s")));
        int code = new Watch(() -> Auditor.audit(options), steps, new PrintWriter(out, true), new PrintWriter(err, true))
                .run(result -> out.write("audited " + result.rows().size() + " rows\n"));
        assertThat(code).isZero();
        String text = out.toString();
        assertThat(text).startsWith("audited 1 rows\nWatching for changes (Ctrl-C to stop).\n");
        assertThat(text).containsSubsequence(
                "Changed: " + check, "~ ", "ERROR CONTRADICTION \"" + PREVIOUS + "\"", "(was WARNING CONTRADICTION",
                "Changed: " + check, "- ", "\"" + PREVIOUS + "\"");
        assertThat(err.toString()).startsWith("error: " + check + ":").contains("(the last good run's findings stay the reference");
        assertThat(text).endsWith("audited 0 rows\n- " + text.substring(text.lastIndexOf("- ") + 2));
    }

    @Test
    void theFolderWatcherSeesAFileSavedBelowTheRulesFolder() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules/sub"));
        try (Watch.Folders folders = new Watch.Folders(java.util.List.of(dir.resolve("rules")), dir.resolve("reports"), 50)) {
            Path saved = rules.resolve("new.drl");
            Files.writeString(saved, "package rules;\n");
            assertThat(folders.next()).get().satisfies(set -> assertThat(set).contains(saved));
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                TestFiles.write(to.resolve(from.relativize(p).toString()), Files.readString(p));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
