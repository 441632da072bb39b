package org.crosscheck.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CrosscheckException;
import org.crosscheck.fact.Verdict;

/**
 * Reads gold CSVs ({@code gid,kind,accept,side_a,side_b,note}); a bad row is an error naming its file and line.
 * A gold file inside the input folder names the articles of its own folder: in {@code news/story/gold.csv} with the
 * input {@code news}, the prefix {@code 03} stands for {@code story/03}.
 */
public final class GoldFile {
    /** The name of the gold files gathered from a folder. */
    public static final String NAME = "gold.csv";

    private GoldFile() {
    }

    /** A gold file whose prefixes name files of the input as they are. */
    public static List<GoldCase> read(Path file) {
        return read(file, "");
    }

    /**
     * The gold of a file, or of every {@value #NAME} below a folder (in path order), each relative to its folder's
     * place in the input when it lies inside the input folder. Gold ids must be unique across the files.
     */
    public static List<GoldCase> readAll(Path gold, Path input) {
        List<Path> files;
        if (Files.isDirectory(gold)) {
            try (Stream<Path> walk = Files.walk(gold)) {
                files = walk.filter(p -> p.getFileName().toString().equals(NAME) && Files.isRegularFile(p))
                        .sorted().toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new CrosscheckException(gold.toString(), "cannot list gold folder: " + e.getMessage(),
                        CrosscheckException.USAGE, e);
            }
            if (files.isEmpty()) {
                throw new CrosscheckException(gold.toString(), "no " + NAME + " in this folder",
                        CrosscheckException.USAGE);
            }
        } else {
            files = List.of(gold);
        }
        List<GoldCase> cases = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path file : files) {
            for (GoldCase g : read(file, folderIn(input, file))) {
                String before = seen.putIfAbsent(g.gid(), file + ":" + g.line());
                if (before != null) {
                    throw new CrosscheckException(file + ":" + g.line(), "gid '" + g.gid() + "' also at " + before,
                            CrosscheckException.USAGE);
                }
                cases.add(g);
            }
        }
        return cases;
    }

    /** The folder of a gold file relative to the input folder, with a trailing slash; empty when outside it. */
    private static String folderIn(Path input, Path file) {
        Path in = input.toAbsolutePath().normalize();
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder == null || !folder.startsWith(in) || folder.equals(in)) {
            return "";
        }
        return in.relativize(folder).toString().replace(java.io.File.separatorChar, '/') + "/";
    }

    private static List<GoldCase> read(Path file, String folder) {
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
                    if ((kind == GoldCase.Kind.MUST || kind == GoldCase.Kind.STRETCH) && accept.isEmpty()) {
                        throw new IllegalArgumentException("a " + kind + " row needs accept (e.g. CONTRADICTION|NEEDS_REVIEW)");
                    }
                    List<GoldCase.Side> a = GoldCase.parseSides(record.get("side_a"), folder);
                    List<GoldCase.Side> b = GoldCase.parseSides(record.get("side_b"), folder);
                    if (a.isEmpty() || (b.isEmpty() && kind != GoldCase.Kind.FLAGGED_OR_STRIPPED)) {
                        throw new IllegalArgumentException("side_a and side_b must name at least one FILEPREFIX:fragment");
                    }
                    cases.add(new GoldCase(record.get("gid").strip(), kind, accept, a, b, record.get("note"), line,
                            folder.isEmpty() ? "" : folder.substring(0, folder.length() - 1)));
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
