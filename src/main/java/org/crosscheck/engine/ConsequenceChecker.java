package org.crosscheck.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.engine.TypeScope.Ty;
import org.crosscheck.fact.FactModel;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Checks a rule's {@code then} part, which is Java, where authors carry over what the {@code when} part allows:
 * {@code $a.detail} without parentheses, a misspelled accessor or enum constant, a helper called with the wrong
 * number of arguments, and an {@code insert} of a fact that the rule's own pattern matches whatever it holds (an
 * endless loop). Problems carry the line of the consequence they are on; the rest is left to the Java compiler.
 */
final class ConsequenceChecker {
    /** {@code receiver.member} or {@code receiver.member(}, where the receiver is a name, not a call's result. */
    private static final Pattern ACCESS = Pattern.compile("(?<![\\w$.])(\\$?[A-Za-z_][\\w$]*)\\s*\\.\\s*([A-Za-z_]\\w*)(\\s*\\()?");
    /**
     * A call that ends the JVM: the audit would stop before any report is written, and {@code Runtime.halt(0)}
     * would even exit 0 (no shutdown hook runs), so a script would take stale reports for current ones.
     */
    private static final Pattern ENDS_THE_JVM = Pattern.compile(
            "(?<![\\w$])(?:(?:java\\.lang\\.)?System\\s*\\.\\s*(exit)|(?:java\\.lang\\.)?Runtime\\s*\\.\\s*getRuntime\\s*\\("
                    + "\\s*\\)\\s*\\.\\s*(exit|halt))\\s*\\(");
    private static final Pattern INSERT = Pattern.compile("(?<![\\w.])insert\\s*\\(\\s*(?:new\\s+([A-Z]\\w*)\\s*\\(|([A-Z]\\w*)\\s*\\.)");

    private final RuleSource source;
    private final TypeScope scope;
    private final RuleDescr rule;
    private final Map<String, Ty> bound;
    private final List<RuleProblem> problems;

    ConsequenceChecker(RuleSource source, TypeScope scope, RuleDescr rule, Map<String, Ty> bound,
                       List<RuleProblem> problems) {
        this.source = source;
        this.scope = scope;
        this.rule = rule;
        this.bound = bound;
        this.problems = problems;
    }

    void check() {
        String text = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        if (text.isBlank()) {
            return;
        }
        int firstLine = consequenceLine(text);
        String code = blankLiterals(text);
        Matcher exit = ENDS_THE_JVM.matcher(code);
        if (exit.find()) {
            problems.add(source.problem(firstLine + lines(code, exit.start()), "rule \"" + rule.getName() + "\": "
                    + endsTheJvm(exit)));
            return;
        }
        Matcher m = ACCESS.matcher(code);
        while (m.find()) {
            String problem = access(m.group(1), m.group(2), m.group(3) != null, code, m.end());
            if (problem != null) {
                problems.add(source.problem(firstLine + lines(code, m.start()), problem));
                return;
            }
        }
        loop(code, firstLine);
    }

    private String access(String receiver, String member, boolean call, String code, int afterParen) {
        Ty type = bound.get(receiver);
        if (type != null && type.cls() != null) {
            Class<?> c = type.cls();
            if (!call) {
                if (scope.field(type, member).isPresent() && c.isRecord()) {
                    return "`" + receiver + "." + member + "` reads a field; the then part is Java: write `" + receiver
                            + "." + member + "()`";
                }
                return scope.field(type, member).isPresent() ? null : unknownField(type, member);
            }
            List<Method> methods = Arrays.stream(c.getMethods()).filter(x -> x.getName().equals(member)).toList();
            if (methods.isEmpty()) {
                return FactModel.TYPES.contains(c) ? unknownField(type, member)
                        : "`" + member + "` is not a method of " + type.name();
            }
            return arity(receiver + "." + member, methods, code, afterParen);
        }
        if (type != null || !Character.isUpperCase(receiver.charAt(0))) {
            return null;
        }
        Optional<Ty> cls = scope.resolve(receiver);
        if (cls.isEmpty() || cls.get().cls() == null) {
            return null;
        }
        Class<?> c = cls.get().cls();
        if (!call && c.isEnum()) {
            boolean known = Arrays.stream(c.getEnumConstants()).anyMatch(x -> ((Enum<?>) x).name().equals(member));
            return known ? null : "`" + receiver + "." + member + "` is not a " + receiver + "; use one of "
                    + Arrays.stream(c.getEnumConstants()).map(x -> receiver + "." + ((Enum<?>) x).name())
                    .collect(Collectors.joining(", "));
        }
        if (call) {
            List<Method> methods = Arrays.stream(c.getMethods())
                    .filter(x -> x.getName().equals(member) && Modifier.isStatic(x.getModifiers())).toList();
            if (methods.isEmpty()) {
                List<String> statics = Arrays.stream(c.getMethods())
                        .filter(x -> Modifier.isStatic(x.getModifiers()) && x.getDeclaringClass() == c)
                        .map(Method::getName).distinct().sorted().toList();
                return "`" + receiver + "." + member + "` is not a function of " + receiver
                        + (statics.isEmpty() ? "" : "; its functions are " + String.join(", ", statics));
            }
            return arity(receiver + "." + member, methods, code, afterParen);
        }
        return null;
    }

