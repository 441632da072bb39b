package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.Auditor;
import org.crosscheck.fact.Claim;
import org.crosscheck.ruletest.RuleCase;
import org.crosscheck.ruletest.RuleTests;
import org.junit.jupiter.api.Test;

/**
 * Every shipped rule that compares two claims explains them in the order of audit.csv's columns: what it says of
 * side a comes before what it says of side b. Checked on the rows of every rule case and of the seeds, and every
 * rule that inserts a pair finding must have been seen in some two-sided row.
 */
class ExplanationOrderTest {
    private static final Path RULES = Path.of("rules");
    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"(.*?)^end", Pattern.DOTALL);

    @Test
    void explanationsNameSideABeforeSideB() throws IOException {
        RuleTests tests = new RuleTests(RULES, 100_000);
        List<AuditRow> rows = new ArrayList<>();
        for (RuleCase c : RuleCase.all(RULES.resolve("tests"))) {
            rows.addAll(tests.run(c).rows());
        }
        rows.addAll(Auditor.audit(Auditor.Options.of(Path.of("seeds"), RULES, null), tests.rules()).rows());
        Set<String> seen = new TreeSet<>();
        List<String> swapped = new ArrayList<>();
        collectSwapped(rows, "", seen, swapped);
        assertThat(swapped).as("explanations that name side b first").isEmpty();
        assertThat(seen).hasSizeGreaterThanOrEqualTo(8);
    }

    /**
     * A symmetric rule pairs two claims by id ({@code id > $a.id}), so which value it puts first depends on the
     * claims' ids. For every shipped rule that explains two sides: one pair met only larger value first, another
     * in value order; both rows name side a first.
     */
    @Test
    void aPairMetOnlyLargerValueFirstIsExplainedInColumnOrder() throws IOException {
        List<String> swapped = new ArrayList<>();
        for (String rule : pairRules()) {
            FindingAggregator.Accumulator accumulator = new FindingAggregator.Accumulator((c, partner) ->
                    Set.of(c.origin()));
            accumulator.add(finding(rule, claim("2019", 1), claim("2017", 2)));
            accumulator.add(finding(rule, claim("2001", 3), claim("2005", 4)));
            List<AuditRow> rows = accumulator.rows();
            assertThat(rows).hasSize(2);
            for (AuditRow r : rows) {
                String e = r.explanation();
                if (e.indexOf(r.valueA()) > e.indexOf(r.valueB())) {
                    swapped.add(rule + ": a=" + r.valueA() + " b=" + r.valueB() + ": " + e);
                }
                assertThat(r.a().value()).isEqualTo(r.valueA());
            }
        }
        assertThat(swapped).isEmpty();
    }

    /**
     * The rule cases again with their files renamed, which gives every claim another id and so turns the pairs a
     * symmetric rule forms: the explanations still follow the columns.
     */
    @Test
    void explanationsFollowTheColumnsWhateverTheClaimIds(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws IOException {
        RuleTests tests = new RuleTests(RULES, 100_000);
        List<String> swapped = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (RuleCase c : RuleCase.all(RULES.resolve("tests"))) {
            for (String prefix : List.of("x-", "renamed ", "q9_")) {
                Path dir = Files.createDirectories(tmp.resolve(prefix.strip() + c.name()));
                try (Stream<Path> files = Files.list(c.dir())) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                        Files.copy(f, dir.resolve(prefix + f.getFileName()));
                    }
                }
                collectSwapped(Auditor.audit(Auditor.Options.of(dir, RULES, null), tests.rules()).rows(),
                        c.name() + " as " + prefix + ": ", seen, swapped);
            }
        }
        assertThat(swapped).as("explanations that name side b first").isEmpty();
        assertThat(seen).hasSizeGreaterThanOrEqualTo(8);
    }

    /** Notes the rule of every two-sided row in {@code seen}, and in {@code swapped} each that names side b first. */
    private static void collectSwapped(List<AuditRow> rows, String label, Set<String> seen, List<String> swapped) {
        for (AuditRow r : rows) {
            if (r.b() == null) {
                continue;
            }
            seen.add(r.rule());
            int a = first(r.explanation(), r.a(), r.valueA());
            int b = first(r.explanation(), r.b(), r.valueB());
            if (a >= 0 && b >= 0 && a != b && a > b) {
                swapped.add(label + r.rule() + ": a=" + r.valueA() + " b=" + r.valueB() + ": " + r.explanation());
            }
        }
    }

    private static Claim claim(String value, int origin) {
        return Claim.builder().source("s" + origin + ".txt").origin("o" + origin).subject("event:x")
                .attribute("date").value(value).quote(value, 0, 4).sentence("It was " + value + ".").build();
    }

    private static org.crosscheck.fact.Finding finding(String rule, Claim a, Claim b) {
        return org.crosscheck.fact.Finding.pair(rule, org.crosscheck.fact.Verdict.CONTRADICTION,
                org.crosscheck.fact.Severity.ERROR, "date", a, b, a.value(), b.value(),
                "One source says " + a.value() + " and another " + b.value() + ".");
    }

    /**
     * The same over the text of every shipped rule, fired or not: in each {@code Finding.pair(..., $x, $y, valueA,
     * valueB, explanation)}, the explanation names {@code $x} before {@code $y}.
     */
    @Test
    void everyShippedPairRuleNamesItsFirstClaimFirst() throws IOException {
        List<String> swapped = new ArrayList<>();
        int checked = 0;
        for (Path p : ruleFiles()) {
            // A decision table's action cell holds the DRL with its quotes doubled.
            String text = Files.readString(p, StandardCharsets.UTF_8).replace("\"\"", "\"");
            for (int at = text.indexOf(PAIR); at >= 0; at = text.indexOf(PAIR, at + 1)) {
                List<String> args = arguments(text, at + PAIR.length());
                String x = args.get(4);
                String y = args.get(5);
                String explanation = args.get(8);
                int ix = token(explanation, x);
                int iy = token(explanation, y);
                checked++;
                if (iy >= 0 && (ix < 0 || iy < ix)) {
                    swapped.add(p + ": Finding.pair(..., " + x + ", " + y + ", ...) explains " + y + " first: "
                            + explanation);
                }
            }
        }
        assertThat(swapped).isEmpty();
        assertThat(checked).isEqualTo(pairRules().size() + 1);
    }

    private static final String PAIR = "Finding.pair(";

    /** The top-level arguments of a call whose text starts at {@code from}, string literals and nesting honoured. */
    private static List<String> arguments(String text, int from) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = from;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ')') && depth == 0) {
                out.add(text.substring(start, i).strip());
                start = i + 1;
                if (c == ')') {
                    return out;
                }
            }
        }
        throw new IllegalStateException("unclosed Finding.pair( at " + from);
    }

    private static int token(String text, String variable) {
        Matcher m = Pattern.compile(Pattern.quote(variable) + "\\b").matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static List<Path> ruleFiles() throws IOException {
        try (Stream<Path> walk = Files.list(RULES)) {
            return walk.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".drl.csv")).sorted().toList();
        }
    }

    /** Where the explanation first speaks of a side: its quote, time phrase or value, whichever comes first. */
    private static int first(String explanation, Claim c, String value) {
        int best = -1;
        for (String s : List.of(c.quote(), c.timePhrase(), value, c.sentence())) {
            int i = s.isEmpty() ? -1 : explanation.indexOf(s);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** The shipped rules whose consequence inserts a finding about two claims. */
    private static Set<String> pairRules() throws IOException {
        Set<String> out = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.list(RULES)) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).toList();
        }
        for (Path p : files) {
            Matcher m = RULE.matcher(Files.readString(p, StandardCharsets.UTF_8));
            while (m.find()) {
                if (m.group(2).contains("Finding.pair")) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }
}
