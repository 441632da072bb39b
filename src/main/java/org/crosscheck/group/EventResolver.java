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

    /** An event claim's place in its article. */
    private record Mention(Claim claim, EventKey key, ArticleEvent event) {
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
        Map<String, List<Mention>> mentions = new HashMap<>();
        List<ArticleEvent> events = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> e : bySource.entrySet()) {
            List<Mention> list = withinArticle(e.getValue(), people, events);
            mentions.put(e.getKey(), list);
        }
        acrossArticles(events);
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            claims.set(i, rewrite(c, mentions.getOrDefault(c.source(), List.of())));
        }
        return claims;
    }

    private List<Mention> withinArticle(List<Claim> claims, Map<String, String> people, List<ArticleEvent> all) {
        List<Claim> eventClaims = claims.stream()
                .filter(c -> c.attribute().equals(ClaimConventions.EVENT) && EventKey.parse(c.subject()).isPresent())
                .sorted(Comparator.comparingInt(Claim::start)).toList();
        List<String> top = topCountries(eventClaims);
        List<Mention> mentions = new ArrayList<>();
        List<ArticleEvent> events = new ArrayList<>();
        for (Claim c : eventClaims) {
            EventKey key = EventKey.parse(c.subject()).orElseThrow();
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
                event = fresh;
                events.add(event);
            } else {
                if (event.edition == 0) {
                    event.edition = key.edition();
                }
                if (event.year.isEmpty()) {
                    event.year = key.year();
                }
            }
            mentions.add(new Mention(c, key, event));
        }
        all.addAll(events);
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

    private ArticleEvent named(List<ArticleEvent> events, EventKey key) {
        Set<String> words = words(key.name(), key.eventClass());
        for (int i = events.size() - 1; i >= 0; i--) {
            ArticleEvent e = events.get(i);
            if (e.eventClass.equals(key.eventClass()) && words(e.name, e.eventClass).equals(words)
                    && compatible(e, key)) {
                return e;
            }
        }
        return null;
    }

    /** The latest compatible event of the class, a named one before an unnamed one. */
    private static ArticleEvent antecedent(List<ArticleEvent> events, EventKey key) {
        ArticleEvent unnamed = null;
        for (int i = events.size() - 1; i >= 0; i--) {
            ArticleEvent e = events.get(i);
            if (e.eventClass.equals(key.eventClass()) && (key.other() || compatible(e, key))) {
                if (!e.name.isEmpty()) {
                    return e;
                }
                if (unnamed == null) {
                    unnamed = e;
                }
            }
        }
        return unnamed;
    }

    private static boolean compatible(ArticleEvent e, EventKey key) {
        return (e.edition == 0 || key.edition() == 0 || e.edition == key.edition())
                && (e.year.isEmpty() || key.year().isEmpty() || e.year.equals(key.year()));
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
        Map<Set<String>, Set<String>> merged = new HashMap<>();
        for (Set<String> n : names) {
            List<Set<String>> supersets = names.stream()
                    .filter(o -> o.size() > n.size() && o.containsAll(n)).toList();
            merged.put(n, n.size() >= 2 && supersets.size() == 1 ? supersets.get(0) : n);
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
        Map<Integer, Set<String>> editionYears = new HashMap<>();
        for (ArticleEvent e : events) {
            if (e.edition > 0) {
                Set<String> years = editionYears.computeIfAbsent(e.edition, k -> new TreeSet<>());
                if (!e.year.isEmpty()) {
                    years.add(e.year);
                }
            }
        }
        for (ArticleEvent e : events) {
            int edition = e.edition;
            String year = e.year;
            if (edition == 0 && !year.isEmpty()) {
                List<Integer> same = editionYears.entrySet().stream().filter(x -> x.getValue().contains(e.year))
                        .map(Map.Entry::getKey).toList();
                if (same.size() == 1) {
                    edition = same.get(0);
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

    private Claim rewrite(Claim c, List<Mention> mentions) {
        Optional<EventKey> parsed = EventKey.parse(c.subject());
        ArticleEvent event = null;
        boolean series = c.attribute().equals(ClaimConventions.SINCE);
        if (parsed.isPresent()) {
            event = sameSentence(c, mentions, parsed.get());
            if (event == null && parsed.get().eventClass().equals(ClaimConventions.ANY_EVENT)) {
                event = nearest(c, mentions);
            }
        } else if (c.subject().startsWith(ClaimConventions.EQUIPMENT_TOPIC)) {
            String family = Lexicon.key(c.subject().substring(ClaimConventions.EQUIPMENT_TOPIC.length()));
            for (Mention m : mentions) {
                if (m.event().resolved.eventClass().equals("arms-transfer") && m.event().resolved.name().equals(family)) {
                    event = m.event();
                    break;
                }
            }
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

    private static ArticleEvent sameSentence(Claim c, List<Mention> mentions, EventKey key) {
        ArticleEvent seriesMatch = null;
        for (Mention m : mentions) {
            if (!m.claim().sentence().equals(c.sentence())) {
                continue;
            }
            if (m.claim().subject().equals(c.subject())) {
                return m.event();
            }
            if (seriesMatch == null && EventKey.parse(m.claim().subject()).orElseThrow().series().equals(key)) {
                seriesMatch = m.event();
            }
        }
        return seriesMatch;
    }

    /** The event the article last mentioned before the claim, else the first one after it. */
    private static ArticleEvent nearest(Claim c, List<Mention> mentions) {
        ArticleEvent before = null;
        for (Mention m : mentions) {
            if (m.claim().start() <= c.start()) {
                before = m.event();
            } else if (before == null) {
                return m.event();
            }
        }
        return before;
    }
}
