package org.crosscheck.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.fact.FactModel;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;

/**
 * The types one rule file can name: its imports, java.lang, and the types declared in its package (by any file).
 * Resolves a name to a {@link Ty} and a field of a type to the field's type, the way Drools reads {@code a.b}:
 * a record component, a getter or a no-argument method.
 */
final class TypeScope {
    /** The package whose classes a missing import most likely meant. */
    static final String FACT_PACKAGE = "org.crosscheck.fact";

    /** A type as the checker knows it: a Java class or a DRL-declared type; {@link #UNKNOWN} checks nothing. */
    record Ty(String name, Class<?> cls, Map<String, String> declared) {
        static final Ty UNKNOWN = new Ty("?", null, null);
        static final Ty NULL = new Ty("null", null, null);

        static Ty of(Class<?> cls) {
            return cls == null || cls == Object.class ? UNKNOWN : new Ty(cls.getSimpleName(), cls, null);
        }

        boolean known() {
            return cls != null || declared != null;
        }
    }

    private final String pkg;
    private final List<String> imports = new ArrayList<>();
    private final Map<String, Map<String, String>> declaredTypes;
    private final Map<String, Ty> cache = new LinkedHashMap<>();

    TypeScope(PackageDescr file, Map<String, Map<String, String>> declaredInPackage) {
        this.pkg = file.getName() == null ? "" : file.getName();
        for (ImportDescr i : file.getImports()) {
            imports.add(i.getTarget());
        }
        this.declaredTypes = declaredInPackage;
    }

    /** The declared types of a parsed file: name to (field to type name), in declaration order. */
    static void collectDeclared(PackageDescr file, Map<String, Map<String, String>> into) {
        for (TypeDeclarationDescr t : file.getTypeDeclarations()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (TypeFieldDescr f : t.getFields().values()) {
                fields.put(f.getFieldName(), f.getPattern() == null ? "" : f.getPattern().getObjectType());
            }
            into.put(t.getTypeName(), fields);
        }
    }

    /** The type a name denotes here, if any. */
    Optional<Ty> resolve(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Ty cached = cache.get(name);
        if (cached != null) {
            return Optional.of(cached);
        }
        Ty found = lookup(name);
        if (found != null) {
            cache.put(name, found);
        }
        return Optional.ofNullable(found);
    }

    private Ty lookup(String name) {
        if (declaredTypes.containsKey(name)) {
            return new Ty(name, null, declaredTypes.get(name));
        }
        Class<?> primitive = primitive(name);
        if (primitive != null) {
            return Ty.of(primitive);
        }
        if (name.contains(".")) {
            Class<?> c = load(name);
            return c == null ? null : Ty.of(c);
        }
        for (String target : imports) {
            if (target.endsWith("." + name)) {
                Class<?> c = load(target);
                if (c != null) {
                    return Ty.of(c);
                }
            }
        }
        for (String target : imports) {
            if (target.endsWith(".*")) {
                Class<?> c = load(target.substring(0, target.length() - 1) + name);
                if (c != null) {
                    return Ty.of(c);
                }
            }
        }
        Class<?> c = load("java.lang." + name);
        if (c == null && !pkg.isEmpty()) {
            c = load(pkg + "." + name);
        }
        return c == null ? null : Ty.of(c);
    }

    /** The fully qualified name of a fact class the file forgot to import, if the name is one. */
    static Optional<String> unimportedFactClass(String name) {
        Class<?> c = load(FACT_PACKAGE + "." + name);
        return c == null ? Optional.empty() : Optional.of(c.getName());
    }

    /** The names a misspelled type may have meant: imported fact types and declared types. */
    List<String> knownTypeNames() {
        List<String> names = new ArrayList<>(declaredTypes.keySet());
        for (Class<?> c : FactModel.TYPES) {
            if (resolve(c.getSimpleName()).map(t -> t.cls() == c).orElse(false)) {
                names.add(c.getSimpleName());
            }
        }
        return names;
    }

    /** The type of field {@code name} of {@code owner}: empty when it has none; UNKNOWN when it cannot be told. */
    Optional<Ty> field(Ty owner, String name) {
        if (owner.declared() != null) {
            String type = owner.declared().get(name);
            return type == null ? Optional.empty() : Optional.of(resolve(type).orElse(Ty.UNKNOWN));
        }
        Class<?> c = owner.cls();
        if (c == null) {
            return Optional.of(Ty.UNKNOWN);
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                if (rc.getName().equals(name)) {
                    return Optional.of(Ty.of(rc.getType()));
                }
            }
        }
        String cap = name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        for (String candidate : List.of(name, "get" + cap, "is" + cap)) {
            try {
                Method m = c.getMethod(candidate);
                if (!Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
                    return Optional.of(Ty.of(m.getReturnType()));
                }
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        try {
            return Optional.of(Ty.of(c.getField(name).getType()));
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        }
    }

    /** The fields a message lists for a type: the documented ones of a fact type, else its components. */
    String fieldList(Ty owner) {
        if (owner.declared() != null) {
            return String.join(", ", owner.declared().keySet());
        }
        Class<?> c = owner.cls();
        Optional<FactModel.Type> documented = FactModel.of(c);
        if (documented.isPresent()) {
            return documented.get().fieldList();
        }
        if (c.isRecord()) {
            List<String> names = new ArrayList<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                names.add(rc.getName());
            }
            return String.join(", ", names);
        }
        return "";
    }

    private static Class<?> primitive(String name) {
        return switch (name) {
            case "int" -> int.class;
            case "long" -> long.class;
            case "double" -> double.class;
            case "float" -> float.class;
            case "boolean" -> boolean.class;
            case "short" -> short.class;
            case "byte" -> byte.class;
            case "char" -> char.class;
            default -> null;
        };
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TypeScope.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // A nested class is written Outer.Inner in DRL and named Outer$Inner by the JVM.
            int dot = name.lastIndexOf('.');
            if (dot > 0 && Character.isUpperCase(name.charAt(name.lastIndexOf('.', dot - 1) + 1))) {
                try {
                    return Class.forName(name.substring(0, dot) + "$" + name.substring(dot + 1), false,
                            TypeScope.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e2) {
                    return null;
                }
            }
            return null;
        }
    }
}
