package org.crosscheck.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.WordSenses;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * The vocabulary of quantities: what a number counts ({@code count_units.csv}), what happened to what it counts
 * ({@code count_states.csv}, and {@code role_senses.csv} read through WordNet for verbs no table lists), units of
 * measure and time ({@code measures.csv}) and the words that qualify a number ({@code qualifiers.csv}). Immutable
 * after construction apart from per-word caches, so shared by all threads.
 */
public final class QuantityLexicon {
    /** What a noun counts. {@code refinable}: YES, TALLY or NO (see {@code count_units.csv}). */
    public record Unit(String unit, boolean tally, String refinable) {
    }

    /** A role a state word gives: "killed" gives dead. */
    public record Role(String role, boolean tally) {
    }

    /** A unit of measure or time: its unit, how many of it one written word makes, and whether it is a duration. */
    public record Measure(String unit, double factor, boolean duration) {
    }

    /** A qualifier of a number ("at least": AT_LEAST) and where it is written. */
    public record Qualifier(String qualifier, boolean before) {
    }

    /** The currencies a form may mean: by country key ("" for the reading when no country decides). */
    public record Currency(Map<String, String> byCountry) {
        /** The ISO code for an article whose most named of these countries is {@code country} (may be empty). */
        public String iso(String country) {
            String iso = byCountry.get(country);
            return iso != null ? iso : byCountry.getOrDefault("", byCountry.values().iterator().next());
        }

        /** Whether the form means different currencies in different countries. */
        public boolean ambiguous() {
            return new HashSet<>(byCountry.values()).size() > 1;
        }
    }

    private static final Set<String> QUALIFIERS = Set.of("ABOUT", "ALMOST", "UP_TO", "UNDER", "AT_LEAST", "OVER",
            "EXACT", "EACH", "TOTAL", "PART");
    /** Share of a verb's sense weight that must lie under a role's sense for WordNet to give it that role. */
    private static final double ROLE_SHARE = 0.3;
    /** Share of a verb's sense weight that must lie in {@code count_predicates.csv}'s files to say what happened. */
    private static final double PREDICATE_SHARE = 0.5;

    private final PhraseTable<Unit> units = new PhraseTable<>();
    private final PhraseTable<Role> after = new PhraseTable<>();
    private final PhraseTable<Role> before = new PhraseTable<>();
    private final PhraseTable<Role> subject = new PhraseTable<>();
    private final PhraseTable<Role> group = new PhraseTable<>();
    private final PhraseTable<Measure> measures = new PhraseTable<>();
    private final PhraseTable<Qualifier> qualifiersBefore = new PhraseTable<>();
    private final PhraseTable<Qualifier> qualifiersAfter = new PhraseTable<>();
    private final PhraseTable<Qualifier> qualifiersInside = new PhraseTable<>();
    private final Set<String> tallies = new HashSet<>();
    /** Currency symbols and codes written before an amount, as written. */
    private final Map<String, Currency> currencySigns = new java.util.HashMap<>();
    /** Currency words and codes written after an amount. */
    private final PhraseTable<Currency> currencyWords = new PhraseTable<>();
    private final PhraseTable<String> scopes = new PhraseTable<>();
    private final Map<String, Set<String>> senses = new java.util.LinkedHashMap<>();
    private final Map<String, Role> verbRoles = new ConcurrentHashMap<>();
    private final Set<String> predicateFiles = new HashSet<>();
    private final Map<String, String> predicates = new ConcurrentHashMap<>();
    private static final Role NONE = new Role("", false);

