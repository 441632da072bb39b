package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.AuditResult;
import org.crosscheck.Auditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the seeds' report.html in headless Chromium (which .ci/run installs): the DOM after the page's script
 * ran holds every finding with its highlighted spans and the filters, and a screenshot is saved as
 * {@code target/report-seeds.png}. Skipped, saying so, only where no Chromium binary exists.
 */
class BrowserReportTest {
    @TempDir
    Path dir;

    private static Optional<String> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(folder, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p.toString());
                }
            }
        }
        return Optional.empty();
    }

    private String run(String binary, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        command.addAll(List.of(args));
        Path stdout = dir.resolve("chromium.out");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(dir.resolve("chromium.err").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("chromium.err"))).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    @Test
    void theSeedsReportRendersWithEveryFindingAndItsHighlightedSpans() throws Exception {
        Optional<String> binary = chromium();
        assumeTrue(binary.isPresent(), "no chromium on PATH: the browser test is skipped (.ci/run installs Debian's "
                + "chromium; apt-get install -y chromium)");
        Path out = dir.resolve("reports");
        AuditResult result = Auditor.audit(Auditor.Options.of(Path.of("seeds"), Path.of("rules"), out));
        String url = out.resolve(Reports.HTML).toUri().toString();
        String dom = run(binary.get(), "--dump-dom", url);
        Matcher finding = Pattern.compile("<details class=\"finding\" id=\"finding-([0-9a-f]+)\"").matcher(dom);
        List<String> ids = new ArrayList<>();
        while (finding.find()) {
            ids.add(finding.group(1));
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(result.rows().stream().map(AuditRow::id).toList());
        // Each side's compared words are a highlighted span; both sides of every two-source finding.
        int sides = result.rows().stream().mapToInt(r -> r.b() == null ? 1 : 2).sum();
        assertThat(count(dom, "<mark>")).isEqualTo(sides);
        assertThat(dom).contains("<mark>Mi-35 ‘Hind E’</mark>").contains("<mark>Mi-35M</mark>");
        // The script ran: the filter form is shown; the timelines are inline SVG.
        assertThat(dom).contains("<form id=\"filters\">").contains("<svg");
        Path png = Path.of("target", "report-seeds.png").toAbsolutePath();
        Files.deleteIfExists(png);
        run(binary.get(), "--screenshot=" + png, "--window-size=1280,2000", url);
        assertThat(png).exists();
        byte[] head = Files.readAllBytes(png);
        assertThat(head.length).isGreaterThan(10_000);
        assertThat(new String(head, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
