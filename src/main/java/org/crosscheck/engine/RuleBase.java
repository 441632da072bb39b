package org.crosscheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.CrosscheckException;
import org.crosscheck.Utf8;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

/**
 * The compiled rules: every {@code *.drl} file and decision table ({@code *.drl.csv}, {@code *.drl.xlsx}) below
 * the rules folder, built at run time through {@link KieFileSystem} (so users edit rules without recompiling),
 * plus the engine's own query that reads findings out. Before Drools compiles them, the {@link RuleChecker}
 * checks the rules against the fact types; every problem names the user's file and line (a table's row and cell).
 */
public final class RuleBase {
    /** Classpath resource with the query the engine relies on; not user-editable. */
    static final String ENGINE_DRL = "org/crosscheck/engine/engine.drl";
    private static final String VIRTUAL_ROOT = "src/main/resources/";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(RuleBase.class.getName());
    /** Drools parser messages carry codes such as {@code [ERR 101]}. */
    private static final Pattern PARSER_ERROR = Pattern.compile("^\\[ERR \\d+\\]");

    /**
     * Where a rule is declared and what it does.
     *
     * @param file     the file as messages name it
     * @param line     the line of its {@code rule} keyword (a table's row)
     * @param findings whether its consequence inserts findings; a rule that does not derives facts for others
     */
    public record RuleInfo(String name, String file, int line, boolean findings) {
        /** {@code rules/dates.drl:15}. */
        public String place() {
            return file + (line > 0 ? ":" + line : "");
        }
    }

    private final KieBase kieBase;
    private final List<String> files;
    private final Map<String, RuleInfo> rules;

