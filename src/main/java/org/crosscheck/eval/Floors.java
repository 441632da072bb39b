package org.crosscheck.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CrosscheckException;

/**
 * The least figures a corpus's evaluation must reach ({@code measure,floor}: a gold kind's pass rate,
 * {@code PRECISION}, the share of CONTRADICTION rows pairing a MUST or STRETCH row, {@code CONLL}, the CoNLL F1 of
 * event clusters, or {@code FACTS}, the precision of the hand-labelled fact sample). Floors only ever rise: when a
 * change lifts a figure, its floor is raised to it in the same commit, so that no later change can lose it unseen.
 */
public record Floors(Map<String, Double> floors) {
    /** The measure of the share of CONTRADICTION rows the gold wants. */
    public static final String PRECISION = "PRECISION";
    /** The CoNLL F1 of same-event resolution against the gold event mentions. */
    public static final String CONLL = "CONLL";
    /** The share of correct facts among the labelled facts an audit still produces ({@link FactSample}). */
    public static final String FACTS = "FACTS";

    public static Floors read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').get();
        Map<String, Double> floors = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            if (!parser.getHeaderNames().equals(List.of("measure", "floor"))) {
                throw new CrosscheckException(file + ":1", "header must be measure,floor", CrosscheckException.USAGE);
            }
            for (CSVRecord record : parser) {
                String where = file + ":" + parser.getCurrentLineNumber();
                String measure = record.get(0).strip().toUpperCase(Locale.ROOT);
                if (!measure.equals(PRECISION) && !measure.equals(CONLL) && !measure.equals(FACTS)) {
                    try {
                        GoldCase.Kind.valueOf(measure);
                    } catch (IllegalArgumentException e) {
                        throw new CrosscheckException(where, "measure must be a gold kind, PRECISION, CONLL or FACTS, not '"
                                + record.get(0) + "'", CrosscheckException.USAGE);
                    }
                }
                double floor;
                try {
                    floor = Double.parseDouble(record.get(1).strip());
                } catch (NumberFormatException e) {
                    floor = Double.NaN;
                }
                if (!(floor >= 0 && floor <= 1)) {
                    throw new CrosscheckException(where, "floor must be a number from 0 to 1, not '" + record.get(1)
                            + "'", CrosscheckException.USAGE);
                }
                // Two floors of one measure would leave the file's reader guessing which holds (a merge keeping both).
                Long first = lines.putIfAbsent(measure, parser.getCurrentLineNumber());
                if (first != null) {
                    throw new CrosscheckException(where, measure + " already has a floor on line " + first
                            + "; keep one", CrosscheckException.USAGE);
                }
                floors.put(measure, floor);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CrosscheckException(file.toString(), "cannot read floors: " + e.getMessage(),
                    CrosscheckException.USAGE, e);
        }
        return new Floors(floors);
    }

    /**
     * The measures of the gold evaluation below their floor, one line each ({@code MUST 0.850 < floor 0.900}); empty
     * when all hold. {@code FACTS} is checked by {@link #factShortfalls}.
     */
    public List<String> shortfalls(Evaluation.Figures figures, EventEvaluation clusters) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : floors.entrySet()) {
            double value;
            if (e.getKey().equals(FACTS)) {
                continue;
            }
            if (e.getKey().equals(CONLL)) {
                if (clusters == null) {
                    out.add("CONLL has a floor but the gold holds no events.csv");
                    continue;
                }
                value = clusters.score().conll();
            } else {
                value = e.getKey().equals(PRECISION) ? figures.precision()
                        : figures.rate(GoldCase.Kind.valueOf(e.getKey()));
            }
            below(e.getKey(), value, e.getValue(), out);
        }
        return out;
    }

    /** The {@code FACTS} floor when the fact sample's precision is below it (one line), or nothing. */
    public List<String> factShortfalls(FactSample.Result sample) {
        List<String> out = new ArrayList<>();
        Double floor = floors.get(FACTS);
        if (floor != null) {
            below(FACTS, sample.precision(), floor, out);
        }
        return out;
    }

    private static void below(String measure, double value, double floor, List<String> out) {
        // Figures are ratios of small counts: compare at the precision they are printed with.
        if (Math.round(value * 1000) < Math.round(floor * 1000)) {
            out.add(String.format(Locale.ROOT, "%s %.3f < floor %.3f", measure, value, floor));
        }
    }
}
