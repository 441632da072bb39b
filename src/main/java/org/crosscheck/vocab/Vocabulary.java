package org.crosscheck.vocab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.crosscheck.CrosscheckException;

/**
 * Every data table under {@code rules/data/}, read once per run and shared read-only by all stages.
 * Stages ask for a table by file name and for the columns they need.
 */
public final class Vocabulary {
    /** Folder under the rules folder that holds the data files. */
    public static final String DATA_FOLDER = "data";

    private final Path dataDir;
    private final String label;
    private final Map<String, Path> files;
    private final Map<String, DataTable> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private Vocabulary(Path dataDir, String label, Map<String, Path> files) {
        this.dataDir = dataDir;
        this.label = label;
        this.files = files;
    }

    /** Lists the data files of a rules folder; tables are read when first asked for. */
    public static Vocabulary load(Path rulesDir) {
        Path dataDir = rulesDir.resolve(DATA_FOLDER);
        String label = dataDir.toString().replace(java.io.File.separatorChar, '/');
        Map<String, Path> files = new TreeMap<>();
        if (Files.isDirectory(dataDir)) {
            try (Stream<Path> list = Files.list(dataDir)) {
                list.filter(p -> p.getFileName().toString().endsWith(".csv"))
                        .forEach(p -> files.put(p.getFileName().toString(), p));
            } catch (IOException e) {
                throw new CrosscheckException(label, "cannot list data files: " + e.getMessage(),
                        CrosscheckException.USAGE, e);
            }
        }
        return new Vocabulary(dataDir, label, files);
    }

    /** The table in {@code rules/data/NAME}, which must exist and have the given columns. */
    public DataTable table(String name, String... columns) {
        return cache.computeIfAbsent(name, n -> {
            Path file = files.get(n);
            if (file == null) {
                throw new CrosscheckException(label + "/" + n, "data file is missing (expected in " + dataDir + ")",
                        CrosscheckException.USAGE);
            }
            return DataTable.read(file, label + "/" + n, columns);
        });
    }

    /** How a data file is named in messages ({@code rules/data/calendar.csv}). */
    public String label(String name) {
        return label + "/" + name;
    }

    /** Whether the data folder has the named table. */
    public boolean has(String name) {
        return files.containsKey(name);
    }
}
