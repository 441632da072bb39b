package org.crosscheck.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.LiteralGate;
import org.crosscheck.vocab.Vocabulary;

/**
 * The domain vocabulary the event extractors and the grouping stage share, read once from {@code rules/data/}:
 * {@code places.csv} (gazetteer with demonyms), {@code event_words.csv}, {@code aliases.csv},
 * {@code event_distinct.csv}, {@code generic_words.csv}, {@code titles.csv}, {@code people.csv} and
 * {@code event_types.csv} (the vocabulary of quantities is {@link QuantityLexicon}'s). Immutable after
 * construction, so shared by all threads.
 */
public final class Lexicon {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$");

    /** A gazetteer entry; {@code country} is the canonical country the place lies in (itself for a country). */
    public record Place(String name, String type, String within, String country) {
        /** The participant key of the place's country: its lower-cased canonical name. */
        public String countryKey() {
            return country.isEmpty() ? "" : key(country);
        }
    }

    /**
     * A word naming an event; {@code pos} is {@code noun} or {@code verb} when the row applies only to that part of
     * speech in context, else empty. Class {@link #NO_EVENT} means the word names no event there.
     */
    public record EventWord(String word, String event, String eventClass, boolean recurring, boolean needsEquipment,
                            String pos) {
        /** Whether the row says the word names no event. */
        public boolean none() {
            return eventClass.equals(NO_EVENT);
        }
    }

    /** The class of event_words.csv rows for words that name no event, whatever WordNet says of them. */
    public static final String NO_EVENT = "none";

    /**
     * An office title.
     *
     * @param title  the normalised title
     * @param rank   1 head of state or government ... 4 envoy or officer: the more specific of two readings wins
     * @param office the group of posts one person holds only one of at a time (cabinet, diplomatic, ...)
     */
    public record Title(String title, int rank, String office) {
    }


    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, Place> demonyms = new HashMap<>();
    /** Names, aliases and demonyms in capitals, as datelines write them; a name wins over a demonym. */
    private final Map<String, Place> upperCase = new HashMap<>();
    private final Pattern placePattern;
    private final Map<String, EventWord> eventWords = new HashMap<>();
    /** The words before a time that date a figure, not an event ({@code status_times.csv}), lower case. */
    private final List<String> statusTimes = new ArrayList<>();
    /** Words that name an arms transfer next to equipment; a word may also have a plain row in eventWords. */
    private final Map<String, EventWord> equipmentEventWords = new HashMap<>();
    /** The event types and classes of those words: events whose name is an equipment family. */
    private final Set<String> equipmentEvents = new HashSet<>();
    private final Pattern eventPattern;
    /** The leading words of the event word forms ({@link #leadingWords}). */
    private final Set<String> eventLeadingWords;
    private final Map<String, String> aliases = new HashMap<>();
    /** Pairs of event names or topics that are never one event ({@code event_distinct.csv}): {@code a|b|type}. */
    private final Set<String> distinct = new HashSet<>();
    private final Map<String, Set<String>> generic = new HashMap<>();
    private final Map<String, Title> titles = new HashMap<>();
    private final Pattern titlePattern;
    private final Set<String> titleLeadingWords;
    private final Map<String, String> people = new HashMap<>();
    /** Currency symbols, codes and words of {@code currencies.csv}, lower case: part of an amount, never a name. */
    private final Set<String> currencies = new HashSet<>();
    private final Pattern equipmentWordPattern;
    private final EventTypes eventTypes;

