package org.crosscheck;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a JVM of its own, for what one JVM cannot show: the exit code of a process a rule
 * ends, another default locale or charset, another user.
 */
public final class JavaProcess {
    /** Exit code, stdout and stderr of one run. */
    public record Result(int code, String out, String err) {
    }

    private final List<String> jvmArgs = new ArrayList<>();
    private final Map<String, String> env = new java.util.HashMap<>();
    private String classpath = testClasspath();
    private List<String> prefix = List.of();

    /** Adds JVM options ({@code -Duser.language=ar}). */
    public JavaProcess jvm(String... args) {
        jvmArgs.addAll(List.of(args));
        return this;
    }

    /** Sets an environment variable of the process ({@code LC_ALL=C}). */
    public JavaProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Runs the JVM through a command ({@code setpriv --reuid=65534 ...}) with another class path. */
    public JavaProcess through(List<String> command, String newClasspath) {
        prefix = List.copyOf(command);
        classpath = newClasspath;
        return this;
    }

    /** Runs {@code org.crosscheck.cli.Main} with the arguments and waits at most {@code seconds}. */
    public Result run(int seconds, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classpath);
        command.add("org.crosscheck.cli.Main");
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("crosscheck-out", ".txt");
            Path err = Files.createTempFile("crosscheck-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectError(err.toFile());
                builder.environment().putAll(env);
                Process p = builder.start();
                if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                    throw new AssertionError("the process did not end within " + seconds + " s: "
                            + Files.readString(err, StandardCharsets.UTF_8));
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The class path of the tests: surefire's (it names the real entries), else this JVM's. */
    public static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** The entries of the test class path. */
    public static List<String> classpathEntries() {
        return List.of(testClasspath().split(File.pathSeparator));
    }
}
