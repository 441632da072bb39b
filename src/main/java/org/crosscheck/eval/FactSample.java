package org.crosscheck.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CrosscheckException;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.TimeSpan;

/**
 * A hand-labelled sample of facts ({@code file,kind,attribute,start,end,value,detail,unit,qualifier,time,modality,
 * negated,subject,quote,label,note}; label {@code correct} or {@code wrong}, a note saying why for a wrong one), and
 * its comparison with the facts an audit extracts from the sample's articles.
 *
 * <p>A current fact matches a labelled one when every column from {@code file} to {@code negated} is equal: the
 * span, the value and everything that can make a fact wrong (role, unit, bound, time, modality, negation), so that a
 * change to any of them makes the fact unlabelled rather than silently inheriting a label. The subject is kept for
 * the reader but not matched: event ids depend on the rest of the corpus.
 *
 * @param file   the sample file, for messages
 * @param labels every labelled fact in file order
 */
public record FactSample(Path file, List<Labelled> labels) {
    /** The columns of a sample file, in order. */
    public static final List<String> HEADER = List.of("file", "kind", "attribute", "start", "end", "value", "detail",
            "unit", "qualifier", "time", "modality", "negated", "subject", "quote", "label", "note");
    private static final int KEY_COLUMNS = 12;
    private static final String CORRECT = "correct";
    private static final String WRONG = "wrong";

    /** A labelled fact: its matching key, the columns kept for the reader, its label and why. */
    public record Labelled(List<String> key, String subject, String quote, boolean correct, String note, int line) {
    }

    /** What the audit produced for the sample's articles, against the labels. */
    public record Result(Map<String, int[]> perKind, List<List<String>> unlabelled, List<Labelled> lost,
                         int labelled, int articles) {
        /** Correct over matched facts, over every kind; 1 when nothing matched. */
        public double precision() {
            int[] all = total();
            return all[1] == 0 ? 1.0 : (double) all[0] / all[1];
        }

        /** Matched facts labelled correct and all matched facts. */
        public int[] total() {
            int[] all = new int[2];
            for (int[] c : perKind.values()) {
                all[0] += c[0];
                all[1] += c[1];
            }
            return all;
        }

        public void print(PrintWriter out, Path file) {
            int[] all = total();
            out.printf(Locale.ROOT, "fact sample %s: %d labelled facts of %d articles, %d produced now, %d correct "
                    + "(precision %.3f)%n", file, labelled, articles, all[1], all[0], precision());
            out.printf(Locale.ROOT, "%-12s %8s %8s %9s%n", "kind", "matched", "correct", "precision");
            for (Map.Entry<String, int[]> e : perKind.entrySet()) {
                int[] c = e.getValue();
                out.printf(Locale.ROOT, "%-12s %8d %8d %9.3f%n", e.getKey(), c[1], c[0],
                        c[1] == 0 ? 1.0 : (double) c[0] / c[1]);
            }
            out.println("current facts with no label (" + unlabelled.size() + "; label them and add them to the "
                    + "sample):");
            for (List<String> row : unlabelled) {
                out.println("  " + csvLine(row));
            }
            out.println("facts labelled correct no longer produced (" + lost.size() + "):");
            for (Labelled l : lost) {
                out.println("  " + file + ":" + l.line() + " " + csvLine(l.key()));
            }
            out.flush();
        }
    }

    public static FactSample read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').get();
        List<Labelled> labels = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw new CrosscheckException(file + ":1", "header must be " + String.join(",", HEADER),
                        CrosscheckException.USAGE);
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                String where = file + ":" + line;
                if (record.size() != HEADER.size()) {
                    throw new CrosscheckException(where, "expected " + HEADER.size() + " columns, found "
                            + record.size(), CrosscheckException.USAGE);
                }
                String label = record.get("label").strip().toLowerCase(Locale.ROOT);
                if (!label.equals(CORRECT) && !label.equals(WRONG)) {
                    throw new CrosscheckException(where, "label must be correct or wrong, not '"
                            + record.get("label") + "'", CrosscheckException.USAGE);
                }
                if (label.equals(WRONG) && record.get("note").isBlank()) {
                    throw new CrosscheckException(where, "a wrong fact needs a note saying why",
                            CrosscheckException.USAGE);
                }
                labels.add(new Labelled(List.copyOf(record.toList().subList(0, KEY_COLUMNS)), record.get("subject"),
                        record.get("quote"), label.equals(CORRECT), record.get("note"), line));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CrosscheckException(file.toString(), "cannot read the fact sample: " + e.getMessage(),
                    CrosscheckException.USAGE, e);
        } catch (IllegalStateException e) {
            throw new CrosscheckException(file.toString(), "malformed CSV: " + e.getMessage(),
                    CrosscheckException.USAGE, e);
        }
        return new FactSample(file, labels);
    }

    /** The columns a current fact is matched on, in {@link #HEADER} order. */
    public static List<String> key(Claim c) {
        TimeSpan t = c.time();
        return List.of(c.source(), c.kind(), c.attribute(), Integer.toString(c.start()), Integer.toString(c.end()),
                c.value(), c.detail(), c.unit(), c.qualifier(), t == null ? "" : t.value(), c.modality(),
                Boolean.toString(c.negated()));
    }

    /** A sample row for a current fact, label and note empty. */
    public static List<String> row(Claim c) {
        List<String> row = new ArrayList<>(key(c));
        row.add(c.subject());
        row.add(c.quote());
        row.add("");
        row.add("");
        return row;
    }

    /** Compares the labels with the claims of an audit whose input holds the sample's articles. */
    public Result compare(List<Claim> claims) {
        Set<String> articles = new LinkedHashSet<>();
        Map<List<String>, List<Labelled>> byKey = new HashMap<>();
        for (Labelled l : labels) {
            articles.add(l.key().get(0));
            byKey.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(l);
        }
        Map<String, int[]> perKind = new TreeMap<>();
        List<List<String>> unlabelled = new ArrayList<>();
        Set<Labelled> produced = new java.util.HashSet<>();
        for (Claim c : claims) {
            if (!articles.contains(c.source())) {
                continue;
            }
            List<Labelled> match = byKey.get(key(c));
            Labelled l = match == null ? null : match.stream().filter(x -> !produced.contains(x)).findFirst()
                    .orElse(match.get(0));
            if (l == null) {
                unlabelled.add(row(c));
                continue;
            }
            if (produced.add(l)) {
                int[] counts = perKind.computeIfAbsent(c.kind(), k -> new int[2]);
                counts[1]++;
                if (l.correct()) {
                    counts[0]++;
                }
            }
        }
        List<Labelled> lost = labels.stream().filter(l -> l.correct() && !produced.contains(l)).toList();
        return new Result(perKind, unlabelled, lost, labels.size(), articles.size());
    }

    private static String csvLine(List<String> cells) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("").get())) {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
