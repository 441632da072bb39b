package org.crosscheck.fact;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What rules can see of the facts, read from the records and their {@link FactField} annotations: the fact types,
 * each field with its type and an example. The rule checker names fields from it and rules/README.md's fact-model
 * reference is generated from it, so both follow the code.
 */
public final class FactModel {
    /** The records rules match or read, in the order the reference lists them. */
    public static final List<Class<?>> TYPES = List.of(Claim.class, TimeSpan.class, SourceInfo.class, Within.class,
            Finding.class);
    /** The enums rules use in consequences. */
    public static final List<Class<? extends Enum<?>>> ENUMS = List.of(Verdict.class, Severity.class);

    /**
     * One field of a fact type.
     *
     * @param derived true for a method computed from the components ({@code time.year}), false for a component
     */
    public record Field(String name, Class<?> type, String meaning, String example, boolean derived) {
    }

    /** A fact type with its fields: components first, in declaration order, then the derived fields by name. */
    public record Type(Class<?> type, String meaning, List<Field> fields) {
        public Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }

        /** The field names as a message lists them. */
        public String fieldList() {
            return fields.stream().map(Field::name).collect(Collectors.joining(", "));
        }
    }

    private FactModel() {
    }

    /** Every documented fact type. */
    public static List<Type> types() {
        return TYPES.stream().map(FactModel::describe).toList();
    }

    /** The documented fact type of a class, if it is one. */
    public static Optional<Type> of(Class<?> type) {
        return TYPES.contains(type) ? Optional.of(describe(type)) : Optional.empty();
    }

    /** Record components without a {@link FactField}: each must be documented before rules can rely on it. */
    public static List<String> undocumented() {
        List<String> out = new ArrayList<>();
        for (Class<?> type : TYPES) {
            if (type.getAnnotation(FactField.class) == null) {
                out.add(type.getSimpleName());
            }
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getAnnotation(FactField.class) == null) {
                    out.add(type.getSimpleName() + "." + c.getName());
                }
            }
        }
        return out;
    }

    private static Type describe(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            FactField doc = c.getAnnotation(FactField.class);
            fields.add(new Field(c.getName(), c.getType(), doc == null ? "" : doc.value(),
                    doc == null ? "" : doc.example(), false));
        }
        List<Method> derived = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() == 0 && m.isAnnotationPresent(FactField.class)
                        && fields.stream().noneMatch(f -> f.name().equals(m.getName())))
                .sorted(Comparator.comparing(Method::getName))
                .toList();
        for (Method m : derived) {
            FactField doc = m.getAnnotation(FactField.class);
            fields.add(new Field(m.getName(), m.getReturnType(), doc.value(), doc.example(), true));
        }
        FactField doc = type.getAnnotation(FactField.class);
        return new Type(type, doc == null ? "" : doc.value(), List.copyOf(fields));
    }

    /** A type in a rule author's words: text, number, whole number, boolean, date, or the class name. */
    public static String typeName(Class<?> type) {
        if (type == String.class || type == char.class || type == Character.class) {
            return "text";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == java.math.BigDecimal.class) {
            return "number";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class) {
            return "whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        return type.getSimpleName();
    }

    /** {@link #typeName} with its article, as a sentence uses it: "a number", "text", "a Claim". */
    public static String withArticle(Class<?> type) {
        String name = typeName(type);
        return name.equals("text") ? name : ("aeiou".indexOf(name.toLowerCase(Locale.ROOT).charAt(0)) >= 0 ? "an " : "a ")
                + name;
    }

    /** The fact-model reference of rules/README.md, in Markdown. */
    public static String reference() {
        StringBuilder out = new StringBuilder();
        for (Type t : types()) {
            out.append("**`").append(t.type().getSimpleName()).append("`**: ").append(t.meaning()).append(".\n\n");
            out.append("| field | type | example | meaning |\n|---|---|---|---|\n");
            for (Field f : t.fields()) {
                out.append("| `").append(f.name()).append("` | ").append(typeName(f.type()))
                        .append(f.derived() ? " (derived)" : "").append(" | ")
                        .append(f.example().isEmpty() ? "" : "`" + cell(f.example()) + "`").append(" | ")
                        .append(cell(f.meaning())).append(" |\n");
            }
            out.append('\n');
        }
        for (Class<? extends Enum<?>> e : ENUMS) {
            out.append("**`").append(e.getSimpleName()).append("`**: ")
                    .append(Arrays.stream(e.getEnumConstants()).map(c -> "`" + e.getSimpleName() + "." + c.name() + "`")
                            .collect(Collectors.joining(", ")))
                    .append(".\n\n");
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
