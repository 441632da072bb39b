package org.crosscheck.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.extract.ClaimConventions;
import org.crosscheck.extract.EventKey;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.fact.Claim;

/**
 * Decides which event mentions are one event, within an article and across the corpus, and rewrites the subject
 * of every claim about an event to the resolved {@link EventKey} (and sets {@code Claim.event}).
 *
 * <p>Per article: mentions with fewer than two participants take the article's two most mentioned countries
 * ("the two countries signed"); a definite mention with no name of its own ("the meeting") refers back to the
 * latest compatible event of its class in the article (same or unstated edition and year); "the next round"
 * starts a new instance of that event's series; claims with the {@code *} key belong to the event the article
 * last mentioned (or, in a headline, the first one it mentions).
 *
 * <p>Across articles, hash blocks only: names are compared as sets of words without generic words
 * ({@code generic_words.csv}) and the class's own event words, after spelling variants are mapped to one
 * representative ({@link NameVariants}); within a block of one class and participants, a name whose word set is
 * a proper subset (two words or more) of exactly one other name is that name ("technical cooperation accord" and
 * "military-technical cooperation accord"), and an unnamed event joins the block's name if the block has exactly
 * one. Within a name, editions are distinct events; a year-only mention joins the one edition seen in that year;
 * a mention with neither is the series. An unnamed event with no edition or year cannot be matched safely and
 * gets a key local to its article.
 */
public final class EventResolver {

    /** An event of one article: the mentions judged to be one event there. */
    private static final class ArticleEvent {
        final String source;
        final String origin;
        final String eventClass;
        List<String> participants;
        String name;
        int edition;
        String year;
        EventKey resolved;
        /** Place in its article's event list, for {@link ArticleEvents}. */
        int position;
        Set<String> words;

        final int start;

        ArticleEvent(String source, String origin, EventKey key, int start) {
            this.source = source;
            this.start = start;
            this.origin = origin;
            this.eventClass = key.eventClass();
            this.participants = key.participants();
            this.name = key.name();
            this.edition = key.edition();
            this.year = key.year();
        }
    }

    /** An event claim's place in its article; {@code series} is the series of the key it was extracted with. */
    private record Mention(Claim claim, EventKey key, ArticleEvent event, EventKey series) {
    }

    /**
     * The events of one article so far, indexed by what a later mention looks them up by: the class with the
     * words of the name, or the class with whether it is named; within each, by edition and year. The latest
     * compatible event is then a few lookups, not a scan of every earlier event: an article naming thousands of
     * events would otherwise cost their square.
     */
    private static final class ArticleEvents {
        private static final String ANY = "*";
        private final List<ArticleEvent> all = new ArrayList<>();
        private final Map<String, TreeSet<Integer>> slices = new HashMap<>();

        void add(ArticleEvent e) {
            e.position = all.size();
            all.add(e);
            index(e, true);
        }

        /** Fills in an edition or year a later mention of the event gives. */
        void complete(ArticleEvent e, int edition, String year) {
            index(e, false);
            if (e.edition == 0) {
                e.edition = edition;
            }
            if (e.year.isEmpty()) {
                e.year = year;
            }
            index(e, true);
        }

        private void index(ArticleEvent e, boolean add) {
            for (String group : List.of(byWords(e.eventClass, e.words), byNamed(e.eventClass, !e.name.isEmpty()))) {
                for (String edition : List.of(Integer.toString(e.edition), ANY)) {
                    for (String year : List.of(e.year, ANY)) {
                        String slice = group + "|" + edition + "|" + year;
                        if (add) {
                            slices.computeIfAbsent(slice, k -> new TreeSet<>()).add(e.position);
                        } else {
                            slices.get(slice).remove(e.position);
                        }
                    }
                }
            }
        }

        static String byWords(String eventClass, Set<String> words) {
            return "w:" + eventClass + ":" + String.join("+", words);
        }

        static String byNamed(String eventClass, boolean named) {
            return (named ? "n:" : "u:") + eventClass;
        }

        /** The latest event of the group whose edition and year do not differ from the key's ({@link #compatible}). */
        ArticleEvent latest(String group, EventKey key, boolean anyEditionAndYear) {
            List<String> editions = anyEditionAndYear || key.edition() == 0 ? List.of(ANY)
                    : List.of("0", Integer.toString(key.edition()));
            List<String> years = anyEditionAndYear || key.year().isEmpty() ? List.of(ANY) : List.of("", key.year());
            int best = -1;
            for (String edition : editions) {
                for (String year : years) {
                    TreeSet<Integer> slice = slices.get(group + "|" + edition + "|" + year);
                    if (slice != null && !slice.isEmpty()) {
                        best = Math.max(best, slice.last());
                    }
                }
            }
            return best < 0 ? null : all.get(best);
        }
    }

