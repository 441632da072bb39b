package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.ingest.Sentence;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.WordSenses;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * Finds the named thing a figure is an attribute of, read from the syntax around it: a compound modifier ("the
 * 6,825-ton ferry Sewol", "The $12.5 billion tunnel", "the 57-km Gotthard Base Tunnel"), a verb whose subject it
 * measures ("the bridge cost $20 billion", "Grenfell Tower contains 120 flats"), or a measure noun ("the total
 * cost of Chandrayaan-3 is Rs 615 crore", "the tunnel took 17 years to build at a cost of over 12 billion Swiss
 * francs"). A thing is a proper name whose head noun WordNet files as an artifact or a group (or that
 * {@code thing_words.csv} lists), or a bare proper name that is no place; "the tunnel" and "it" stand for the thing
 * the article named before with that head noun, or the one thing the sentences before named.
 *
 * <p>The key is the name as written ({@code thing:gotthard-base-tunnel}, {@code thing:sewol}): names of one thing
 * that differ ("the Gotthard tunnel") are joined within an article, not across articles, because a shorter name may
 * be another thing's ("the Gotthard road tunnel").
 */
public final class ThingFinder {
    /** Subject prefix of named things. */
    public static final String PREFIX = "thing:";
    /** Basis of a thing named in the claim's own words, or through a description or pronoun that refers back. */
    public static final String NAMED = "named";
    public static final String DESCRIBED = "described";
    /** Basis of a thing a list line names beside a sum ("Skype (2011): $8.5 billion"). */
    public static final String LISTED = "listed";
    private static final String LISTED_HOW = "list line";

    /** What the figure is: a sum of money, a measure in a unit, or a count of a noun. */
    public enum Figure { MONEY, MEASURE, COUNT }

    /**
     * A thing a figure is an attribute of.
     *
     * @param key   the subject ({@code thing:gotthard-base-tunnel})
     * @param name  the name as written
     * @param basis how it was found, for the reader: starts with {@link #NAMED} or {@link #DESCRIBED}
     * @param dimension what a measure in a unit of length measures when the words say ("height", "depth"), else
     *                  empty (a length)
     */
    public record Thing(String key, String name, String basis, String dimension) {
        Thing(String key, String name, String basis) {
            this(key, name, basis, "");
        }

        Thing withDimension(String d) {
            return new Thing(key, name, basis, d);
        }

        public boolean named() {
            return basis.startsWith(NAMED);
        }
    }

    /** Words after a measure that say which extent it is; a length when none does. */
    private static final Map<String, String> DIMENSIONS = Map.of("long", "", "high", "height", "tall", "height",
            "deep", "depth", "wide", "width");
    private static final Set<String> ARTIFACT_FILES = Set.of("noun.artifact", "noun.group");
    /** Tokens a subject is not looked for across: list bullets and clause breaks. */
    private static final Set<String> BOUNDARIES = Set.of("\u2022", ";", ":", "\u201c", "\u201d", "\"");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "this", "that");
    /** Words before a bought name in a list of purchases ("acquisitions had been Skype for", "and Nokia's unit for"). */
    private static final Set<String> LIST_LINKS = Set.of("been", "was", "were", "and", ",");
    private static final Set<String> LEADING = Set.of("the", "a", "an", "this", "that", "in", "on", "at", "by",
            "its", "his", "her", "their", "our", "world's", "world’s", "and", "of", "for", "with", "from", "but");
    /** Characters before the sentence searched for the thing a description refers back to. */
    private static final int REACH = 6000;
    /** The modal of what a subject can do ("could" is as often a past or a guess). */
    private static final Set<String> ABILITY = Set.of("can");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s.!?\"\u201d\u2019']+$");
    /** A sentence that defines a name ("The S-400 is one of the world's most advanced air defence systems."). */
    private static final Pattern DEFINED = Pattern.compile("(?:The\\s+)?(\\p{Lu}[\\p{L}\\p{N}]*(?:[-\u2010\u2013]"
            + "[\\p{L}\\p{N}]+)*)\\s+(?:is|was)\\s+(?:an?|one\\s+of)\\s");
    /** Sentences before the claim's searched for the thing a pronoun refers to. */
    private static final int PRONOUN_SENTENCES = 3;
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}]*(?:[-\u2010\u2013][\\p{L}\\p{N}]+)*(?:\\s+\\p{Lu}[\\p{L}\\p{N}]*(?:[-\u2010\u2013]"
            + "[\\p{L}\\p{N}]+)*){0,4}");

    private final Lexicon lexicon;
    private final QuantityLexicon quantities;
    private final PersonFinder persons;
    private final Set<String> classes = new HashSet<>();
    private final Set<String> verbs = new HashSet<>();
    private final Set<String> measures = new HashSet<>();
    private final Set<String> pronouns = new HashSet<>();
    private final Set<String> naming = new HashSet<>();
    private final Set<String> outlays = new HashSet<>();
    private final Set<String> acquiring = new HashSet<>();
    private final Set<String> acquisitions = new HashSet<>();
    private final Set<String> parts = new HashSet<>();
    private final Set<String> suffixes = new HashSet<>();
    private final Set<String> foundings = new HashSet<>();
    private final Map<String, Boolean> artifact = new java.util.concurrent.ConcurrentHashMap<>();

    public ThingFinder(Lexicon lexicon, QuantityLexicon quantities, PersonFinder persons, Vocabulary vocabulary) {
        this.lexicon = lexicon;
        this.quantities = quantities;
        this.persons = persons;
        if (vocabulary.has("thing_words.csv")) {
            for (DataTable.Row row : vocabulary.table("thing_words.csv", "word", "role").rows()) {
                String word = row.require("word").toLowerCase(Locale.ROOT);
                switch (row.require("role")) {
                    case "class" -> classes.add(word);
                    case "verb" -> verbs.add(word);
                    case "measure" -> measures.add(word);
                    case "pronoun" -> pronouns.add(word);
                    case "naming" -> naming.add(word);
                    case "outlay" -> outlays.add(word);
                    case "acquire" -> acquiring.add(word);
                    case "acquisition" -> acquisitions.add(word);
                    case "part" -> parts.add(word);
                    case "suffix" -> suffixes.add(word);
                    case "founding" -> foundings.add(word);
                    default -> throw row.error("role must be class, verb, measure, pronoun, naming, outlay, acquire, "
                            + "acquisition, part, suffix or founding");
                }
            }
        }
    }

    /**
     * The thing the figure on tokens {@code first..last} (its sign, number and unit; for a count, its counted noun
     * last) is an attribute of, or {@code null} when it is a figure of an event or of nothing read.
     */
    public Thing of(SentenceContext context, int first, int last, Figure figure) {
        List<Token> tokens = context.tokens();
        if (first < 0 || last >= tokens.size() || first > last) {
            return null;
        }
        int start = first;
        // "$12.2 billion" in "12.2 billion Swiss francs ($12.2 billion, 11.0 billion euro)": a conversion is of
        // what the sum before it is of.
        int open = bracketOpen(tokens, first);
        if (open > 0 && figure == Figure.MONEY) {
            int prev = open - 1;
            while (prev > 0 && tokens.get(prev).tag() != Tag.NUM) {
                prev--;
            }
            if (prev >= 0 && tokens.get(prev).tag() == Tag.NUM) {
                int s = prev;
                while (s > 0 && (tokens.get(s - 1).tag() == Tag.NUM || quantities.isCurrencySign(tokens.get(s - 1))
                        || tokens.get(s - 1).tag() == Tag.SYM)) {
                    s--;
                }
                // "HK" of "HK$120 billion": a prefix glued to the sign is part of it.
                if (s > 0 && tokens.get(s - 1).end() == tokens.get(s).start() && quantities.currencySign(
                        tokens.get(s - 1).text() + tokens.get(s).text()) != null) {
                    s--;
                }
                return of(context, s, prev, figure);
            }
            return null;
        }
        if (figure != Figure.COUNT) {
            Thing compound = compound(context, tokens, start, last);
            if (compound != null) {
                return compound;
            }
        }
        int before = qualifierStart(tokens, start) - 1;
        // "It can engage up to 36 targets", "can simultaneously engage up to six targets": what a thing can do, any
        // verb, is its attribute, stated alike however often it is reported.
        if (figure == Figure.COUNT && before > 0 && tokens.get(before).tag() == Tag.VERB && able(tokens, before)) {
            return subjectOf(context, tokens, before, true);
        }
        // "the bridge cost $20 billion": a verb the tagger may take for a noun of a compound.
        if (before >= 0 && (tokens.get(before).tag() == Tag.VERB || tokens.get(before).tag() == Tag.AUX
                || tokens.get(before).tag() == Tag.NOUN
                && before > 0 && tokens.get(before - 1).nominal()) && verbs.contains(lemma(tokens.get(before)))
                && verbFits(lemma(tokens.get(before)), figure, tokens, last)) {
            return subjectOf(context, tokens, before);
        }
        // "It took nine years and HK$120 billion to build": the sum a making took is the subject's cost.
        if (figure == Figure.MONEY) {
            int verb = outlayBefore(tokens, before, last);
            if (verb >= 0) {
                return subjectOf(context, tokens, verb);
            }
        }
        // "is 24 storeys high", "is 55 km long": the subject's extent.
        if (figure == Figure.MEASURE && before >= 0 && lemma(tokens.get(before)).equals("be")) {
            int k = last + 1;
            while (k < tokens.size() && quantities.measureAt(tokens, k) != null) {
                k = quantities.measureAt(tokens, k).last() + 1;
            }
            if (k < tokens.size() && DIMENSIONS.containsKey(tokens.get(k).lower())) {
                Thing thing = subjectOf(context, tokens, before);
                return thing == null ? null : thing.withDimension(DIMENSIONS.get(tokens.get(k).lower()));
            }
        }
        if (figure == Figure.COUNT) {
            return null;
        }
        return measureNoun(context, tokens, before);
    }

    /**
     * The verb of "took nine years and HK$120 billion (US$15.3 billion) to build" before the sum ending on token
     * {@code last} ({@code before} is the token before the sum): an outlay verb of {@code thing_words.csv}, at most a
     * coordinated figure between it and the sum, and an infinitive after the sum (past a bracketed conversion);
     * -1 when the words are not so.
     */
    private int outlayBefore(List<Token> tokens, int before, int last) {
        int k = before;
        if (k >= 0 && tokens.get(k).tag() == Tag.CCONJ) {
            // "nine years and": one coordinated figure.
            k--;
            int figure = k;
            while (k >= 0 && figure - k < 4 && (tokens.get(k).nominal() || tokens.get(k).tag() == Tag.NUM
                    || tokens.get(k).tag() == Tag.ADJ)) {
                k--;
            }
            if (k == figure) {
                return -1;
            }
        }
        if (k < 0 || !outlays.contains(lemma(tokens.get(k))) || tokens.get(k).tag() != Tag.VERB) {
            return -1;
        }
        int after = last + 1;
        if (after < tokens.size() && tokens.get(after).text().equals("(")) {
            while (after < tokens.size() && !tokens.get(after).text().equals(")") && after - last < 10) {
                after++;
            }
            after++;
        }
        return after + 1 < tokens.size() && tokens.get(after).lower().equals("to")
                && tokens.get(after + 1).tag() == Tag.VERB ? k : -1;
    }

    /** Whether a lemma is a verb or noun of founding ("found", "establish", "founding"): {@code thing_words.csv}. */
    public boolean founding(String lemma) {
        return foundings.contains(lemma);
    }

    /**
     * The named thing whose proper name starts on token {@code first} ("Theranos", "LinkedIn"), or {@code null} when
     * no capitalised name starts there or it names a person, a place or a demonym.
     */
    public Thing nameAt(SentenceContext context, int first) {
        List<Token> tokens = context.tokens();
        int n = first;
        while (n >= 0 && n < tokens.size() && tokens.get(n).tag() == Tag.PROPN && !modifier(tokens.get(n))) {
            n++;
        }
        if (first < 0 || n == first) {
            return null;
        }
        String name = context.sentence().text().substring(tokens.get(first).start(), tokens.get(n - 1).end());
        int at = tokens.get(first).start();
        boolean person = persons.find(context).stream().anyMatch(p -> p.start() <= at && at < p.end());
        return person || !bareName(name) ? null : new Thing(key(name), name, NAMED + " '" + name + "'");
    }

    /**
     * The named thing a sum on tokens {@code first..last} is the price of, when the words say it was bought for it:
     * "acquire LinkedIn for $26.2 billion", "acquisitions had been Skype for $8.5 billion ... and Nokia's mobile
     * devices business for $7.2 billion", "its acquisition of online ad agency aQuantive for nearly $6.3 billion",
     * "the $9.5 billion purchase of Nokia's handset business", "Aquantive was the subject of a $6.3 billion purchase
     * by Microsoft", and a list line "Nokia's phone unit (2013): $7.6 billion"; {@code null} otherwise. A part of a
     * company ("Nokia's handset business", "Nokia's phone unit") is keyed by its owner and {@code part}, so that the
     * outlets' names of the unit meet. A rate ("acquire LinkedIn for $196 per share") is its price per share: the
     * caller keeps the rate in the unit, so it never meets the price of the whole.
     */
    public Thing bought(SentenceContext context, int first, int last) {
        List<Token> tokens = context.tokens();
        int after = last + 1;
        if (after + 1 < tokens.size() && tokens.get(after).nominal()
                && acquisitions.contains(tokens.get(after).lemma())) {
            String link = tokens.get(after + 1).lower();
            if (link.equals("of")) {
                int start = after + 2;
                int end = start;
                while (end + 1 < tokens.size() && phraseWord(tokens.get(end + 1))) {
                    end++;
                }
                return bought(context, tokens, start, end, "purchase of");
            }
            if (link.equals("by")) {
                // "Aquantive was the subject of a $6.3 billion purchase by Microsoft": the clause's subject.
                int[] clause = Clauses.around(Clauses.of(context), tokens.get(first).start());
                int start = 0;
                while (start < first && tokens.get(start).start() < clause[0]) {
                    start++;
                }
                int end = start;
                while (end + 1 < first && phraseWord(tokens.get(end + 1))) {
                    end++;
                }
                boolean verb = end + 1 < first && (tokens.get(end + 1).tag() == Tag.AUX
                        || tokens.get(end + 1).tag() == Tag.VERB);
                return verb && phraseWord(tokens.get(start)) ? bought(context, tokens, start, end, "purchase by") : null;
            }
        }
        int before = qualifierStart(tokens, first) - 1;
        if (before >= 1 && tokens.get(before).text().equals(":") && tokens.get(before - 1).text().equals(")")
                && after >= tokens.size() - 1) {
            // "Nokia's phone unit (2013): $7.6 billion": a line of a list of purchases.
            int open = before - 2;
            while (open > 0 && !tokens.get(open).text().equals("(") && before - open < 5) {
                open--;
            }
            if (open > 0 && tokens.get(open).text().equals("(") && tokens.get(open + 1).tag() == Tag.NUM) {
                return bought(context, tokens, 0, open - 1, LISTED_HOW);
            }
            return null;
        }
        if (before < 1 || !tokens.get(before).lower().equals("for")) {
            return null;
        }
        int end = before - 1;
        int start = end;
        while (start > 0 && phraseWord(tokens.get(start - 1))) {
            start--;
        }
        if (start > 0 && DETERMINERS.contains(tokens.get(start - 1).lower())) {
            start--;
        }
        int prev = start - 1;
        if (prev < 0) {
            return null;
        }
        Token p = tokens.get(prev);
        boolean verb = acquiring.contains(lemma(p)) && p.tag() == Tag.VERB
                || (p.lower().equals("up") || p.lower().equals("over")) && prev > 0
                && acquiring.contains(lemma(tokens.get(prev - 1)));
        boolean ofPurchase = p.lower().equals("of") && prev > 0 && acquisitions.contains(tokens.get(prev - 1).lemma());
        boolean listed = false;
        if (LIST_LINKS.contains(p.lower())) {
            // "Microsoft's biggest acquisitions until now had been Skype for $8.5 billion": the subject names purchases.
            for (int j = 0; j < prev && !listed; j++) {
                listed = tokens.get(j).nominal() && acquisitions.contains(tokens.get(j).lemma());
            }
        }
        return verb || ofPurchase || listed ? bought(context, tokens, start, end, "bought") : null;
    }

    /** A word of the noun phrase of what was bought: a noun, name, adjective or possessive. */
    private static boolean phraseWord(Token t) {
        return t.nominal() || t.tag() == Tag.ADJ || possessive(t) || t.text().equals("-");
    }

    /** The possessive ending, as the tokenizer splits it off ("Nokia" "'s"). */
    private static boolean possessive(Token t) {
        return t.text().equals("'s") || t.text().equals("\u2019s");
    }

    /**
     * The thing the noun phrase on {@code start..end} names, as bought: its last capitalised name ("online ad agency
     * aQuantive", "LinkedIn Corp" without the company suffix), or a part of the named owner before "'s" ("Nokia's
     * mobile devices business" is {@code thing:nokia-part}); never a person or a place.
     */
    private Thing bought(SentenceContext context, List<Token> tokens, int start, int end, String how) {
        while (start <= end && (tokens.get(start).tag() == Tag.DET || tokens.get(start).tag() == Tag.PRON)) {
            start++;
        }
        if (start > end || end >= tokens.size()) {
            return null;
        }
        String sentence = context.sentence().text();
        int possessive = -1;
        for (int j = start; j <= end; j++) {
            if (possessive(tokens.get(j))) {
                possessive = j;
            }
        }
        if (possessive > start) {
            Token head = tokens.get(end);
            if (possessive == end || !parts.contains(head.lemma()) || !capitalised(tokens.get(possessive - 1))) {
                return null;
            }
            int o = possessive - 1;
            while (o > start && capitalised(tokens.get(o - 1))) {
                o--;
            }
            String owner = sentence.substring(tokens.get(o).start(), tokens.get(possessive - 1).end());
            if (!bareName(owner) || person(context, tokens.get(o).start())) {
                return null;
            }
            String written = sentence.substring(tokens.get(o).start(), head.end());
            return new Thing(PREFIX + Lexicon.key(owner) + "-part", written, basis(written, how));
        }
        int last = end;
        while (last > start && suffixes.contains(tokens.get(last).lower().replace(".", ""))) {
            last--;
        }
        if (!capitalised(tokens.get(last))) {
            return null;
        }
        int n = last;
        while (n > start && capitalised(tokens.get(n - 1)) && tokens.get(n - 1).tag() == Tag.PROPN) {
            n--;
        }
        String name = sentence.substring(tokens.get(n).start(), tokens.get(last).end());
        if (!bareName(name) || person(context, tokens.get(n).start())) {
            return null;
        }
        return new Thing(PREFIX + Lexicon.key(name), name, basis(name, how));
    }

    /**
     * A list line names the thing but does not say that the sum is its price (a list of purchases, of revenues?):
     * its basis is {@link #LISTED}, which attributes.drl weighs as it weighs a description.
     */
    private static String basis(String name, String how) {
        return how.equals(LISTED_HOW) ? LISTED + " '" + name + "' with a sum" : NAMED + " '" + name + "' (" + how + ")";
    }

    /** A name's word: written with a capital somewhere ("LinkedIn", "aQuantive"), not a sentence's first "The". */
    private static boolean capitalised(Token t) {
        return (t.tag() == Tag.PROPN || t.tag() == Tag.NOUN) && t.text().chars().anyMatch(Character::isUpperCase)
                && !LEADING.contains(t.lower());
    }

    private boolean person(SentenceContext context, int at) {
        return persons.find(context).stream().anyMatch(p -> p.start() <= at && at < p.end());
    }

    /** "$12.2 billion" after "(" or after "(... ," : the index of the bracket, else -1. */
    private static int bracketOpen(List<Token> tokens, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 6; k--) {
            String t = tokens.get(k).text();
            if (t.equals("(")) {
                return k;
            }
            if (t.equals(")")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the verb on token {@code verb} says what its subject can do: "can", then adverbs, then the verb. */
    private static boolean able(List<Token> tokens, int verb) {
        int k = verb - 1;
        while (k > 0 && tokens.get(k).tag() == Tag.ADV) {
            k--;
        }
        return tokens.get(k).tag() == Tag.AUX && ABILITY.contains(tokens.get(k).lower());
    }

    private int qualifierStart(List<Token> tokens, int first) {
        PhraseTable.Match<QuantityLexicon.Qualifier> q = quantities.qualifierBefore(tokens, first - 1);
        return q == null ? first : q.first();
    }

    /** A count of what the thing contains ("120 flats") is its attribute; "433 million users" is no part of it. */
    private boolean verbFits(String verb, Figure figure, List<Token> tokens, int last) {
        return switch (figure) {
            case MONEY -> verb.equals("cost");
            case MEASURE -> !verb.equals("cost");
            case COUNT -> !verb.equals("cost") && isArtifact(tokens.get(last).lemma());
        };
    }

    /** "the 6,825-ton ferry Sewol", "The $12.5 billion tunnel": a determiner, the figure, then the thing. */
    private Thing compound(SentenceContext context, List<Token> tokens, int first, int last) {
        int k = last + 1;
        while (k < tokens.size() && quantities.measureAt(tokens, k) != null) {
            k = quantities.measureAt(tokens, k).last() + 1;
        }
        String dimension = "";
        while (k < tokens.size() && (tokens.get(k).text().equals("-") || DIMENSIONS.containsKey(tokens.get(k).lower()
                .replaceFirst("^-", "")))) {
            dimension = DIMENSIONS.getOrDefault(tokens.get(k).lower().replaceFirst("^-", ""), dimension);
            k++;
        }
        String glued = tokens.get(last).lower().replaceFirst(".*-", "");
        if (DIMENSIONS.containsKey(glued)) {
            dimension = DIMENSIONS.get(glued);
        }
        int from = k;
        int head = -1;
        while (k < tokens.size() && k < from + 8) {
            Token t = tokens.get(k);
            if (t.nominal() || t.tag() == Tag.NUM && head >= 0 && tokens.get(k - 1).end() == t.start()) {
                head = k;
            } else if (!(t.tag() == Tag.ADJ && head < 0 || t.text().equals("-") && head >= 0)) {
                break;
            }
            k++;
        }
        if (head < 0 || tokens.get(head).text().equals("-")) {
            return null;
        }
        // "Japan's 53.9-kilometre Seikan tunnel": a noun of a thing after the name that the tagger read as a verb in
        // its base form is the head the name modifies.
        if (k < tokens.size() && tokens.get(head).tag() == Tag.PROPN && tokens.get(k).tag() == Tag.VERB
                && tokens.get(k).lower().equals(tokens.get(k).lemma()) && isThingClass(tokens.get(k).lemma())) {
            head = k;
            k++;
        }
        // "the $5.43 billion S-400 missile deal": a head the tagger read as a verb is still the head, and a deal
        // is an event's, not a thing's.
        if (k < tokens.size() && tokens.get(k).tag() == Tag.VERB && tokens.get(k).lower().equals(tokens.get(k).lemma())
                && WordSenses.shared().eventShare(tokens.get(k).lower()) >= 0.5) {
            return null;
        }
        // "the burnt-out 24-storey tower": adjectives may stand between the determiner and the figure.
        int d = first - 1;
        while (d > 0 && tokens.get(d).tag() == Tag.ADJ) {
            d--;
        }
        boolean determiner = d >= 0 && DETERMINERS.contains(tokens.get(d).lower());
        Thing thing = resolve(context, tokens, from, head, determiner);
        return thing == null ? null : thing.withDimension(dimension);
    }

    /** "Grenfell Tower contains 120 flats", "the bridge cost $20 billion": the noun phrase before the verb. */
    private Thing subjectOf(SentenceContext context, List<Token> tokens, int verb) {
        return subjectOf(context, tokens, verb, false);
    }

    /**
     * The same; {@code bare} lets a name with no noun of a thing be one ("S-400 ... can engage up to six targets":
     * only things have what they can do counted, and people and places are still none).
     */
    private Thing subjectOf(SentenceContext context, List<Token> tokens, int verb, boolean bare) {
        int head = verb - 1;
        while (head >= 0 && (tokens.get(head).tag() == Tag.AUX || tokens.get(head).tag() == Tag.ADV)) {
            head--;
        }
        if (head < 0) {
            return null;
        }
        if (tokens.get(head).text().equals(",")) {
            // "The cargo ship, named the Dali, was 954 feet long": the noun phrase before the apposition.
            int open = head - 1;
            while (open > 0 && !tokens.get(open).text().equals(",") && head - open < 8) {
                open--;
            }
            if (open <= 0 || !tokens.get(open).text().equals(",") || !tokens.get(open - 1).nominal()) {
                return null;
            }
            head = open - 1;
        }
        if (tokens.get(head).tag() == Tag.CCONJ) {
            // "Grenfell Tower was built in 1974 and contains 120 flats": the subject of a verb before it.
            for (int v = head - 1; v > 0 && !BOUNDARIES.contains(tokens.get(v).text()); v--) {
                if ((tokens.get(v).tag() == Tag.VERB || tokens.get(v).tag() == Tag.AUX)
                        && tokens.get(v - 1).nominal()) {
                    Thing thing = subjectOf(context, tokens, v, bare);
                    if (thing != null) {
                        return thing;
                    }
                }
            }
            return null;
        }
        if (pronouns.contains(tokens.get(head).lower()) && tokens.get(head).tag() == Tag.PRON) {
            return pronoun(context, head);
        }
        if (!tokens.get(head).nominal()) {
            return null;
        }
        int from = head;
        while (from > 0 && (tokens.get(from - 1).nominal() || tokens.get(from - 1).tag() == Tag.ADJ
                || tokens.get(from - 1).text().equals("-"))) {
            from--;
        }
        boolean determiner = from > 0 && DETERMINERS.contains(tokens.get(from - 1).lower());
        return resolve(context, tokens, from, head, determiner || bare);
    }

    /**
     * "the total cost of Chandrayaan-3 is Rs. 615 crore" (the thing after "of"), "the tunnel took 17 years to build
     * at a cost of over 12 billion Swiss francs", "It was completed ... on a budget 12.2 billion" (the clause's
     * subject).
     */
    private Thing measureNoun(SentenceContext context, List<Token> tokens, int before) {
        int k = before;
        if (k >= 0 && tokens.get(k).lower().equals("of")) {
            k--;
        } else {
            while (k >= 0 && (tokens.get(k).tag() == Tag.AUX || tokens.get(k).tag() == Tag.ADV)) {
                k--;
            }
            if (k < 0 || !tokens.get(k).nominal() || measures.contains(tokens.get(k).lemma())) {
                // "budget 12.2 billion" (no "of") falls through to the clause subject below.
                if (k < 0 || !measures.contains(tokens.get(k).lemma())) {
                    return null;
                }
                return clauseSubject(context, tokens, k);
            }
            // "the cost of the project was ...": the noun phrase before the verb ends in the thing after "of".
            int head = k;
            int from = head;
            while (from > 0 && (tokens.get(from - 1).nominal() || tokens.get(from - 1).tag() == Tag.ADJ
                    || tokens.get(from - 1).text().equals("-"))) {
                from--;
            }
            int of = from - 1;
            if (from > 0 && DETERMINERS.contains(tokens.get(from - 1).lower())) {
                of = from - 2;
            }
            if (of >= 1 && tokens.get(of).lower().equals("of") && measures.contains(tokens.get(of - 1).lemma())
                    && tokens.get(before + 1 > 0 ? before : 0).tag() == Tag.AUX) {
                // "the total cost of Chandrayaan-3": the measure noun makes a bare name a thing, as "the" would.
                return resolve(context, tokens, from, head, true);
            }
            return null;
        }
        if (k < 0 || !measures.contains(tokens.get(k).lemma())) {
            return null;
        }
        return clauseSubject(context, tokens, k);
    }

    /** The subject of the clause holding token {@code k}: its first noun phrase, before any verb. */
    private Thing clauseSubject(SentenceContext context, List<Token> tokens, int k) {
        int[] clause = Clauses.around(Clauses.of(context), tokens.get(k).start());
        int i = 0;
        while (i < k && tokens.get(i).start() < clause[0]) {
            i++;
        }
        while (i < k && (tokens.get(i).tag() == Tag.DET || tokens.get(i).tag() == Tag.ADJ)) {
            i++;
        }
        if (i >= k) {
            return null;
        }
        if (tokens.get(i).tag() == Tag.PRON && pronouns.contains(tokens.get(i).lower())) {
            return pronoun(context, i);
        }
        int from = i;
        int head = -1;
        while (i < k && (tokens.get(i).nominal() || tokens.get(i).text().equals("-"))) {
            if (tokens.get(i).nominal()) {
                head = i;
            }
            i++;
        }
        if (head < 0 || i >= tokens.size() || tokens.get(i).tag() != Tag.VERB && tokens.get(i).tag() != Tag.AUX) {
            return null;
        }
        boolean determiner = from > 0 && DETERMINERS.contains(tokens.get(from - 1).lower());
        return resolve(context, tokens, from, head, determiner);
    }

    /**
     * The thing a noun phrase names: its proper name when it has one and its head is a thing; else, for "the
     * tunnel", the thing of that head noun the article named last.
     */
    private Thing resolve(SentenceContext context, List<Token> tokens, int from, int head, boolean determiner) {
        Token h = tokens.get(head);
        // A head the tagger read as a base-form verb ("Seikan tunnel") was taken by compound() as a noun of a thing.
        boolean noun = h.tag() == Tag.NOUN || h.tag() == Tag.VERB && h.lower().equals(h.lemma());
        int nameFirst = -1;
        int nameLast = -1;
        for (int j = from; j <= head; j++) {
            Token t = tokens.get(j);
            if (t.tag() == Tag.PROPN && !modifier(t) || t.tag() == Tag.NUM && nameFirst >= 0) {
                nameFirst = nameFirst < 0 ? j : nameFirst;
                nameLast = j;
            }
        }
        String sentence = context.sentence().text();
        if (nameFirst >= 0) {
            // The nouns before the name must name things too ("the passenger ferry Sewol"), and so must a head
            // after it ("Seikan rail tunnel"), whose lower-case nouns stay in the key.
            for (int j = from; j < nameFirst; j++) {
                if (tokens.get(j).tag() == Tag.NOUN && j == nameFirst - 1 && !isThingClass(tokens.get(j).lemma())) {
                    return null;
                }
            }
            String name = sentence.substring(tokens.get(nameFirst).start(), tokens.get(nameLast).end());
            if (noun && head > nameLast) {
                if (!isThingClass(h.lemma())) {
                    return null;
                }
                name = sentence.substring(tokens.get(nameFirst).start(), tokens.get(head - 1).end());
            }
            boolean classNoun = noun || nameFirst > from && tokens.get(nameFirst - 1).tag() == Tag.NOUN
                    || nameLast > nameFirst && isThingClass(tokens.get(nameLast).lower());
            // A bare name after a figure ("paid $7.2 billion Nokia ...") is the thing only as "the N-ton Sewol".
            int at = tokens.get(nameFirst).start();
            boolean person = persons.find(context).stream().anyMatch(p -> p.start() <= at && at < p.end());
            if (person || !bareName(name) || !classNoun && !determiner) {
                return null;
            }
            return new Thing(key(name), name, NAMED + " '" + name + "'");
        }
        if (!noun || !isThingClass(h.lemma())) {
            return null;
        }
        Thing called = namedAfter(tokens, head + 1, sentence);
        if (called != null) {
            return called;
        }
        if (!determiner) {
            return null;
        }
        // "the ferry, the Sewol": an apposed name right after.
        int a = head + 1;
        if (a + 1 < tokens.size() && tokens.get(a).text().equals(",")) {
            int b = a + 1;
            if (tokens.get(b).lower().equals("the")) {
                b++;
            }
            if (b < tokens.size() && tokens.get(b).tag() == Tag.PROPN && bareName(tokens.get(b).text())
                    && (b + 1 >= tokens.size() || !tokens.get(b + 1).nominal())) {
                String name = tokens.get(b).text();
                return new Thing(key(name), name, NAMED + " '" + name + "' in apposition");
            }
        }
        // "The Dali, a 984-foot container ship,": a name in apposition before.
        int d = from - 1;
        while (d >= 0 && (tokens.get(d).tag() == Tag.DET || tokens.get(d).tag() == Tag.NUM
                || tokens.get(d).tag() == Tag.ADJ || tokens.get(d).text().equals("-"))) {
            d--;
        }
        if (d >= 1 && tokens.get(d).text().equals(",") && tokens.get(d - 1).tag() == Tag.PROPN) {
            int n = d - 1;
            while (n > 0 && tokens.get(n - 1).tag() == Tag.PROPN) {
                n--;
            }
            String name = sentence.substring(tokens.get(n).start(), tokens.get(d - 1).end());
            if (bareName(name)) {
                return new Thing(key(name), name, NAMED + " '" + name + "' in apposition");
            }
        }
        Thing referred = referredTo(context, h.lemma(), tokens.get(from).start());
        // "the 24-storey tower block" after "Grenfell Tower": a compound refers back by a noun before its head.
        for (int j = head - 1; referred == null && j >= from && tokens.get(j).tag() == Tag.NOUN; j--) {
            if (isThingClass(tokens.get(j).lemma())) {
                referred = referredTo(context, tokens.get(j).lemma(), tokens.get(from).start());
            }
        }
        return referred;
    }

    /** The lemma, with the forms of "be" and "have" the tagger leaves as written when they are auxiliaries. */
    private static String lemma(Token t) {
        return switch (t.lower()) {
            case "is", "was", "are", "were", "been", "being", "'s" -> "be";
            case "has", "had", "having" -> "have";
            default -> t.lemma();
        };
    }

    /**
     * The subject of a name: its key without a last word that is a noun of things, so that "Grenfell Tower" and
     * "the Grenfell tower", "Hong Kong-Zhuhai-Macau Bridge" and "the Hong Kong-Zhuhai-Macau bridge" are one.
     */
    private String key(String name) {
        String[] words = name.trim().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        String kept = words.length > 1 && isThingClass(last) ? name.substring(0, name.lastIndexOf(words[words.length - 1]))
                : name;
        return PREFIX + Lexicon.key(ordered(kept.trim()));
    }

    /**
     * A name that joins the places it links with hyphens ("Hong Kong-Zhuhai-Macau", "Hong Kong-Macau-Zhuhai") in
     * the order of its parts sorted, so that outlets listing the ends in another order name one thing; a name with a
     * part that is not a capitalised word ("Chandrayaan-3", "S-400") is kept as written.
     */
    private static String ordered(String name) {
        String[] parts = name.split("\\s*[-\u2010\u2013]\\s*");
        if (parts.length < 2) {
            return name;
        }
        for (String part : parts) {
            if (part.length() < 2 || !Character.isUpperCase(part.charAt(0)) || !part.chars().allMatch(
                    c -> Character.isLetter(c) || c == ' ')) {
                return name;
            }
        }
        return String.join("-", java.util.Arrays.stream(parts).sorted().toList());
    }

    /** "Singapore-flagged", "Seoul-based": a name joined to a participle or adjective is a modifier, not a name. */
    private static boolean modifier(Token t) {
        int dash = t.text().lastIndexOf('-');
        return dash > 0 && dash + 1 < t.text().length() && Character.isLowerCase(t.text().charAt(dash + 1));
    }

    /** "the cargo ship, named the Dali,", "the vessel, identified as the Dali": a name given right after a noun. */
    private Thing namedAfter(List<Token> tokens, int k, String sentence) {
        int j = k;
        if (j < tokens.size() && tokens.get(j).text().equals(",")) {
            j++;
        }
        if (j >= tokens.size() || !naming.contains(tokens.get(j).lower())) {
            return null;
        }
        j++;
        if (j < tokens.size() && tokens.get(j).lower().equals("as")) {
            j++;
        }
        if (j < tokens.size() && tokens.get(j).lower().equals("the")) {
            j++;
        }
        int n = j;
        while (n < tokens.size() && tokens.get(n).tag() == Tag.PROPN && !modifier(tokens.get(n))) {
            n++;
        }
        if (n == j) {
            return null;
        }
        String name = sentence.substring(tokens.get(j).start(), tokens.get(n - 1).end());
        return bareName(name) ? new Thing(key(name), name, NAMED + " '" + name + "'") : null;
    }

    /** A capitalised name that is not a place, a demonym or a month: "Sewol", "Theranos". */
    private boolean bareName(String name) {
        return !name.isEmpty() && lexicon.place(name) == null && !lexicon.isDemonym(name)
                && !LEADING.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a noun names a thing: an artifact or group in WordNet for most of its uses, or listed. */
    private boolean isThingClass(String lemma) {
        return classes.contains(lemma) || isArtifact(lemma);
    }

    private boolean isArtifact(String lemma) {
        return artifact.computeIfAbsent(lemma, l -> {
            WordSenses.Reading r = WordSenses.shared().reading(l, Tag.NOUN);
            return r != null && r.share(ARTIFACT_FILES) >= 0.5;
        });
    }

    /** Per head noun, the pattern of a name written with it: head nouns of things are few, articles many. */
    private static final java.util.concurrent.ConcurrentMap<String, Pattern> NAMED_WITH =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** How many head nouns keep their pattern, so an open vocabulary cannot grow the map without end. */
    private static final int NAMED_WITH_KEPT = 4096;

    /** "Gotthard Base Tunnel", "the ferry Sewol", "ferry, the Sewol": a name with {@code noun} as its head or class. */
    private static Pattern namedWith(String noun) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + CAPITALISED_RUN.pattern() + ")\\s+(?i:" + Pattern.quote(noun)
                + ")(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?i:" + Pattern.quote(noun) + "),?\\s+(?:the\\s+)?("
                + "\\p{Lu}[\\p{L}\\p{N}]*(?:[-\u2010][\\p{L}\\p{N}]+)*)(?![\\p{L}\\p{N}])");
    }

    /**
     * "the tunnel": the named thing with that head noun the article mentions last before the phrase ("Gotthard
     * Base Tunnel", "the ferry Sewol", "Sewol ferry").
     */
    private Thing referredTo(SentenceContext context, String noun, int sentenceOffset) {
        String text = context.article().text();
        int end = context.sentence().start() + sentenceOffset;
        int from = Math.max(0, end - REACH);
        String before = text.substring(from, end);
        String best = null;
        int bestAt = -1;
        Pattern named = NAMED_WITH.get(noun);
        if (named == null) {
            named = namedWith(noun);
            if (NAMED_WITH.size() < NAMED_WITH_KEPT) {
                NAMED_WITH.putIfAbsent(noun, named);
            }
        }
        Matcher m = named.matcher(before);
        while (m.find()) {
            String name = m.group(1) != null ? trimName(m.group(1)) : m.group(2);
            boolean capitalisedClass = m.group(1) != null && Character.isUpperCase(before.charAt(m.end() - noun.length()));
            if (name.isEmpty() || !bareName(name)) {
                continue;
            }
            String full = capitalisedClass ? name + " " + before.substring(m.end() - noun.length(), m.end()) : name;
            if (m.start() >= bestAt) {
                best = full;
                bestAt = m.start();
            }
        }
        if (best == null) {
            return null;
        }
        return new Thing(key(best), best, DESCRIBED + ": 'the " + noun + "' after '" + best + "'");
    }

    /** Drops leading words that start a sentence or phrase ("The Gotthard" is "Gotthard"). */
    private static String trimName(String run) {
        String[] words = run.trim().split("\\s+");
        int i = 0;
        while (i < words.length && LEADING.contains(words[i].toLowerCase(Locale.ROOT))) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    /**
     * "It" at the head of a clause: the one thing the sentences before it name (a proper name before a noun of a
     * thing), if they name exactly one.
     */
    private Thing pronoun(SentenceContext context, int token) {
        List<Sentence> sentences = context.article().sentences();
        int index = sentences.indexOf(context.sentence());
        if (index < 0) {
            return null;
        }
        Set<String> found = new LinkedHashSet<>();
        for (int s = Math.max(0, index - PRONOUN_SENTENCES); s < index; s++) {
            String defined = defined(sentences.get(s).text());
            if (defined != null) {
                found.add(defined);
            }
            Matcher m = CAPITALISED_RUN.matcher(sentences.get(s).text());
            while (m.find()) {
                String[] words = m.group().split("\\s+");
                String last = words[words.length - 1];
                String name = trimName(m.group());
                if (words.length >= 2 && !name.equals(last) && isThingClass(last.toLowerCase(Locale.ROOT))
                        && bareName(name)) {
                    found.add(name);
                }
            }
        }
        if (found.size() != 1) {
            return null;
        }
        String name = found.iterator().next();
        return new Thing(key(name), name, DESCRIBED + ": '" + context.tokens().get(token).text()
                + "' after '" + name + "'");
    }

    /**
     * The name a sentence defines as a thing ("The S-400 is one of the world's most advanced air defence systems":
     * a name, "is a" or "is one of", and a noun of a thing last), or {@code null}.
     */
    private String defined(String sentence) {
        Matcher m = DEFINED.matcher(sentence);
        if (!m.lookingAt()) {
            return null;
        }
        String rest = TRAILING_MARKS.matcher(sentence).replaceFirst("");
        String last = rest.substring(rest.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        String name = m.group(1);
        return bareName(name) && isThingClass(last) ? name : null;
    }

    /** The names of things a text mentions, by key (for tests and diagnostics). */
    Map<String, String> namesIn(String text) {
        Map<String, String> out = new HashMap<>();
        Matcher m = CAPITALISED_RUN.matcher(text);
        List<String> runs = new ArrayList<>();
        while (m.find()) {
            runs.add(m.group());
        }
        for (String run : runs) {
            String name = trimName(run);
            String[] words = name.split("\\s+");
            if (words.length >= 2 && isThingClass(words[words.length - 1].toLowerCase(Locale.ROOT))) {
                out.put(key(name), name);
            }
        }
        return out;
    }
}
