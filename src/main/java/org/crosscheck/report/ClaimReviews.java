package org.crosscheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Verdict;
import org.crosscheck.ingest.SourceSummary;

/**
 * claimreview.jsonld: a schema.org ClaimReview draft for each CONTRADICTION row, for a fact-checker to complete.
 * The claim reviewed is the disputed point (the subject and both values); {@code itemReviewed} is a {@code Claim}
 * whose {@code appearance} lists each source of both sides with its verbatim sentence, and whose
 * {@code firstAppearance} is the earliest published of them. There is no {@code reviewRating}: the auditor finds
 * that sources disagree, it does not rate which is true; {@code creativeWorkStatus} says {@code Draft}.
 */
public final class ClaimReviews {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ClaimReviews() {
    }

    static ReportSet.Output output(String name, List<AuditRow> rows, Map<String, SourceSummary> sources) {
        return new ReportSet.Output(name, file -> {
            ObjectNode doc = document(rows, sources);
            java.nio.file.Files.writeString(file, JSON.writeValueAsString(doc) + "\n",
                    java.nio.charset.StandardCharsets.UTF_8);
        });
    }

    /** The JSON-LD document: a graph of one draft per contradiction. */
    public static ObjectNode document(List<AuditRow> rows, Map<String, SourceSummary> sources) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("@context", "https://schema.org");
        ArrayNode graph = doc.putArray("@graph");
        for (AuditRow r : rows) {
            if (r.verdict() == Verdict.CONTRADICTION) {
                graph.add(review(r, sources));
            }
        }
        return doc;
    }

    private static ObjectNode review(AuditRow r, Map<String, SourceSummary> sources) {
        ObjectNode review = JSON.createObjectNode();
        review.put("@type", "ClaimReview");
        review.put("identifier", "urn:crosscheck:finding:" + r.id());
        review.put("creativeWorkStatus", "Draft");
        String disputed = r.b() == null
                ? r.subject() + ": " + r.valueA()
                : r.subject() + ": " + r.valueA() + " or " + r.valueB();
        review.put("claimReviewed", disputed);
        review.put("description", r.explanation());
        ObjectNode claim = review.putObject("itemReviewed");
        claim.put("@type", "Claim");
        claim.put("text", disputed);
        List<Claim> sides = new ArrayList<>();
        sides.add(r.a());
        if (r.b() != null) {
            sides.add(r.b());
        }
        ArrayNode appearances = claim.putArray("appearance");
        for (Claim c : sides) {
            appearances.add(work(c, sources));
        }
        Claim first = sides.stream().min(Comparator.comparing((Claim c) -> published(c, sources).isEmpty() ? "9999"
                : published(c, sources)).thenComparing(Claim::source)).orElseThrow();
        claim.set("firstAppearance", work(first, sources));
        return review;
    }

    private static ObjectNode work(Claim c, Map<String, SourceSummary> sources) {
        ObjectNode w = JSON.createObjectNode();
        w.put("@type", "CreativeWork");
        SourceSummary s = sources.get(c.source());
        String url = s == null ? null : Links.http(s.publication().url());
        if (url != null) {
            w.put("url", url);
        }
        w.put("identifier", c.source());
        String published = published(c, sources);
        if (!published.isEmpty()) {
            w.put("datePublished", published);
        }
        String outlet = s == null ? "" : s.publication().outlet();
        if (!outlet.isEmpty()) {
            ObjectNode publisher = w.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", outlet);
        }
        w.put("text", c.sentence());
        return w;
    }

    private static String published(Claim c, Map<String, SourceSummary> sources) {
        SourceSummary s = sources.get(c.source());
        return s == null ? c.published() : s.publication().isoDate();
    }
}
