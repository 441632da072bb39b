package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.SourceSummary;
import org.crosscheck.ingest.Sentence;
import org.crosscheck.report.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders nobody curated: every bad file is named in a warning and a sources.csv row; the audit still runs. */
class RobustInputTest {
    @TempDir
    Path dir;
    Path input;
    Path out;

    @BeforeEach
    void seeds() {
        input = TestFiles.copyTree(Path.of("seeds"), dir.resolve("in"));
        out = dir.resolve("out");
    }

    private AuditResult audit() {
        return Auditor.audit(new Auditor.Options(input, Path.of("rules"), out, 100_000, 2));
    }

    private CSVRecord sourceRow(String source) throws IOException {
        try (CSVParser p = CSVParser.builder().setReader(Files.newBufferedReader(out.resolve(Reports.SOURCES)))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return p.getRecords().stream().filter(r -> r.get("source").equals(source)).findFirst().orElseThrow();
        }
    }

    private void assertSeedFindingSurvives(AuditResult result) {
        assertThat(result.rows()).anySatisfy(r -> assertThat(r.category()).isEqualTo("designation"));
    }

    @Test
    void emptyAndWhitespaceOnlyFiles() throws IOException {
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.writeString(input.resolve("blank.txt"), " \n\t\r\n ");
        AuditResult result = audit();
        assertThat(sourceRow("empty.txt").get("warnings")).isEqualTo("empty file");
        assertThat(sourceRow("blank.txt").get("warnings")).isEqualTo("file holds only white space");
        assertSeedFindingSurvives(result);
    }

    @Test
    void binaryFilesRenamedTxtAreSkipped() throws IOException {
        Files.write(input.resolve("report.txt"), "%PDF-1.4\n%\u00E2\u00E3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(input.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        AuditResult result = audit();
        assertThat(sourceRow("report.txt").get("warnings")).isEqualTo("not a text file (PDF); skipped");
        assertThat(sourceRow("photo.txt").get("warnings")).isEqualTo("not a text file (PNG image); skipped");
        assertSeedFindingSurvives(result);
    }

    @Test
    void windows1252AndLatin1AreDecodedWithAWarningAndQuotedVerbatim() throws IOException {
        String text = "date 2020-01-02\n\nThe minister said \u201Cthe caf\u00E9 deal is done\u201D on Monday.";
        Files.write(input.resolve("cp1252.txt"), text.getBytes(Charset.forName("windows-1252")));
        AuditResult result = audit();
        assertThat(sourceRow("cp1252.txt").get("warnings")).contains("decoded as Windows-1252");
        Article a = TestFiles.parse(input, "cp1252.txt");
        assertThat(a.sentences()).extracting(Sentence::text)
                .contains("The minister said \u201Cthe caf\u00E9 deal is done\u201D on Monday.");
    }

    @Test
    void byteOrderMarkAndLineEndingsKeepOffsetsExact() throws IOException {
        String body = "date 2020-01-02\r\n\r\nRussia sold two Su-30SM fighters.\rThey arrived in May.";
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Files.write(input.resolve("bom.txt"), withBom);
        AuditResult result = audit();
        Article a = TestFiles.parse(input, "bom.txt");
        assertThat(sourceRow("bom.txt").get("chars")).isEqualTo(Integer.toString(body.length()));
        assertThat(a.text()).isEqualTo(body);
        assertThat(a.sentences()).extracting(Sentence::text)
                .containsExactly("Russia sold two Su-30SM fighters.", "They arrived in May.");
        result.claims().stream().filter(c -> c.source().equals("bom.txt"))
                .forEach(c -> assertThat(body.substring(c.start(), c.end())).isEqualTo(c.quote()));
        assertThat(result.claims()).anySatisfy(c -> assertThat(c.quote()).isEqualTo("Su-30SM"));
    }

    @Test
    void oversizedFileIsSkippedAndAHugeSingleLineIsRead() throws IOException {
        Files.write(input.resolve("dump.txt"), new byte[(int) (Auditor.Options.DEFAULT_MAX_BYTES + 1)]);
        Files.writeString(input.resolve("oneline.txt"), "word ".repeat(1_000_000));
        AuditResult result = audit();
        assertThat(sourceRow("dump.txt").get("warnings")).contains("over the limit").contains("skipped");
        assertThat(sourceRow("oneline.txt").get("chars")).isEqualTo("5000000");
        assertSeedFindingSurvives(result);
    }

    @Test
    void oddNamesNestedFoldersAndOtherFiles() throws IOException {
        TestFiles.write(input.resolve("with space \u00E9\u00E8.txt"), "date 2020-01-02\n\nA plain sentence.");
        TestFiles.write(input.resolve("nested/deeper/inner.txt"), "date 2020-01-03\n\nAnother sentence.");
        TestFiles.write(input.resolve("notes.md"), "# not an article");
        AuditResult result = audit();
        assertThat(result.sources()).extracting(SourceSummary::source)
                .contains("with space \u00E9\u00E8.txt", "nested/deeper/inner.txt")
                .doesNotContain("notes.md");
        assertThat(sourceRow("nested/deeper/inner.txt").get("published")).isEqualTo("2020-01-03");
    }

    @Test
    void unreadableFileIsReportedNotFatal() throws IOException {
        Files.createSymbolicLink(input.resolve("gone.txt"), dir.resolve("does-not-exist.txt"));
        AuditResult result = audit();
        assertThat(sourceRow("gone.txt").get("warnings")).startsWith("cannot read file");
        assertSeedFindingSurvives(result);
    }

    @Test
    void reportCellsFromArticlesAreNeutralised() throws IOException {
        TestFiles.write(input.resolve("formula.txt"), "date 2020-01-02\n\n=HYPERLINK(\"http://x\") bought Mi-35M helicopters.");
        audit();
        List<String> lines = Files.readAllLines(out.resolve(Reports.FACTS));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"'=HYPERLINK(\"\"http://x\"\") bought"));
    }
}
