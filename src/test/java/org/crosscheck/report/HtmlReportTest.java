package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.Auditor;
import org.crosscheck.TestFiles;
import org.crosscheck.fact.Claim;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Publication;
import org.crosscheck.ingest.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html escapes every input text, links only http(s) addresses, and shows a quote with its context. */
class HtmlReportTest {
    /** A start tag, its attributes honouring quotes. */
    private static final Pattern TAG = Pattern.compile(
            "<([a-zA-Z][\\w-]*)((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s=>/]+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    @TempDir
    Path dir;

    @Test
    void hostileArticleTextFileNamesAndMetadataCannotInjectMarkupOrScript() throws Exception {
        Path in = dir.resolve("in");
        String hostile = "\"><svg onload=alert(4)>.txt";
        TestFiles.write(in.resolve("a.txt"), "date 2021-06-10\n\n<script>alert(1)</script> Indonesia and Turkey "
                + "signed a naval cooperation agreement in March 2021. \"><img src=x onerror=alert(2)>\n");
        TestFiles.write(in.resolve(hostile), "date 2021-06-12\n\nIndonesia and Turkey signed the naval cooperation "
                + "agreement in 2019 <b onmouseover=alert(5)>.\n");
        TestFiles.write(in.resolve("metadata.csv"), "file,published,outlet,url\n"
                + "a.txt,,\"<img src=x onerror=alert(6)>\",javascript:alert(3)\n"
                + "\"" + hostile.replace("\"", "\"\"") + "\",,Strait Post,https://example.org/b?q=1&r=2\n");
        Path out = dir.resolve("out");
        Auditor.audit(Auditor.Options.of(in, Path.of("rules"), out));
        String html = Files.readString(out.resolve(Reports.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains("finding-").contains("CONTRADICTION");
        // The page's own script is the only one; no input became a tag or an event handler.
        assertThat(count(html, "<script")).isEqualTo(1);
        assertThat(html).doesNotContain("<img").doesNotContain("<svg onload").doesNotContain("<b onmouseover")
                .doesNotContain("javascript:");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(6)&gt;");
        // Attribute values stay inside their quotes: no tag of the page has an event-handler attribute.
        Matcher tag = TAG.matcher(html);
        int tags = 0;
        while (tag.find()) {
            tags++;
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                assertThat(attribute.group(1).toLowerCase(java.util.Locale.ROOT)).as(tag.group()).doesNotStartWith("on");
            }
        }
        assertThat(tags).isGreaterThan(50);
        // Only the http(s) URL is a link.
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        assertThat(href.find()).isTrue();
        assertThat(href.group(1).replace("&amp;", "&")).isEqualTo("https://example.org/b?q=1&r=2");
        assertThat(href.find()).isFalse();
        // An address that is not a valid http(s) URL is shown as text at most, never as a link.
        assertThat(Links.http("https://example.org/b?q=\"><script>x</script>")).isNull();
        assertThat(Links.http("javascript:alert(1)")).isNull();
        assertThat(Links.http(" https://example.org/")).isNull();
        assertThat(Links.http("//example.org/")).isNull();
        assertThat(Links.http("HTTPS://example.org/x")).isEqualTo("HTTPS://example.org/x");
    }

    @Test
    void aSentenceThatDoesNotNameTheEventIsShownAfterTheOneThatDoes() {
        String s0 = "The Amber Watch exercise of Indonesia and Turkey opened on Monday.";
        String s1 = "Weather was fine.";
        String s2 = "Some 175 participants from each side took part.";
        String text = s0 + " " + s1 + " " + s2;
        int p1 = s0.length() + 1;
        int p2 = p1 + s1.length() + 1;
        Article article = new Article("a.txt", text, Publication.unknown(), List.of(new Sentence(0, 0, s0.length(), s0),
                new Sentence(1, p1, p1 + s1.length(), s1), new Sentence(2, p2, p2 + s2.length(), s2)), List.of(),
                List.of());
        String event = "exercise:indonesia+turkey:amber-watch";
        Claim mention = Claim.builder().source("a.txt").attribute("event").value("exercise").event(event).subject(event)
                .quote("exercise", s0.indexOf("exercise"), s0.indexOf("exercise") + 8).sentence(s0).build();
        int at = p2 + s2.indexOf("175");
        Claim count = Claim.builder().source("a.txt").attribute("count").value("175").event(event).subject(event)
                .quote("175 participants", at, at + 16).sentence(s2).build();
        Excerpt e = Excerpts.excerpt(count, article, List.of(mention));
        assertThat(e.namesEvent()).isFalse();
        assertThat(e.before()).isEqualTo(s0);
        assertThat(e.beforeAdjacent()).isFalse();
        assertThat(e.sentence()).isEqualTo(s2);
        assertThat(s2.substring(e.quoteFrom(), e.quoteTo())).isEqualTo("175 participants");
        // A sentence that names its event gets the sentence just before it.
        Excerpt own = Excerpts.excerpt(mention, article, List.of(mention));
        assertThat(own.namesEvent()).isTrue();
        assertThat(own.before()).isEmpty();
        assertThat(own.after()).isEqualTo(s1);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
