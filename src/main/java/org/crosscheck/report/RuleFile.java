package org.crosscheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.crosscheck.engine.RuleBase;

/**
 * Where a rule is written, for findings a reader may want to trace: its file relative to the rules folder and
 * the SHA-256 of that file's bytes, so that a finding names the exact version of the rule that made it.
 *
 * @param file   the rule file, relative to the rules folder, with {@code /} separators
 * @param line   the line of the rule in it (a table's row), 0 when unknown
 * @param sha256 the file's SHA-256 in lower-case hex, empty when it could not be read
 */
public record RuleFile(String file, int line, String sha256) {

    /** Each rule of {@code rules} by name, with its file relative to {@code rulesDir} and that file's hash. */
    public static Map<String, RuleFile> of(RuleBase rules, Path rulesDir) {
        Map<String, String> hashes = new HashMap<>();
        Map<String, RuleFile> out = new HashMap<>();
        for (RuleBase.RuleInfo r : rules.rules()) {
            Path file = Path.of(r.file());
            String relative = relative(rulesDir, file);
            String sha = hashes.computeIfAbsent(r.file(), k -> sha256(file));
            out.put(r.name(), new RuleFile(relative, r.line(), sha));
        }
        return out;
    }

    private static String relative(Path rulesDir, Path file) {
        try {
            Path base = rulesDir.toRealPath();
            Path real = file.toRealPath();
            if (real.startsWith(base)) {
                return base.relativize(real).toString().replace(java.io.File.separatorChar, '/');
            }
        } catch (IOException | RuntimeException e) {
            // named as the rule base names it
        }
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | RuntimeException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