    /**
     * One article's mentions indexed for {@link #rewrite}: by sentence and subject, by sentence and series, by
     * offset, and the first arms transfer of each equipment family.
     */
    private static final class ArticleMentions {
        final List<Mention> ordered;
        final int[] starts;
        final Map<String, Map<String, Mention>> bySubject = new HashMap<>();
        final Map<String, Map<EventKey, Mention>> bySeries = new HashMap<>();
        Map<String, Mention> armsByFamily;

        ArticleMentions(List<Mention> ordered) {
            this.ordered = ordered;
            this.starts = new int[ordered.size()];
            for (int i = 0; i < ordered.size(); i++) {
                Mention m = ordered.get(i);
                starts[i] = m.claim().start();
                bySubject.computeIfAbsent(m.claim().sentence(), k -> new HashMap<>())
                        .putIfAbsent(m.claim().subject(), m);
                bySeries.computeIfAbsent(m.claim().sentence(), k -> new HashMap<>()).putIfAbsent(m.series(), m);
            }
        }

        /** Built once the events are resolved: the first mention of an arms transfer of each family. */
        Mention arms(String family) {
            if (armsByFamily == null) {
                armsByFamily = new HashMap<>();
                for (Mention m : ordered) {
                    if (m.event().resolved.eventClass().equals("arms-transfer")) {
                        armsByFamily.putIfAbsent(m.event().resolved.name(), m);
                    }
                }
            }
            return armsByFamily.get(family);
        }
    }

    private final Lexicon lexicon;

