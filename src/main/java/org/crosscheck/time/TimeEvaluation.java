package org.crosscheck.time;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures a tagger on a TempEval-style table ({@code doc_id, dct, expression, type, expected_value, sentence,
 * ...}): the accuracy is the share of DATE rows with a dct whose normalised value equals the expected one.
 */
public final class TimeEvaluation {

    /** A row the tagger got wrong. */
    public record Miss(long line, String dct, String expression, String expected, String actual, String sentence) {
    }

    /** How many of the measured rows matched, and the misses. */
    public record Result(int total, int correct, List<Miss> misses) {
        public double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }

        /** The accuracy line alone. */
        public String summary() {
            return String.format(Locale.ROOT, "accuracy %.3f (%d/%d DATE rows with a dct)", accuracy(), correct, total);
        }

        /** The report: the accuracy line, then one tab-separated line per miss. */
        public void print(PrintStream out) {
            StringWriter text = new StringWriter();
            print(new PrintWriter(text));
            out.print(text);
            out.flush();
        }

        /** The report: the accuracy line, then one tab-separated line per miss. */
        public void print(PrintWriter out) {
            out.println(summary());
            for (Miss m : misses) {
                out.println("miss\tline " + m.line() + "\t" + m.dct() + "\t" + m.expression() + "\texpected "
                        + m.expected() + "\tgot " + (m.actual().isEmpty() ? "(none)" : m.actual()) + "\t"
                        + m.sentence());
            }
        }
    }

    private TimeEvaluation() {
    }

    /** Evaluates the table when it has gold columns ({@code type}, {@code expected_value}); empty otherwise. */
    public static Optional<Result> evaluateIfGold(Path tsv, TemporalTagger tagger) {
        Tsv table = Tsv.read(tsv);
        if (!table.header().contains("type") || !table.header().contains("expected_value")) {
            return Optional.empty();
        }
        return Optional.of(evaluate(tsv, tagger));
    }

    /** Evaluates {@code tagger} on the table at {@code tsv}. */
    public static Result evaluate(Path tsv, TemporalTagger tagger) {
        Tsv table = Tsv.read(tsv);
        int dct = table.column("dct");
        int expression = table.column("expression");
        int type = table.column("type");
        int expected = table.column("expected_value");
        int sentence = table.column("sentence");
        int total = 0;
        int correct = 0;
        List<Miss> misses = new ArrayList<>();
        for (Tsv.Row row : table.rows()) {
            List<String> v = row.values();
            LocalDate anchor = table.date(row, dct);
            if (!v.get(type).strip().equals("DATE") || anchor == null) {
                continue;
            }
            total++;
            String actual = tagger.normalize(v.get(expression), v.get(sentence), anchor);
            if (actual.equals(v.get(expected).strip())) {
                correct++;
            } else {
                misses.add(new Miss(row.line(), anchor.toString(), v.get(expression), v.get(expected).strip(), actual,
                        v.get(sentence)));
            }
        }
        return new Result(total, correct, misses);
    }
}
