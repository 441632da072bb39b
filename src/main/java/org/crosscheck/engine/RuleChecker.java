package org.crosscheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.crosscheck.engine.Expressions.Context;
import org.crosscheck.engine.Expressions.Mistake;
import org.crosscheck.engine.Expressions.Operand;
import org.crosscheck.engine.TypeScope.Ty;
import org.crosscheck.fact.FactModel;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;

/**
 * Checks parsed rules against the fact types before Drools compiles them, for the mistakes Drools accepts and then
 * never matches ({@code negated == "no"}, {@code number > "1000"}), rejects with Java's words or no line
 * ({@code number == true}), or crashes on ({@code time.start > 2019}): unknown fact types and missing imports,
 * unknown fields (listing the fields there are), comparisons of values of different kinds, bindings used before
 * they are bound, unknown functions, consequences that call what does not exist, and rules that feed themselves.
 * It reads Drools' own parse of the file; what it cannot type it leaves to Drools.
 */
final class RuleChecker {
    private final Map<String, Map<String, Map<String, String>>> declaredByPackage = new HashMap<>();

    /** The parsed files, to check together: declared types are shared by the files of a package. */
    private final Map<RuleSource, PackageDescr> files = new LinkedHashMap<>();

    void add(RuleSource source, PackageDescr parsed) {
        files.put(source, parsed);
        TypeScope.collectDeclared(parsed, declaredByPackage.computeIfAbsent(pkg(parsed), k -> new LinkedHashMap<>()));
    }

    /** Every problem found, in file and line order. */
    List<RuleProblem> check() {
        List<RuleProblem> problems = new ArrayList<>();
        for (Map.Entry<RuleSource, PackageDescr> e : files.entrySet()) {
            PackageDescr file = e.getValue();
            TypeScope scope = new TypeScope(file, declaredByPackage.get(pkg(file)));
            Map<String, Ty> functions = new HashMap<>();
            for (FunctionDescr f : file.getFunctions()) {
                functions.put(f.getName(), scope.resolve(f.getReturnType()).orElse(Ty.UNKNOWN));
                String body = f.getBody() == null ? "" : f.getBody().strip();
                int at = e.getKey().drl().indexOf(body, Math.max(0, f.getStartCharacter()));
                RuleProblem exit = ConsequenceChecker.endsTheJvm(e.getKey(), f.getName(), body,
                        at < 0 ? f.getLine() : ConsequenceChecker.lines(e.getKey().drl(), at) + 1);
                if (exit != null) {
                    problems.add(exit);
                }
            }
            file.getFunctionImports().forEach(i -> functions.put(
                    i.getTarget().substring(i.getTarget().lastIndexOf('.') + 1), Ty.UNKNOWN));
            Map<String, Ty> globals = new HashMap<>();
            for (GlobalDescr g : file.getGlobals()) {
                globals.put(g.getIdentifier(), scope.resolve(g.getType()).orElse(Ty.UNKNOWN));
            }
            for (RuleDescr rule : file.getRules()) {
                new OneRule(e.getKey(), scope, functions, globals, rule, problems).check();
            }
        }
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return problems;
    }

    private static String pkg(PackageDescr file) {
        return file.getName() == null ? "" : file.getName();
    }

    /** The check of one rule: its conditions in order, then its consequence. */
    private static final class OneRule {
        private final RuleSource source;
        private final TypeScope scope;
        private final Map<String, Ty> functions;
        private final RuleDescr rule;
        private final List<RuleProblem> problems;
        private final Map<String, Integer> later = new HashMap<>();
        private final Map<String, Ty> bound = new LinkedHashMap<>();
        private final DrlExprParser exprParser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        private boolean failed;

        OneRule(RuleSource source, TypeScope scope, Map<String, Ty> functions, Map<String, Ty> globals, RuleDescr rule,
                List<RuleProblem> problems) {
            this.source = source;
            this.scope = scope;
            this.functions = functions;
            this.rule = rule;
            this.problems = problems;
            this.bound.putAll(globals);
        }

        void check() {
            if (rule.getLhs() == null) {
                return;
            }
            collectBindings(rule.getLhs());
            walk(rule.getLhs(), bound);
            if (!failed) {
                new ConsequenceChecker(source, scope, rule, bound, problems).check();
            }
        }

        private void report(int line, String message) {
            problems.add(source.problem(line, message));
            failed = true;
        }

