package org.crosscheck.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.crosscheck.CrosscheckException;

/**
 * What WordNet 3.1 (Princeton; read through extJWNL from its Maven Central data jar) says about an English word
 * form: its dictionary form and how often each part of speech and each sense of it is used (the sense counts of
 * the SemCor tagged corpus), the lexicographer file of each sense ({@code noun.event}, {@code verb.motion}, ...) and
 * the hypernyms above a sense. Senses are named as in WordNet's own browsers and NLTK: {@code accident.n.01} is the
 * first noun sense of "accident".
 *
 * <p>One dictionary per JVM, loaded on first use (about half a second) and read under a lock; every answer is cached
 * per word form, so a corpus pays for each distinct word once and threads then read the caches without locking.
 */
public final class WordSenses {
    /**
     * One sense of a word form in one part of speech; {@code proper} when WordNet writes the word capitalised in this
     * sense (a place, a person, a month: "Nepal", "March").
     */
    public record Sense(String key, String lexFile, int uses, long offset, boolean proper) {
    }

    /**
     * The readings of a word form in one part of speech.
     *
     * @param lemma  the dictionary form ({@code killed} -> {@code kill})
     * @param senses its senses, most used first (WordNet's order)
     */
    public record Reading(String lemma, List<Sense> senses) {
        /** Sense uses with each sense counted at least half a use, so that unseen senses still weigh a little. */
        public double weight() {
            double w = 0;
            for (Sense s : senses) {
                w += s.uses() + 0.5;
            }
            return w;
        }

        /** The share of the weight of senses in the given lexicographer files. */
        public double share(Set<String> lexFiles) {
            double in = 0;
            for (Sense s : senses) {
                if (lexFiles.contains(s.lexFile())) {
                    in += s.uses() + 0.5;
                }
            }
            return senses.isEmpty() ? 0 : in / weight();
        }
    }

    private static final Set<String> EVENT_FILES = Set.of("noun.event", "noun.act");
    private static volatile WordSenses shared;

    private final Dictionary dictionary;
    private final Map<String, Map<Tag, Reading>> readings = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> closures = new ConcurrentHashMap<>();
    private final Map<String, Optional<Sense>> senseByKey = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> derived = new ConcurrentHashMap<>();
    private final Map<String, String> derivedVerbs = new ConcurrentHashMap<>();

