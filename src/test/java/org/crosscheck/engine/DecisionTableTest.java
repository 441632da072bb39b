package org.crosscheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crosscheck.TestFiles;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Finding;
import org.crosscheck.fact.Severity;
import org.crosscheck.fact.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decision tables load like DRL files, and their problems point at the table's row and cell. */
class DecisionTableTest {
    @TempDir
    Path dir;

    private static final String HEADER = String.join("\n",
            "RuleSet,rules",
            "Import,\"org.crosscheck.fact.Claim, org.crosscheck.fact.Finding, org.crosscheck.fact.Verdict, org.crosscheck.fact.Severity\"",
            "",
            "RuleTable Fields that must agree",
            "NAME,CONDITION,CONDITION,ACTION",
            ",$a : Claim,$b : Claim,",
            ",\"attribute == \"\"$param\"\"\",\"attribute == $a.attribute, subject == $a.subject, origin != $a.origin, id > $a.id, $param != $a.$param\",\"insert(Finding.pair(drools.getRule().getName(), Verdict.$1, Severity.$2, \"\"t\"\", $a, $b, $a.$3(), $b.$3(), \"\"differ\"\"));\"",
            "rule,attribute,field,\"verdict, severity, field\"") + "\n";

    private static Claim claim(String source, String attribute, String detail) {
        return Claim.builder().source(source).subject("person:x").attribute(attribute).value("minister")
                .detail(detail).quote("q", 0, 1).build();
    }

    @Test
    void theShippedTableIsLoadedWithTheRulesAndEachRowIsARule() {
        RuleBase base = RuleBase.build(Path.of("rules"));
        assertThat(base.files()).contains("rules/agreement.drl.csv");
        assertThat(base.rules()).filteredOn(r -> r.file().equals("rules/agreement.drl.csv"))
                .extracting(RuleBase.RuleInfo::place)
                .containsExactly("rules/agreement.drl.csv:10", "rules/agreement.drl.csv:11",
                        "rules/agreement.drl.csv:12");
        List<Finding> findings = new RuleEngine(base, 1000).run(List.of(claim("a.txt", "title", "peru"),
                claim("b.txt", "title", "chile")));
        assertThat(findings).filteredOn(f -> f.rule().equals("Independent sources give one person different affiliations"))
                .singleElement().satisfies(f -> {
                    assertThat(f.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                });
    }

    @Test
    void theShippedTableSurvivesTheConstraintCompilerDroolsRunsAfterTwentyEvaluations() {
        RuleEngine engine = new RuleEngine(RuleBase.build(Path.of("rules")), 100_000);
        for (int round = 0; round < 3; round++) {
            List<Object> facts = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                facts.add(Claim.builder().source("s" + i + ".txt").subject("person:p" + i % 4).attribute("title")
                        .value("minister").detail("c" + i).quote("q", i, i + 1).build());
            }
            assertThat(engine.run(facts)).isNotEmpty();
        }
    }

    @Test
    void aCsvTableFires() {
        Path rules = dir.resolve("rules");
        TestFiles.write(rules.resolve("t.drl.csv"), HEADER + "Affiliations differ,title,detail,\"CONTRADICTION, ERROR, detail\"\n");
        List<Finding> findings = new RuleEngine(RuleBase.build(rules), 100)
                .run(List.of(claim("a.txt", "title", "peru"), claim("b.txt", "title", "chile")));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("Affiliations differ");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void aMistakeInACellIsReportedAtItsRowAndCell() {
        Path rules = dir.resolve("rules");
        TestFiles.write(rules.resolve("t.drl.csv"), HEADER
                + "Affiliations differ,title,detail,\"CONTRADICTION, ERROR, detail\"\n"
                + "Titles differ,title,detial,\"CONTRADICTION, ERROR, value\"\n");
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class, () -> RuleBase.build(rules));
        assertThat(e.lines()).containsExactly(rules.resolve("t.drl.csv") + ":10: cell C10: `detial` is not a field of "
                + "Claim; its fields are " + RuleMistakesTest.FIELDS);
    }

    @Test
    void aMistakeInASnippetIsReportedAtTheRowsThatUseIt() {
        Path rules = dir.resolve("rules");
        TestFiles.write(rules.resolve("t.drl.csv"), HEADER.replace("\"\"t\"\", $a", "\"\"t\"\", $c")
                + "Affiliations differ,title,detail,\"CONTRADICTION, ERROR, detail\"\n");
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class, () -> RuleBase.build(rules));
        assertThat(e.lines()).singleElement().asString()
                .startsWith(rules.resolve("t.drl.csv") + ":9: cell ").contains("$c cannot be resolved");
    }

    @Test
    void aTableDroolsCannotReadNamesItsCell() {
        Path rules = dir.resolve("rules");
        TestFiles.write(rules.resolve("t.drl.csv"), HEADER.replace(",$a : Claim,$b : Claim,", ",$a : Claim,$param,")
                + "Affiliations differ,title,detail,\"CONTRADICTION, ERROR, detail\"\n");
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class, () -> RuleBase.build(rules));
        assertThat(e.lines()).containsExactly(rules.resolve("t.drl.csv") + ":6: the table cannot be read: It looks like "
                + "you have snippets in the row that is meant for object declarations. Please insert an additional row "
                + "before the snippets, at cell C6");
    }

    @Test
    void aSpreadsheetTableFiresAndItsMistakesNameTheCell() throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.write(rules.resolve("t.drl.xlsx"), workbook("detail"));
        List<Finding> findings = new RuleEngine(RuleBase.build(rules), 100)
                .run(List.of(claim("a.txt", "title", "peru"), claim("b.txt", "title", "chile")));
        assertThat(findings).extracting(Finding::rule).containsExactly("Affiliations differ");

        Files.write(rules.resolve("t.drl.xlsx"), workbook("detial"));
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class, () -> RuleBase.build(rules));
        assertThat(e.lines()).singleElement().asString()
                .startsWith(rules.resolve("t.drl.xlsx") + ":9: cell C9: `detial` is not a field of Claim");
    }

    /** The CSV table's layout as a spreadsheet, with one rule row whose field is given. */
    private static byte[] workbook(String field) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Tables");
            String[][] rows = {
                    {"RuleSet", "rules"},
                    {"Import", "org.crosscheck.fact.Claim, org.crosscheck.fact.Finding, org.crosscheck.fact.Verdict, "
                            + "org.crosscheck.fact.Severity"},
                    {},
                    {"RuleTable Fields that must agree"},
                    {"NAME", "CONDITION", "CONDITION", "ACTION"},
                    {"", "$a : Claim", "$b : Claim", ""},
                    {"", "attribute == \"$param\"", "attribute == $a.attribute, subject == $a.subject, "
                            + "origin != $a.origin, id > $a.id, $param != $a.$param",
                            "insert(Finding.pair(drools.getRule().getName(), Verdict.$1, Severity.$2, \"t\", $a, $b, "
                                    + "$a.$3(), $b.$3(), \"differ\"));"},
                    {"rule", "attribute", "field", "verdict, severity, field"},
                    {"Affiliations differ", "title", field, "CONTRADICTION, ERROR, detail"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
