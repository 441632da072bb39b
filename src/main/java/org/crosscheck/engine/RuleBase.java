package org.crosscheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.CrosscheckException;
import org.crosscheck.Utf8;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

/**
 * The compiled rules: every {@code *.drl} below the rules folder, built at run time through
 * {@link KieFileSystem} (so users edit rules without recompiling), plus the engine's own query that reads
 * findings out. Build problems name the user's file and line.
 */
public final class RuleBase {
    /** Classpath resource with the query the engine relies on; not user-editable. */
    static final String ENGINE_DRL = "org/crosscheck/engine/engine.drl";
    private static final String VIRTUAL_ROOT = "src/main/resources/";
    private static final Pattern DRL_NAME_CLASH = Pattern.compile("Duplicate rule name: ?([^\\n]+)");
    /** Drools parser messages carry codes such as {@code [ERR 101]}. */
    private static final Pattern PARSER_ERROR = Pattern.compile("^\\[ERR \\d+\\]");
    /** A rule declaration at the start of a line: {@code rule "name"} or {@code rule name}. */
    private static final Pattern RULE_DECLARATION = Pattern.compile("^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");

    private final KieBase kieBase;
    private final List<String> files;

    private RuleBase(KieBase kieBase, List<String> files) {
        this.kieBase = kieBase;
        this.files = List.copyOf(files);
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The rule files that were compiled, as named in messages. */
    public List<String> files() {
        return files;
    }

    /** Compiles every DRL file below {@code rulesDir}; throws {@link RuleBuildException} listing all problems. */
    public static RuleBase build(Path rulesDir) {
        if (!Files.isDirectory(rulesDir)) {
            throw new CrosscheckException(rulesDir.toString(), "rules folder does not exist", CrosscheckException.USAGE);
        }
        KieServices services = KieServices.Factory.get();
        Map<String, String> labels = new HashMap<>();
        Map<String, byte[]> sources = new java.util.LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        Map<String, String> declared = new HashMap<>();
        List<RuleProblem> duplicates = new ArrayList<>();
        // The real path, so that a rules folder given as a link is searched; links below it are followed too.
        Path root;
        try {
            root = rulesDir.toRealPath();
        } catch (IOException e) {
            throw new CrosscheckException(rulesDir.toString(), "cannot read rules: " + e.getMessage(),
                    CrosscheckException.USAGE, e);
        }
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".drl") && !Files.isDirectory(p)).sorted().toList()) {
                String relative = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                String label = rulesDir.resolve(relative).normalize().toString()
                        .replace(java.io.File.separatorChar, '/');
                String virtual = VIRTUAL_ROOT + "user/" + relative;
                labels.put(virtual, label);
                names.add(label);
                String text = Utf8.read(file, label, CrosscheckException.USAGE);
                findDuplicates(label, text, declared, duplicates);
                sources.put(virtual, text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CrosscheckException(rulesDir.toString(), "cannot read rules: " + e.getMessage(),
                    CrosscheckException.USAGE, e);
        }
        if (names.isEmpty()) {
            throw new CrosscheckException(rulesDir.toString(), "no *.drl rule file in the rules folder",
                    CrosscheckException.USAGE);
        }
        // Drools only rejects equal names within one package; across files users read them as one namespace,
        // and findings are keyed by rule name, so a clash anywhere is an error.
        if (!duplicates.isEmpty()) {
            throw new RuleBuildException(duplicates);
        }
        String engineVirtual = VIRTUAL_ROOT + ENGINE_DRL;
        labels.put(engineVirtual, "(engine) " + ENGINE_DRL);
        sources.put(engineVirtual, engineDrl().getBytes(StandardCharsets.UTF_8));

        List<Message> errors = compile(services, sources);
        if (!errors.isEmpty()) {
            // A file that does not parse leaves the declared types of the other files unresolved, and Drools then
            // reports errors in correct files. Its syntax errors stand; the other files are compiled again without
            // it, so that only their own errors are reported.
            Set<String> unparsed = new java.util.TreeSet<>();
            for (Message m : errors) {
                if (PARSER_ERROR.matcher(String.valueOf(m.getText())).find()) {
                    unparsed.add(virtualPath(m, labels));
                }
            }
            List<Message> reported = new ArrayList<>();
            if (unparsed.isEmpty()) {
                reported.addAll(errors);
            } else {
                errors.stream().filter(m -> unparsed.contains(virtualPath(m, labels))).forEach(reported::add);
                Map<String, byte[]> rest = new java.util.LinkedHashMap<>(sources);
                rest.keySet().removeAll(unparsed);
                reported.addAll(compile(services, rest));
            }
            List<RuleProblem> problems = new ArrayList<>();
            for (Message message : reported) {
                RuleProblem p = problem(message, labels);
                // The parser adds this after its real error; it says nothing the user can act on.
                if (!p.message().equals("Parser returned a null Package")) {
                    problems.add(p);
                }
            }
            if (problems.isEmpty()) {
                problems.add(new RuleProblem(rulesDir.toString(), 0, "the rules do not compile"));
            }
            throw new RuleBuildException(problems);
        }
        KieContainer container = services.newKieContainer(services.getRepository().getDefaultReleaseId());
        return new RuleBase(container.getKieBase(), names);
    }

    /** Builds the files into the default KieModule; returns the errors, none when it compiled. */
    private static List<Message> compile(KieServices services, Map<String, byte[]> sources) {
        KieFileSystem kfs = services.newKieFileSystem();
        sources.forEach((virtual, bytes) -> {
            Resource resource = services.getResources().newByteArrayResource(bytes).setResourceType(ResourceType.DRL);
            resource.setSourcePath(virtual);
            kfs.write(virtual, resource);
        });
        Results results = services.newKieBuilder(kfs).buildAll().getResults();
        return results.getMessages(Message.Level.ERROR);
    }

    /** The virtual path of the file a message is about, as the files were written. */
    private static String virtualPath(Message message, Map<String, String> labels) {
        String path = message.getPath() == null ? "" : message.getPath();
        return labels.containsKey(path) ? path : VIRTUAL_ROOT + path;
    }

    private static void findDuplicates(String label, String text, Map<String, String> declared,
                                       List<RuleProblem> problems) {
        String[] lines = code(text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_DECLARATION.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String here = label + ":" + (i + 1);
            String previous = declared.putIfAbsent(name, here);
            if (previous != null) {
                problems.add(new RuleProblem(label, i + 1, "duplicate rule name \"" + name + "\" (also declared at "
                        + previous + ")"));
            }
        }
    }

    /**
     * The text with comments blanked out (line breaks kept, so lines keep their numbers): {@code //} to the end of
     * the line and {@code /* ... *}{@code /} wherever it opens, after code on a line too; comment markers inside
     * string literals are text.
     */
    static String code(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' && j + 1 < n ? 2 : 1;
                }
                j = Math.min(n, j + 1);
                out.append(text, i, j);
                i = j;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int k = i; k < end; k++) {
                    char x = text.charAt(k);
                    out.append(x == '\n' || x == '\r' ? x : ' ');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static RuleProblem problem(Message message, Map<String, String> labels) {
        String path = message.getPath() == null ? "" : message.getPath();
        String file = labels.getOrDefault(virtualPath(message, labels), path);
        String text = message.getText() == null ? "" : message.getText().strip().replaceAll("\\s*\\n\\s*", " ");
        // MVEL wraps its diagnosis in [Error: ...], [Near : ...] and [Line: n, Column: m]; keep the diagnosis.
        text = text.replaceAll("\\[Near : \\{.*?\\}\\]\\s*\\^?", "")
                .replaceAll("\\[Line: \\d+, Column: \\d+\\]", "")
                .replaceAll("\\[Error: (.*?)\\]", "$1")
                .replaceAll("\\s+", " ").strip();
        Matcher clash = DRL_NAME_CLASH.matcher(text);
        if (clash.find()) {
            text = "duplicate rule name: " + clash.group(1).strip();
        }
        return new RuleProblem(file.isEmpty() ? "rules" : file, Math.max(0, message.getLine()), text);
    }

    private static String engineDrl() {
        try (var in = RuleBase.class.getClassLoader().getResourceAsStream(ENGINE_DRL)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ENGINE_DRL);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + ENGINE_DRL, e);
        }
    }
}