    private RuleBase(KieBase kieBase, List<String> files, Map<String, RuleInfo> rules) {
        this.kieBase = kieBase;
        this.files = List.copyOf(files);
        this.rules = rules;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The rule files that were compiled, as named in messages. */
    public List<String> files() {
        return files;
    }

    /** Every user rule by name, in file and line order. */
    public Collection<RuleInfo> rules() {
        return rules.values();
    }

    /** The rule of that name, or null (the engine's own query has none). */
    public RuleInfo rule(String name) {
        return rules.get(name);
    }

    /** Compiles every rule file below {@code rulesDir}; throws {@link RuleBuildException} listing all problems. */
    public static RuleBase build(Path rulesDir) {
        if (!Files.isDirectory(rulesDir)) {
            throw new CrosscheckException(rulesDir.toString(), "rules folder does not exist", CrosscheckException.USAGE);
        }
        long started = System.nanoTime();
        Map<String, RuleSource> sources = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        read(rulesDir, sources, problems);
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        Map<String, RuleSource> virtual = new LinkedHashMap<>();
        sources.forEach((relative, source) -> virtual.put(VIRTUAL_ROOT + "user/" + relative
                + (source.generated() ? ".drl" : ""), source));
        // Drools compiles on another core while the checker reads the same files: the check costs no wall time.
        java.util.concurrent.FutureTask<List<RuleProblem>> compiling = new java.util.concurrent.FutureTask<>(
                () -> compileAll(virtual));
        Thread compiler = new Thread(compiling, "rules-compile");
        compiler.setDaemon(true);
        compiler.start();

        RuleChecker checker = new RuleChecker();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (RuleSource source : sources.values()) {
            PackageDescr parsed = parse(source);
            if (parsed == null) {
                continue;
            }
            for (RuleDescr r : parsed.getRules()) {
                if (!r.isRule()) {
                    continue;
                }
                RuleInfo info = new RuleInfo(r.getName(), source.label(), source.line(r.getLine()),
                        String.valueOf(r.getConsequence()).contains("Finding."));
                RuleInfo previous = rules.putIfAbsent(r.getName(), info);
                // Drools only rejects equal names within one package; across files users read them as one
                // namespace, and findings are keyed by rule name, so a clash anywhere is an error.
                if (previous != null) {
                    problems.add(source.problem(r.getLine(), "duplicate rule name \"" + r.getName()
                            + "\" (also declared at " + previous.place() + ")"));
                }
            }
            checker.add(source, parsed);
        }
        List<RuleProblem> checked = problems.isEmpty() ? checker.check() : List.of();
        long checkedAt = System.nanoTime();
        List<RuleProblem> compiled = join(compiling);
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        Set<String> flagged = new TreeSet<>();
        checked.forEach(p -> flagged.add(p.file()));
        problems.addAll(checked);
        // The checker's problems explain the Drools errors of the same file; the other files' errors stand.
        compiled.stream().filter(p -> !flagged.contains(p.file())).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        KieServices services = KieServices.Factory.get();
        KieContainer container = services.newKieContainer(services.getRepository().getDefaultReleaseId());
        List<String> labels = sources.values().stream().map(RuleSource::label).toList();
        long done = System.nanoTime();
        LOG.info(() -> String.format(java.util.Locale.ROOT, "rules: %d files checked in %d ms while Drools "
                + "compiled them; built in %d ms", labels.size(), (checkedAt - started) / 1_000_000,
                (done - started) / 1_000_000));
        return new RuleBase(container.getKieBase(), labels, rules);
    }

    /**
     * Reads the rule files through the folder's real path (a rules folder given as a link is searched, and so are
     * links below it); names keep the folder as the user gave it. DRL must be UTF-8 ({@link Utf8}); a folder with
     * no rule file is an error, not a run that checks nothing.
     */
    private static void read(Path rulesDir, Map<String, RuleSource> sources, List<RuleProblem> problems) {
        try {
            Path root = rulesDir.toRealPath();
            try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
                for (Path file : walk.filter(p -> isRuleFile(p.getFileName().toString()) && !Files.isDirectory(p))
                        .sorted().toList()) {
                    String relative = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                    String label = rulesDir.resolve(relative).normalize().toString()
                            .replace(java.io.File.separatorChar, '/');
                    byte[] bytes = Files.readAllBytes(file);
                    if (DecisionTables.isTable(relative)) {
                        try {
                            sources.put(relative, DecisionTables.compile(label, bytes));
                        } catch (RuleBuildException e) {
                            problems.addAll(e.problems());
                        }
                    } else {
                        sources.put(relative, RuleSource.drl(label, Utf8.decode(bytes, label, CrosscheckException.USAGE)));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CrosscheckException(rulesDir.toString(), "cannot read rules: " + e.getMessage(),
                    CrosscheckException.USAGE, e);
        }
        if (sources.isEmpty() && problems.isEmpty()) {
            throw new CrosscheckException(rulesDir.toString(), "no rule file (*.drl, *.drl.csv, *.drl.xlsx) in the rules folder",
                    CrosscheckException.USAGE);
        }
    }

    /** DRL files and decision tables; other files below the rules folder (data, tests) are not rules. */
    static boolean isRuleFile(String name) {
        return name.endsWith(".drl") || DecisionTables.isTable(name);
    }

    /** Drools' parse of the file, or null when it has syntax errors (Drools reports them when it compiles). */
    private static PackageDescr parse(RuleSource source) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr parsed = parser.parse(false, source.drl());
            return parser.hasErrors() ? null : parsed;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Compiles the files with the engine's query and returns their problems. A file that does not parse leaves
     * the declared types of the other files unresolved, and Drools then reports errors in correct files, so its
     * syntax errors stand and the other files are compiled again without it.
     */
    private static List<RuleProblem> compileAll(Map<String, RuleSource> virtual) {
        KieServices services = KieServices.Factory.get();
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        virtual.forEach((path, source) -> bytes.put(path, source.drl().getBytes(StandardCharsets.UTF_8)));
        bytes.put(VIRTUAL_ROOT + ENGINE_DRL, engineDrl().getBytes(StandardCharsets.UTF_8));
        List<Message> errors;
        try {
            errors = compile(services, bytes);
        } catch (RuntimeException e) {
            return crashed(services, virtual, e);
        }
        if (errors.isEmpty()) {
            return List.of();
        }
        Set<String> unparsed = new TreeSet<>();
        for (Message m : errors) {
            if (PARSER_ERROR.matcher(String.valueOf(m.getText())).find()) {
                unparsed.add(virtualPath(m));
            }
        }
        List<Message> reported = new ArrayList<>();
        if (unparsed.isEmpty()) {
            reported.addAll(errors);
        } else {
            errors.stream().filter(m -> unparsed.contains(virtualPath(m))).forEach(reported::add);
            Map<String, byte[]> rest = new LinkedHashMap<>(bytes);
            rest.keySet().removeAll(unparsed);
            try {
                reported.addAll(compile(services, rest));
            } catch (RuntimeException e) {
                // The files that parse crash Drools: their syntax errors are what the user fixes first.
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (Message message : reported) {
            RuleSource source = virtual.get(virtualPath(message));
            RuleProblem p = DroolsMessages.problem(message, source, source == null ? "rules" : source.label());
            // The parser adds this after its real error; it says nothing the user can act on.
            if (!p.message().equals("Parser returned a null Package")) {
                problems.add(p);
            }
        }
        if (problems.isEmpty()) {
            problems.add(new RuleProblem("rules", 0, "the rules do not compile"));
        }
        return problems;
    }

    private static List<RuleProblem> join(java.util.concurrent.FutureTask<List<RuleProblem>> compiling) {
        try {
            return compiling.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrosscheckException("rules", "interrupted while compiling", CrosscheckException.FAILURE, e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new CrosscheckException("rules", String.valueOf(cause), CrosscheckException.FAILURE, cause);
        }
    }

    /**
     * Drools threw instead of reporting (it does for some comparisons it cannot coerce): each file is compiled on
     * its own to name the one that makes it throw.
     */
    private static List<RuleProblem> crashed(KieServices services, Map<String, RuleSource> virtual, RuntimeException e) {
        List<RuleProblem> problems = new ArrayList<>();
        String engine = engineDrl();
        for (Map.Entry<String, RuleSource> file : virtual.entrySet()) {
            Map<String, byte[]> one = new LinkedHashMap<>();
            one.put(file.getKey(), file.getValue().drl().getBytes(StandardCharsets.UTF_8));
            one.put(VIRTUAL_ROOT + ENGINE_DRL, engine.getBytes(StandardCharsets.UTF_8));
            try {
                compile(services, one);
            } catch (RuntimeException again) {
                problems.add(new RuleProblem(file.getValue().label(), 0, "Drools cannot compile this file: "
                        + DroolsMessages.clean(String.valueOf(again.getMessage()))));
            }
        }
        if (problems.isEmpty()) {
            problems.add(new RuleProblem("rules", 0, "Drools cannot compile the rules: "
                    + DroolsMessages.clean(String.valueOf(e.getMessage()))));
        }
        return problems;
    }

    /** Builds the files into the default KieModule; returns the errors, none when it compiled. */
    private static List<Message> compile(KieServices services, Map<String, byte[]> sources) {
        KieFileSystem kfs = services.newKieFileSystem();
        sources.forEach((path, bytes) -> {
            Resource resource = services.getResources().newByteArrayResource(bytes).setResourceType(ResourceType.DRL);
            resource.setSourcePath(path);
            kfs.write(path, resource);
        });
        Results results = services.newKieBuilder(kfs).buildAll().getResults();
        return results.getMessages(Message.Level.ERROR);
    }

    /** The virtual path of the file a message is about, as the files were written. */
    private static String virtualPath(Message message) {
        String path = message.getPath() == null ? "" : message.getPath();
        return path.startsWith(VIRTUAL_ROOT) ? path : VIRTUAL_ROOT + path;
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