    private Lexicon(Vocabulary vocabulary) {
        eventTypes = EventTypes.load(vocabulary, org.crosscheck.nlp.WordSenses.shared());
        List<String> placeForms = new ArrayList<>();
        Map<String, DataTable.Row> byName = new LinkedHashMap<>();
        DataTable placeTable = vocabulary.table("places.csv", "name", "aliases", "type", "within", "demonyms");
        for (DataTable.Row row : placeTable.rows()) {
            String type = row.require("type").toLowerCase(Locale.ROOT);
            if (!Set.of("city", "country", "region", "venue").contains(type)) {
                throw row.error("type must be city, country, region or venue");
            }
            if (byName.put(row.require("name"), row) != null) {
                throw row.error("place '" + row.get("name") + "' is listed twice");
            }
        }
        for (DataTable.Row row : byName.values()) {
            String name = row.require("name");
            String type = row.get("type").toLowerCase(Locale.ROOT);
            String within = row.get("within");
            if (!within.isEmpty() && !byName.containsKey(within)) {
                throw row.error("within names '" + within + "', which is not a place in the file");
            }
            String country = countryOf(name, byName, row);
            Place place = new Place(name, type, within, country);
            List<String> forms = new ArrayList<>(row.list("aliases"));
            forms.add(name);
            for (String form : forms) {
                places.put(form, place);
                placeForms.add(form);
            }
            if (!row.get("demonyms").isEmpty() && !type.equals("country")) {
                throw row.error("only countries have demonyms");
            }
            for (String d : row.list("demonyms")) {
                demonyms.put(d, place);
                placeForms.add(d);
            }
        }
        demonyms.forEach((form, place) -> upperCase.put(form.toUpperCase(Locale.ROOT), place));
        places.forEach((form, place) -> upperCase.put(form.toUpperCase(Locale.ROOT), place));
        placePattern = alternation(placeForms, false, true);

        DataTable eventTable = vocabulary.table("event_words.csv", "word", "event", "class", "recurring", "needs");
        Set<String> eventFormSet = new HashSet<>();
        for (DataTable.Row row : eventTable.rows()) {
            String recurring = row.require("recurring").toLowerCase(Locale.ROOT);
            if (!recurring.equals("yes") && !recurring.equals("no")) {
                throw row.error("recurring must be yes or no");
            }
            String needs = row.get("needs").toLowerCase(Locale.ROOT);
            if (!needs.isEmpty() && !needs.equals("equipment")) {
                throw row.error("needs must be empty or equipment");
            }
            String pos = row.get("pos").toLowerCase(Locale.ROOT);
            if (!pos.isEmpty() && !pos.equals("noun") && !pos.equals("verb")) {
                throw row.error("pos must be empty, noun or verb");
            }
            EventWord w = new EventWord(row.require("word"), row.require("event"), row.require("class"),
                    recurring.equals("yes"), !needs.isEmpty(), pos);
            if (!w.none() && eventTypes.type(w.eventClass()) == null) {
                throw row.error("class '" + w.eventClass() + "' is not a type of event_types.csv (nor " + NO_EVENT + ")");
            }
            if (w.needsEquipment()) {
                equipmentEvents.add(w.event());
                equipmentEvents.add(w.eventClass());
            }
            if ((w.needsEquipment() ? equipmentEventWords : eventWords).put(norm(w.word()) + "|" + pos, w) != null) {
                throw row.error("event word '" + w.word() + "' is listed twice with the same needs and pos");
            }
            eventFormSet.add(norm(w.word()));
        }
        List<String> eventForms = new ArrayList<>(eventFormSet);
        eventPattern = alternation(eventForms, true, false);
        eventLeadingWords = leadingWords(eventForms);

        for (DataTable.Row row : vocabulary.table("aliases.csv", "canonical", "aliases", "kind").rows()) {
            String canonical = row.require("canonical");
            for (String alias : row.list("aliases")) {
                aliases.put(aliasKey(alias, row.get("kind")), canonical);
            }
            aliases.put(aliasKey(canonical, row.get("kind")), canonical);
        }
        // Optional: a rules folder without cannot-links has none.
        for (DataTable.Row row : !vocabulary.has("event_distinct.csv") ? List.<DataTable.Row>of()
                : vocabulary.table("event_distinct.csv", "a", "b", "type", "reason").rows()) {
            String type = row.get("type");
            if (!type.isEmpty() && eventTypes.type(type) == null) {
                throw row.error("type '" + type + "' is not a type of event_types.csv");
            }
            String a = key(canonicalName(row.require("a"), type));
            String b = key(canonicalName(row.require("b"), type));
            if (a.equals(b)) {
                throw row.error("'" + row.get("a") + "' and '" + row.get("b") + "' are one name (aliases.csv)");
            }
            row.require("reason");
            distinct.add(pair(a, b) + "|" + type);
        }
        for (DataTable.Row row : vocabulary.table("status_times.csv", "words").rows()) {
            statusTimes.add(row.require("words").toLowerCase(Locale.ROOT));
        }
        for (DataTable.Row row : vocabulary.table("generic_words.csv", "word", "class").rows()) {
            generic.computeIfAbsent(norm(row.require("word")), k -> new HashSet<>())
                    .add(row.get("class").isEmpty() ? "*" : row.get("class"));
        }

        List<String> titleForms = new ArrayList<>();
        for (DataTable.Row row : vocabulary.table("titles.csv", "title", "aliases", "rank", "office").rows()) {
            int rank;
            try {
                rank = Integer.parseInt(row.require("rank"));
            } catch (NumberFormatException e) {
                throw row.error("rank must be a whole number");
            }
            Title title = new Title(row.require("title").toLowerCase(Locale.ROOT), rank,
                    row.require("office").toLowerCase(Locale.ROOT));
            List<String> forms = new ArrayList<>(row.list("aliases"));
            forms.add(row.require("title"));
            for (String form : forms) {
                titles.put(norm(form), title);
                titleForms.add(form);
            }
        }
        titlePattern = alternation(titleForms, true, false);
        titleLeadingWords = leadingWords(titleForms);

        for (DataTable.Row row : vocabulary.table("people.csv", "name", "aliases").rows()) {
            String name = row.require("name");
            people.put(norm(name), name);
            for (String alias : row.list("aliases")) {
                people.put(norm(alias), name);
            }
        }
        for (DataTable.Row row : vocabulary.table("currencies.csv", "text", "iso", "country").rows()) {
            currencies.add(norm(row.require("text")));
        }
        List<String> equipment = new ArrayList<>();
        for (DataTable.Row row : vocabulary.table("equipment_words.csv", "word", "category").rows()) {
            equipment.add(Pattern.quote(row.require("word")));
        }
        for (DataTable.Row row : vocabulary.table("designations.csv", "prefix", "maker", "category", "needs_noun")
                .rows()) {
            // Civil airliners are equipment but no arms: they never make a deal an arms transfer.
            if (row.get("needs_noun").equalsIgnoreCase("no") && !row.get("category").equals("airliner")) {
                equipment.add(Pattern.quote(row.require("prefix")) + "[- ]?\\d");
            }
        }
        equipmentWordPattern = equipment.isEmpty() ? Pattern.compile("(?!)")
                : Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", equipment) + ")", Pattern.CASE_INSENSITIVE);
    }

    /** Reads the vocabulary; every bad row is reported by file and line. */
    public static Lexicon load(Vocabulary vocabulary) {
        return new Lexicon(vocabulary);
    }

    private static String countryOf(String name, Map<String, DataTable.Row> byName, DataTable.Row origin) {
        String current = name;
        for (int depth = 0; depth < 10; depth++) {
            DataTable.Row row = byName.get(current);
            if (row.get("type").equalsIgnoreCase("country")) {
                return current;
            }
            if (row.get("within").isEmpty()) {
                return "";
            }
            current = row.get("within");
        }
        throw origin.error("the within chain of '" + name + "' loops");
    }

    /**
     * A word-bounded alternation, longest first. Case-insensitive when asked; otherwise the forms match as written
     * or, when {@code upper} is set, in capitals too (datelines write CAIRO).
     */
    private static Pattern alternation(Collection<String> forms, boolean ignoreCase, boolean upper) {
        List<String> all = new ArrayList<>(new HashSet<>(forms));
        if (upper) {
            for (String f : forms) {
                all.add(f.toUpperCase(Locale.ROOT));
            }
            all = new ArrayList<>(new HashSet<>(all));
        }
        if (all.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return Pattern.compile("(?<![\\p{L}\\d])" + trie(all, ignoreCase) + "(?![\\p{L}\\d])", flags);
    }

    /**
     * The forms as one regular expression factored by common prefixes ({@code Ind(?:ia|onesia)}): a plain
     * alternation of a thousand gazetteer names tries every name at every position, the factored one only the
     * names that share the text's next character. Longer forms are tried first, as in a longest-first alternation.
     */
    static String trie(Collection<String> forms, boolean ignoreCase) {
        Node root = new Node();
        for (String form : forms) {
            Node n = root;
            String f = ignoreCase ? form.toLowerCase(Locale.ROOT) : form;
            for (int i = 0; i < f.length(); i++) {
                n = n.children.computeIfAbsent(f.charAt(i), c -> new Node());
            }
            n.end = true;
        }
        return root.regex();
    }

    private static final class Node {
        final java.util.TreeMap<Character, Node> children = new java.util.TreeMap<>();
        boolean end;

        String regex() {
            if (children.isEmpty()) {
                return "";
            }
            List<String> branches = new ArrayList<>();
            for (Map.Entry<Character, Node> e : children.entrySet()) {
                StringBuilder literal = new StringBuilder().append(e.getKey());
                Node n = e.getValue();
                while (!n.end && n.children.size() == 1) {
                    Map.Entry<Character, Node> only = n.children.firstEntry();
                    literal.append(only.getKey());
                    n = only.getValue();
                }
                branches.add(Pattern.quote(literal.toString()) + n.regex());
            }
            return "(?:" + String.join("|", branches) + ")" + (end ? "?" : "");
        }
    }

    /**
     * The leading word (run of letters and digits) of each form, case folded; {@code null} when a form is not ASCII
     * or starts with no word. A match of the word-bounded, case-insensitive {@link #alternation} of the forms starts
     * at a word of the text that is one of these: what follows the leading word in a form is a character that only
     * itself matches, and the look-ahead ends a form that is one word.
     */
    private static Set<String> leadingWords(Collection<String> forms) {
        Set<String> out = new HashSet<>();
        for (String form : forms) {
            int end = wordEnd(form, 0);
            if (end == 0 || !form.chars().allMatch(c -> c < 128)) {
                return null;
            }
            out.add(LiteralGate.fold(form.substring(0, end)));
        }
        return out;
    }

    /** A character the alternations' word bounds ({@code [\p{L}\d]}) count as part of a word. */
    private static boolean isWordChar(int codePoint) {
        return Character.isLetter(codePoint) || codePoint >= '0' && codePoint <= '9';
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isWordChar(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** Whether a word of the text, case folded, is one of the words; always when there are none to test. */
    private static boolean holdsWord(String text, Set<String> words) {
        if (words == null) {
            return true;
        }
        int i = 0;
        while (i < text.length()) {
            int end = wordEnd(text, i);
            if (end > i) {
                if (words.contains(LiteralGate.fold(text.substring(i, end)))) {
                    return true;
                }
                i = end;
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return false;
    }

    /** Whether the text may hold an event word: false only when {@link #eventPattern} cannot match it. */
    public boolean mayHoldEventWord(String text) {
        return holdsWord(text, eventLeadingWords);
    }

    /** Whether the text may hold a title: false only when {@link #titlePattern} cannot match it. */
    public boolean mayHoldTitle(String text) {
        return holdsWord(text, titleLeadingWords);
    }

    /** Lower case, NFKC, curly quotes straightened, runs of white space collapsed. */
    public static String norm(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'');
        return WHITE_SPACE.matcher(s).replaceAll(" ").strip();
    }

    /** The key form of a name: lower case words joined by hyphens ({@code Ana Silva} to {@code ana-silva}). */
    public static String key(String text) {
        String joined = String.join("-", NOT_LETTERS_OR_DIGITS.split(norm(text).replace("'s ", " ")));
        return EDGE_HYPHENS.matcher(joined).replaceAll("");
    }

    private static String aliasKey(String alias, String kind) {
        return norm(alias) + "|" + kind;
    }

    public Pattern placePattern() {
        return placePattern;
    }

    /** The place a name, alias or demonym denotes (ALL-CAPS forms included), or {@code null}. */
    public Place place(String form) {
        Place p = places.get(form);
        if (p == null) {
            p = demonyms.get(form);
        }
        return p != null ? p : upperCase.get(form);
    }

    /** Whether the form is a demonym (an adjective of a country) rather than a place name. */
    public boolean isDemonym(String form) {
        return demonyms.containsKey(form) && !places.containsKey(form);
    }

    public Pattern eventPattern() {
        return eventPattern;
    }

    /** The event word entry of a text, the plain reading first; {@code null} if none or if it names no event. */
    public EventWord eventWord(String text) {
        EventWord w = eventWord(text, false, "");
        if (w == null) {
            w = eventWord(text, true, "");
        }
        return w == null || w.none() ? null : w;
    }

    /**
     * Whether events of this type or class are transfers of equipment: named by a word of {@code event_words.csv}
     * with {@code needs=equipment}, so that their name is the family of the equipment they move.
     */
    public boolean transfersEquipment(String typeOrClass) {
        return equipmentEvents.contains(typeOrClass);
    }

    /**
     * The event word entry of a text in a sentence that does or does not name equipment: the arms-transfer reading
     * needs equipment and wins when there is some; {@code null} when the word names no event here.
     */
    public EventWord eventWord(String text, boolean equipment) {
        EventWord w = eventWord(text, equipment, "");
        return w == null || w.none() ? null : w;
    }

    /**
     * The event word entry of a text read as a part of speech ({@code noun}, {@code verb}, or empty when unknown):
     * a row for that part of speech first, then a row for any; the arms-transfer reading first when the sentence
     * names equipment. A {@link EventWord#none()} entry says the word names no event; {@code null} when no row
     * names the word.
     */
    public EventWord eventWord(String text, boolean equipment, String pos) {
        String form = norm(text);
        EventWord w = null;
        if (equipment) {
            w = equipmentEventWords.get(form + "|" + pos);
            if (w == null) {
                w = equipmentEventWords.get(form + "|");
            }
        }
        if (w == null) {
            w = eventWords.get(form + "|" + pos);
        }
        if (w == null) {
            w = eventWords.get(form + "|");
        }
        if (w == null && pos.isEmpty()) {
            w = eventWords.get(form + "|noun");
            if (w == null) {
                w = eventWords.get(form + "|verb");
            }
        }
        return w;
    }

    /** Whether the word names an event of the given class (so it is the head, not part of the name). */
    public boolean isEventWordOf(String word, String eventClass) {
        String form = norm(word);
        for (String pos : new String[] {"", "noun", "verb"}) {
            EventWord w = eventWords.get(form + "|" + pos);
            EventWord e = equipmentEventWords.get(form + "|" + pos);
            if (w != null && w.eventClass().equals(eventClass) || e != null && e.eventClass().equals(eventClass)) {
                return true;
            }
        }
        return false;
    }

    /** The canonical name of a named series or body, or the name itself when it has no alias row. */
    public String canonicalName(String name, String eventClass) {
        String c = aliases.get(aliasKey(name, eventClass));
        if (c == null) {
            c = aliases.get(aliasKey(name, ""));
        }
        return c == null ? name : c;
    }

    /**
     * Whether the vocabulary says two names or topics (keys, as event frames carry them) are never one event of the
     * type ({@code event_distinct.csv}), however alike their words: a cannot-link a user adds where grouping merged.
     */
    public boolean distinctEvents(String a, String b, String type) {
        if (distinct.isEmpty() || a.equals(b)) {
            return false;
        }
        String p = pair(a, b);
        return distinct.contains(p + "|") || distinct.contains(p + "|" + type);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** Whether the alias table knows the name (for any class, or the given one). */
    public boolean isKnownName(String name, String eventClass) {
        return aliases.containsKey(aliasKey(name, eventClass)) || aliases.containsKey(aliasKey(name, ""));
    }

    /** Whether a word describes rather than identifies events of the class. */
    public boolean isGeneric(String word, String eventClass) {
        Set<String> classes = generic.get(norm(word));
        return classes != null && (classes.contains("*") || classes.contains(eventClass));
    }

    public Pattern titlePattern() {
        return titlePattern;
    }

    public Title title(String text) {
        return titles.get(norm(text));
    }

    /** The canonical name of a known person, or {@code null}. */
    public String person(String name) {
        return people.get(norm(name));
    }

    /**
     * Whether a word is part of a written amount: a cardinal ("eight"), a scale ("billion", "crore") or a currency
     * of {@code currencies.csv} ("USD", "dollars"). "$5.43 billion S-400 missile deal" is named by the S-400, not
     * by its price, and "eight other agreements" by no number.
     */
    public boolean isAmountWord(String word) {
        String lower = norm(word);
        return currencies.contains(lower) || lower.length() > 1 && Numbers.scale(lower) != 1
                || !lower.isEmpty() && Character.isLetter(lower.charAt(0)) && !Double.isNaN(Numbers.cardinal(lower));
    }

    /**
     * Whether the text before a time ends with words giving the moment a figure stood at ("rose to 87 as of"):
     * such a time dates the figure, not an event ({@code status_times.csv}).
     */
    public boolean statusTime(String before) {
        String b = before.stripTrailing().toLowerCase(Locale.ROOT);
        for (String w : statusTimes) {
            if (b.endsWith(w) && (b.length() == w.length() || !Character.isLetterOrDigit(b.charAt(b.length() - w.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The event types of {@code event_types.csv}, with the types WordNet gives words no row names. */
    public EventTypes eventTypes() {
        return eventTypes;
    }

    /** Matches an equipment word or a designation prefix with a number, for words that need equipment nearby. */
    public Pattern equipmentWordPattern() {
        return equipmentWordPattern;
    }
}