    private QuantityLexicon(Vocabulary vocabulary) {
        for (DataTable.Row row : vocabulary.table("count_units.csv", "word", "unit", "tally", "refinable").rows()) {
            String refinable = row.require("refinable").toUpperCase(Locale.ROOT);
            if (!Set.of("YES", "NO", "TALLY").contains(refinable)) {
                throw row.error("refinable must be yes, no or tally");
            }
            boolean tally = yes(row, "tally");
            units.put(row.require("word"), new Unit(row.require("unit"), tally, refinable));
            if (tally) {
                tallies.add(row.require("unit"));
            }
        }
        for (DataTable.Row row : vocabulary.table("count_states.csv", "word", "unit", "position", "tally").rows()) {
            String position = row.require("position").toLowerCase(Locale.ROOT);
            Role role = new Role(row.require("unit"), yes(row, "tally"));
            switch (position) {
                case "after" -> after.put(row.require("word"), role);
                case "before" -> before.put(row.require("word"), role);
                case "subject" -> subject.put(row.require("word"), role);
                case "group" -> group.put(row.require("word"), role);
                default -> throw row.error("position must be after, before, subject or group");
            }
            if (role.tally()) {
                tallies.add(role.role());
            }
        }
        WordSenses words = WordSenses.shared();
        for (DataTable.Row row : vocabulary.table("role_senses.csv", "sense", "role", "tally").rows()) {
            String sense = row.require("sense");
            if (words.sense(sense).isEmpty()) {
                throw row.error("WordNet has no sense '" + sense + "'");
            }
            senses.computeIfAbsent(row.require("role"), k -> new HashSet<>()).add(sense);
            if (yes(row, "tally")) {
                tallies.add(row.require("role"));
            }
        }
        for (DataTable.Row row : vocabulary.table("measures.csv", "word", "unit", "factor", "kind").rows()) {
            String kind = row.require("kind").toLowerCase(Locale.ROOT);
            if (!kind.equals("measure") && !kind.equals("duration")) {
                throw row.error("kind must be measure or duration");
            }
            double factor;
            try {
                factor = Double.parseDouble(row.require("factor"));
            } catch (NumberFormatException e) {
                throw row.error("factor must be a number");
            }
            measures.put(row.require("word"), new Measure(row.require("unit"), factor, kind.equals("duration")));
        }
        for (DataTable.Row row : vocabulary.table("qualifiers.csv", "phrase", "qualifier", "position").rows()) {
            String q = row.require("qualifier");
            if (!QUALIFIERS.contains(q)) {
                throw row.error("qualifier must be one of " + String.join(", ", new java.util.TreeSet<>(QUALIFIERS)));
            }
            String position = row.require("position").toLowerCase(Locale.ROOT);
            PhraseTable<Qualifier> table = switch (position) {
                case "before" -> qualifiersBefore;
                case "after" -> qualifiersAfter;
                case "inside" -> qualifiersInside;
                default -> throw row.error("position must be before, after or inside");
            };
            table.put(row.require("phrase"), new Qualifier(q, position.equals("before")));
        }
        for (DataTable.Row row : vocabulary.table("count_predicates.csv", "lexfile").rows()) {
            String file = row.require("lexfile");
            if (!file.startsWith("verb.")) {
                throw row.error("lexfile must be a verb lexicographer file such as verb.motion");
            }
            predicateFiles.add(file);
        }
        readMoney(vocabulary);
    }

    private void readMoney(Vocabulary vocabulary) {
        Map<String, Map<String, String>> forms = new java.util.LinkedHashMap<>();
        for (DataTable.Row row : vocabulary.table("currencies.csv", "text", "iso", "country").rows()) {
            if (!row.require("iso").matches("[A-Z]{3}")) {
                throw row.error("iso must be a three-letter ISO 4217 code");
            }
            forms.computeIfAbsent(row.require("text"), k -> new java.util.LinkedHashMap<>())
                    .put(row.get("country"), row.require("iso"));
        }
        for (Map.Entry<String, Map<String, String>> e : forms.entrySet()) {
            Currency c = new Currency(Map.copyOf(e.getValue()));
            String text = e.getKey();
            boolean word = Character.isLowerCase(text.charAt(0)) || text.contains(" ");
            if (!word) {
                currencySigns.put(text, c);
            }
            if (word || text.matches("[A-Z]{3}")) {
                currencyWords.put(text, c);
            }
        }
        for (DataTable.Row row : vocabulary.table("money_scopes.csv", "word", "scope").rows()) {
            scopes.put(row.require("word"), row.require("scope"));
        }
    }

    /** The currency a symbol or code written before an amount means ("$", "HK$", "Rs", "USD"), or {@code null}. */
    Currency currencySign(String text) {
        return currencySigns.get(text);
    }

    /** The currency word or code starting at token {@code i} ("dollars", "Swiss francs", "euro"), or {@code null}. */
    PhraseTable.Match<Currency> currencyWordAt(List<Token> tokens, int i) {
        return currencyWords.at(tokens, i);
    }

    /** Whether a token is a currency sign or the end of one ("$" of "HK$"). */
    boolean isCurrencySign(Token t) {
        return currencySigns.containsKey(t.text());
    }

    /** The scope a noun phrase starting at token {@code i} gives a sum of money ("financing"), or {@code null}. */
    PhraseTable.Match<String> scopeAt(List<Token> tokens, int i) {
        return scopes.at(tokens, i);
    }

    /** Reads the quantity tables; every bad row is reported by file and line. */
    public static QuantityLexicon load(Vocabulary vocabulary) {
        return new QuantityLexicon(vocabulary);
    }

    private static boolean yes(DataTable.Row row, String column) {
        String v = row.require(column).toLowerCase(Locale.ROOT);
        if (!v.equals("yes") && !v.equals("no")) {
            throw row.error(column + " must be yes or no");
        }
        return v.equals("yes");
    }

    /** The unit phrase starting at token {@code i}. */
    PhraseTable.Match<Unit> unitAt(List<Token> tokens, int i) {
        return units.at(tokens, i);
    }

