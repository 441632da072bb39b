package org.crosscheck.ruletest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CrosscheckException;

/**
 * One rule test: a folder holding article snippets ({@code *.txt}, read as an input folder is, with an optional
 * {@code metadata.csv}) and {@code expect.csv}, the findings the rules must and must not produce from them.
 *
 * <pre>
 * expect,rule,verdict,severity,subject,value_a,value_b
 * found,The same event is dated to disjoint times by independent sources,CONTRADICTION,,,2014*,2015*
 * absent,*,CONTRADICTION,,,,
 * </pre>
 */
public record RuleCase(String name, Path dir, List<Expectation> expectations) {
    public static final String EXPECT = "expect.csv";
    private static final Set<String> COLUMNS = Set.of("expect", "rule", "verdict", "severity", "subject", "value_a",
            "value_b");

    /** Every case below {@code tests}: each folder holding an {@code expect.csv}, by name. */
    public static List<RuleCase> all(Path tests) {
        if (!Files.isDirectory(tests)) {
            throw new CrosscheckException(tests.toString(), "rule tests folder does not exist", CrosscheckException.USAGE);
        }
        try (Stream<Path> walk = Files.walk(tests)) {
            List<RuleCase> out = new ArrayList<>();
            for (Path expect : walk.filter(p -> p.getFileName().toString().equals(EXPECT)).sorted().toList()) {
                Path dir = expect.getParent();
                String name = tests.relativize(dir).toString().replace(java.io.File.separatorChar, '/');
                out.add(new RuleCase(name.isEmpty() ? dir.getFileName().toString() : name, dir, read(expect)));
            }
            return out;
        } catch (IOException e) {
            throw new CrosscheckException(tests.toString(), "cannot read rule tests: " + e.getMessage(),
                    CrosscheckException.USAGE, e);
        }
    }

    static List<Expectation> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Expectation> out = new ArrayList<>();
        String label = file.toString().replace(java.io.File.separatorChar, '/');
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var parser = format.parse(in)) {
            for (String column : parser.getHeaderNames()) {
                if (!COLUMNS.contains(column)) {
                    throw new CrosscheckException(label + ":1", "unknown column '" + column + "'; the columns are "
                            + "expect, rule, verdict, severity, subject, value_a, value_b", CrosscheckException.USAGE);
                }
            }
            if (!parser.getHeaderNames().contains("expect")) {
                throw new CrosscheckException(label + ":1", "the header needs an expect column", CrosscheckException.USAGE);
            }
            for (CSVRecord r : parser) {
                String at = label + ":" + r.getParser().getCurrentLineNumber();
                String expect = cell(r, "expect").toLowerCase(Locale.ROOT);
                if (!expect.equals("found") && !expect.equals("absent")) {
                    throw new CrosscheckException(at, "expect must be found or absent, not '" + cell(r, "expect") + "'",
                            CrosscheckException.USAGE);
                }
                out.add(new Expectation(at, expect.equals("found"), cell(r, "rule"),
                        cell(r, "verdict").toUpperCase(Locale.ROOT), cell(r, "severity").toUpperCase(Locale.ROOT),
                        cell(r, "subject"), cell(r, "value_a"), cell(r, "value_b")));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new CrosscheckException(label, "malformed CSV: " + e.getMessage(), CrosscheckException.USAGE, e);
        }
        if (out.isEmpty()) {
            throw new CrosscheckException(label, "no expectations: add found or absent rows", CrosscheckException.USAGE);
        }
        return out;
    }

    private static String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }
}
