package org.crosscheck.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.crosscheck.engine.Expressions.Mistake;
import org.crosscheck.engine.Expressions.Operand;
import org.crosscheck.engine.TypeScope.Ty;
import org.crosscheck.fact.FactModel;
import org.crosscheck.fact.TimeSpan;

/**
 * Comparisons that Drools would accept and then never match, or reject with a message about Java types: a number
 * against text, a boolean against a word, a date against a year. Each mistake is explained in the rule author's
 * terms, with the comparison they most likely meant.
 */
final class Comparisons {
    private Comparisons() {
    }

    /** Kinds of value that compare with each other: number, text, boolean, date, enum, or the class name. */
    static String kind(Class<?> c) {
        if (c.isEnum()) {
            return "enum";
        }
        String name = FactModel.typeName(c);
        return name.equals("whole number") ? "number" : name;
    }

    static String simple(Class<?> c) {
        return FactModel.typeName(c);
    }

    static boolean isFact(Ty t) {
        return t.cls() != null && FactModel.TYPES.contains(t.cls());
    }

    /** Throws a {@link Mistake} when {@code left op right} compares values that cannot be compared. */
    static void check(Expressions.Context ctx, Operand left, String op, Operand right, int offset) {
        if (left.isLiteral() && !right.isLiteral()) {
            check(ctx, right, flip(op), left, offset);
            return;
        }
        Ty l = left.type();
        Ty r = right.type();
        if (l == Ty.NULL || r == Ty.NULL) {
            Ty other = l == Ty.NULL ? r : l;
            Operand o = l == Ty.NULL ? right : left;
            if (other.cls() != null && other.cls().isPrimitive()) {
                String hint = other.cls() == double.class ? "; a missing number is NaN: test it with `Double.isNaN("
                        + o.text() + ")`" : "";
                throw new Mistake("`" + o.text() + "` is " + FactModel.withArticle(other.cls()) + " and never null"
                        + hint, offset);
            }
            return;
        }
        if (l.cls() == null || r.cls() == null) {
            return;
        }
        String lk = kind(l.cls());
        String rk = kind(r.cls());
        boolean ordering = op.equals("<") || op.equals(">") || op.equals("<=") || op.equals(">=");
        if (lk.equals("boolean") && (ordering || !rk.equals("boolean"))) {
            throw new Mistake("`" + left.text() + "` is a boolean; compare it with true or false", offset);
        }
        if (lk.equals(rk)) {
            return;
        }
        switch (lk) {
            case "number" -> number(left, op, right, rk, offset);
            case "text" -> text(left, op, right, rk, offset);
            case "date" -> date(left, op, right, rk, offset);
            case "enum" -> enumeration(left, right, rk, l.cls(), offset);
            case "TimeSpan" -> throw new Mistake("`" + left.text() + "` is a TimeSpan (" + String.join(", ",
                    FactModel.of(TimeSpan.class).orElseThrow().fieldList()) + "); compare `" + left.text()
                    + ".value` with text, `" + left.text() + ".start` with a date or `" + left.text()
                    + ".year` with a number", offset);
            default -> {
                if (isFact(l) && right.isLiteral()) {
                    throw new Mistake("`" + left.text() + "` is " + FactModel.withArticle(l.cls())
                            + "; compare one of its fields (" + left.text() + "."
                            + FactModel.of(l.cls()).orElseThrow().fields().get(0).name() + ")", offset);
                }
            }
        }
    }

    private static void number(Operand left, String op, Operand right, String rk, int offset) {
        String is = "`" + left.text() + "` is a number";
        if (rk.equals("text") && right.isLiteral()) {
            String text = String.valueOf(right.literal()).strip();
            if (text.matches("-?\\d+(\\.\\d+)?")) {
                throw new Mistake(is + "; write `" + left.text() + " " + op + " " + text + "` without the quotes", offset);
            }
            throw new Mistake(is + "; compare it with a number (`" + left.text() + " " + op + " 1000`), not with the text "
                    + right.text(), offset);
        }
        if (rk.equals("text")) {
            throw new Mistake(is + " and `" + right.text() + "` is text; read the text as a number with "
                    + "`Double.parseDouble(" + right.text() + ")` or compare `number` with `number`", offset);
        }
        throw new Mistake(is + "; compare it with a number, not with " + describe(right, rk), offset);
    }

    private static void text(Operand left, String op, Operand right, String rk, int offset) {
        String is = "`" + left.text() + "` is text";
        if (rk.equals("number") && right.isLiteral()) {
            throw new Mistake(is + "; compare it with text in quotes (`" + left.text() + " " + op + " \"" + right.text()
                    + "\"`), or compare `number` for quantities", offset);
        }
        if (rk.equals("enum")) {
            return;
        }
        throw new Mistake(is + "; compare it with text, not with " + describe(right, rk), offset);
    }

    private static void date(Operand left, String op, Operand right, String rk, int offset) {
        String is = "`" + left.text() + "` is a date";
        if (rk.equals("number")) {
            String year = right.isLiteral() ? right.text() : right.text();
            throw new Mistake(is + "; write `" + left.text() + " " + op + " LocalDate.of(" + year + ", 1, 1)` or use `"
                    + yearPath(left.text()) + "`", offset);
        }
        if (rk.equals("text") && right.isLiteral()) {
            String text = String.valueOf(right.literal());
            try {
                LocalDate.parse(text);
                throw new Mistake(is + "; write `" + left.text() + " " + op + " LocalDate.parse(" + right.text() + ")`",
                        offset);
            } catch (DateTimeParseException e) {
                throw new Mistake(is + "; compare it with a date such as `LocalDate.of(2019, 1, 1)`, not with "
                        + right.text(), offset);
            }
        }
        throw new Mistake(is + "; compare it with a date such as `LocalDate.of(2019, 1, 1)`, not with "
                + describe(right, rk), offset);
    }

    private static void enumeration(Operand left, Operand right, String rk, Class<?> type, int offset) {
        String names = Arrays.stream(type.getEnumConstants()).map(c -> type.getSimpleName() + "." + ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        if (rk.equals("text") && right.isLiteral()) {
            String text = String.valueOf(right.literal());
            if (Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(text))) {
                return;
            }
        }
        throw new Mistake("`" + left.text() + "` is a " + type.getSimpleName() + "; compare it with " + names, offset);
    }

    /** {@code time.start} becomes {@code time.year}: the TimeSpan's year, a number. */
    private static String yearPath(String datePath) {
        int dot = datePath.lastIndexOf('.');
        String last = dot < 0 ? datePath : datePath.substring(dot + 1);
        if (last.equals("start") || last.equals("end") || last.equals("start()") || last.equals("end()")) {
            return dot < 0 ? "year" : datePath.substring(0, dot) + ".year";
        }
        return datePath + ".year";
    }

    private static String describe(Operand o, String kind) {
        if (o.isLiteral() && kind.equals("boolean")) {
            return "true or false";
        }
        if (o.isLiteral()) {
            return o.text();
        }
        return "`" + o.text() + "` (" + (kind.equals("enum") ? "a " + o.type().name() : kind.equals("text") ? "text"
                : "a " + kind) + ")";
    }

    private static String flip(String op) {
        return switch (op) {
            case "<" -> ">";
            case ">" -> "<";
            case "<=" -> ">=";
            case ">=" -> "<=";
            default -> op;
        };
    }
}