    /** The unit of one noun written alone, or {@code null}. */
    Unit unitOf(Token noun) {
        PhraseTable.Match<Unit> m = units.at(List.of(noun), 0);
        return m == null ? null : m.value();
    }

    /** The measure phrase starting at token {@code i}. */
    PhraseTable.Match<Measure> measureAt(List<Token> tokens, int i) {
        return measures.at(tokens, i);
    }

    /** The measure a glued suffix names ({@code km} of {@code 55km}), or {@code null}. */
    Measure measureOf(String suffix) {
        if (suffix.isEmpty()) {
            return null;
        }
        PhraseTable.Match<Measure> m = measures.at(List.of(new Token(0, 0, suffix.length(), suffix, suffix,
                Tag.NOUN, suffix)), 0);
        return m == null ? null : m.value();
    }

    /** The state phrase right after a counted noun ("were killed" is found by the caller at "killed"). */
    PhraseTable.Match<Role> stateAfter(List<Token> tokens, int i) {
        return after.at(tokens, i);
    }

    /** The state verb phrase ending right before a number. */
    PhraseTable.Match<Role> stateBefore(List<Token> tokens, int last) {
        return before.endingAt(tokens, last);
    }

    /** The toll noun phrase starting at token {@code i} ("death toll", "number of the rescued"). */
    PhraseTable.Match<Role> stateSubject(List<Token> tokens, int i) {
        return subject.at(tokens, i);
    }

    /** The phrase of people in a role ending at token {@code last} ("the passengers", "the rescued"), or {@code null}. */
    PhraseTable.Match<Role> stateGroup(List<Token> tokens, int last) {
        return group.endingAt(tokens, last);
    }

    /** The qualifier phrase ending right before a number ("at least"), or {@code null}. */
    PhraseTable.Match<Qualifier> qualifierBefore(List<Token> tokens, int last) {
        return qualifiersBefore.endingAt(tokens, last);
    }

    /** The qualifier phrase starting right after a counted phrase ("each", "from both sides"), or {@code null}. */
    PhraseTable.Match<Qualifier> qualifierAfter(List<Token> tokens, int i) {
        return qualifiersAfter.at(tokens, i);
    }

    /**
     * Whether a qualifier phrase lies among the modifiers between a number and its counted noun (tokens
     * {@code from..to}: "200 other passengers", "20 more bodies").
     */
    Qualifier qualifierInside(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to && k < tokens.size(); k++) {
            PhraseTable.Match<Qualifier> m = qualifiersInside.at(tokens, k);
            if (m != null && m.last() <= to) {
                return m.value();
            }
        }
        return null;
    }

    /**
     * The lemma of a verb that says what happened to the things a number counts ({@code count_predicates.csv}:
     * "derailed" gives derail, "de-railed" too), or empty for a verb of another kind ("involved", "said").
     */
    String predicate(Token t) {
        if (t.tag() != Tag.VERB) {
            return "";
        }
        return predicates.computeIfAbsent(t.lower(), word -> {
            WordSenses words = WordSenses.shared();
            WordSenses.Reading r = words.reading(word, Tag.VERB);
            if (r == null && word.indexOf('-') > 0) {
                r = words.reading(word.replace("-", ""), Tag.VERB);
            }
            return r != null && r.share(predicateFiles) >= PREDICATE_SHARE ? r.lemma() : "";
        });
    }

    /** The verb an event noun names, for a predicate written as a noun ("the derailment of four coaches"). */
    String predicateOfNoun(Token t) {
        if (!t.nominal() || WordSenses.shared().eventShare(t.lower()) < PREDICATE_SHARE) {
            return "";
        }
        String verb = WordSenses.shared().derivedVerb(t.lower());
        WordSenses.Reading r = verb.isEmpty() ? null : WordSenses.shared().reading(verb, Tag.VERB);
        return r != null && r.share(predicateFiles) >= PREDICATE_SHARE ? r.lemma() : "";
    }

    /** Whether counts of a unit or role are running totals that grow as a story unfolds. */
    public boolean isTally(String unit) {
        return tallies.contains(unit);
    }

    /**
     * The role WordNet gives a verb or participle ("perished": dead, "drowned": dead, "massacred": dead), or an
     * empty role; cached per lemma.
     */
    Role roleOfVerb(Token t) {
        if (t.tag() != Tag.VERB && t.tag() != Tag.ADJ) {
            return NONE;
        }
        return verbRoles.computeIfAbsent(t.lemma(), lemma -> {
            WordSenses words = WordSenses.shared();
            Role best = NONE;
            double share = ROLE_SHARE;
            for (Map.Entry<String, Set<String>> e : senses.entrySet()) {
                double s = words.reachShare(lemma, Tag.VERB, e.getValue());
                if (s >= share) {
                    share = s;
                    best = new Role(e.getKey(), tallies.contains(e.getKey()));
                }
            }
            return best;
        });
    }
}
