package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;

/**
 * How an event mention is named, read from its sentence: the canonical form of a proper name or topic (aliases
 * applied, countries moved to the participants), the proper names of a sentence that tell one event from another,
 * and the tests of whether capitalised words are a name at all. Split from {@link EventFinder}, which finds the
 * mentions and reads their frames.
 */
final class EventNames {
    private static final Pattern EDGE_FUNCTION_WORDS = Pattern.compile("^(?:the|of|on|and)-|-(?:the|of|on|and)$");
    private static final Pattern GERUND = Pattern.compile("\\p{L}+ing");
    /** Memo key of the proper names of a sentence. */
    private static final Object ENTITIES = new Object();
    /** Memo key of the describing adjectives of a sentence. */
    private static final Object DESCRIBING = new Object();

    private final Lexicon lexicon;

    EventNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether capitalised words before an event word hold a word that tells one thing from another: not a common
     * word of WordNet, a day, a title or part of a person's name ("Druzhba", "Brexit", not "Commons" or "Wednesday").
     */
    boolean distinctiveRun(List<String> words, List<PersonFinder.Mention> people, int from) {
        for (PersonFinder.Mention p : people) {
            if (p.end() > from && p.start() < from + String.join(" ", words).length() + 1) {
                return false;
            }
        }
        org.crosscheck.nlp.WordSenses senses = org.crosscheck.nlp.WordSenses.shared();
        for (String w : words) {
            for (String part : w.split("-")) {
                String lower = EventFinder.POSSESSIVE.matcher(part).replaceAll("").toLowerCase(Locale.ROOT);
                if (lower.length() >= 3 && Character.isLetter(lower.charAt(0)) && !EventFinder.CALENDAR.contains(lower)
                        && lexicon.title(part) == null && lexicon.person(part) == null && !senses.isCommon(lower)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the words of a sentence span read as a name can be one: on one line, with a capital letter, and no
     * pronoun, auxiliary or lower-case verb among them. A quoted “catastrophic” defeat, "the ballot I will stand
     * down" or "the vote" followed on the next line by "Your support..." name nothing.
     */
    static boolean plausible(SentenceContext context, int from, int to) {
        String s = context.sentence().text();
        String run = s.substring(Math.max(0, from), Math.min(s.length(), to));
        if (run.indexOf('\n') >= 0 || run.indexOf('\r') >= 0 || run.codePoints().noneMatch(Character::isUpperCase)) {
            return false;
        }
        for (Token t : context.tokens()) {
            if (t.start() >= from && t.end() <= to && (t.tag() == Tag.PRON || t.tag() == Tag.AUX
                    || t.tag() == Tag.VERB && !t.capitalised())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the sentence is a headline in title case, whose capitals say nothing of names. */
    static boolean titleCase(SentenceContext context) {
        if (context.sentence().index() != 0) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (Token t : context.tokens()) {
            if (t.text().length() > 3 && Character.isLetter(t.text().charAt(0))) {
                words++;
                capitalised += t.capitalised() ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    /**
     * The proper names and places of the sentence that are not countries, as keys: each run of tokens the tagger
     * marks as names, split at hyphens and joined by {@code -} ("Indore-Patna Express" is {@code indore-patna-~express},
     * "San Francisco" {@code san-francisco}), without months, weekdays, titles and words that describe rather than
     * identify ({@code generic_words.csv}), which end a run. A word WordNet knows as a common word ("Express",
     * "Tower") is marked {@code ~}: alone it tells one event from another less well than "Kanpur" or "Grenfell".
     * A titled person of the sentence ({@code people}) is one name of their own, its title left out: "Prime
     * Minister Theresa May" is {@code theresa-may}, the month in it no end of the name. Computed once per sentence.
     */
    List<String> entities(SentenceContext context, List<PersonFinder.Mention> people) {
        return context.memo(ENTITIES, () -> {
            Set<String> out = new TreeSet<>();
            org.crosscheck.nlp.WordSenses senses = org.crosscheck.nlp.WordSenses.shared();
            List<String> run = new ArrayList<>();
            PersonFinder.Mention inside = null;
            List<Token> tokens = context.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                PersonFinder.Mention person = personAt(people, t.start());
                if (person != inside) {
                    flush(run, out);
                    if (person != null && !person.name().isBlank()) {
                        out.add(personKey(person.name()));
                    }
                    inside = person;
                }
                if (person != null) {
                    continue;
                }
                if (t.tag() != Tag.PROPN) {
                    flush(run, out);
                    continue;
                }
                for (String part : t.text().split("[-\u2013/]")) {
                    String clean = EventFinder.POSSESSIVE.matcher(part).replaceAll("").replaceAll("[^\\p{L}\\p{Nd}]", "");
                    String lower = clean.toLowerCase(Locale.ROOT);
                    Lexicon.Place place = lexicon.place(clean);
                    boolean surname = surnameMonth(tokens, i, run);
                    if (lower.length() < 3 || !Character.isLetter(lower.charAt(0))
                            || !surname && (EventFinder.CALENDAR.contains(lower) || EventFinder.STOP.contains(lower))
                            || lexicon.title(clean) != null || lexicon.isGeneric(lower, "")
                            || lexicon.isAmountWord(lower)
                            || place != null && place.type().equals("country")) {
                        flush(run, out);
                        continue;
                    }
                    run.add(place == null && !surname && senses.isCommon(lower) ? "~" + lower : lower);
                }
            }
            flush(run, out);
            return List.copyOf(out);
        });
    }

    /**
     * Whether the month at token {@code i} ends a person's name rather than dating the run: it follows a name word
     * of the run and no day or year follows it ("Theresa May's deal", "Brian May said", not "Brexit May 29").
     */
    private static boolean surnameMonth(List<Token> tokens, int i, List<String> run) {
        if (run.isEmpty() || !MONTHS.contains(tokens.get(i).text().replaceAll("['\u2019]s$", "").toLowerCase(Locale.ROOT))
                || tokens.get(i - 1).tag() != Tag.PROPN || !tokens.get(i - 1).capitalised()) {
            return false;
        }
        return i + 1 >= tokens.size() || !Character.isDigit(tokens.get(i + 1).text().charAt(0));
    }

    private static final Set<String> MONTHS = java.util.Arrays.stream(java.time.Month.values())
            .map(m -> m.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static PersonFinder.Mention personAt(List<PersonFinder.Mention> people, int offset) {
        for (PersonFinder.Mention p : people) {
            if (p.start() <= offset && offset < p.end()) {
                return p;
            }
        }
        return null;
    }

    static void flush(List<String> run, Set<String> out) {
        if (!run.isEmpty()) {
            out.add(String.join("-", run));
            run.clear();
        }
    }

    /**
     * Whether a capitalised run after an event word names the series: not a place, a person, a title, an event
     * word, a month or a weekday ("talks Monday", "the summit President X attended" are not names).
     */
    boolean isSeriesName(String run, List<PersonFinder.Mention> people, int offset) {
        for (PersonFinder.Mention p : people) {
            if (offset < p.end() && p.start() < offset + run.length()) {
                return false;
            }
        }
        for (String token : EventFinder.SPACES.split(run)) {
            String t = EventFinder.POSSESSIVE.matcher(token).replaceAll("");
            if (lexicon.place(t) != null || lexicon.title(t) != null || lexicon.eventWord(t) != null
                    || lexicon.person(t) != null || lexicon.isAmountWord(t) || EventFinder.CALENDAR.contains(t.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical form of a proper name: aliases applied, countries moved to the participants. A town stays in
     * the name ("Munich Security Conference", a quoted 'Valdai Forum') and adds its country as a participant. A
     * possessive ending is no part of it: "the purchase of Nokia's handset business" is named by Nokia.
     */
    String properName(String written, String cls, Set<String> participants) {
        String raw = EventFinder.POSSESSIVE.matcher(written.strip()).replaceAll("");
        String canonical = lexicon.canonicalName(raw, cls);
        if (lexicon.isKnownName(raw, cls)) {
            return Lexicon.key(canonical);
        }
        List<String> kept = new ArrayList<>();
        for (String token : EventFinder.SPACES.split(raw)) {
            List<String> parts = new ArrayList<>();
            for (String part : token.split("-")) {
                Lexicon.Place p = lexicon.place(EventFinder.POSSESSIVE.matcher(part).replaceAll(""));
                if (p != null && !p.countryKey().isEmpty()) {
                    participants.add(p.countryKey());
                }
                if (p == null || p.type().equals("city")) {
                    parts.add(part);
                }
            }
            if (!parts.isEmpty()) {
                kept.add(String.join("-", parts));
            }
        }
        String rest = String.join(" ", kept);
        String again = lexicon.canonicalName(rest, cls);
        String key = untilCalendar(Lexicon.key(again));
        return EDGE_FUNCTION_WORDS.matcher(key).replaceAll("");
    }

    /**
     * A name key cut before its first month or weekday and the function words before it: "the takeover of Twitter on
     * Thursday" is named {@code twitter}, "the June blaze" no name at all. A date is the event's time, not its name.
     */
    static String untilCalendar(String key) {
        String[] words = key.split("-");
        int cut = words.length;
        for (int i = 0; i < words.length; i++) {
            if (EventFinder.CALENDAR.contains(words[i])) {
                cut = i;
                break;
            }
        }
        while (cut > 0 && EventFinder.STOP.contains(words[cut - 1])) {
            cut--;
        }
        return cut == words.length ? key : String.join("-", java.util.Arrays.asList(words).subList(0, cut));
    }

    /**
     * The words of a sentence that describe rather than classify: tokens tagged as adjectives that WordNet files
     * mostly as qualities ({@code adj.all}: "major", "controversial", "massive") rather than as relations to a noun
     * ({@code adj.pert}: "military", "economic", "technical"). "A major defence deal" and "the defence deal" have one
     * topic; "military-technical cooperation" keeps its words.
     */
    Set<String> describing(SentenceContext context) {
        return context.memo(DESCRIBING, () -> describingWords(context));
    }

    private static Set<String> describingWords(SentenceContext context) {
        Set<String> out = new TreeSet<>();
        org.crosscheck.nlp.WordSenses senses = org.crosscheck.nlp.WordSenses.shared();
        for (Token t : context.tokens()) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (t.tag() != Tag.ADJ || IDENTITY.contains(lower)) {
                continue;
            }
            org.crosscheck.nlp.WordSenses.Reading r = senses.reading(lower, Tag.ADJ);
            if (r != null && r.share(QUALITIES) > 0.5) {
                out.add(lower);
            }
        }
        return Set.copyOf(out);
    }

    private static final Set<String> QUALITIES = Set.of("adj.all");
    /**
     * Adjectives of identity, a closed class: they say which event is meant ("eight other agreements" are not the
     * one the article is about), so they stay in a topic.
     */
    private static final Set<String> IDENTITY = Set.of("other", "same", "different", "separate", "similar", "such");

    /**
     * Topic words as a name: generic words, the event words of the class, countries, amounts ("billion", "USD",
     * "eight") and describing adjectives ({@link #describing}) dropped.
     */
    String topicName(List<String> words, String cls, Set<String> participants, Set<String> describing) {
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            for (String part : w.split("-")) {
                Lexicon.Place p = lexicon.place(part);
                if (p != null && !p.countryKey().isEmpty()) {
                    participants.add(p.countryKey());
                    continue;
                }
                String lower = part.toLowerCase(Locale.ROOT);
                if (lower.isEmpty() || lexicon.isGeneric(lower, cls) || lexicon.isGeneric(w, cls)
                        || lexicon.isEventWordOf(lower, cls) || EventFinder.STOP.contains(lower) || EventFinder.OTHER.contains(lower)
                        || Numbers.ordinal(lower).isPresent() || lexicon.isAmountWord(lower)
                        || describing.contains(lower) || describing.contains(w.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                kept.add(lower);
            }
        }
        String joined = String.join(" ", kept);
        String canonical = lexicon.canonicalName(joined, cls);
        return Lexicon.key(canonical);
    }

    String personKey(String name) {
        String known = lexicon.person(name);
        return Lexicon.key(known == null ? name : known);
    }

    static List<String> leadingContentWords(String text) {
        List<String> out = new ArrayList<>();
        String[] words = EventFinder.SPACES.split(text.strip());
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            // "cooperation in education" and "cooperation in fisheries" are different accords: a topic goes on
            // through "in" or "of" straight into another content word.
            if (!out.isEmpty() && (lower.equals("in") || lower.equals("of")) && i + 1 < words.length
                    && isContent(words[i + 1])) {
                continue;
            }
            if (EventFinder.STOP.contains(lower) || GERUND.matcher(lower).matches()) {
                break;
            }
            out.add(words[i]);
        }
        return out;
    }

    static boolean isContent(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !EventFinder.STOP.contains(lower) && !GERUND.matcher(lower).matches() && Character.isLowerCase(word.charAt(0));
    }
}
