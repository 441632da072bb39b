package org.crosscheck.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CrosscheckException;
import org.crosscheck.vocab.Vocabulary;

/**
 * The invented places of a synthetic corpus as rows of {@code rules/data/places.csv}, and a rules folder that
 * knows them. A corpus about countries no gazetteer lists tells nothing about the auditor: its events have no
 * participants, so events of different countries that share a name merge. The benchmark audits with the shipped
 * rules plus these rows, the way a user adds the places of their own news to the vocabulary.
 */
public final class Gazetteer {
    /** Name of the file, next to the articles, that lists the corpus's places in the places.csv format. */
    public static final String FILE = "places.csv";
    static final String[] HEADER = {"name", "aliases", "type", "within", "demonyms"};
    private static final String PLACES = "places.csv";

    private Gazetteer() {
    }

    /** The rows: every country with its demonyms, then its towns. */
    static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (String country : Vocab.COUNTRIES) {
            String demonym = CorpusGenerator.demonym(country);
            rows.add(List.of(country, "", "country", "", demonym + "|" + demonym + "s"));
            for (String town : Vocab.towns(country)) {
                rows.add(List.of(town, "", "city", country, ""));
            }
        }
        return rows;
    }

    /** Writes the rows, with the header of places.csv, to {@code file}. */
    static void write(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(HEADER)
                .setHeaderComments("Invented places of a synthetic corpus (crosscheck generate), in the format of "
                        + "rules/data/places.csv.").setCommentMarker('#').get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, format)) {
            printer.printRecords(rows());
        }
    }

    /**
     * Writes to {@code target} a copy of the rules folder {@code rules} whose {@code data/places.csv} ends with the
     * rows of {@code places} (a file {@link #write} wrote). {@code target} must not exist or be empty.
     */
    public static void overlay(Path rules, Path places, Path target) {
        checkOverlay(rules, target);
        try {
            copy(rules, target);
            Path base = target.resolve(Vocabulary.DATA_FOLDER).resolve(PLACES);
            List<CSVRecord> added = read(places);
            Set<String> known = names(base);
            for (CSVRecord r : added) {
                if (known.contains(r.get("name"))) {
                    throw new CrosscheckException(base.toString(), "already lists '" + r.get("name")
                            + "', an invented place of the corpus", CrosscheckException.USAGE);
                }
            }
            byte[] bytes = Files.readAllBytes(base);
            boolean newline = bytes.length == 0 || bytes[bytes.length - 1] == '\n';
            CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setCommentMarker('#').get();
            try (Writer w = Files.newBufferedWriter(base, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                 CSVPrinter printer = new CSVPrinter(w, format)) {
                if (!newline) {
                    w.write('\n');
                }
                printer.printComment("Invented places of the synthetic corpus, from " + places.getFileName() + ".");
                for (CSVRecord r : added) {
                    printer.printRecord(r.get("name"), r.get("aliases"), r.get("type"), r.get("within"),
                            r.get("demonyms"));
                }
            }
        } catch (IOException e) {
            throw new CrosscheckException(target.toString(), "cannot write the rules overlay: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        }
    }

    /**
     * Fails, before anything is written, unless {@code rules} is a rules folder with a gazetteer and {@code target}
     * is absent or empty: the checks {@link #overlay} makes, so that a generator can make them before writing a
     * corpus.
     */
    public static void checkOverlay(Path rules, Path target) {
        if (!Files.isDirectory(rules)) {
            throw new CrosscheckException(rules.toString(), "is not a rules folder", CrosscheckException.USAGE);
        }
        Path base = rules.resolve(Vocabulary.DATA_FOLDER).resolve(PLACES);
        if (!Files.isRegularFile(base)) {
            throw new CrosscheckException(base.toString(), "the rules folder has no gazetteer to extend",
                    CrosscheckException.USAGE);
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> s = Files.list(target)) {
                if (s.findAny().isPresent()) {
                    throw new CrosscheckException(target.toString(), "the overlay folder must be empty",
                            CrosscheckException.USAGE);
                }
            } catch (IOException e) {
                throw new CrosscheckException(target.toString(), "cannot read the overlay folder: " + e.getMessage(),
                        CrosscheckException.FAILURE, e);
            }
        } else if (Files.exists(target)) {
            throw new CrosscheckException(target.toString(), "the overlay folder must be a folder",
                    CrosscheckException.USAGE);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
            return parser.getRecords();
        }
    }

    /** Names and aliases a places file lists. */
    private static Set<String> names(Path file) throws IOException {
        Set<String> out = new HashSet<>();
        for (CSVRecord r : read(file)) {
            out.add(r.get("name"));
            for (String alias : r.get("aliases").split("\\|")) {
                if (!alias.isBlank()) {
                    out.add(alias.strip());
                }
            }
        }
        return out;
    }
}