    public EventResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Resolves event subjects in place (person names in event keys mapped through {@code people}) and returns
     * {@code claims}.
     */
    public List<Claim> resolve(List<Claim> claims, Map<String, String> people) {
        Map<String, List<Claim>> bySource = new LinkedHashMap<>();
        for (Claim c : claims) {
            bySource.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
        }
        Map<String, ArticleMentions> mentions = new HashMap<>();
        List<ArticleEvent> events = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> e : bySource.entrySet()) {
            mentions.put(e.getKey(), new ArticleMentions(withinArticle(e.getValue(), people, events)));
        }
        acrossArticles(events);
        ArticleMentions none = new ArticleMentions(List.of());
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            claims.set(i, rewrite(c, mentions.getOrDefault(c.source(), none)));
        }
        return claims;
    }

    private List<Mention> withinArticle(List<Claim> claims, Map<String, String> people, List<ArticleEvent> all) {
        List<Claim> eventClaims = claims.stream()
                .filter(c -> c.attribute().equals(ClaimConventions.EVENT) && EventKey.parse(c.subject()).isPresent())
                .sorted(Comparator.comparingInt(Claim::start)).toList();
        List<String> top = topCountries(eventClaims);
        List<Mention> mentions = new ArrayList<>();
        ArticleEvents events = new ArticleEvents();
        for (Claim c : eventClaims) {
            EventKey extracted = EventKey.parse(c.subject()).orElseThrow();
            EventKey key = extracted;
            String person = people.get(ClaimConventions.PERSON_PREFIX + key.name());
            if (person != null) {
                key = key.withName(person.substring(ClaimConventions.PERSON_PREFIX.length()));
            }
            key = key.withParticipants(filled(key.participants(), top));
            // Only a definite mention ("the meeting") or another instance ("the next round") refers back; a bare
            // "negotiations" or "a visit" may be any event.
            ArticleEvent event = !key.name().isEmpty() ? named(events, key)
                    : key.anaphoric() || key.other() ? antecedent(events, key) : null;
            if (event == null || key.other()) {
                ArticleEvent fresh = new ArticleEvent(c.source(), c.origin(), key, c.start());
                if (event != null) {
                    fresh.name = event.name;
                }
                fresh.words = words(fresh.name, fresh.eventClass);
                event = fresh;
                events.add(event);
            } else {
                events.complete(event, key.edition(), key.year());
            }
            mentions.add(new Mention(c, key, event, extracted.series()));
        }
        all.addAll(events.all);
        return mentions;
    }

    /** The article's two most mentioned countries (ties: the first mentioned). */
    private static List<String> topCountries(List<Claim> eventClaims) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Claim c : eventClaims) {
            for (String p : EventKey.parse(c.subject()).orElseThrow().participants()) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        List<String> order = new ArrayList<>(counts.keySet());
        order.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        return order.subList(0, Math.min(2, order.size()));
    }

    private static List<String> filled(List<String> participants, List<String> top) {
        Set<String> out = new TreeSet<>(participants);
        for (String t : top) {
            if (out.size() >= 2) {
                break;
            }
            out.add(t);
        }
        return List.copyOf(out);
    }

    /** The latest compatible event of the class with the same identifying words. */
    private ArticleEvent named(ArticleEvents events, EventKey key) {
        return events.latest(ArticleEvents.byWords(key.eventClass(), words(key.name(), key.eventClass())), key,
                false);
    }

    /**
     * The latest compatible event of the class, a named one before an unnamed one; for another instance ("the
     * next round") the latest of the class whatever its edition and year. Compatible: the edition and the year
     * are each unstated on one side or equal.
     */
    private static ArticleEvent antecedent(ArticleEvents events, EventKey key) {
        ArticleEvent named = events.latest(ArticleEvents.byNamed(key.eventClass(), true), key, key.other());
        return named != null ? named
                : events.latest(ArticleEvents.byNamed(key.eventClass(), false), key, key.other());
    }

    /** The identifying words of a name: no generic words, no event words of its class. */
    Set<String> words(String name, String eventClass) {
        Set<String> out = new TreeSet<>();
        for (String w : name.split("-")) {
            if (!w.isEmpty() && !lexicon.isGeneric(w, eventClass) && !lexicon.isEventWordOf(w, eventClass)) {
                out.add(w);
            }
        }
        return out;
    }

    private void acrossArticles(List<ArticleEvent> events) {
        // Spelling variants of name words, over the whole corpus.
        List<String> allWords = new ArrayList<>();
        for (ArticleEvent e : events) {
            allWords.addAll(words(e.name, e.eventClass));
        }
        Map<String, String> rep = NameVariants.representatives(NameVariants.count(allWords));
        Map<ArticleEvent, Set<String>> identity = new HashMap<>();
        Map<String, List<ArticleEvent>> blocks = new LinkedHashMap<>();
        for (ArticleEvent e : events) {
            Set<String> id = new TreeSet<>();
            for (String w : words(e.name, e.eventClass)) {
                id.add(rep.getOrDefault(w, w));
            }
            identity.put(e, id);
            blocks.computeIfAbsent(e.eventClass + ":" + String.join("+", e.participants), k -> new ArrayList<>())
                    .add(e);
        }
        for (List<ArticleEvent> block : blocks.values()) {
            resolveBlock(block, identity);
        }
    }

    private void resolveBlock(List<ArticleEvent> block, Map<ArticleEvent, Set<String>> identity) {
        // Distinct names of the block; a subset name maps to its one superset.
        List<Set<String>> names = block.stream().map(identity::get).filter(s -> !s.isEmpty()).distinct().toList();
        // Supersets are looked for among the names holding the name's rarest word, not among all names.
        Map<String, List<Set<String>>> byWord = new HashMap<>();
        for (Set<String> n : names) {
            for (String w : n) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(n);
            }
        }
        Map<Set<String>, Set<String>> merged = new HashMap<>();
        for (Set<String> n : names) {
            Set<String> only = null;
            if (n.size() >= 2) {
                List<Set<String>> candidates = n.stream().map(byWord::get)
                        .min(Comparator.comparingInt(List::size)).orElseThrow();
                int found = 0;
                for (Set<String> o : candidates) {
                    if (o.size() > n.size() && o.containsAll(n) && ++found == 1) {
                        only = o;
                    }
                    if (found > 1) {
                        only = null;
                        break;
                    }
                }
            }
            merged.put(n, only != null ? only : n);
        }
        List<Set<String>> distinct = merged.values().stream().distinct().toList();
        Map<Set<String>, List<ArticleEvent>> byName = new LinkedHashMap<>();
        for (ArticleEvent e : block) {
            Set<String> id = identity.get(e);
            Set<String> name = id.isEmpty() ? (distinct.size() == 1 ? distinct.get(0) : id) : merged.get(id);
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<Set<String>, List<ArticleEvent>> entry : byName.entrySet()) {
            resolveName(entry.getKey(), entry.getValue());
        }
    }

    private void resolveName(Set<String> name, List<ArticleEvent> events) {
        String display = display(name, events);
        // The editions seen in each year.
        Map<String, Set<Integer>> yearEditions = new HashMap<>();
        for (ArticleEvent e : events) {
            if (e.edition > 0 && !e.year.isEmpty()) {
                yearEditions.computeIfAbsent(e.year, k -> new TreeSet<>()).add(e.edition);
            }
        }
        for (ArticleEvent e : events) {
            int edition = e.edition;
            String year = e.year;
            if (edition == 0 && !year.isEmpty()) {
                Set<Integer> same = yearEditions.getOrDefault(e.year, Set.of());
                if (same.size() == 1) {
                    edition = same.iterator().next();
                }
            }
            if (edition > 0) {
                year = "";
            }
            // With no known participant, no name or a one-word name ("the arms deal", "their fourth exercise") is
            // too weak to say that two articles report one event: such events stay local to their article.
            boolean anonymous = e.participants.isEmpty() && (name.isEmpty() || (name.size() < 2 && edition == 0));
            String local = anonymous || (name.isEmpty() && edition == 0 && year.isEmpty()) ? localId(e) : "";
            e.resolved = new EventKey(e.eventClass, e.participants, name.isEmpty() ? "" : display, edition, year,
                    false, false, local);
        }
    }

    /** The name most articles use for a name set (ties: the shortest, then the alphabetically first). */
    private String display(Set<String> name, List<ArticleEvent> events) {
        Map<String, Integer> counts = new HashMap<>();
        for (ArticleEvent e : events) {
            if (!e.name.isEmpty()) {
                counts.merge(e.name, 1, Integer::sum);
            }
        }
        return counts.keySet().stream().min(Comparator.comparingInt((String n) -> -counts.get(n))
                .thenComparingInt(n -> words(n, "").size() == name.size() ? 0 : 1)
                .thenComparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .orElse(String.join("-", name));
    }

    /** The article's origin and the offset of the event's first mention in its source. */
    private static String localId(ArticleEvent e) {
        return e.origin.replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_-]", "_") + "." + e.start;
    }

    private Claim rewrite(Claim c, ArticleMentions mentions) {
        Optional<EventKey> parsed = EventKey.parse(c.subject());
        ArticleEvent event = null;
        boolean series = c.attribute().equals(ClaimConventions.SINCE);
        if (parsed.isPresent()) {
            event = sameSentence(c, mentions, parsed.get());
            if (event == null && parsed.get().eventClass().equals(ClaimConventions.ANY_EVENT)) {
                event = nearest(c, mentions);
            }
        } else if (c.subject().startsWith(ClaimConventions.EQUIPMENT_TOPIC)) {
            Mention arms = mentions.arms(Lexicon.key(c.subject().substring(ClaimConventions.EQUIPMENT_TOPIC.length())));
            event = arms == null ? null : arms.event();
        }
        if ((event == null || event.resolved == null) && parsed.isPresent()
                && parsed.get().eventClass().equals(ClaimConventions.ANY_EVENT)) {
            // A claim in an article that names no event at all ("243 people were injured"): what it is about is
            // unknown, so it is kept to its article rather than compared with every other such claim.
            String origin = c.origin().replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_-]", "_");
            EventKey local = new EventKey(ClaimConventions.ANY_EVENT, parsed.get().participants(), "", 0, "", false,
                    false, origin + "." + c.start());
            return c.withEvent("", local.format());
        }
        if (event == null || event.resolved == null) {
            return c;
        }
        String key = event.resolved.format();
        return c.withEvent(key, series ? event.resolved.series().format() : key);
    }

    /** The event of the sentence's first mention with the claim's subject, else with the claim's series. */
    private static ArticleEvent sameSentence(Claim c, ArticleMentions mentions, EventKey key) {
        Mention same = mentions.bySubject.getOrDefault(c.sentence(), Map.of()).get(c.subject());
        if (same != null) {
            return same.event();
        }
        Mention series = mentions.bySeries.getOrDefault(c.sentence(), Map.of()).get(key);
        return series == null ? null : series.event();
    }

    /** The event the article last mentioned before the claim, else the first one after it. */
    private static ArticleEvent nearest(Claim c, ArticleMentions mentions) {
        if (mentions.starts.length == 0) {
            return null;
        }
        // The last mention starting at or before the claim; mentions are in offset order.
        int lo = 0;
        int hi = mentions.starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.starts[mid] <= c.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return mentions.ordered.get(lo == 0 ? 0 : lo - 1).event();
    }
}
