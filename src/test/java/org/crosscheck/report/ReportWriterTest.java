package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path dir;

    private List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return new ArrayList<>(p.getRecords());
        }
    }

    private void write(String name, List<String> row) {
        try (ReportSet.Run run = ReportSet.open(dir, List.of(name))) {
            run.replace(List.of(ReportWriter.csv(name, SourceColumn.class, List.of(row))));
        }
    }

    @Test
    void roundTripsQuotesCommasNewlinesAndUnicode() throws IOException {
        List<String> row = List.of("a \"quoted\", text", "2018-03-03", "line one\nline two", "Caf\u00E9 \u2018x\u2019",
                "12", "0", "", "w");
        write("sources.csv", row);
        Path target = dir.resolve("sources.csv");
        List<CSVRecord> records = read(target);
        assertThat(records).singleElement().satisfies(r -> assertThat(r.toList()).isEqualTo(row));
        assertThat(Files.readString(target)).startsWith("source,published,published_basis,outlet,chars,facts,removed,warnings\r\n");
    }

    @Test
    void neutralisesFormulaCells() throws IOException {
        List<String> row = List.of("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "safe", "a=b");
        write("sources.csv", row);
        assertThat(read(dir.resolve("sources.csv")).get(0).toList())
                .containsExactly("'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "safe", "a=b");
    }
}
