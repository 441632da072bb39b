package org.crosscheck.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CrosscheckException;
import org.crosscheck.fact.Verdict;

/** Reads a gold CSV ({@code gid,kind,accept,side_a,side_b,note}); a bad row is an error naming its line. */
public final class GoldFile {
    private GoldFile() {
    }

    public static List<GoldCase> read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').get();
        List<GoldCase> cases = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (String column : List.of("gid", "kind", "accept", "side_a", "side_b", "note")) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new CrosscheckException(file + ":1", "header must be gid,kind,accept,side_a,side_b,note",
                            CrosscheckException.USAGE);
                }
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                String where = file + ":" + line;
                if (record.size() != parser.getHeaderNames().size()) {
                    throw new CrosscheckException(where, "expected " + parser.getHeaderNames().size()
                            + " fields but found " + record.size(), CrosscheckException.USAGE);
                }
                try {
                    GoldCase.Kind kind = GoldCase.Kind.valueOf(record.get("kind").strip().toUpperCase(Locale.ROOT));
                    Set<Verdict> accept = EnumSet.noneOf(Verdict.class);
                    for (String v : record.get("accept").split("\\|")) {
                        if (!v.isBlank()) {
                            accept.add(Verdict.valueOf(v.strip().toUpperCase(Locale.ROOT)));
                        }
                    }
                    if (kind == GoldCase.Kind.MUST && accept.isEmpty()) {
                        throw new IllegalArgumentException("a MUST row needs accept (e.g. CONTRADICTION|NEEDS_REVIEW)");
                    }
                    List<GoldCase.Side> a = GoldCase.parseSides(record.get("side_a"));
                    List<GoldCase.Side> b = GoldCase.parseSides(record.get("side_b"));
                    if (a.isEmpty() || (b.isEmpty() && kind != GoldCase.Kind.FLAGGED_OR_STRIPPED)) {
                        throw new IllegalArgumentException("side_a and side_b must name at least one FILEPREFIX:fragment");
                    }
                    cases.add(new GoldCase(record.get("gid").strip(), kind, accept, a, b, record.get("note"), line));
                } catch (IllegalArgumentException e) {
                    throw new CrosscheckException(where, e.getMessage(), CrosscheckException.USAGE);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CrosscheckException(file.toString(), "cannot read gold file: " + e.getMessage(),
                    CrosscheckException.USAGE, e);
        }
        return cases;
    }
}
