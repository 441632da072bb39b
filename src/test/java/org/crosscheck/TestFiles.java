package org.crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Test helpers that build input and rule folders on disk. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Copies a folder tree (the shipped rules, the seeds) so a test can change it. */
    public static Path copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a UTF-8 file, creating its folders. */
    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a UTF-8 file. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one article of a folder the way the auditor does (decoding, header, furniture, sentences), for tests
     * that look at the text and sentences the audit itself no longer keeps.
     */
    public static org.crosscheck.ingest.Article parse(Path folder, String source) {
        try {
            org.crosscheck.ingest.Decoder.Decoded decoded =
                    org.crosscheck.ingest.Decoder.decode(Files.readAllBytes(folder.resolve(source)));
            return org.crosscheck.ingest.ArticleParser.from(org.crosscheck.vocab.Vocabulary.load(Path.of("rules")))
                    .parse(source, decoded.text(), decoded.warnings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DRL file with one rule that runs {@code consequence} on each designation claim, for rule-fault tests. */
    public static String ruleOnDesignations(String name, String consequence) {
        return "package rules;\nimport org.crosscheck.fact.*;\n\nrule \"" + name + "\"\nwhen\n"
                + "    Claim( attribute == \"designation\" )\nthen\n    " + consequence + "\nend\n";
    }
}
