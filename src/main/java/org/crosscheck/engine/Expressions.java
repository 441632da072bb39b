package org.crosscheck.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crosscheck.engine.TypeScope.Ty;

/**
 * Types the expressions of a rule's conditions (field paths, bindings, literals, method and function calls,
 * arithmetic, comparisons) and reports the first mistake in a rule author's terms. Anything it cannot read is
 * left to Drools: an expression of unknown type is never an error.
 */
final class Expressions {

    /** The first mistake of an expression, with its offset in the expression text. */
    static final class Mistake extends RuntimeException {
        final int offset;

        Mistake(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    /**
     * What names mean where the expression stands.
     *
     * @param pattern   the pattern's type, whose fields bare names read; null in an {@code eval}
     * @param bound     bindings visible here
     * @param later     every binding of the rule with its line, to tell "bound later" from "never bound"
     * @param functions functions declared with {@code function} or imported, to their return type
     */
    record Context(TypeScope scope, Ty pattern, String patternText, Map<String, Ty> bound, Map<String, Integer> later,
                   Map<String, Ty> functions) {
    }

    /** A typed operand: its type, its source text and, for a literal, its value. */
    record Operand(Ty type, String text, Object literal, boolean isLiteral) {
        static Operand of(Ty type, String text) {
            return new Operand(type, text, null, false);
        }
    }

    private final Context ctx;
    private final String src;
    private final List<Token> tokens;
    private int pos;

    private record Token(String kind, String text, int offset) {
    }

    private Expressions(Context ctx, String src) {
        this.ctx = ctx;
        this.src = src;
        this.tokens = tokenize(src);
    }

    /** The operand an expression denotes; throws {@link Mistake} for the first error found. */
    static Operand type(Context ctx, String expression) {
        Expressions e = new Expressions(ctx, expression);
        if (e.tokens == null) {
            return Operand.of(Ty.UNKNOWN, expression.strip());
        }
        try {
            Operand o = e.expression();
            return e.peek("eof") ? o : Operand.of(Ty.UNKNOWN, expression.strip());
        } catch (Unreadable u) {
            return Operand.of(Ty.UNKNOWN, expression.strip());
        }
    }

    /** Syntax the typer does not read: the expression is left to Drools. */
    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    // ---- grammar: or > and > equality > relational > additive > multiplicative > unary > postfix > primary ----

    private Operand expression() {
        Operand left = and();
        while (accept("||")) {
            and();
            left = bool(left);
        }
        return left;
    }

    private Operand and() {
        Operand left = equality();
        while (accept("&&")) {
            equality();
            left = bool(left);
        }
        return left;
    }

    private Operand equality() {
        Operand left = relational();
        while (peek("==") || peek("!=")) {
            Token op = next();
            Operand right = relational();
            Comparisons.check(ctx, left, op.text(), right, op.offset());
            left = bool(left);
        }
        return left;
    }

    private Operand relational() {
        Operand left = additive();
        while (peek("<") || peek(">") || peek("<=") || peek(">=") || peekWord("instanceof")) {
            Token op = next();
            if (op.text().equals("instanceof")) {
                qualifiedName();
            } else {
                Operand right = additive();
                Comparisons.check(ctx, left, op.text(), right, op.offset());
            }
            left = bool(left);
        }
        return left;
    }

    private Operand additive() {
        Operand left = multiplicative();
        while (peek("+") || peek("-")) {
            Token op = next();
            Operand right = multiplicative();
            boolean text = isText(left) || isText(right);
            left = Operand.of(text && op.text().equals("+") ? Ty.of(String.class)
                    : numeric(left) && numeric(right) ? Ty.of(double.class) : Ty.UNKNOWN, left.text() + " + ...");
        }
        return left;
    }

    private Operand multiplicative() {
        Operand left = unary();
        while (peek("*") || peek("/") || peek("%")) {
            next();
            Operand right = unary();
            left = Operand.of(numeric(left) && numeric(right) ? Ty.of(double.class) : Ty.UNKNOWN, left.text());
        }
        return left;
    }

    private Operand unary() {
        if (accept("!")) {
            Operand o = unary();
            return Operand.of(Ty.of(boolean.class), "!" + o.text());
        }
        if (peek("-") || peek("+")) {
            Token sign = next();
            Operand o = unary();
            if (o.isLiteral() && o.literal() instanceof Double d) {
                double v = sign.text().equals("-") ? -d : d;
                return new Operand(o.type(), sign.text() + o.text(), v, true);
            }
            return Operand.of(o.type(), sign.text() + o.text());
        }
        return postfix(primary());
    }

    private Operand primary() {
        Token t = next();
        switch (t.kind()) {
            case "string":
                return new Operand(Ty.of(String.class), t.text(), unquote(t.text()), true);
            case "number":
                return new Operand(Ty.of(t.text().matches("\\d+[lL]?") ? int.class : double.class), t.text(),
                        parseNumber(t.text()), true);
            case "(": {
                Operand inner = expression();
                expect(")");
                return Operand.of(inner.type(), "(" + inner.text() + ")");
            }
            case "word":
                return word(t);
            default:
                throw new Unreadable();
        }
    }

    private Operand word(Token t) {
        String w = t.text();
        switch (w) {
            case "true", "false":
                return new Operand(Ty.of(boolean.class), w, Boolean.parseBoolean(w), true);
            case "null":
                return new Operand(Ty.NULL, w, null, true);
            case "this":
                return Operand.of(ctx.pattern() == null ? Ty.UNKNOWN : ctx.pattern(), w);
            case "new": {
                String name = qualifiedName();
                if (peek("(")) {
                    args();
                }
                Optional<Ty> type = ctx.scope().resolve(name);
                return Operand.of(type.orElse(Ty.UNKNOWN), "new " + name + "(...)");
            }
            default:
                break;
        }
        if (peek("(")) {
            List<Operand> args = args();
            return call(t, args);
        }
        if (w.startsWith("$") || ctx.bound().containsKey(w)) {
            Ty bound = ctx.bound().get(w);
            if (bound != null) {
                return Operand.of(bound, w);
            }
            if (!w.startsWith("$")) {
                return Operand.of(Ty.UNKNOWN, w);
            }
            Integer line = ctx.later().get(w);
            if (line != null) {
                throw new Mistake("`" + w + "` is used before it is bound (it is bound on line " + line
                        + "); patterns are matched in order, so bind it in an earlier pattern", t.offset());
            }
            throw new Mistake("`" + w + "` is not bound; bind it in an earlier pattern (`" + w + " : value`)",
                    t.offset());
        }
        if (ctx.pattern() != null && ctx.pattern().known()) {
            Optional<Ty> f = ctx.scope().field(ctx.pattern(), w);
            if (f.isPresent()) {
                return Operand.of(f.get(), w);
            }
        }
        Optional<Ty> type = ctx.scope().resolve(w);
        if (type.isPresent() && Character.isUpperCase(w.charAt(0))) {
            return Operand.of(new Ty(type.get().name(), type.get().cls(), type.get().declared()), w);
        }
        if (ctx.pattern() != null && ctx.pattern().known() && Character.isLowerCase(w.charAt(0))) {
            throw unknownField(ctx.pattern(), w, t.offset());
        }
        return Operand.of(Ty.UNKNOWN, w);
    }

    /** A bare call: a method of the pattern's type, a DRL function, or an unknown function. */
    private Operand call(Token name, List<Operand> args) {
        String w = name.text();
        if (ctx.functions().containsKey(w)) {
            return Operand.of(ctx.functions().get(w), w + "(...)");
        }
        if (ctx.pattern() != null && ctx.pattern().cls() != null) {
            List<Method> methods = methods(ctx.pattern().cls(), w, false);
            if (!methods.isEmpty()) {
                return Operand.of(returnType(methods, args.size(), ctx.pattern().name(), w, name.offset()), w + "(...)");
            }
        }
        if (ctx.pattern() != null && ctx.pattern().cls() == null) {
            return Operand.of(Ty.UNKNOWN, w + "(...)");
        }
        throw new Mistake("`" + w + "` is not a function rules can call; call a helper on its class (`"
                + "Quantities.conflict($a, $b)`, `Stages.of($a)`, see rules/README.md) or declare it with `function`",
                name.offset());
    }

    private Operand postfix(Operand target) {
        Operand current = target;
        while (true) {
            if (accept(".") || accept("?.") || accept("!.")) {
                Token member = next();
                if (!member.kind().equals("word")) {
                    throw new Unreadable();
                }
                if (peek("(")) {
                    List<Operand> args = args();
                    current = method(current, member, args);
                } else {
                    current = member(current, member);
                }
            } else if (peek("[")) {
                next();
                expression();
                expect("]");
                current = Operand.of(Ty.UNKNOWN, current.text() + "[...]");
            } else {
                return current;
            }
        }
    }

    private Operand member(Operand owner, Token member) {
        String path = owner.text() + "." + member.text();
        Ty t = owner.type();
        if (!t.known()) {
            return Operand.of(Ty.UNKNOWN, path);
        }
        boolean isClass = t.cls() != null && Character.isUpperCase(owner.text().charAt(0))
                && owner.text().equals(t.name());
        if (isClass) {
            if (t.cls().isEnum()) {
                String names = Arrays.stream(t.cls().getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.joining(", "));
                if (Arrays.stream(t.cls().getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(member.text()))) {
                    throw new Mistake("`" + path + "` is not a " + t.name() + "; use one of " + names, member.offset());
                }
                return Operand.of(t, path);
            }
            try {
                return Operand.of(Ty.of(t.cls().getField(member.text()).getType()), path);
            } catch (NoSuchFieldException e) {
                return Operand.of(Ty.UNKNOWN, path);
            }
        }
        Optional<Ty> f = ctx.scope().field(t, member.text());
        if (f.isEmpty()) {
            throw unknownField(t, member.text(), member.offset());
        }
        return Operand.of(f.get(), path);
    }

    private Operand method(Operand owner, Token member, List<Operand> args) {
        String path = owner.text() + "." + member.text();
        Ty t = owner.type();
        if (t.cls() == null) {
            return Operand.of(Ty.UNKNOWN, path + "(...)");
        }
        boolean isClass = Character.isUpperCase(owner.text().charAt(0)) && owner.text().equals(t.name());
        List<Method> methods = methods(t.cls(), member.text(), isClass);
        if (methods.isEmpty()) {
            if (isClass) {
                List<String> statics = Arrays.stream(t.cls().getMethods())
                        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == t.cls())
                        .map(Method::getName).distinct().sorted().toList();
                throw new Mistake("`" + path + "` is not a function of " + t.name()
                        + (statics.isEmpty() ? "" : "; its functions are " + String.join(", ", statics)), member.offset());
            }
            if (args.isEmpty() && Comparisons.isFact(t)) {
                throw unknownField(t, member.text(), member.offset());
            }
            throw new Mistake("`" + member.text() + "` is not a method of " + t.name(), member.offset());
        }
        return Operand.of(returnType(methods, args.size(), t.name(), member.text(), member.offset()), path + "(...)");
    }

