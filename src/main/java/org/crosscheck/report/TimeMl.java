package org.crosscheck.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.crosscheck.AuditResult;
import org.crosscheck.extract.ClaimConventions;
import org.crosscheck.fact.Claim;
import org.crosscheck.ingest.SourceSummary;

/**
 * timeml.xml: the time facts of facts.csv as TimeML-style stand-off annotation. Per article, a {@code TIMEX3} for
 * its publication date ({@code functionInDocument="CREATION_TIME"}) and one per time expression, with its TimeML
 * value, type and offsets into the decoded article, counted in Unicode code points ({@code start}, {@code end})
 * as other tools count them, and in Java chars as facts.csv counts them ({@code charStart}, {@code charEnd}).
 * Relative expressions name the creation time they were anchored to ({@code anchorTimeID}).
 */
public final class TimeMl {
    private TimeMl() {
    }

    /** Whether the claim is a time expression of its own (facts.csv kind TIME, attribute time). */
    public static boolean isTimex(Claim c) {
        return c.kind().equals(ClaimConventions.KIND_TIME) && c.attribute().equals("time") && c.time() != null;
    }

    static ReportSet.Output output(String name, AuditResult result, Excerpts excerpts) {
        return new ReportSet.Output(name, file -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                write(out, result, excerpts);
            } catch (XMLStreamException e) {
                throw new java.io.IOException(e.getMessage(), e);
            }
        });
    }

    static void write(OutputStream out, AuditResult result, Excerpts excerpts) throws XMLStreamException {
        Map<String, List<Claim>> bySource = new TreeMap<>();
        for (Claim c : result.claims()) {
            if (isTimex(c)) {
                bySource.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
            }
        }
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("TimeMLStandoff");
        x.writeAttribute("offsets", "start and end count Unicode code points of the decoded article; charStart and "
                + "charEnd count UTF-16 chars, as facts.csv does");
        x.writeCharacters("\n");
        int tid = 0;
        for (SourceSummary s : result.sources()) {
            List<Claim> times = new ArrayList<>(bySource.getOrDefault(s.source(), List.of()));
            x.writeCharacters("  ");
            x.writeStartElement("DOC");
            x.writeAttribute("source", Xml.text(s.source()));
            x.writeCharacters("\n");
            String dct = "";
            if (!s.publication().isoDate().isEmpty()) {
                dct = "t" + (++tid);
                x.writeCharacters("    ");
                x.writeEmptyElement("TIMEX3");
                x.writeAttribute("tid", dct);
                x.writeAttribute("type", "DATE");
                x.writeAttribute("value", s.publication().isoDate());
                x.writeAttribute("functionInDocument", "CREATION_TIME");
                x.writeAttribute("basis", s.publication().basis().label());
                x.writeCharacters("\n");
            }
            times.sort(java.util.Comparator.comparingInt(Claim::start).thenComparing(Claim::id));
            for (Claim c : times) {
                Excerpt e = excerpts.of(c);
                x.writeCharacters("    ");
                x.writeEmptyElement("TIMEX3");
                x.writeAttribute("tid", "t" + (++tid));
                x.writeAttribute("type", "DATE");
                x.writeAttribute("value", c.time().value());
                if (e.codeStart() >= 0) {
                    x.writeAttribute("start", Integer.toString(e.codeStart()));
                    x.writeAttribute("end", Integer.toString(e.codeEnd()));
                }
                x.writeAttribute("charStart", Integer.toString(c.start()));
                x.writeAttribute("charEnd", Integer.toString(c.end()));
                x.writeAttribute("text", Xml.text(c.quote()));
                if (!dct.isEmpty()) {
                    x.writeAttribute("anchorTimeID", dct);
                }
                x.writeAttribute("granularity", c.time().granularity() == null ? "" : c.time().granularity());
                x.writeAttribute("fact", c.id());
                x.writeCharacters("\n");
            }
            x.writeCharacters("  ");
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
        x.close();
    }
}
