package org.crosscheck.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.fact.EventFrame;
import org.crosscheck.fact.TimeSpan;

/**
 * One event as one article reports it: the frames of the mentions judged to be that event there, gathered. The
 * corpus stage ({@link EventClusters}) links article events of different articles; nothing here depends on other
 * articles.
 */
final class ArticleEvent {
    String source;
    String origin;
    /** The article's publication date, or {@code null}. */
    LocalDate published;
    /** The file offset of the first mention: with the source, what orders and names the event. */
    final int firstStart;
    /** Mentions per specific (non-generic) type. */
    Map<String, Integer> types = new TreeMap<>();
    /** The generic types of its mentions ("the incident"). */
    Set<String> generics = new TreeSet<>();
    /** Mentions per canonical proper name. */
    Map<String, Integer> names = new TreeMap<>();
    Set<String> topics = new TreeSet<>();
    /** Mentions per edition number. */
    Map<Integer, Integer> editions = new TreeMap<>();
    /** Years that are part of a name ("X-2021"). */
    Set<Integer> nameYears = new TreeSet<>();
    /** The explicit times of its mentions, in text order (known intervals only). */
    List<TimeSpan> times = new ArrayList<>();
    /** Mentions per participant country. */
    Map<String, Integer> participants = new TreeMap<>();
    /**
     * The article's most mentioned countries, when its mentions of this event name fewer than two ("the two
     * countries signed"): set once the article is read.
     */
    List<String> implied = new ArrayList<>();
    /** The names of all events of its article (the Chandrayaan-3 its landing is named by, beside an unnamed launch). */
    Set<String> articleNames = Set.of();
    /** The proper-name runs of its sentences ({@code indore-patna-~express}, see {@code EventFrame.entities}). */
    Set<String> entities = new TreeSet<>();
    /** The event words of its mentions, for the basis ("derailed", "the crash"). */
    List<String> words = new ArrayList<>();
    int mentions;
    int lastSentence = -1;
    /** Why the corpus stage put it in its cluster; set by {@link EventClusters}. */
    String link = "";
    EventClusters.Cluster cluster;

    ArticleEvent(String source, String origin, LocalDate published, int firstStart) {
        this.source = source;
        this.origin = origin;
        this.published = published;
        this.firstStart = firstStart;
    }

    /** Adds a mention's frame (its name already resolved through people and aliases). */
    void add(EventFrame f, String name, boolean generic, String word) {
        if (generic) {
            generics.add(f.type());
        } else {
            types.merge(f.type(), 1, Integer::sum);
        }
        if (!name.isEmpty()) {
            names.merge(name, 1, Integer::sum);
        }
        if (!f.topic().isEmpty()) {
            topics.add(f.topic());
        }
        if (f.edition() > 0) {
            editions.merge(f.edition(), 1, Integer::sum);
        }
        if (f.nameYear() > 0) {
            nameYears.add(f.nameYear());
        }
        if (known(f.time())) {
            times.add(f.time());
        }
        for (String p : f.participants()) {
            participants.merge(p, 1, Integer::sum);
        }
        entities.addAll(f.entities());
        if (words.size() < 6 && !words.contains(word)) {
            words.add(word);
        }
        mentions++;
        lastSentence = Math.max(lastSentence, f.sentence());
    }

    /**
     * Replaces its collections by compact immutable copies ({@link Frozen}) once its article is read: grouping holds
     * every article's events until they are clustered, and a tree node per name, type and place of each of them
     * is what filled the heap. Only the first time is kept ({@link #time()} is all that is read of them later).
     */
    void freeze(Frozen frozen) {
        source = frozen.share(source);
        origin = frozen.share(origin);
        published = frozen.share(published);
        types = frozen.counts(types);
        generics = frozen.set(generics);
        names = frozen.counts(names);
        topics = frozen.set(topics);
        editions = frozen.counts(editions);
        nameYears = frozen.set(nameYears);
        times = times.isEmpty() ? List.of() : List.of(frozen.share(times.get(0)));
        participants = frozen.counts(participants);
        implied = frozen.list(implied);
        entities = frozen.set(entities);
        articleNames = frozen.set(articleNames);
        words = frozen.list(words);
    }

    /** Whether a time is a known interval of at most a year (not "the past", not a decade). */
    static boolean known(TimeSpan t) {
        return t != null && t.start() != null && t.end() != null && t.days() <= 366;
    }

    /** The time the article gives the event: its first explicit time, else {@code null}. */
    TimeSpan time() {
        return times.isEmpty() ? null : times.get(0);
    }

    /** The year the event is dated to: a year in its name, else the year of its time, else 0. */
    int year() {
        if (!nameYears.isEmpty()) {
            return nameYears.iterator().next();
        }
        TimeSpan t = time();
        return t != null && t.start().getYear() == t.end().getYear() ? t.start().getYear() : 0;
    }

    /** Its participants: those named near its mentions and those the article implies. */
    Set<String> allParticipants() {
        Set<String> out = new TreeSet<>(participants.keySet());
        out.addAll(implied);
        return out;
    }

    /** The most mentioned specific type, else the first generic one. */
    String mainType() {
        String best = null;
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            if (best == null || e.getValue() > types.get(best)) {
                best = e.getKey();
            }
        }
        return best != null ? best : generics.isEmpty() ? "" : generics.iterator().next();
    }

    /** The most mentioned edition, else 0 (ties: the smaller). */
    int edition() {
        int best = 0;
        int count = 0;
        for (Map.Entry<Integer, Integer> e : editions.entrySet()) {
            if (e.getValue() > count) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        return best;
    }

    /** The words of its proper names that are not common words: what tells this event from another of its type. */
    Set<String> distinctive() {
        Set<String> out = new TreeSet<>();
        for (String run : entities) {
            for (String w : run.split("-")) {
                if (!w.startsWith("~") && !w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Every word of its proper names, common ones included, without marks. */
    Set<String> nameWords() {
        Set<String> out = new TreeSet<>();
        for (String run : entities) {
            for (String w : run.split("-")) {
                if (!w.isEmpty()) {
                    out.add(w.startsWith("~") ? w.substring(1) : w);
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return source + "@" + firstStart + types + names + times;
    }
}
