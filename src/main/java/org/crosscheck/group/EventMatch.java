package org.crosscheck.group;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.extract.EventTypes;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.fact.TimeSpan;

/**
 * The pairwise tests grouping decides with, within an article and across articles: whether types are compatible,
 * names the same, times near. Each looks at the two sides only (no corpus-wide statistics), so a decision does not
 * depend on what else the corpus holds.
 */
final class EventMatch {
    private final Lexicon lexicon;
    private final EventTypes types;

    private final java.util.Map<String, Set<String>> words = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Boolean> places = new java.util.concurrent.ConcurrentHashMap<>();
    /** Pairs grouping has compared (see {@link #compared()}). */
    private final java.util.concurrent.atomic.LongAdder comparisons = new java.util.concurrent.atomic.LongAdder();

    EventMatch(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.types = lexicon.eventTypes();
    }

    EventTypes types() {
        return types;
    }

    /**
     * Counts one comparison of two sides (a mention and an article event, an article event and a cluster, a claim
     * and a mention of its sentence): what makes grouping linear or not, and what tests of its cost count, since
     * time depends on the machine.
     */
    void compared() {
        comparisons.increment();
    }

    /** The comparisons counted so far. */
    long comparisons() {
        return comparisons.sum();
    }

    /**
     * The words of those names that are places of the gazetteer ("hong-kong"): a name any event there can bear, so
     * such words found beside another event do not say it is this one. Whether a name is a place is remembered, as
     * the words of a name are: clustering asks at every comparison.
     */
    Set<String> placeWords(java.util.Collection<String> names) {
        Set<String> out = new TreeSet<>();
        for (String n : names) {
            if (places.computeIfAbsent(n, this::isPlace)) {
                out.addAll(java.util.Arrays.asList(n.split("-")));
            }
        }
        return out;
    }

    /** Whether a key ("hong-kong") names a place of the gazetteer, whose names are capitalised ("Hong Kong"). */
    private boolean isPlace(String key) {
        StringBuilder form = new StringBuilder();
        for (String w : key.split("-")) {
            if (!w.isEmpty()) {
                form.append(form.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0)))
                        .append(w.substring(1));
            }
        }
        return lexicon.place(form.toString()) != null;
    }

    /**
     * The identifying words of a name: no generic words, no event words of its type. Remembered per name and type:
     * clustering asks for the words of the same few thousand names at every comparison.
     */
    Set<String> words(String name, String type) {
        return words.computeIfAbsent(name + '\u0000' + type, k -> {
            Set<String> out = new TreeSet<>();
            for (String w : name.split("-")) {
                if (!w.isEmpty() && !lexicon.isGeneric(w, type) && !lexicon.isEventWordOf(w, type)) {
                    out.add(w);
                }
            }
            return java.util.Collections.unmodifiableSet(out);
        });
    }

    /**
     * Whether two names (keys) name one thing: their identifying words are equal up to spelling variants
     * ("zashchitniki-druzhby", "zashitniki-druzhby"), or the words of one are all words of the other ("technical
     * cooperation" of "military-technical cooperation", "Zapad" of "Zapad-2017 strategic"). Names with no
     * identifying words say nothing, so they match. A cannot-link of {@code event_distinct.csv} overrides all this.
     */
    boolean sameName(String a, String b, String type) {
        return sameName(a, b, type, 1);
    }

    /**
     * As {@link #sameName(String, String, String)}, a subset counting only with at least {@code minSubset} words: a
     * topic of one word ("defence") is not the topic of two ("defence cooperation").
     */
    boolean sameName(String a, String b, String type, int minSubset) {
        if (a.equals(b)) {
            return true;
        }
        if (lexicon.distinctEvents(a, b, type)) {
            return false;
        }
        Set<String> x = words(a, type);
        Set<String> y = words(b, type);
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> large = small == x ? y : x;
        if (small.size() < large.size() && small.size() < minSubset) {
            return false;
        }
        for (String w : small) {
            boolean found = false;
            for (String v : large) {
                if (NameVariants.variants(w, v)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Whether some name of one set names the same thing as some name of the other. */
    boolean anySameName(Collection<String> a, Collection<String> b, String type) {
        return anySameName(a, b, type, 1);
    }

    /** Whether the vocabulary keeps some name or topic of one set apart from some of the other (a cannot-link). */
    boolean cannotLink(Collection<String> a, Collection<String> b, String type) {
        for (String x : a) {
            for (String y : b) {
                if (lexicon.distinctEvents(x, y, type)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether some topic of one set is some topic of the other (a subset of two words or more). */
    boolean anySameTopic(Collection<String> a, Collection<String> b, String type) {
        return anySameName(a, b, type, 2);
    }

    private boolean anySameName(Collection<String> a, Collection<String> b, String type, int minSubset) {
        for (String x : a) {
            for (String y : b) {
                if (sameName(x, y, type, minSubset)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a mention of type {@code t} may be an event whose mentions have the given specific and generic types:
     * compatible with every specific type, or (an event named only generically) with one of its generic types.
     */
    boolean compatible(String t, Collection<String> specific, Collection<String> generic) {
        if (!specific.isEmpty()) {
            for (String s : specific) {
                if (!types.compatible(t, s)) {
                    return false;
                }
            }
            return true;
        }
        for (String g : generic) {
            if (types.compatible(t, g)) {
                return true;
            }
        }
        return generic.isEmpty();
    }

    /** Whether the specific types of two events are pairwise compatible (one generic-only side takes any). */
    boolean compatible(Collection<String> a, Collection<String> ga, Collection<String> b, Collection<String> gb) {
        if (a.isEmpty() && b.isEmpty()) {
            for (String x : ga) {
                for (String y : gb) {
                    if (types.compatible(x, y)) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (a.isEmpty()) {
            return compatible(b, gb, a, ga);
        }
        for (String x : a) {
            if (!compatible(x, b, gb)) {
                return false;
            }
        }
        return true;
    }

    /** Whether any of the types is recurring (instances told apart by edition or year). */
    boolean recurring(Collection<String> specific) {
        for (String t : specific) {
            if (types.recurring(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of the types is an observation of a moment, never linked across articles. */
    boolean momentary(Collection<String> specific) {
        for (String t : specific) {
            if (types.momentary(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of the types is told apart by its topic. */
    boolean topical(Collection<String> specific) {
        for (String t : specific) {
            if (types.topical(t)) {
                return true;
            }
        }
        return false;
    }

    /** Days between two known intervals, 0 when they share a day. */
    static long gap(TimeSpan a, TimeSpan b) {
        if (!a.end().isBefore(b.start()) && !b.end().isBefore(a.start())) {
            return 0;
        }
        return a.end().isBefore(b.start()) ? ChronoUnit.DAYS.between(a.end(), b.start())
                : ChronoUnit.DAYS.between(b.end(), a.start());
    }

    /** Days between a known interval and a day, 0 when the day lies in it. */
    static long gap(TimeSpan a, LocalDate day) {
        if (day.isBefore(a.start())) {
            return ChronoUnit.DAYS.between(day, a.start());
        }
        return day.isAfter(a.end()) ? ChronoUnit.DAYS.between(a.end(), day) : 0;
    }

    /** Whether the interval is at most a few days long (a date, not a month or a year). */
    static boolean precise(TimeSpan t) {
        return t.days() <= 7;
    }
}