        private void collectBindings(BaseDescr d) {
            if (d instanceof PatternDescr p) {
                if (p.getIdentifier() != null) {
                    later.putIfAbsent(p.getIdentifier(), source.line(p.getLine()));
                }
                for (BaseDescr c : p.getDescrs()) {
                    if (c instanceof ExprConstraintDescr e) {
                        for (String name : bindingsIn(e.getExpression())) {
                            later.putIfAbsent(name, source.line(e.getLine()));
                        }
                    }
                }
                if (p.getSource() instanceof ConditionalElementDescr ce) {
                    ce.getDescrs().forEach(this::collectBindings);
                }
            } else if (d instanceof ConditionalElementDescr ce && !(d instanceof EvalDescr)) {
                ce.getDescrs().forEach(this::collectBindings);
            }
        }

        /** Variables bound in a constraint ({@code $v : value}), read with a pattern, not a parser. */
        private static List<String> bindingsIn(String expression) {
            List<String> out = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\$?[A-Za-z_][\\w$]*)\\s*:(?!=)")
                    .matcher(expression);
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        }

        /** Walks conditions in order, binding as it goes; inner scopes ({@code not}, {@code exists}) bind locally. */
        private void walk(BaseDescr d, Map<String, Ty> scopeBindings) {
            if (failed) {
                return;
            }
            if (d instanceof PatternDescr p) {
                pattern(p, scopeBindings);
            } else if (d instanceof EvalDescr ev) {
                String content = String.valueOf(ev.getContent());
                expression(content, ev.getLine(), null, "", scopeBindings);
            } else if (d instanceof NotDescr || d instanceof ExistsDescr || d instanceof ForallDescr
                    || d instanceof OrDescr) {
                Map<String, Ty> inner = new LinkedHashMap<>(scopeBindings);
                for (BaseDescr c : ((ConditionalElementDescr) d).getDescrs()) {
                    walk(c, d instanceof OrDescr ? new LinkedHashMap<>(scopeBindings) : inner);
                }
                if (d instanceof OrDescr) {
                    // A binding made in every branch of an or stays visible; the checker keeps them all.
                    collectInto(d, scopeBindings);
                }
            } else if (d instanceof ConditionalElementDescr ce) {
                for (BaseDescr c : ce.getDescrs()) {
                    walk(c, scopeBindings);
                }
            }
        }

        private void collectInto(BaseDescr d, Map<String, Ty> into) {
            if (d instanceof PatternDescr p && p.getIdentifier() != null) {
                into.putIfAbsent(p.getIdentifier(), scope.resolve(p.getObjectType()).orElse(Ty.UNKNOWN));
            } else if (d instanceof ConditionalElementDescr ce && !(d instanceof EvalDescr)) {
                ce.getDescrs().forEach(c -> collectInto(c, into));
            }
        }

