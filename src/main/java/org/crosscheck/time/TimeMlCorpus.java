package org.crosscheck.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.crosscheck.CrosscheckException;
import org.crosscheck.ingest.SentenceSplitter;

/**
 * TimeML documents ({@code *.tml}: TimeBank, AQUAINT, TempEval-3) read as the rows {@code normalize} scores: one
 * per TIMEX3 of a document's TEXT, with the document's creation time (the TIMEX3 whose functionInDocument is
 * CREATION_TIME), the expression, its type and value, and the sentence that holds it. Events, signals and
 * links are ignored; their text stays in the sentences.
 */
final class TimeMlCorpus {
    static final List<String> HEADER = List.of("doc_id", "dct", "expression", "type", "expected_value", "sentence",
            "note");

    private TimeMlCorpus() {
    }

    /** Whether a path is TimeML to read this way: a {@code .tml} file or a folder holding some. */
    static boolean isTimeMl(Path path) {
        if (Files.isDirectory(path)) {
            return true;
        }
        return path.getFileName() != null && path.getFileName().toString().endsWith(".tml");
    }

    /** The rows of a TimeML file, or of every {@code .tml} file under a folder, in file name order. */
    static Tsv read(Path path, SentenceSplitter splitter) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new CrosscheckException(path.toString(), "cannot list: " + e.getMessage(),
                        CrosscheckException.FAILURE, e);
            }
            if (files.isEmpty()) {
                throw new CrosscheckException(path.toString(), "no .tml files in the folder", CrosscheckException.FAILURE);
            }
        } else {
            files.add(path);
        }
        List<Tsv.Row> rows = new ArrayList<>();
        for (Path file : files) {
            read(file, path, splitter, rows);
        }
        return Tsv.of(path, HEADER, rows);
    }

    private record Timex(int start, int end, String tid, String type, String value, String mod) {
    }

    private static void read(Path file, Path root, SentenceSplitter splitter, List<Tsv.Row> rows) {
        String docId = root.equals(file) ? stem(file) : stem(root.relativize(file));
        String dct = "";
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            boolean inText = false;
            int timexStart = -1;
            String[] attributes = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("TEXT")) {
                        inText = true;
                    } else if (name.equals("TIMEX3")) {
                        String function = attribute(xml, "functionInDocument");
                        if (function.equals("CREATION_TIME") && dct.isEmpty()) {
                            dct = attribute(xml, "value");
                        }
                        if (inText) {
                            timexStart = text.length();
                            attributes = new String[] {attribute(xml, "tid"), attribute(xml, "type"),
                                    attribute(xml, "value"), attribute(xml, "mod")};
                        }
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("TEXT")) {
                        inText = false;
                    } else if (name.equals("TIMEX3") && timexStart >= 0) {
                        timexes.add(new Timex(timexStart, text.length(), attributes[0], attributes[1], attributes[2],
                                attributes[3]));
                        timexStart = -1;
                    }
                } else if (inText && (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA
                        || event == XMLStreamReader.SPACE)) {
                    text.append(xml.getText());
                }
            }
            xml.close();
        } catch (IOException | XMLStreamException e) {
            throw new CrosscheckException(file.toString(), "cannot read TimeML: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        }
        String body = text.toString();
        List<int[]> sentences = splitter.split(body, 0, body.length());
        for (Timex t : timexes) {
            int[] sentence = {t.start(), t.end()};
            for (int[] s : sentences) {
                if (s[0] <= t.start() && t.start() < s[1]) {
                    sentence = new int[] {s[0], Math.max(s[1], t.end())};
                    break;
                }
            }
            String note = "tid=" + t.tid() + (t.mod().isEmpty() ? "" : "; mod=" + t.mod());
            rows.add(new Tsv.Row(rows.size() + 2, List.of(docId, dct, flat(body.substring(t.start(), t.end())),
                    t.type(), t.value(), flat(body.substring(sentence[0], sentence[1])).strip(), note)));
        }
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String v = xml.getAttributeValue(null, name);
        return v == null ? "" : v.strip();
    }

    private static String flat(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static String stem(Path p) {
        String s = p.toString().replace(java.io.File.separatorChar, '/');
        return s.endsWith(".tml") ? s.substring(0, s.length() - 4) : s;
    }
}
