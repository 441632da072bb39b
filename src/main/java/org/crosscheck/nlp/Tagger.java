package org.crosscheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CrosscheckException;

/**
 * Guesses each token's part of speech and lemma from closed-class English, the shape of the word, WordNet's sense
 * counts per part of speech ({@link WordSenses}) and a few context rules (a word after a determiner is a noun, after
 * a modal or "to" a verb, a participle after "was" a verb, a capitalised word inside a sentence a proper noun).
 *
 * <p>Why not a statistical tagger: Apache OpenNLP's English POS model tags about 36,000 tokens a second on one core
 * here, which is some 90 articles a second, far below what the audit must read; the facts Crosscheck extracts need
 * only the noun/verb/proper-noun distinctions these rules make, at the cost of a hash lookup per word.
 */
public final class Tagger {
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "ca", "wo", "do", "does", "did");
    private static final Set<String> BE = Set.of("is", "am", "are", "was", "were", "be", "been", "being", "'s",
            "\u2019s", "has", "have", "had", "having", "get", "got", "gets", "getting");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("my", "your", "his", "her", "its", "our", "their");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "who",
            "which", "that");
    private static final Set<String> CARDINALS = Set.of("zero", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "hundreds", "thousands",
            "millions", "billions", "lakh", "crore");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final String SYMBOLS = "$\u00a3\u20ac\u00a5\u20b9%&+#@\u00b0";

    /** One-reading candidate maps, shared. */
    private static final Map<Tag, Map<Tag, Double>> ONLY = new EnumMap<>(Tag.class);

    static {
        for (Tag t : Tag.values()) {
            ONLY.put(t, Map.of(t, 1.0));
        }
    }

    private static volatile Tagger standard;
    private final Map<String, Map<Tag, Double>> lexical = new java.util.concurrent.ConcurrentHashMap<>();

    private final WordSenses senses;
    private final Map<String, Tag> closedClass;

    Tagger(WordSenses senses, Map<String, Tag> closedClass) {
        this.senses = senses;
        this.closedClass = closedClass;
    }

    /** The tagger over the shared WordNet and the built-in closed-class list. */
    public static Tagger standard() {
        Tagger t = standard;
        if (t == null) {
            synchronized (Tagger.class) {
                t = standard;
                if (t == null) {
                    t = new Tagger(WordSenses.shared(), readClosedClass());
                    standard = t;
                }
            }
        }
        return t;
    }

    /** The senses the tagger reads. */
    public WordSenses senses() {
        return senses;
    }

    /** Tokens of a sentence with tags and lemmas. */
    public List<Token> tag(String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        boolean headline = headline(tokens);
        List<Token> out = new ArrayList<>(tokens.size());
        List<Map<Tag, Double>> candidates = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            Map<Tag, Double> c = candidates(t, out.isEmpty() || startsClause(out), headline);
            candidates.add(c);
            out.add(t.withTag(best(c), t.lower()));
        }
        for (int i = 0; i < out.size(); i++) {
            Map<Tag, Double> c = candidates.get(i);
            if (c.size() > 1 || c.containsKey(Tag.VERB) && out.get(i).lower().endsWith("ing")) {
                out.set(i, out.get(i).withTag(inContext(out, candidates, i), out.get(i).lower()));
            }
        }
        refineFunctionWords(out, candidates);
        for (int i = 0; i < out.size(); i++) {
            Token t = out.get(i);
            if (t.tag().isContent()) {
                WordSenses.Reading r = senses.reading(t.lower(), t.tag());
                if (r != null) {
                    out.set(i, t.withTag(t.tag(), r.lemma()));
                }
            }
        }
        return List.copyOf(out);
    }

    private Map<Tag, Double> candidates(Token t, boolean initial, boolean headline) {
        String text = t.text();
        char first = text.charAt(0);
        if (!Character.isLetterOrDigit(first)) {
            if (text.length() >= 2 && (first == '\'' || first == '\u2019')) {
                return ONLY.get(Tag.PART);
            }
            return ONLY.get(SYMBOLS.indexOf(first) >= 0 ? Tag.SYM : Tag.PUNCT);
        }
        if (Character.isDigit(first)) {
            String lower = t.lower();
            int i = 0;
            while (i < lower.length() && (Character.isDigit(lower.charAt(i)) || lower.charAt(i) == ',')) {
                i++;
            }
            return ORDINAL_SUFFIXES.contains(lower.substring(i)) ? ONLY.get(Tag.ADJ) : ONLY.get(Tag.NUM);
        }
        Tag closed = closedClass.get(t.lower());
        boolean capitalised = t.capitalised() && !t.text().equals("I");
        if (closed != null && (!capitalised || initial || headline || allCaps(text) && text.length() <= 3)) {
            return ONLY.get(closed);
        }
        if (cardinal(t.lower())) {
            return ONLY.get(Tag.NUM);
        }
        if (capitalised && (!initial && !headline || text.indexOf('.') > 0)) {
            return ONLY.get(Tag.PROPN);
        }
        Map<Tag, Double> c = lexical(t.lower());
        if (c.isEmpty()) {
            return ONLY.get(capitalised ? Tag.PROPN : shapeGuess(t.lower()));
        }
        if (capitalised && initial && !headline && c.values().stream().mapToDouble(Double::doubleValue).sum() < 2) {
            // A sentence-initial word WordNet barely knows is more likely a name ("Chaudhary said").
            Map<Tag, Double> named = new EnumMap<>(c);
            named.put(Tag.PROPN, 2.0);
            return named;
        }
        return c;
    }

    /** The parts of speech WordNet gives a lower-case form, weighted by use (cached per form). */
    private Map<Tag, Double> lexical(String lower) {
        Map<Tag, Double> known = lexical.get(lower);
        if (known == null) {
            Map<Tag, Double> c = new EnumMap<>(Tag.class);
            for (Map.Entry<Tag, WordSenses.Reading> e : senses.readings(lower).entrySet()) {
                c.put(e.getKey(), e.getValue().weight());
            }
            known = c.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(c);
            lexical.putIfAbsent(lower, known);
        }
        return known;
    }

    /** A cardinal word or a hyphenated compound of them ("eighty-three"). */
    private static boolean cardinal(String lower) {
        if (CARDINALS.contains(lower)) {
            return true;
        }
        int hyphen = lower.indexOf('-');
        return hyphen > 0 && CARDINALS.contains(lower.substring(0, hyphen))
                && (CARDINALS.contains(lower.substring(hyphen + 1)) || lower.endsWith("-one"));
    }

    private static Tag shapeGuess(String lower) {
        if (lower.endsWith("ly")) {
            return Tag.ADV;
        }
        if (lower.endsWith("ed") || lower.endsWith("ing")) {
            return Tag.VERB;
        }
        return Tag.NOUN;
    }

    private static Tag best(Map<Tag, Double> c) {
        Tag best = null;
        double weight = -1;
        for (Map.Entry<Tag, Double> e : c.entrySet()) {
            if (e.getValue() > weight) {
                best = e.getKey();
                weight = e.getValue();
            }
        }
        return best;
    }

    /** The reading of an ambiguous word that its left neighbour calls for, else its most used reading. */
    private static Tag inContext(List<Token> tokens, List<Map<Tag, Double>> candidates, int i) {
        Map<Tag, Double> c = candidates.get(i);
        Token t = tokens.get(i);
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        boolean verb = c.containsKey(Tag.VERB);
        boolean noun = c.containsKey(Tag.NOUN);
        boolean participle = t.lower().endsWith("ed") || t.lower().endsWith("en") || t.lower().endsWith("ing");
        if (prev != null) {
            String p = prev.lower();
            if (verb && (MODALS.contains(p) || p.equals("n't") || p.equals("not") && i > 1
                    && MODALS.contains(tokens.get(i - 2).lower()))) {
                return Tag.VERB;
            }
            if (verb && BE.contains(p) && participle) {
                return Tag.VERB;
            }
            if (verb && p.equals("to") && !t.lower().endsWith("s")) {
                return Tag.VERB;
            }
            if ((noun || verb && t.lower().endsWith("ing")) && (prev.tag() == Tag.DET || POSSESSIVE_PRONOUNS.contains(p) || prev.tag() == Tag.NUM
                    || prev.tag() == Tag.PART && p.endsWith("s") || prev.tag() == Tag.ADJ)) {
                return c.containsKey(Tag.ADJ) && prev.tag() == Tag.DET && c.get(Tag.ADJ) > c.getOrDefault(Tag.NOUN, 0.0)
                        ? Tag.ADJ : Tag.NOUN;
            }
            if (verb && SUBJECT_PRONOUNS.contains(p) && prev.tag() == Tag.PRON) {
                return Tag.VERB;
            }
            if (verb && t.lower().endsWith("ed") && (prev.nominal() || prev.tag() == Tag.ADV)) {
                return Tag.VERB;
            }
        }
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (noun && next != null && (next.tag() == Tag.VERB && !candidatesOf(candidates, i + 1).containsKey(Tag.NOUN)
                || next.tag() == Tag.AUX)) {
            // A word right before a verb is its subject: "as train derails", "the vote was".
            return Tag.NOUN;
        }
        return best(c);
    }

    private static Map<Tag, Double> candidatesOf(List<Map<Tag, Double>> candidates, int i) {
        return candidates.get(i);
    }

    /** "to" before a verb is a particle, else a preposition; "that" before a noun is a determiner. */
    private void refineFunctionWords(List<Token> tokens, List<Map<Tag, Double>> candidates) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (t.lower().equals("to") && next.tag() != Tag.VERB && next.tag() != Tag.AUX) {
                tokens.set(i, t.withTag(Tag.ADP, t.lower()));
            } else if (t.lower().equals("that") && next.tag() == Tag.NOUN
                    && !candidates.get(i + 1).containsKey(Tag.VERB)) {
                tokens.set(i, t.withTag(Tag.DET, t.lower()));
            }
        }
    }

    private static boolean startsClause(List<Token> before) {
        Token prev = before.get(before.size() - 1);
        return prev.tag() == Tag.PUNCT && ":\"\u201c(\u2018'-\u2014\u2013".indexOf(prev.text().charAt(0)) >= 0;
    }

    /** A headline in capitals or in title case tells nothing by its capitals. */
    private static boolean headline(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        int upper = 0;
        for (Token t : tokens) {
            if (Character.isLetter(t.text().charAt(0)) && t.text().length() > 3) {
                words++;
                if (t.capitalised()) {
                    capitalised++;
                }
                if (allCaps(t.text())) {
                    upper++;
                }
            }
        }
        return words >= 3 && (upper * 10 >= words * 6 || capitalised * 10 >= words * 8);
    }

    private static boolean allCaps(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            letter |= Character.isLetter(ch);
        }
        return letter;
    }

    private static Map<String, Tag> readClosedClass() {
        String name = "closed_class.csv";
        Map<String, Tag> out = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).get();
        try (InputStream in = Tagger.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new CrosscheckException(name, "missing from the jar", CrosscheckException.FAILURE);
            }
            for (CSVRecord r : CSVParser.parse(in, StandardCharsets.UTF_8, format)) {
                out.put(r.get("word"), Tag.valueOf(r.get("tag").strip()));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new CrosscheckException(name, "cannot read: " + e.getMessage(), CrosscheckException.FAILURE, e);
        }
        return Map.copyOf(out);
    }
}