        private void pattern(PatternDescr p, Map<String, Ty> scopeBindings) {
            Ty type = patternType(p);
            if (failed) {
                return;
            }
            if (p.getSource() instanceof AccumulateDescr acc) {
                Map<String, Ty> inner = new LinkedHashMap<>(scopeBindings);
                acc.getDescrs().forEach(c -> walk(c, inner));
                type = Ty.UNKNOWN;
            }
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    constraint(e, type, p.getObjectType(), scopeBindings);
                    if (failed) {
                        return;
                    }
                }
            }
            if (p.getIdentifier() != null) {
                scopeBindings.put(p.getIdentifier(), type);
            }
        }

        private Ty patternType(PatternDescr p) {
            String name = p.getObjectType();
            if (name == null || p.isQuery()) {
                return Ty.UNKNOWN;
            }
            Optional<Ty> t = scope.resolve(name);
            if (t.isPresent()) {
                return t.get();
            }
            Optional<String> fact = TypeScope.unimportedFactClass(name);
            if (fact.isPresent()) {
                report(p.getLine(), "`" + name + "` is not imported; add `import " + fact.get() + ";` below the package line");
                return Ty.UNKNOWN;
            }
            List<String> known = scope.knownTypeNames();
            String suggestion = closest(name, known);
            List<String> all = new ArrayList<>(known);
            FactModel.TYPES.forEach(c -> {
                if (!all.contains(c.getSimpleName())) {
                    all.add(c.getSimpleName());
                }
            });
            report(p.getLine(), "`" + name + "` is not a fact type" + (suggestion == null ? "" : "; did you mean `"
                    + suggestion + "`?") + " (fact types: " + String.join(", ", all) + ")");
            return Ty.UNKNOWN;
        }

        private static String closest(String name, List<String> candidates) {
            LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (String c : candidates) {
                int d = distance.apply(name.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
                if (d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
            return bestDistance <= Math.max(2, name.length() / 3) ? best : null;
        }

        private void constraint(ExprConstraintDescr e, Ty type, String typeText, Map<String, Ty> scopeBindings) {
            String text = e.getExpression();
            ConstraintConnectiveDescr parsed;
            try {
                parsed = exprParser.parse(text);
            } catch (RuntimeException ex) {
                return;
            }
            if (parsed == null || exprParser.hasErrors()) {
                return;
            }
            Context ctx = new Context(scope, type, typeText, scopeBindings, later, functions);
            try {
                connective(parsed, ctx, text);
            } catch (Mistake m) {
                report(lineOf(e.getLine(), text, m.offset), m.getMessage());
            }
        }

        private void connective(BaseDescr d, Context ctx, String text) {
            if (d instanceof ConstraintConnectiveDescr cc) {
                for (BaseDescr c : cc.getDescrs()) {
                    connective(c, ctx, text);
                }
            } else if (d instanceof RelationalExprDescr r) {
                relational(r, ctx, text);
            } else if (d instanceof BindingDescr b) {
                bind(b, ctx, text);
            } else if (d instanceof AtomicExprDescr a) {
                atom(a.getExpression(), ctx, text);
            }
        }

        private Operand bind(BindingDescr b, Context ctx, String text) {
            Operand o = atom(b.getExpression(), ctx, text);
            if (!b.isUnification()) {
                ctx.bound().put(b.getVariable(), o.type());
            }
            return o;
        }

        private void relational(RelationalExprDescr r, Context ctx, String text) {
            Operand left = r.getLeft() instanceof BindingDescr b ? bind(b, ctx, text) : operand(r.getLeft(), ctx, text);
            Operand right = operand(r.getRight(), ctx, text);
            String op = r.getOperator();
            int at = Math.max(0, text.indexOf(left.text()));
            switch (op) {
                case "==", "!=", "<", ">", "<=", ">=" -> Comparisons.check(ctx, left, op, right, at);
                case "str" -> throw new Mistake("`str[" + String.join(",", r.getParameters() == null ? List.of()
                        : r.getParameters()) + "]` makes Drools 10.2 fail once the constraint has run 20 times "
                        + "(NoSuchMethodError in EvaluatorHelper); write `" + left.text() + ".startsWith(\"...\")`, "
                        + "`.endsWith(...)` or `matches`", at);
                case "matches", "soundslike" -> {
                    if (left.type().cls() != null && left.type().cls() != String.class) {
                        throw new Mistake("`" + left.text() + "` is " + FactModel.withArticle(left.type().cls())
                                + "; `" + op + "` compares text", at);
                    }
                }
                default -> {
                    // contains, memberOf, temporal operators: left to Drools
                }
            }
        }

        private Operand operand(BaseDescr d, Context ctx, String text) {
            if (d instanceof AtomicExprDescr a) {
                return atom(a.getExpression(), ctx, text);
            }
            return Operand.of(Ty.UNKNOWN, "");
        }

        private Operand atom(String expression, Context ctx, String text) {
            String e = expression.strip();
            if (e.startsWith("eval(") || e.startsWith("eval (")) {
                e = e.substring(e.indexOf('(') + 1, e.lastIndexOf(')'));
            }
            int base = Math.max(0, text.indexOf(e));
            try {
                return Expressions.type(ctx, e);
            } catch (Mistake m) {
                throw new Mistake(m.getMessage(), base + m.offset);
            }
        }

        private void expression(String text, int line, Ty type, String typeText, Map<String, Ty> scopeBindings) {
            Context ctx = new Context(scope, type, typeText, scopeBindings, later, functions);
            try {
                Expressions.type(ctx, text);
            } catch (Mistake m) {
                report(lineOf(line, text, m.offset), m.getMessage());
            }
        }

        private static int lineOf(int first, String text, int offset) {
            int line = first;
            for (int i = 0; i < Math.min(offset, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
