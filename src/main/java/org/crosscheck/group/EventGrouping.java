package org.crosscheck.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.crosscheck.Workers;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.fact.Claim;

/**
 * The corpus-level grouping stage run after {@link Origins}: spellings of places ({@link PlaceResolver}), then
 * people ({@link PersonResolver}), so that events named after a person use the resolved name, then events
 * ({@link EventResolver}).
 *
 * <p>Every decision reads either one article or a summary of the corpus that is far smaller than its claims (name
 * counts, each article's events), so {@link #resolve(Corpus, int, BiConsumer)} reads the corpus article by article,
 * three times, and never holds more than a few hundred articles' claims: once to count place and person names,
 * once to read each article's events, which are then clustered across the corpus, and once to rewrite each
 * article's claims with its events' keys.
 */
public final class EventGrouping {
    /** Articles read at once, on every worker: enough to keep the workers busy, few enough to hold. */
    static final int CHUNK = 256;

    /** A corpus grouping can read as often as it needs, article by article (possibly on several threads at once). */
    public interface Corpus {
        int size();

        /** The claims of article {@code i}, every one of the same source. */
        List<Claim> claims(int i);
    }

    private final EventResolver events;
    private final Lexicon lexicon;

    public EventGrouping(Lexicon lexicon) {
        this.events = new EventResolver(lexicon);
        this.lexicon = lexicon;
    }

    /**
     * The pairs compared so far by this grouping's audits: mentions with article events, article events with
     * clusters, claims with the mentions of their sentence. Linear grouping keeps it linear in mentions.
     */
    public long comparisons() {
        return events.comparisons();
    }

    /** Resolves the subjects of {@code claims} in place and returns the list. */
    public List<Claim> resolve(List<Claim> claims) {
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            bySource.computeIfAbsent(claims.get(i).source(), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> at = new ArrayList<>(bySource.values());
        List<Claim> given = List.copyOf(claims);
        resolve(new Corpus() {
            @Override
            public int size() {
                return at.size();
            }

            @Override
            public List<Claim> claims(int i) {
                return at.get(i).stream().map(given::get).toList();
            }
        }, Runtime.getRuntime().availableProcessors(), (i, resolved) -> {
            for (int j = 0; j < resolved.size(); j++) {
                claims.set(at.get(i).get(j), resolved.get(j));
            }
        });
        return claims;
    }

    /**
     * Resolves the subjects of every article of {@code corpus}, telling {@code sink} each article's claims (in the
     * order {@link Corpus#claims} gave them) in article order, from one thread.
     */
    public void resolve(Corpus corpus, int threads, BiConsumer<Integer, List<Claim>> sink) {
        Map<String, Integer> places = new HashMap<>();
        Map<String, Integer> persons = new HashMap<>();
        chunked(corpus, threads, (i, claims) -> {
            Map<String, Integer> p = new HashMap<>();
            PlaceResolver.count(claims, lexicon, p);
            List<Claim> local = new ArrayList<>(claims);
            PersonResolver.inArticles(local);
            Map<String, Integer> n = new HashMap<>();
            PersonResolver.count(local, n);
            return List.of(p, n);
        }, (i, counts) -> {
            counts.get(0).forEach((k, v) -> places.merge(k, v, Integer::sum));
            counts.get(1).forEach((k, v) -> persons.merge(k, v, Integer::sum));
        });
        Map<String, String> spellings = PlaceResolver.representatives(places);
        Map<String, String> people = PersonResolver.resolveCounted(persons);
        places.clear();
        persons.clear();

        List<EventResolver.Events> read = new ArrayList<>(corpus.size());
        chunked(corpus, threads, (i, claims) -> events.events(people(claims, spellings, people), people),
                (i, e) -> read.add(e));
        EventResolver.Clusters clusters = events.cluster(read);
        chunked(corpus, threads, (i, claims) -> events.rewrite(people(claims, spellings, people), read.get(i),
                clusters, people), sink);
    }

    /** An article's claims with place spellings and people resolved. */
    private static List<Claim> people(List<Claim> claims, Map<String, String> spellings, Map<String, String> people) {
        List<Claim> out = new ArrayList<>(claims);
        PlaceResolver.apply(out, spellings);
        PersonResolver.inArticles(out);
        for (int i = 0; i < out.size(); i++) {
            Claim c = out.get(i);
            String person = people.get(c.subject());
            if (person != null && !person.equals(c.subject())) {
                out.set(i, c.withEvent(c.event(), person));
            }
        }
        return out;
    }

    /** Runs {@code work} on every article, {@value #CHUNK} at a time in parallel, and hands the results on in order. */
    private static <R> void chunked(Corpus corpus, int threads, BiFunction<Integer, List<Claim>, R> work,
                                    BiConsumer<Integer, R> sink) {
        for (int from = 0; from < corpus.size(); from += CHUNK) {
            int start = from;
            int to = Math.min(corpus.size(), from + CHUNK);
            List<R> results = threads == 1 || to - from == 1
                    ? IntStream.range(start, to).mapToObj(i -> work.apply(i, corpus.claims(i))).toList()
                    : Workers.inParallel(threads, () -> IntStream.range(start, to).parallel()
                            .mapToObj(i -> work.apply(i, corpus.claims(i))).toList(), null);
            for (int i = 0; i < results.size(); i++) {
                sink.accept(start + i, results.get(i));
            }
        }
    }
}