    private Ty returnType(List<Method> methods, int arity, String owner, String name, int offset) {
        List<Method> fitting = methods.stream().filter(m -> m.getParameterCount() == arity || m.isVarArgs()).toList();
        if (fitting.isEmpty()) {
            String expected = methods.stream().map(m -> Integer.toString(m.getParameterCount())).distinct().sorted()
                    .collect(Collectors.joining(" or "));
            Method first = methods.get(0);
            throw new Mistake("`" + owner + "." + name + "` takes " + expected + " argument"
                    + (expected.equals("1") ? "" : "s") + " (" + parameters(first) + "), not " + arity, offset);
        }
        Class<?> r = fitting.get(0).getReturnType();
        for (Method m : fitting) {
            if (m.getReturnType() != r) {
                return Ty.UNKNOWN;
            }
        }
        return Ty.of(r);
    }

    /** A method's parameters as a reader writes them: names where compiled with them, else types. */
    static String parameters(Method m) {
        return Arrays.stream(m.getParameters())
                .map(p -> p.isNamePresent() ? p.getName() : Comparisons.simple(p.getType()))
                .collect(Collectors.joining(", "));
    }

    private static List<Method> methods(Class<?> c, String name, boolean statics) {
        List<Method> out = new ArrayList<>();
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name) && (!statics || Modifier.isStatic(m.getModifiers()))) {
                out.add(m);
            }
        }
        return out;
    }

    private Mistake unknownField(Ty type, String name, int offset) {
        String fields = ctx.scope().fieldList(type);
        return new Mistake("`" + name + "` is not a field of " + type.name()
                + (fields.isEmpty() ? "" : "; its fields are " + fields), offset);
    }

    private List<Operand> args() {
        expect("(");
        List<Operand> out = new ArrayList<>();
        if (accept(")")) {
            return out;
        }
        do {
            out.add(expression());
        } while (accept(","));
        expect(")");
        return out;
    }

    private String qualifiedName() {
        StringBuilder name = new StringBuilder(expectWord());
        while (peek(".") && pos + 1 < tokens.size() && tokens.get(pos + 1).kind().equals("word")) {
            next();
            name.append('.').append(next().text());
        }
        return name.toString();
    }

    // ---- helpers ----

    private static Operand bool(Operand from) {
        return Operand.of(Ty.of(boolean.class), from.text());
    }

    static boolean isText(Operand o) {
        return o.type().cls() == String.class;
    }

    static boolean numeric(Operand o) {
        String n = o.type().cls() == null ? "" : Comparisons.kind(o.type().cls());
        return n.equals("number");
    }

    private static Object parseNumber(String text) {
        try {
            return Double.parseDouble(text.replaceAll("[lLdDfF]$", "").replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1).replace("\\\"", "\"").replace("\\'", "'")
                .replace("\\\\", "\\");
    }

    private boolean peek(String kind) {
        Token t = tokens.get(pos);
        return t.kind().equals(kind);
    }

    private boolean peekWord(String word) {
        Token t = tokens.get(pos);
        return t.kind().equals("word") && t.text().equals(word);
    }

    private boolean accept(String kind) {
        if (peek(kind)) {
            pos++;
            return true;
        }
        return false;
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (!t.kind().equals("eof")) {
            pos++;
        }
        return t;
    }

    private void expect(String kind) {
        if (!accept(kind)) {
            throw new Unreadable();
        }
    }

    private String expectWord() {
        Token t = next();
        if (!t.kind().equals("word")) {
            throw new Unreadable();
        }
        return t.text();
    }

    /** Tokens of the expression, or null when it holds something the typer does not read. */
    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                if (j >= s.length()) {
                    return null;
                }
                out.add(new Token("string", s.substring(i, j + 1), i));
                i = j + 1;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.'
                        || s.charAt(j) == '_')) {
                    j++;
                }
                out.add(new Token("number", s.substring(i, j), i));
                i = j;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
                    j++;
                }
                out.add(new Token("word", s.substring(i, j), i));
                i = j;
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                if (List.of("==", "!=", "<=", ">=", "&&", "||", "?.", "!.").contains(two)) {
                    out.add(new Token(two, two, i));
                    i += 2;
                } else if ("()[],.+-*/%<>!".indexOf(c) >= 0) {
                    out.add(new Token(String.valueOf(c), String.valueOf(c), i));
                    i++;
                } else {
                    return null;
                }
            }
        }
        out.add(new Token("eof", "", s.length()));
        return out;
    }
}
