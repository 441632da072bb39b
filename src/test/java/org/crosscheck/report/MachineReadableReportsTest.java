package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crosscheck.Auditor;
import org.crosscheck.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * findings.jsonl, claimreview.jsonld and timeml.xml read back as JSON and XML: every selector and every TIMEX3
 * offset must point at its text in the article, counted in code points, also where characters outside the BMP
 * (emoji, mathematical letters) make code points and Java chars differ.
 */
class MachineReadableReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Two articles that disagree on a date, with astral characters before every claim. */
    private Path emojiCorpus() {
        Path in = dir.resolve("in");
        TestFiles.write(in.resolve("a.txt"), "date 2021-06-10\n\n\uD83D\uDE80\uD83D\uDE80 Naval news \uD83D\uDEF0\uFE0F "
                + "from the strait.\n\nIndonesia and Turkey signed a naval cooperation agreement in March 2021. "
                + "\uD83C\uDF89 The deal covers patrols.\n");
        TestFiles.write(in.resolve("b.txt"), "date 2021-06-12\n\n\uD835\uDC01\uD835\uDC28\uD835\uDC25\uD835\uDC1D "
                + "\uD83C\uDDEE\uD83C\uDDE9 reporting.\n\nIndonesia and Turkey signed the naval cooperation "
                + "agreement in 2019.\n");
        TestFiles.write(in.resolve("metadata.csv"), "file,published,outlet,url\n"
                + "a.txt,,Harbour Times,https://example.org/a?x=1&y=2\nb.txt,,Strait Post,javascript:alert(1)\n");
        return in;
    }

    @Test
    void everySelectorOfFindingsJsonlPointsAtItsQuoteInCodePoints() throws IOException {
        Path in = emojiCorpus();
        Path out = dir.resolve("out");
        Auditor.audit(Auditor.Options.of(in, Path.of("rules"), out));
        List<String> lines = Files.readAllLines(out.resolve(Reports.FINDINGS), StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty();
        int checked = 0;
        boolean astralBefore = false;
        for (String line : lines) {
            JsonNode a = JSON.readTree(line);
            assertThat(a.get("type").asText()).isEqualTo("Annotation");
            assertThat(a.get("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
            assertThat(a.get("motivation").asText()).isIn("questioning", "assessing");
            assertThat(a.get("body").get("value").asText()).containsAnyOf("not a verdict", "not proof");
            assertThat(a.get("cc:ruleFile").asText()).endsWith(".drl");
            String file = a.get("cc:ruleFile").asText();
            assertThat(a.get("cc:ruleSha256").asText())
                    .isEqualTo(RuleFile.sha256(Path.of("rules").resolve(file))).hasSize(64);
            for (JsonNode t : a.get("target")) {
                String text = Files.readString(in.resolve(t.get("cc:file").asText()), StandardCharsets.UTF_8);
                JsonNode quote = t.get("selector").get(0);
                JsonNode position = t.get("selector").get(1);
                assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
                assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
                int from = text.offsetByCodePoints(0, position.get("start").asInt());
                int to = text.offsetByCodePoints(0, position.get("end").asInt());
                String exact = quote.get("exact").asText();
                assertThat(text.substring(from, to)).isEqualTo(exact);
                assertThat(text.substring(0, from)).endsWith(quote.get("prefix").asText());
                assertThat(text.substring(to)).startsWith(quote.get("suffix").asText());
                astralBefore |= text.codePointCount(0, from) != from;
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(2);
        assertThat(astralBefore).as("some quote comes after characters outside the BMP").isTrue();
        // Only an http(s) URL is a target's source; the javascript: one is replaced by the file name.
        String all = String.join("\n", lines);
        assertThat(all).contains("\"source\":\"https://example.org/a?x=1&y=2\"").doesNotContain("javascript:");
    }

    @Test
    void aContradictionGetsAClaimReviewDraftWithoutARating() throws IOException {
        Path in = emojiCorpus();
        Path out = dir.resolve("out");
        Auditor.audit(Auditor.Options.of(in, Path.of("rules"), out));
        JsonNode doc = JSON.readTree(Files.readString(out.resolve(Reports.CLAIM_REVIEWS), StandardCharsets.UTF_8));
        assertThat(doc.get("@context").asText()).isEqualTo("https://schema.org");
        List<JsonNode> reviews = new ArrayList<>();
        doc.get("@graph").forEach(reviews::add);
        assertThat(reviews).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("@type").asText()).isEqualTo("ClaimReview");
            assertThat(r.has("reviewRating")).isFalse();
            assertThat(r.get("creativeWorkStatus").asText()).isEqualTo("Draft");
            JsonNode claim = r.get("itemReviewed");
            assertThat(claim.get("@type").asText()).isEqualTo("Claim");
            assertThat(claim.get("appearance")).hasSize(2);
            assertThat(claim.get("firstAppearance").get("identifier").asText()).isEqualTo("a.txt");
            assertThat(claim.get("firstAppearance").get("url").asText()).isEqualTo("https://example.org/a?x=1&y=2");
            for (JsonNode w : claim.get("appearance")) {
                if (w.get("identifier").asText().equals("b.txt")) {
                    assertThat(w.has("url")).as("a javascript: URL is no appearance URL").isFalse();
                    assertThat(w.get("publisher").get("name").asText()).isEqualTo("Strait Post");
                } else {
                    assertThat(w.get("url").asText()).isEqualTo("https://example.org/a?x=1&y=2");
                }
            }
        });
    }

    @Test
    void timemlStandOffOffsetsPointAtTheExpressions() throws Exception {
        Path in = emojiCorpus();
        Path out = dir.resolve("out");
        Auditor.audit(Auditor.Options.of(in, Path.of("rules"), out));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve(Reports.TIMEML).toFile());
        NodeList docs = doc.getElementsByTagName("DOC");
        assertThat(docs.getLength()).isEqualTo(2);
        int timexes = 0;
        for (int i = 0; i < docs.getLength(); i++) {
            Element d = (Element) docs.item(i);
            String text = Files.readString(in.resolve(d.getAttribute("source")), StandardCharsets.UTF_8);
            NodeList t = d.getElementsByTagName("TIMEX3");
            for (int k = 0; k < t.getLength(); k++) {
                Element x = (Element) t.item(k);
                if (x.getAttribute("functionInDocument").equals("CREATION_TIME")) {
                    continue;
                }
                int from = text.offsetByCodePoints(0, Integer.parseInt(x.getAttribute("start")));
                int to = text.offsetByCodePoints(0, Integer.parseInt(x.getAttribute("end")));
                assertThat(text.substring(from, to)).isEqualTo(x.getAttribute("text"));
                assertThat(text.substring(Integer.parseInt(x.getAttribute("charStart")),
                        Integer.parseInt(x.getAttribute("charEnd")))).isEqualTo(x.getAttribute("text"));
                assertThat(x.getAttribute("value")).isNotEmpty();
                timexes++;
            }
        }
        assertThat(timexes).isGreaterThanOrEqualTo(2);
    }
}