    private WordSenses(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The dictionary of this JVM. */
    public static WordSenses shared() {
        WordSenses s = shared;
        if (s == null) {
            synchronized (WordSenses.class) {
                s = shared;
                if (s == null) {
                    try {
                        s = new WordSenses(Dictionary.getDefaultResourceInstance());
                    } catch (JWNLException e) {
                        throw new CrosscheckException("wordnet", "cannot load WordNet: " + e.getMessage(),
                                CrosscheckException.FAILURE, e);
                    }
                    shared = s;
                }
            }
        }
        return s;
    }

    /** The readings of a word form per part of speech (NOUN, VERB, ADJ, ADV); empty when WordNet lacks it. */
    public Map<Tag, Reading> readings(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Map<Tag, Reading> known = readings.get(lower);
        if (known == null) {
            known = compute(lower);
            readings.putIfAbsent(lower, known);
        }
        return known;
    }

    /** The reading of a word form in one part of speech, or {@code null}. */
    public Reading reading(String word, Tag tag) {
        return readings(word).get(tag);
    }

    /**
     * How much of a noun's use is as an event or act (lexicographer files {@code noun.event} and {@code noun.act}):
     * 0 for "train" or "hospital", near 1 for "derailment", "vote" or "earthquake".
     */
    public double eventShare(String word) {
        Reading r = reading(word, Tag.NOUN);
        return r == null ? 0 : r.share(EVENT_FILES);
    }

    /**
     * Whether WordNet knows the word as a common word (some sense written in lower case, in any part of speech):
     * "express" and "tower" are, "Kanpur" and "Grenfell" are not, so they tell one event from another.
     */
    public boolean isCommon(String word) {
        for (Reading r : readings(word).values()) {
            for (Sense s : r.senses()) {
                if (!s.proper()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any of the word's senses in that part of speech lies at or below a sense named by its key. */
    public boolean reaches(String word, Tag tag, String senseKey) {
        return reachShare(word, tag, Set.of(senseKey)) > 0;
    }

    /**
     * The share of a word's sense weight (in one part of speech) that lies at or below one of the named senses: how
     * strongly "crash" reads as an accident ({@code accident.n.01}) rather than a noise.
     */
    public double reachShare(String word, Tag tag, Set<String> senseKeys) {
        Reading r = reading(word, tag);
        if (r == null) {
            return 0;
        }
        Set<Long> roots = new HashSet<>();
        for (String key : senseKeys) {
            sense(key).ifPresent(s -> roots.add(s.offset()));
        }
        double in = 0;
        for (Sense s : r.senses()) {
            if (!Collections.disjoint(closure(tag, s.offset()), roots)) {
                in += s.uses() + 0.5;
            }
        }
        return in / r.weight();
    }

    /**
     * The share of a word's sense weight (in one part of speech) whose sense is one of the named senses itself, not
     * one below it: how strongly "incident" is the word for {@code incident.n.01}.
     */
    public double exactShare(String word, Tag tag, Set<String> senseKeys) {
        Reading r = reading(word, tag);
        if (r == null) {
            return 0;
        }
        Set<Long> roots = offsets(senseKeys);
        double in = 0;
        for (Sense s : r.senses()) {
            if (roots.contains(s.offset())) {
                in += s.uses() + 0.5;
            }
        }
        return in / r.weight();
    }

    /**
     * The share of a verb's sense weight whose derived nouns (WordNet's derivational links, "derail" to
     * "derailment", "vote" to "vote") have a sense at or below one of the named noun senses: how strongly a verb
     * names an event of that kind.
     */
    public double derivedReachShare(String verb, Set<String> nounSenseKeys) {
        Reading r = reading(verb, Tag.VERB);
        if (r == null) {
            return 0;
        }
        Set<Long> roots = offsets(nounSenseKeys);
        double in = 0;
        for (Sense s : r.senses()) {
            for (long noun : derivedNouns(r.lemma(), s.offset())) {
                if (!Collections.disjoint(closure(Tag.NOUN, noun), roots)) {
                    in += s.uses() + 0.5;
                    break;
                }
            }
        }
        return in / r.weight();
    }

    /**
     * The verb a noun is derived from or names (WordNet's derivational links from the noun's senses, most used
     * first): "derailment" gives "derail", "collapse" gives "collapse"; empty when WordNet links none.
     */
    public String derivedVerb(String noun) {
        Reading r = reading(noun, Tag.NOUN);
        if (r == null) {
            return "";
        }
        return derivedVerbs.computeIfAbsent(r.lemma(), lemma -> {
            for (Sense s : r.senses()) {
                List<Word> verbs = derivations(POS.NOUN, s.offset(), lemma, POS.VERB);
                if (!verbs.isEmpty()) {
                    return verbs.get(0).getLemma().toLowerCase(Locale.ROOT);
                }
            }
            return "";
        });
    }

    /** How many senses lie at or above the named one (its own included): a deeper sense is more specific. */
    public int depth(String senseKey) {
        Optional<Sense> s = sense(senseKey);
        if (s.isEmpty()) {
            return 0;
        }
        return closure(tagOf(senseKey), s.get().offset()).size();
    }

    private Set<Long> offsets(Set<String> senseKeys) {
        Set<Long> out = new HashSet<>();
        for (String key : senseKeys) {
            sense(key).ifPresent(s -> out.add(s.offset()));
        }
        return out;
    }

    private static Tag tagOf(String senseKey) {
        String[] parts = senseKey.split("\\.");
        return parts.length < 3 ? Tag.NOUN : switch (parts[parts.length - 2]) {
            case "v" -> Tag.VERB;
            case "a", "s" -> Tag.ADJ;
            case "r" -> Tag.ADV;
            default -> Tag.NOUN;
        };
    }

    /** The noun synsets a verb sense's lemma is derivationally linked to (cached per verb sense and lemma). */
    private List<Long> derivedNouns(String lemma, long verbOffset) {
        String cacheKey = verbOffset + "|" + lemma;
        List<Long> known = derived.get(cacheKey);
        if (known != null) {
            return known;
        }
        List<Long> out = new ArrayList<>();
        for (Word target : derivations(POS.VERB, verbOffset, lemma, POS.NOUN)) {
            out.add(target.getSynset().getOffset());
        }
        List<Long> result = List.copyOf(out);
        derived.putIfAbsent(cacheKey, result);
        return result;
    }

    /**
     * The words of part of speech {@code to} that WordNet's derivational links join to {@code lemma} in the synset
     * at {@code offset}, in WordNet's order; none when the synset cannot be read.
     */
    private List<Word> derivations(POS from, long offset, String lemma, POS to) {
        List<Word> out = new ArrayList<>();
        synchronized (dictionary) {
            try {
                Synset synset = dictionary.getSynsetAt(from, offset);
                if (synset != null) {
                    for (Pointer p : synset.getPointers(PointerType.DERIVATION)) {
                        if (p.getSource() instanceof Word source && source.getLemma().equalsIgnoreCase(lemma)
                                && p.getTarget() instanceof Word target && target.getPOS() == to) {
                            out.add(target);
                        }
                    }
                }
            } catch (JWNLException e) {
                // An unreadable synset links nothing.
            }
        }
        return out;
    }

    /** The sense a key names ({@code accident.n.01}), if WordNet has it. */
    public Optional<Sense> sense(String key) {
        return senseByKey.computeIfAbsent(key, this::findSense);
    }

    private Optional<Sense> findSense(String key) {
        String[] parts = key.split("\\.");
        if (parts.length < 3) {
            return Optional.empty();
        }
        Tag tag = switch (parts[parts.length - 2]) {
            case "n" -> Tag.NOUN;
            case "v" -> Tag.VERB;
            case "a", "s" -> Tag.ADJ;
            case "r" -> Tag.ADV;
            default -> null;
        };
        int number;
        try {
            number = Integer.parseInt(parts[parts.length - 1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String lemma = String.join(".", java.util.Arrays.copyOf(parts, parts.length - 2)).replace('_', ' ');
        if (tag == null) {
            return Optional.empty();
        }
        synchronized (dictionary) {
            try {
                IndexWord w = dictionary.getIndexWord(pos(tag), lemma);
                if (w == null || number < 1 || number > w.getSenses().size()) {
                    return Optional.empty();
                }
                return Optional.of(sense(w, w.getSenses().get(number - 1), number, tag));
            } catch (JWNLException e) {
                return Optional.empty();
            }
        }
    }

    private Map<Tag, Reading> compute(String lower) {
        Map<Tag, Reading> out = new EnumMap<>(Tag.class);
        if (!lookable(lower)) {
            return Collections.unmodifiableMap(out);
        }
        synchronized (dictionary) {
            for (Tag tag : new Tag[] {Tag.NOUN, Tag.VERB, Tag.ADJ, Tag.ADV}) {
                try {
                    Reading best = null;
                    for (IndexWord w : baseForms(tag, lower)) {
                        List<Sense> senses = new ArrayList<>();
                        int n = 1;
                        for (Synset synset : w.getSenses()) {
                            senses.add(sense(w, synset, n++, tag));
                        }
                        Reading r = new Reading(w.getLemma(), List.copyOf(senses));
                        if (best == null || uses(r) > uses(best)) {
                            best = r;
                        }
                    }
                    if (best != null) {
                        out.put(tag, best);
                    }
                } catch (JWNLException | IllegalArgumentException e) {
                    // A form WordNet's morphology cannot process has no reading in that part of speech.
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The entries a form may inflect. A verb form can belong to two verbs ("found" is "find" and "found", "saw" is
     * "see" and "saw", "ground" is "grind" and "ground"); WordNet's lookup returns the form itself first, so when a
     * verb form is itself a base form every base form is looked up and the caller keeps the one most used
     * ("founded" is only "found"). Other parts of speech keep the first.
     */
    private List<IndexWord> baseForms(Tag tag, String lower) throws JWNLException {
        IndexWord first = dictionary.lookupIndexWord(pos(tag), lower);
        if (tag != Tag.VERB || first == null || !first.getLemma().equals(lower)) {
            return first == null ? List.of() : List.of(first);
        }
        List<IndexWord> out = new ArrayList<>();
        out.add(first);
        for (Object base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, lower)) {
            IndexWord w = dictionary.getIndexWord(POS.VERB, (String) base);
            if (w != null && out.stream().noneMatch(o -> o.getLemma().equals(w.getLemma()))) {
                out.add(w);
            }
        }
        return out;
    }

    private static int uses(Reading r) {
        int n = 0;
        for (Sense s : r.senses()) {
            n += s.uses();
        }
        return n;
    }

    /**
     * Whether WordNet's morphology may be asked about a form. Its tokenizer tries every way of joining the parts
     * between separators, which doubles with each part: a URL slug of a dozen hyphenated parts took minutes. No
     * WordNet entry has more than {@value #MAX_PARTS} parts or holds a slash, a colon or a query character.
     */
    static boolean lookable(String lower) {
        int parts = 1;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '-' || c == '_' || c == ' ' || c == '.') {
                if (++parts > MAX_PARTS) {
                    return false;
                }
            } else if (c == '/' || c == ':' || c == '?' || c == '=' || c == '&') {
                return false;
            }
        }
        return true;
    }

    /** Parts of the longest form looked up in WordNet (its longest collocations have six or seven words). */
    static final int MAX_PARTS = 8;

    private static Sense sense(IndexWord w, Synset synset, int number, Tag tag) {
        int uses = 0;
        boolean proper = false;
        for (Word word : synset.getWords()) {
            if (word.getLemma().equalsIgnoreCase(w.getLemma())) {
                uses = word.getUseCount();
                proper = !word.getLemma().isEmpty() && Character.isUpperCase(word.getLemma().charAt(0));
            }
        }
        String key = w.getLemma().replace(' ', '_') + "." + letter(tag) + "." + String.format(Locale.ROOT, "%02d", number);
        return new Sense(key, synset.getLexFileName(), uses, synset.getOffset(), proper);
    }

    /** The synset offsets at or above a synset (hypernyms and instance hypernyms, transitively). */
    private Set<Long> closure(Tag tag, long offset) {
        long cacheKey = offset * 4 + "nvar".indexOf(letter(tag));
        Set<Long> known = closures.get(cacheKey);
        if (known != null) {
            return known;
        }
        Set<Long> out = new HashSet<>();
        synchronized (dictionary) {
            try {
                List<Synset> todo = new ArrayList<>();
                todo.add(dictionary.getSynsetAt(pos(tag), offset));
                while (!todo.isEmpty()) {
                    Synset s = todo.remove(todo.size() - 1);
                    if (s == null || !out.add(s.getOffset())) {
                        continue;
                    }
                    for (Pointer p : s.getPointers()) {
                        if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
                            todo.add(p.getTargetSynset());
                        }
                    }
                }
            } catch (JWNLException e) {
                // An unreadable synset ends the walk; what was reached stays.
            }
        }
        Set<Long> result = Set.copyOf(out);
        closures.putIfAbsent(cacheKey, result);
        return result;
    }

    private static POS pos(Tag tag) {
        return switch (tag) {
            case NOUN -> POS.NOUN;
            case VERB -> POS.VERB;
            case ADJ -> POS.ADJECTIVE;
            case ADV -> POS.ADVERB;
            default -> throw new IllegalArgumentException("WordNet has no " + tag);
        };
    }

    private static String letter(Tag tag) {
        return switch (tag) {
            case NOUN -> "n";
            case VERB -> "v";
            case ADJ -> "a";
            default -> "r";
        };
    }
}
