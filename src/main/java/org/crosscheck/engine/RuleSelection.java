package org.crosscheck.engine;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.crosscheck.CrosscheckException;

/** The rules {@code --rule NAME|GLOB} selects: names matched whole, {@code *} any text, {@code ?} one character. */
public final class RuleSelection {
    private RuleSelection() {
    }

    /** The selection, or null for every rule; a glob that matches no rule is a usage error. */
    public static Predicate<String> of(String nameOrGlob, RuleBase rules) {
        if (nameOrGlob == null) {
            return null;
        }
        Pattern glob = glob(nameOrGlob);
        Predicate<String> wanted = name -> glob.matcher(name).matches();
        if (rules.rules().stream().noneMatch(r -> wanted.test(r.name()))) {
            throw new CrosscheckException("--rule", "'" + nameOrGlob + "' matches no rule; rule names are the rule "
                    + "declarations of " + String.join(", ", rules.files()) + " (use * for any text)",
                    CrosscheckException.USAGE);
        }
        return wanted;
    }

    /** A glob as a pattern matched against whole names, case ignored. */
    public static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
