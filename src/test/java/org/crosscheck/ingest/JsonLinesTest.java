package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.AuditResult;
import org.crosscheck.Auditor;
import org.crosscheck.TestFiles;
import org.crosscheck.report.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines input: one article a line, through the same ingest as a folder of files; a bad line is one warning
 * naming the file and line, and every other line is read.
 */
class JsonLinesTest {
    private static final Path RULES = Path.of("rules");

    @TempDir
    Path dir;

    @Test
    void aFolderWrittenAsJsonLinesAuditsToTheSameReportsByteForByte() throws IOException {
        // The real-news corpus has a metadata.csv per story folder: the lines carry those fields.
        Path news = Path.of("eval/news");
        Path jsonl = dir.resolve("in/news.jsonl.gz");
        Files.createDirectories(jsonl.getParent());
        assertThat(JsonLines.write(news, jsonl)).isEqualTo(Corpus.walk(news).entries().size());
        Auditor.audit(Auditor.Options.of(news, RULES, dir.resolve("folder")));
        AuditResult fromLines = Auditor.audit(Auditor.Options.of(jsonl, RULES, dir.resolve("lines")));
        assertThat(fromLines.sources()).hasSize(Corpus.walk(news).entries().size());
        for (String report : Reports.NAMES) {
            assertThat(Files.readString(dir.resolve("lines").resolve(report)))
                    .as(report).isEqualTo(Files.readString(dir.resolve("folder").resolve(report)));
        }
    }

    @Test
    void eachBadLineIsOneWarningNamingFileAndLineAndLosesNothingElse() throws IOException {
        String good = "{\"id\":\"a\",\"text\":\"Officials met in Geneva on Monday.\",\"published\":\"2020-03-02\","
                + "\"outlet\":\"Wire\",\"url\":\"https://example.org/a\",\"extra\":{\"x\":[1,2]}}";
        List<String> lines = List.of(
                good,
                "{\"id\":\"b\",\"text\":\"unterminated",
                "[1,2,3]",
                "{\"id\":\"c\"}",
                "{\"id\":\"d\",\"text\":42}",
                "",
                "   ",
                "{\"id\":\"a\",\"text\":\"Someone else's a.\"}",
                "{\"id\":\"e\",\"text\":\"" + "x".repeat(300) + "\"}",
                "{\"text\":\"No id: named by its place.\",\"published\":\"2021-05-04T10:00:00Z\"}\r",
                "{\"id\":\"f\",\"text\":\"Dated wrongly.\",\"published\":\"03/02/2020\"} {}",
                "{\"id\":\"g\",\"text\":\"A bad date.\",\"published\":\"03/02/2020\"}");
        Path file = TestFiles.write(dir.resolve("in/feed.jsonl"), String.join("\n", lines) + "\n");
        Map<String, String> ids = new HashMap<>();
        List<JsonLines.Line> read;
        try (Stream<JsonLines.Line> s = JsonLines.read(file, "feed.jsonl", 200, ids)) {
            read = s.toList();
        }
        assertThat(read).extracting(JsonLines.Line::where).containsExactly("feed.jsonl:1", "feed.jsonl:2",
                "feed.jsonl:3", "feed.jsonl:4", "feed.jsonl:5", "feed.jsonl:8", "feed.jsonl:9", "feed.jsonl:10",
                "feed.jsonl:11", "feed.jsonl:12");
        assertThat(read).extracting(JsonLines.Line::problem).containsExactly(null,
                read.get(1).problem(), "not a JSON object; skipped", "no 'text' field; skipped",
                "field 'text' is not a string; skipped", "id 'a' is already used by feed.jsonl:1; skipped",
                "line is 320 bytes, over the limit of 200 (--max-bytes); skipped", null,
                "not one JSON object; skipped", null);
        assertThat(read.get(1).problem()).startsWith("not valid JSON (").endsWith("); skipped");
        assertThat(read.get(7).source()).isEqualTo("feed.jsonl:10");

        // The audit's limit is the default 10 MiB, so line 9 is an article there.
        AuditResult result = Auditor.audit(Auditor.Options.of(dir.resolve("in"), RULES, null));
        Map<String, SourceSummary> sources = new HashMap<>();
        result.sources().forEach(s -> sources.put(s.source(), s));
        assertThat(sources.keySet()).containsExactlyInAnyOrder("a", "feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4",
                "feed.jsonl:5", "feed.jsonl:8", "e", "feed.jsonl:10", "feed.jsonl:11", "g");
        Publication a = sources.get("a").publication();
        assertThat(a.isoDate()).isEqualTo("2020-03-02");
        assertThat(a.basis()).isEqualTo(PublishedBasis.METADATA);
        assertThat(a.outlet()).isEqualTo("Wire");
        assertThat(a.url()).isEqualTo("https://example.org/a");
        assertThat(sources.get("feed.jsonl:10").publication().isoDate()).isEqualTo("2021-05-04");
        assertThat(sources.get("feed.jsonl:3").warnings()).containsExactly("not a JSON object; skipped");
        assertThat(sources.get("g").warnings()).contains("feed.jsonl:12: published '03/02/2020' is not an ISO date "
                + "(YYYY-MM-DD); the date is read from the text");
        assertThat(result.claims()).anyMatch(c -> c.source().equals("a"));
    }

    @Test
    void aTruncatedGzipKeepsTheLinesBeforeTheBreak() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 2000; i++) {
                gz.write(("{\"id\":\"n" + i + "\",\"text\":\"Line " + i + " of a long feed.\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = bytes.toByteArray();
        Path file = dir.resolve("feed.jsonl.gz");
        Files.write(file, Arrays.copyOf(whole, whole.length * 2 / 3));
        List<JsonLines.Line> read;
        try (Stream<JsonLines.Line> s = JsonLines.read(file, "feed.jsonl.gz", 1000, new HashMap<>())) {
            read = s.toList();
        }
        JsonLines.Line last = read.get(read.size() - 1);
        assertThat(last.problem()).startsWith("cannot read further: ").endsWith("; the lines before were read");
        List<JsonLines.Line> before = read.subList(0, read.size() - 1);
        assertThat(before).hasSizeGreaterThan(100).allMatch(l -> l.problem() == null || l.problem().startsWith("not valid JSON"));
        assertThat(before.get(0).source()).isEqualTo("n0");
    }

    @Test
    void linesOfOneFileAreSharedOutToEveryWorker() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("{\"id\":\"n").append(i).append("\",\"text\":\"t\"}\n");
        }
        Path file = TestFiles.write(dir.resolve("feed.jsonl"), text.toString());
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<String> names;
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(2);
        try (Stream<JsonLines.Line> s = JsonLines.readAll(List.of(file), List.of("feed.jsonl"), 1000,
                new java.util.concurrent.ConcurrentHashMap<>())) {
            names = pool.submit(() -> s.peek(l -> {
                threads.add(Thread.currentThread().getName());
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }).map(JsonLines.Line::source).toList()).join();
        } finally {
            pool.shutdown();
        }
        assertThat(names).hasSize(200).startsWith("n0", "n1").endsWith("n199");
        assertThat(threads).hasSizeGreaterThan(1);
    }
}
