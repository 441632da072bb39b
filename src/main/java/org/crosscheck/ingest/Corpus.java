package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.CrosscheckException;

/**
 * The article files of an input folder: every {@code *.txt} below it, nested folders included, in a fixed
 * (sorted) order so that reports never depend on the order the file system lists them in.
 */
public final class Corpus {
    private Corpus() {
    }

    /** The article files, sorted by their path relative to the folder. */
    public static List<Path> list(Path inputDir) {
        if (!Files.isDirectory(inputDir)) {
            throw new CrosscheckException(inputDir.toString(), "input folder does not exist", CrosscheckException.USAGE);
        }
        try (Stream<Path> walk = Files.walk(inputDir)) {
            return walk.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt"))
                    .filter(p -> !Files.isDirectory(p))
                    .map(p -> Map.entry(sourceName(inputDir, p), p))
                    .sorted(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue)
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CrosscheckException(inputDir.toString(), "cannot list input folder: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        }
    }

    /** The name a file is reported under: its path relative to the input folder, with {@code /} separators. */
    public static String sourceName(Path inputDir, Path file) {
        return inputDir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
