package org.crosscheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Verdict;
import org.crosscheck.ingest.SourceSummary;

/**
 * findings.jsonl: one W3C Web Annotation (Web Annotation Data Model, JSON-LD) per audit row, one per line. The
 * body says which sources disagree (or agree) and that this is no verdict on which is true; each side is a
 * target: its source URL (or file), a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector
 * counted in Unicode code points of the decoded article, as the model specifies. Crosscheck's own terms (rule,
 * rule file and its SHA-256, verdict, values) are in the {@code cc:} namespace the context declares.
 */
public final class Annotations {
    /** Crosscheck's terms in an annotation. */
    public static final String NAMESPACE = "urn:crosscheck:terms#";
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private Annotations() {
    }

    static ReportSet.Output output(String name, List<AuditRow> rows, Map<String, SourceSummary> sources,
                                   Excerpts excerpts, Map<String, RuleFile> rules) {
        return new ReportSet.Output(name, file -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (AuditRow r : rows) {
                    out.write(JSON.writeValueAsString(annotation(r, sources, excerpts, rules.get(r.rule()))));
                    out.write('\n');
                }
            }
        });
    }

    /** The annotation of one row. */
    public static ObjectNode annotation(AuditRow r, Map<String, SourceSummary> sources, Excerpts excerpts,
                                        RuleFile rule) {
        ObjectNode a = JSON.createObjectNode();
        ArrayNode context = a.putArray("@context");
        context.add("http://www.w3.org/ns/anno.jsonld");
        context.addObject().put("cc", NAMESPACE);
        a.put("id", "urn:crosscheck:finding:" + r.id());
        a.put("type", "Annotation");
        // A corroboration assesses its targets; every other finding questions them.
        a.put("motivation", r.verdict() == Verdict.CONSISTENT ? "assessing" : "questioning");
        ObjectNode generator = a.putObject("generator");
        generator.put("type", "Software");
        generator.put("name", "Crosscheck");
        ObjectNode body = a.putObject("body");
        body.put("type", "TextualBody");
        body.put("format", "text/plain");
        body.put("language", "en");
        body.put("value", bodyText(r, sources));
        ArrayNode targets = a.putArray("target");
        targets.add(target(r.a(), sources, excerpts));
        if (r.b() != null) {
            targets.add(target(r.b(), sources, excerpts));
        }
        a.put("cc:verdict", r.verdict().name());
        a.put("cc:severity", r.severity().name());
        a.put("cc:category", r.category());
        a.put("cc:subject", r.subject());
        a.put("cc:rule", r.rule());
        a.put("cc:ruleFile", rule == null ? "" : rule.file());
        a.put("cc:ruleLine", rule == null ? 0 : rule.line());
        a.put("cc:ruleSha256", rule == null ? "" : rule.sha256());
        a.put("cc:explanation", r.explanation());
        ArrayNode values = a.putArray("cc:values");
        values.add(r.valueA());
        if (r.b() != null) {
            values.add(r.valueB());
        }
        return a;
    }

    /** Which sources disagree (or agree) on what, and that the finding does not say which is true. */
    static String bodyText(AuditRow r, Map<String, SourceSummary> sources) {
        String a = label(r.a(), sources);
        if (r.b() == null) {
            return "One source, " + a + ", states " + r.subject() + " in a way a rule flags (" + r.rule() + "): "
                    + r.explanation() + " This is a question for a reviewer, not a verdict on what is true.";
        }
        String b = label(r.b(), sources);
        String how = switch (r.verdict()) {
            case CONTRADICTION -> "disagree";
            case NEEDS_REVIEW -> "differ in a way a reviewer must judge";
            case CONSISTENT -> "agree";
        };
        String tail = r.verdict() == Verdict.CONSISTENT
                ? " Agreement between independent sources is corroboration, not proof."
                : " This records that the sources disagree; it is not a verdict on which of them is true.";
        return "On " + r.subject() + ", " + a + " states " + r.valueA() + " and " + b + " states " + r.valueB()
                + ": they " + how + ". " + r.explanation() + tail;
    }

    private static String label(Claim c, Map<String, SourceSummary> sources) {
        SourceSummary s = sources.get(c.source());
        String outlet = s == null ? "" : s.publication().outlet();
        return outlet.isEmpty() ? c.source() : outlet + " in " + c.source();
    }

    private static ObjectNode target(Claim c, Map<String, SourceSummary> sources, Excerpts excerpts) {
        ObjectNode t = JSON.createObjectNode();
        SourceSummary s = sources.get(c.source());
        String url = s == null ? null : Links.http(s.publication().url());
        t.put("source", url != null ? url : c.source());
        t.put("cc:file", c.source());
        t.put("cc:fact", c.id());
        Excerpt e = excerpts.of(c);
        ArrayNode selectors = t.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", c.quote());
        quote.put("prefix", e.prefix());
        quote.put("suffix", e.suffix());
        if (e.codeStart() >= 0) {
            ObjectNode position = selectors.addObject();
            position.put("type", "TextPositionSelector");
            position.put("start", e.codeStart());
            position.put("end", e.codeEnd());
        }
        return t;
    }

    /** The JSON text of an annotation, as findings.jsonl holds it. */
    public static String json(ObjectNode annotation) {
        try {
            return JSON.writeValueAsString(annotation);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