    private static String arity(String name, List<Method> methods, String code, int afterParen) {
        int n = arguments(code, afterParen);
        if (n < 0 || methods.stream().anyMatch(m -> m.getParameterCount() == n || m.isVarArgs())) {
            return null;
        }
        Method first = methods.stream().max(java.util.Comparator.comparingInt(Method::getParameterCount)).orElseThrow();
        String counts = methods.stream().map(m -> Integer.toString(m.getParameterCount())).distinct().sorted()
                .collect(Collectors.joining(" or "));
        return "`" + name + "` takes " + counts + " argument" + (counts.equals("1") ? "" : "s") + " ("
                + Expressions.parameters(first) + "); this call gives " + n;
    }

    private String unknownField(Ty type, String member) {
        String fields = scope.fieldList(type);
        return "`" + member + "` is not a field of " + type.name() + (fields.isEmpty() ? "" : "; its fields are " + fields);
    }

    /**
     * A rule that inserts a new fact of a type it matches with no constraint at all fires again on each fact it
     * inserts. Guarded inserts ({@code if}), {@code no-loop} rules and logical inserts are not flagged.
     */
    private void loop(String code, int firstLine) {
        if (rule.getAttributes().containsKey("no-loop") || code.matches("(?s).*\\bif\\s*\\(.*")) {
            return;
        }
        Matcher m = INSERT.matcher(code);
        while (m.find()) {
            String type = m.group(1) != null ? m.group(1) : m.group(2);
            for (BaseDescr d : rule.getLhs().getDescrs()) {
                if (d instanceof PatternDescr p && type.equals(p.getObjectType()) && p.getSource() == null
                        && p.getDescrs().isEmpty()) {
                    problems.add(source.problem(firstLine + lines(code, m.start()), "rule \"" + rule.getName()
                            + "\" inserts a " + type + " and matches every " + type + " (line "
                            + source.line(p.getLine()) + "), so each insert fires it again without end;"
                            + " constrain the pattern so that the facts it inserts do not match, or derive them with"
                            + " insertLogical and @key fields"));
                    return;
                }
            }
        }
    }

    /**
     * The problem of a function body that ends the JVM, at its line of the DRL, or null. {@code firstLine} is the
     * DRL line the body starts on.
     */
    static RuleProblem endsTheJvm(RuleSource source, String function, String body, int firstLine) {
        String code = blankLiterals(body);
        Matcher exit = ENDS_THE_JVM.matcher(code);
        return exit.find() ? source.problem(firstLine + lines(code, exit.start()), "function " + function + ": "
                + endsTheJvm(exit)) : null;
    }

    private static String endsTheJvm(Matcher exit) {
        String call = exit.group(1) != null ? "System.exit" : "Runtime." + exit.group(2);
        return "`" + call + "` ends the auditor in the middle of the run, before any report is written (and "
                + "`Runtime.halt(0)` with success); a rule must not end the JVM: insert a Finding or throw an exception";
    }

    /** The line of the consequence's first character in the DRL. */
    private int consequenceLine(String text) {
        String drl = source.drl();
        int from = Math.max(0, rule.getStartCharacter());
        int at = drl.indexOf(text.strip(), from);
        return at < 0 ? Math.max(rule.getConsequenceLine(), rule.getLine()) : lines(drl, at) + 1;
    }

    static int lines(String text, int end) {
        int n = 0;
        for (int i = 0; i < end && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The number of arguments of the call whose parenthesis ends at {@code open}, or -1 if unbalanced. */
    private static int arguments(String code, int open) {
        int depth = 1;
        int commas = 0;
        boolean any = false;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return any ? commas + 1 : 0;
                }
            } else if (c == ',' && depth == 1) {
                commas++;
            }
            if (!Character.isWhitespace(c) && depth >= 1 && !(depth == 1 && c == ')')) {
                any = true;
            }
        }
        return -1;
    }

    /** The text with string and character literals and comments blanked out, offsets and lines kept. */
    static String blankLiterals(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < out.length()) {
            char c = out.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < out.length() && out.charAt(j) != c && out.charAt(j) != '\n') {
                    j += out.charAt(j) == '\\' ? 2 : 1;
                }
                for (int k = i + 1; k < Math.min(j, out.length()); k++) {
                    out.setCharAt(k, ' ');
                }
                i = j + 1;
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
                while (i < out.length() && out.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
                while (i < out.length() && !(out.charAt(i) == '*' && i + 1 < out.length() && out.charAt(i + 1) == '/')) {
                    if (out.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i + 1 < out.length()) {
                    out.setCharAt(i, ' ');
                    out.setCharAt(i + 1, ' ');
                }
                i += 2;
            } else {
                i++;
            }
        }
        return out.toString();
    }
}
