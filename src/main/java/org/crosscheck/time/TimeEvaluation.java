package org.crosscheck.time;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.ingest.SentenceSplitter;

/**
 * Measures a tagger on a TempEval-style table ({@code doc_id, dct, expression, type, expected_value, sentence,
 * ...}): per TimeML type, the share of rows whose normalised value equals the expected one. DATE and TIME rows
 * count only with a usable dct (their values depend on it); DURATION and SET rows count with any dct but an
 * unusable one.
 */
public final class TimeEvaluation {
    /** The types reported, in order; SET only when the table has such rows. */
    static final List<String> TYPES = List.of("DATE", "TIME", "DURATION", "SET");

    /** A row the tagger got wrong. */
    public record Miss(long line, String type, String dct, String expression, String expected, String actual,
                       String sentence) {
    }

    /** Correct and measured rows of one type. */
    public record Score(int correct, int total) {
        public double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }

    /** Scores per type and the misses. */
    public record Result(Map<String, Score> scores, List<Miss> misses) {
        /** The DATE score, the measure of a news normaliser. */
        public Score date() {
            return scores.getOrDefault("DATE", new Score(0, 0));
        }

        public int total() {
            return date().total();
        }

        public int correct() {
            return date().correct();
        }

        public double accuracy() {
            return date().accuracy();
        }

        /** The DATE accuracy line alone. */
        public String summary() {
            return String.format(Locale.ROOT, "accuracy %.3f (%d/%d DATE rows with a dct)", accuracy(), correct(),
                    total());
        }

        /** The report: the DATE line, a line per type, then one tab-separated line per miss when asked. */
        public void print(PrintWriter out, boolean withMisses) {
            out.println(summary());
            out.println(String.format(Locale.ROOT, "%-9s %7s %6s %9s", "type", "correct", "total", "accuracy"));
            scores.forEach((type, s) -> out.println(s.total() == 0
                    ? String.format(Locale.ROOT, "%-9s %7d %6d %9s", type, 0, 0, "-")
                    : String.format(Locale.ROOT, "%-9s %7d %6d %9.3f", type, s.correct(), s.total(), s.accuracy())));
            if (withMisses) {
                for (Miss m : misses) {
                    out.println("miss\tline " + m.line() + "\t" + m.type() + "\t" + m.dct() + "\t" + m.expression()
                            + "\texpected " + m.expected() + "\tgot " + (m.actual().isEmpty() ? "(none)" : m.actual())
                            + "\t" + m.sentence());
                }
            }
        }

        public void print(PrintStream out) {
            StringWriter text = new StringWriter();
            PrintWriter w = new PrintWriter(text);
            print(w, true);
            w.flush();
            out.print(text);
            out.flush();
        }
    }

    private TimeEvaluation() {
    }

    /** Whether a table has the gold columns. */
    static boolean hasGold(Tsv table) {
        return table.has("type") && table.has("expected_value");
    }

    /** Evaluates {@code tagger} on the table (or TimeML) at {@code path}. */
    public static Result evaluate(Path path, TemporalTagger tagger, SentenceSplitter splitter) {
        return score(NormalizeFile.normalize(NormalizeFile.read(path, splitter), tagger));
    }

    /** Scores normalised rows against their gold columns. */
    public static Result score(NormalizeFile.Normalized n) {
        Tsv table = n.table();
        int dct = table.column("dct");
        int expression = table.column("expression");
        int type = table.column("type");
        int expected = table.column("expected_value");
        int sentence = table.column("sentence");
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String t : TYPES) {
            counts.put(t, new int[2]);
        }
        List<Miss> misses = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Tsv.Row row = table.rows().get(i);
            String t = table.text(row, type);
            Optional<Anchor> anchor = n.anchors().get(i);
            boolean usable = anchor == null || anchor.isPresent();
            boolean anchored = anchor != null && anchor.isPresent();
            boolean measured = switch (t) {
                case "DATE", "TIME" -> anchored;
                case "DURATION", "SET" -> usable;
                default -> false;
            };
            if (!measured) {
                continue;
            }
            int[] c = counts.get(t);
            c[1]++;
            String actual = n.values().get(i);
            String gold = table.text(row, expected);
            if (actual.equals(gold)) {
                c[0]++;
            } else {
                misses.add(new Miss(row.line(), t, table.text(row, dct), table.text(row, expression), gold, actual,
                        row.values().get(sentence)));
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        counts.forEach((t, c) -> {
            if (c[1] > 0 || !t.equals("SET")) {
                scores.put(t, new Score(c[0], c[1]));
            }
        });
        return new Result(scores, misses);
    }
}
