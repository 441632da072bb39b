package org.crosscheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.CrosscheckException;
import org.crosscheck.FileTrees;

/**
 * The rules and data files shipped inside the jar (built from the project's {@code rules/}), used when no
 * {@code --rules} folder is given, so that the jar audits from any folder. Run from a folder of classes they are
 * read in place; from a jar they are copied once per run into a temporary folder, removed when the JVM exits.
 */
final class ShippedRules {
    /** Where the build puts them on the class path. */
    static final String RESOURCE = "crosscheck/rules";
    private static Path folder;

    private ShippedRules() {
    }

    /**
     * The rules folder a command uses: {@code given} when set; else {@code ./rules} when there is one (the folder
     * users edit, which must take effect without a rebuild); else the shipped rules, so that the jar runs from any
     * folder.
     */
    static Path orDefault(Path given) {
        if (given != null) {
            return given;
        }
        Path local = Path.of("rules");
        return Files.isDirectory(local) ? local : folder();
    }

    /** The folder of the shipped rules. */
    static synchronized Path folder() {
        if (folder != null) {
            return folder;
        }
        URL url = ShippedRules.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new CrosscheckException("--rules", "no rules are shipped with this build; give a rules folder",
                    CrosscheckException.USAGE);
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("file")) {
                folder = Path.of(uri);
                return folder;
            }
            folder = extract(uri);
            return folder;
        } catch (URISyntaxException | IOException e) {
            throw new CrosscheckException("--rules", "cannot read the shipped rules: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        }
    }

    private static Path extract(URI uri) throws IOException {
        FileSystem fs;
        boolean opened = false;
        try {
            fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            fs = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        }
        Path target = Files.createTempDirectory("crosscheck-rules-");
        Path copy = target.resolve("rules");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(target), "crosscheck-rules-cleanup"));
        try {
            Path root = fs.getPath("/" + RESOURCE);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.toList();
            }
            for (Path p : files) {
                Path to = copy.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    try (InputStream in = Files.newInputStream(p)) {
                        Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } finally {
            if (opened) {
                fs.close();
            }
        }
        return copy;
    }
}
