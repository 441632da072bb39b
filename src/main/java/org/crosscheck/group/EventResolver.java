package org.crosscheck.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.extract.ClaimConventions;
import org.crosscheck.extract.CountExtractor;
import org.crosscheck.extract.EventKey;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.TimeSpan;

/**
 * Decides which event mentions are one event, within an article ({@link ArticleEvents}) and across the corpus
 * ({@link EventClusters}), and rewrites the subject of every claim about an event to its cluster's key (and sets
 * {@code Claim.event} and {@code Claim.basis}, the reason a reviewer can read).
 *
 * <p>A cluster's key is {@code type:participants:name#edition@year} from its members: the most mentioned specific
 * type, the countries at least half its articles name, the most used name (else topic, else distinctive proper
 * name), the most stated edition, and for a recurring type without edition its year. A cluster only one article
 * reports with nothing to tell it apart (no name, number, date or distinctive proper name), or whose key another
 * cluster already has, gets a key local to its article ({@code ~origin.offset}), so distinct events never share a
 * subject. Claims that are not event claims take the event of the mention that governed them in their sentence;
 * claims of a sentence naming no event ({@code *}) the event the article last mentioned (or, in a headline, the
 * first it mentions).
 *
 * <p>Cost: per article, linear in its mentions times its events; across articles, each event is compared with the
 * clusters of its blocks only, so the whole is linear in mentions for a bounded number of events per block.
 */
public final class EventResolver {
    /**
     * Kinds of claims a sentence naming no event keeps to its article: a count or a sum said near an event may be of
     * anything ("shares fell 3%", "the main body cost $2.3 billion"), so only the event words of its own sentence
     * say which event it belongs to.
     */
    private static final Set<String> QUANTITIES = Set.of(ClaimConventions.KIND_COUNT, ClaimConventions.KIND_TALLY,
            ClaimConventions.KIND_MONEY);
    /** Attributes of the claims that {@link #figure} keys by their event and value. */
    private static final Set<String> FIGURES = Set.of(ClaimConventions.COUNT, ClaimConventions.MONEY,
            CountExtractor.MEASURE);
    /**
     * Least mentions of an article's salient event: an article about one event names it again and again ("the
     * collision", "the crash", "the disaster"), so a toll of a sentence naming no event ("Six people are presumed
     * dead") is about it.
     */
    static final int SALIENT_MENTIONS = 3;
    private final EventMatch match;
    private final Lexicon lexicon;
    private final ArticleEvents articles;
    private final Frozen frozen = new Frozen();

    public EventResolver(Lexicon lexicon) {
        this.match = new EventMatch(lexicon);
        this.lexicon = lexicon;
        this.articles = new ArticleEvents(match);
    }

    /** The pairs compared so far, within articles and across them ({@link EventMatch#compared()}). */
    long comparisons() {
        return match.comparisons();
    }

    /**
     * Resolves event subjects in place (person names in event names mapped through {@code people}) and returns
     * {@code claims}.
     */
    public List<Claim> resolve(List<Claim> claims, Map<String, String> people) {
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            bySource.computeIfAbsent(claims.get(i).source(), k -> new ArrayList<>()).add(i);
        }
        List<List<Claim>> articles = new ArrayList<>(bySource.size());
        for (List<Integer> at : bySource.values()) {
            articles.add(at.stream().map(claims::get).toList());
        }
        List<ArticleEvents.Result> results = articles.parallelStream()
                .map(a -> this.articles.resolve(byStart(a), people)).toList();
        List<Events> events = results.stream().map(r -> new Events(r.events())).toList();
        Clusters clusters = cluster(events);
        int a = 0;
        for (List<Integer> at : bySource.values()) {
            List<Claim> out = rewrite(articles.get(a), results.get(a), events.get(a), clusters);
            for (int j = 0; j < at.size(); j++) {
                claims.set(at.get(j), out.get(j));
            }
            a++;
        }
        return claims;
    }

    /**
     * The events of one article, as {@link #events} read them from its claims alone, until they are clustered; then
     * only the cluster each of them joined and why, which is all the rewriting pass needs of them (it reads the
     * article's events again).
     */
    public static final class Events {
        private List<ArticleEvent> list;
        private EventClusters.Cluster[] clusters;
        private String[] links;

        private Events(List<ArticleEvent> list) {
            this.list = list;
        }

        /** How many events the article reports. */
        public int size() {
            return list != null ? list.size() : clusters.length;
        }

        /** Keeps each event's cluster and link, and lets go of the events. */
        private void clustered() {
            if (list == null) {
                return;
            }
            clusters = new EventClusters.Cluster[list.size()];
            links = new String[list.size()];
            for (int i = 0; i < clusters.length; i++) {
                clusters[i] = list.get(i).cluster;
                links[i] = list.get(i).link;
            }
            list = null;
        }
    }

    /** The corpus's clusters of article events, each with its key and each article event with its basis. */
    public static final class Clusters {
        private final Map<EventClusters.Cluster, EventKey> keys;
        private final Map<EventClusters.Cluster, String> notes;

        private Clusters(Map<EventClusters.Cluster, EventKey> keys, Map<EventClusters.Cluster, String> notes) {
            this.keys = keys;
            this.notes = notes;
        }

        /** Why an article event (its cluster set) is its cluster's, with the cluster's note. */
        private String basis(ArticleEvent e) {
            String note = notes.get(e.cluster);
            return (EventResolver.basis(e, keys.get(e.cluster)) + (note == null ? "" : "; " + note)).intern();
        }
    }

    /**
     * The first of two passes over an article, which reads no other article: its events, from its claims (any
     * order; people resolved, names mapped through {@code people}).
     */
    public Events events(List<Claim> article, Map<String, String> people) {
        List<ArticleEvent> events = articles.resolve(byStart(article), people).events();
        for (ArticleEvent e : events) {
            e.freeze(frozen);
        }
        return new Events(events);
    }

    /**
     * Between the passes, over the whole corpus: clusters every article's events (in article order), keys them.
     * Then lets go of the events and of what the clusters gathered from them: the rewriting pass needs only each
     * event's cluster and link, and each cluster's key and size.
     */
    public Clusters cluster(List<Events> events) {
        List<ArticleEvent> all = new ArrayList<>();
        for (Events e : events) {
            all.addAll(e.list);
        }
        List<EventClusters.Cluster> clusters = new EventClusters(match, frozen).cluster(all);
        all = null;
        Map<EventClusters.Cluster, String> notes = new IdentityHashMap<>();
        Map<EventClusters.Cluster, EventKey> keys = keys(clusters, notes);
        for (Events e : events) {
            e.clustered();
        }
        for (EventClusters.Cluster c : clusters) {
            c.release();
        }
        return new Clusters(keys, notes);
    }

    /**
     * The second pass over an article: its claims, in the order given, with the subjects of its events' clusters.
     * The article's events are read again (as in {@link #events}, which gave {@code events}) rather than held with
     * the claims between the passes, so only the events stay in memory across the corpus.
     */
    public List<Claim> rewrite(List<Claim> article, Events events, Clusters clusters, Map<String, String> people) {
        return rewrite(article, articles.resolve(byStart(article), people), events, clusters);
    }

    private static List<Claim> byStart(List<Claim> article) {
        List<Claim> sorted = new ArrayList<>(article);
        sorted.sort(Comparator.comparingInt(Claim::start));
        return sorted;
    }

    /**
     * {@code read}'s events, read again, are those {@code clustered} held (in order): each takes the cluster and
     * link its earlier reading got.
     */
    private List<Claim> rewrite(List<Claim> article, ArticleEvents.Result read, Events clustered,
                                Clusters clusters) {
        List<ArticleEvent> held = read.events();
        if (held.size() != clustered.size()) {
            throw new IllegalStateException("an article's events differ between the passes of grouping: "
                    + held.size() + " and " + clustered.size());
        }
        clustered.clustered();
        for (int i = 0; i < held.size(); i++) {
            held.get(i).cluster = clustered.clusters[i];
            held.get(i).link = clustered.links[i];
        }
        Map<Claim, ArticleEvent> byClaim = new IdentityHashMap<>();
        java.util.NavigableMap<Integer, List<Claim>> index = new TreeMap<>();
        for (Claim c : byStart(article)) {
            ArticleEvent e = read.byClaim().get(c);
            if (e != null) {
                byClaim.put(c, e);
                index.computeIfAbsent(c.start(), k -> new ArrayList<>(1)).add(c);
            }
        }
        // The times each sentence states: a toll of a sentence dated elsewhere ("In 2019, 40 died") is of another
        // event than the one the article is about.
        Map<String, List<TimeSpan>> sentenceTimes = new HashMap<>();
        for (Claim c : article) {
            if (c.kind().equals(ClaimConventions.KIND_TIME) && c.time() != null && c.time().start() != null) {
                sentenceTimes.computeIfAbsent(c.sentence(), k -> new ArrayList<>(2)).add(c.time());
            }
        }
        ArticleEvent salient = salient(held);
        Map<ArticleEvent, String> basis = new IdentityHashMap<>();
        Map<Set<String>, Optional<ArticleEvent>> mainOf = new HashMap<>();
        List<Claim> out = new ArrayList<>(article.size());
        for (Claim c : article) {
            List<TimeSpan> times = sentenceTimes.getOrDefault(c.sentence(), List.of());
            ArticleEvent main = salient;
            if (main != null && !sameTime(c, times, main)) {
                main = null;
            }
            Set<String> types = roleTypes(c);
            ArticleEvent role = types.isEmpty() ? null : mainAtTime(c, times, types, held, mainOf);
            // The rescued of a sinking are one count whether their sentence names the sinking or the rescue: a
            // count whose event follows from another of its role's types is about the article's main one of those.
            Set<String> follows = types.isEmpty() ? Set.of() : match.types().followsOfRole(c.unit());
            ArticleEvent origin = null;
            if (!follows.isEmpty()) {
                Set<String> others = new HashSet<>(types);
                others.removeAll(follows);
                origin = mainAtTime(c, times, others, held, mainOf);
            }
            out.add(rewrite(c, index, byClaim, clusters, basis, main, role, follows, origin));
        }
        return out;
    }

    /**
     * The article's main event of the types ({@link #mainOf}, once per set of types), unless the claim's sentence
     * dates itself elsewhere; {@code null} when there is none.
     */
    private static ArticleEvent mainAtTime(Claim c, List<TimeSpan> times, Set<String> types, List<ArticleEvent> held,
                                           Map<Set<String>, Optional<ArticleEvent>> mainOf) {
        ArticleEvent e = mainOf.computeIfAbsent(types, t -> Optional.ofNullable(mainOf(held, t))).orElse(null);
        return e != null && sameTime(c, times, e) ? e : null;
    }

    /**
     * The event types a count in a role, a share or a sum of a scope is about ({@code count_events.csv}: the dead and
     * those aboard are of a mishap, a turnout of a vote, financing of a deal); empty for other claims.
     */
    private Set<String> roleTypes(Claim c) {
        if (c.kind().equals(ClaimConventions.KIND_MONEY) && c.attribute().equals(ClaimConventions.MONEY)) {
            // A sum of a scope ("$46.5 billion in committed financing"): money:<scope> in count_events.csv.
            int colon = c.unit().indexOf(':');
            return colon < 0 ? Set.of() : match.types().ofRole("money" + c.unit().substring(colon));
        }
        boolean share = c.attribute().equals(CountExtractor.MEASURE) && c.unit().startsWith("%:");
        if (!c.attribute().equals(ClaimConventions.COUNT) && !share || !c.kind().equals(ClaimConventions.KIND_COUNT)
                && !c.kind().equals(ClaimConventions.KIND_TALLY) || c.unit().isEmpty()) {
            return Set.of();
        }
        return match.types().ofRole(c.unit());
    }

    /**
     * Whether an article event is of one of the types by its main specific type: an event named only generically
     * ("the event", "the incident") may be of any type.
     */
    private static boolean of(ArticleEvent e, Set<String> types) {
        return !e.types.isEmpty() && types.contains(e.mainType());
    }

    /**
     * The article's most mentioned event of one of the types (by the mentions that name a type), when no other of
     * them is mentioned as often, else
     * {@code null}: what a count of the dead or of those aboard is about when its own sentence names no such event
     * ("A ferry carrying 462 people on a trip to Jeju", "the number known to have died").
     */
    private static ArticleEvent mainOf(List<ArticleEvent> events, Set<String> types) {
        ArticleEvent best = null;
        int most = 0;
        boolean tie = false;
        for (ArticleEvent e : events) {
            if (!of(e, types)) {
                continue;
            }
            // Only mentions that name its type count: which event "the disaster" joined is grouping's guess.
            int named = e.types.values().stream().mapToInt(Integer::intValue).sum();
            if (best == null || named > most) {
                best = e;
                most = named;
                tie = false;
            } else if (named == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * The event an article is about, when it is about one: the event with the most mentions, at least
     * {@value #SALIENT_MENTIONS} and more than all its other events together, of a specific type that neither
     * reports another event (an announcement) nor is a moment (a share price). {@code null} otherwise.
     */
    private ArticleEvent salient(List<ArticleEvent> events) {
        ArticleEvent best = null;
        int total = 0;
        for (ArticleEvent e : events) {
            total += e.mentions;
            if (best == null || e.mentions > best.mentions) {
                best = e;
            }
        }
        if (best == null || best.mentions < SALIENT_MENTIONS || best.mentions * 2 <= total || best.types.isEmpty()) {
            return null;
        }
        String type = best.mainType();
        return match.types().secondary(type) || match.momentary(List.of(type)) ? null : best;
    }

    /**
     * Whether the times of a claim and of its sentence let it be about an event: none, or each within
     * {@value ArticleEvents#SAME_EVENT_DAYS} days of the event's time (of the article's publication when the event
     * has none). "In 2019, 40 people died" is not a toll of this week's fire.
     */
    private static boolean sameTime(Claim c, List<TimeSpan> sentence, ArticleEvent e) {
        List<TimeSpan> times = new ArrayList<>(sentence);
        if (c.time() != null && c.time().start() != null) {
            times.add(c.time());
        }
        for (TimeSpan t : times) {
            if (!ArticleEvent.known(t)) {
                return false;
            }
            TimeSpan et = e.time();
            long gap = et != null ? EventMatch.gap(t, et) : e.published != null ? EventMatch.gap(t, e.published) : 0;
            if (gap > ArticleEvents.SAME_EVENT_DAYS) {
                return false;
            }
        }
        return true;
    }

    /** The key of every cluster, distinct across clusters. */
    private Map<EventClusters.Cluster, EventKey> keys(List<EventClusters.Cluster> clusters,
                                                      Map<EventClusters.Cluster, String> notes) {
        Map<EventClusters.Cluster, EventKey> out = new IdentityHashMap<>();
        for (EventClusters.Cluster c : clusters) {
            out.put(c, baseKey(c));
        }
        seriesNames(out, notes);
        Map<String, List<EventClusters.Cluster>> byKey = new TreeMap<>();
        for (EventClusters.Cluster c : clusters) {
            byKey.computeIfAbsent(out.get(c).format(), x -> new ArrayList<>()).add(c);
        }
        for (List<EventClusters.Cluster> same : byKey.values()) {
            // The most reported keeps the plain key.
            same.sort(Comparator.comparingInt((EventClusters.Cluster c) -> -c.members.size())
                    .thenComparing(c -> first(c).source).thenComparingInt(c -> first(c).firstStart));
            for (int i = 0; i < same.size(); i++) {
                EventClusters.Cluster c = same.get(i);
                EventKey k = out.get(c);
                if (i > 0 || weak(c) || match.momentary(c.types.keySet())) {
                    out.put(c, k.resolved(k.eventClass(), k.name(), k.edition(), k.year(), localId(first(c))));
                }
            }
        }
        return out;
    }

    private static ArticleEvent first(EventClusters.Cluster c) {
        ArticleEvent best = c.members.get(0);
        for (ArticleEvent e : c.members) {
            if (e.source.compareTo(best.source) < 0 || e.source.equals(best.source) && e.firstStart < best.firstStart) {
                best = e;
            }
        }
        return best;
    }

    /**
     * Series names: an unnamed occurrence of a type two parties hold one series of ({@code one-series}: joint
     * exercises) takes the name of the one named series of its type and participants ("the first ever joint
     * Vesk-Orlan exercise" is of the Amber Watch series when Amber Watch is the only named exercise of Vesk and
     * Orlan). It stays its own occurrence (its key keeps its year); only its series, which "since" and "first-ever"
     * claims speak of, is named. With two named series, or none, it keeps no name.
     */
    private void seriesNames(Map<EventClusters.Cluster, EventKey> keys, Map<EventClusters.Cluster, String> notes) {
        Map<String, Set<String>> named = new HashMap<>();
        for (Map.Entry<EventClusters.Cluster, EventKey> e : keys.entrySet()) {
            EventKey k = e.getValue();
            if (!e.getKey().names.isEmpty() && !k.name().isEmpty() && k.participants().size() >= 2
                    && match.types().oneSeries(k.eventClass())) {
                named.computeIfAbsent(k.eventClass() + ":" + String.join("+", k.participants()), x -> new TreeSet<>())
                        .add(k.name());
            }
        }
        for (Map.Entry<EventClusters.Cluster, EventKey> e : keys.entrySet()) {
            EventKey k = e.getValue();
            Set<String> series = named.get(k.eventClass() + ":" + String.join("+", k.participants()));
            if (e.getKey().names.isEmpty() && e.getKey().topics.isEmpty() && k.participants().size() >= 2
                    && series != null && series.size() == 1) {
                String name = series.iterator().next();
                e.setValue(k.withName(name));
                notes.put(e.getKey(), "series " + name + ": the one named " + k.eventClass() + " series of "
                        + String.join("+", k.participants()));
            }
        }
    }

    /** One article's event with nothing another article could be matched on. */
    private static boolean weak(EventClusters.Cluster c) {
        Set<String> origins = new TreeSet<>();
        for (ArticleEvent e : c.members) {
            origins.add(e.origin);
        }
        return origins.size() == 1 && c.names.isEmpty() && c.editions.isEmpty() && c.times.isEmpty()
                && c.entities.isEmpty() && c.topics.isEmpty();
    }

    private EventKey baseKey(EventClusters.Cluster c) {
        String type = top(c.types, Comparator.naturalOrder());
        if (type == null) {
            type = c.generics.isEmpty() ? ClaimConventions.ANY_EVENT : c.generics.iterator().next();
        }
        Map<String, Integer> countries = new TreeMap<>();
        for (ArticleEvent e : c.members) {
            for (String p : e.allParticipants()) {
                countries.merge(p, 1, Integer::sum);
            }
        }
        List<String> participants = new ArrayList<>();
        for (Map.Entry<String, Integer> e : countries.entrySet()) {
            if (e.getValue() * 2 >= c.members.size()) {
                participants.add(e.getKey());
            }
        }
        String name = top(c.names, Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        if (name == null) {
            Map<String, Integer> topics = new TreeMap<>();
            Map<String, Integer> entities = new TreeMap<>();
            for (ArticleEvent e : c.members) {
                e.topics.forEach(t -> topics.merge(t, 1, Integer::sum));
                e.distinctive().forEach(t -> entities.merge(t, 1, Integer::sum));
            }
            name = match.topical(c.types.keySet()) ? top(topics, Comparator.naturalOrder()) : null;
            if (name == null) {
                name = top(entities, Comparator.naturalOrder());
            }
        }
        int edition = 0;
        int count = 0;
        for (Map.Entry<Integer, Integer> e : c.editions.entrySet()) {
            if (e.getValue() > count) {
                edition = e.getKey();
                count = e.getValue();
            }
        }
        String year = "";
        if (edition == 0 && match.recurring(c.types.keySet())) {
            Map<String, Integer> years = new TreeMap<>();
            for (ArticleEvent e : c.members) {
                if (e.year() > 0) {
                    years.merge(Integer.toString(e.year()), 1, Integer::sum);
                }
            }
            String y = top(years, Comparator.naturalOrder());
            year = y == null ? "" : y;
        }
        return new EventKey(type, participants, name == null ? "" : name, edition, year, false, false, "");
    }

    /** The most counted key, ties broken by the given order. */
    private static <T> T top(Map<T, Integer> counts, Comparator<T> ties) {
        T best = null;
        for (Map.Entry<T, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && ties.compare(e.getKey(), best) < 0) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The article's origin and the offset of the event's first mention in its source. */
    private static String localId(ArticleEvent e) {
        return e.origin.replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_-]", "_") + "." + e.firstStart;
    }

    /** Why an article event is its cluster's: its mentions, and the link that joined it. */
    private static String basis(ArticleEvent e, EventKey key) {
        StringBuilder b = new StringBuilder();
        b.append(e.source).append(": ").append(e.mentions).append(e.mentions == 1 ? " mention" : " mentions")
                .append(" ('").append(String.join("', '", e.words)).append("')");
        int articles = e.cluster.size();
        if (articles > 1) {
            b.append(e.link.isEmpty() ? "; first of " + articles + " article events"
                    : "; joined " + key.format() + " by " + e.link);
        }
        return b.toString();
    }

    private Claim rewrite(Claim c, java.util.NavigableMap<Integer, List<Claim>> article, Map<Claim, ArticleEvent> byClaim,
                          Clusters clusters, Map<ArticleEvent, String> basis, ArticleEvent salient, ArticleEvent role,
                          Set<String> follows, ArticleEvent source) {
        ArticleEvent event = byClaim.get(c);
        boolean implicit = false;
        boolean roleMain = false;
        boolean followed = false;
        Optional<EventKey> parsed = EventKey.parse(c.subject());
        boolean series = c.attribute().equals(ClaimConventions.SINCE);
        if (event == null && parsed.isPresent()) {
            event = sameSentence(c, article, byClaim, parsed.get());
            boolean any = parsed.get().eventClass().equals(ClaimConventions.ANY_EVENT);
            if (event == null && any) {
                event = nearestInSentence(c, article, byClaim);
            }
            if (event == null && any && !QUANTITIES.contains(c.kind())) {
                event = nearest(c, article, byClaim);
            }
            // A toll of a sentence naming no event ("Four others are presumed dead."), in an article about one
            // event, is a toll of that event. Other figures stay with their article: a count or a sum beside an
            // event may be of a part of it or of anything ("the main body cost $2.3 billion", "4 boys were freed").
            if (event == null && any && salient != null && c.kind().equals(ClaimConventions.KIND_TALLY)) {
                event = salient;
                implicit = true;
            }
            // "2,430 people died, not including the 18 dead in the avalanche": an event the sentence names only
            // inside a phrase set apart from the count is not what the count is about.
            if (role != null && event != null && event != role && setApart(c, event, article, byClaim)) {
                event = role;
                roleMain = true;
            }
            // A count of the dead or of those aboard whose sentence names no event of the types its role belongs to
            // (none, a trip, a death) is about the article's main event of those types.
            if (role != null && (event == null && any || event != null && event != role && !of(event, roleTypes(c)))) {
                event = role;
                roleMain = true;
            }
            if (source != null && event != null && event != source && of(event, follows)) {
                event = source;
                followed = true;
            }
        } else if (event == null && c.subject().startsWith(ClaimConventions.EQUIPMENT_TOPIC)) {
            String family = Lexicon.key(c.subject().substring(ClaimConventions.EQUIPMENT_TOPIC.length()));
            for (List<Claim> at : article.values()) {
                for (Claim m : at) {
                    ArticleEvent e = byClaim.get(m);
                    if (event == null && e.types.keySet().stream().anyMatch(lexicon::transfersEquipment) && e.names.containsKey(family)) {
                        event = e;
                    }
                }
            }
        }
        if (event == null && parsed.isPresent() && parsed.get().eventClass().equals(ClaimConventions.ANY_EVENT)) {
            Claim figure = figure(c, salient, clusters, basis);
            if (figure != null) {
                return figure;
            }
            // A claim in an article that names no event at all ("243 people were injured"): what it is about is
            // unknown, so it is kept to its article rather than compared with every other such claim.
            String origin = c.origin().replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_-]", "_");
            EventKey local = new EventKey(ClaimConventions.ANY_EVENT, parsed.get().participants(), "", 0, "", false,
                    false, origin + "." + c.start());
            return c.withEvent("", local.format()).withBasis("");
        }
        if (event == null) {
            return c.frame() == null ? c : c.withBasis("");
        }
        EventKey key = clusters.keys.get(event.cluster);
        String k = key.format();
        String because = basis.computeIfAbsent(event, clusters::basis);
        String why = followed ? because + "; its sentence names an event that follows from another: the article's"
                + " most mentioned " + event.mainType() + " (" + event.mentions + " mentions)"
                : roleMain ? because + "; its sentence names no event of the types its role belongs to: the article's"
                + " most mentioned one, a " + event.mainType() + " (" + event.mentions + " mentions)"
                : implicit ? because + "; its sentence names no event: the article's salient event ("
                + event.mentions + " mentions)" : because;
        return c.withEvent(k, series ? key.series().format() : k).withBasis(why);
    }

    /**
     * A figure whose sentence names no event ("LinkedIn has 433 million users"), in an article about one event, as a
     * figure of that event: its subject is the event's key marked {@value Claim#FIGURE_MARK} with what
     * the figure is (attribute, unit, value, detail), so the same figure in another article about the event shares
     * its subject and corroborates it, while no other figure meets it: a figure beside no event may be of anything
     * ("shares fell 3%"), so it is never weighed against a different one. {@code null} for claims that are not
     * figures, a single one ("one student", which names someone), or an article with no salient event.
     */
    private Claim figure(Claim c, ArticleEvent salient, Clusters clusters, Map<ArticleEvent, String> basis) {
        if (salient == null || !FIGURES.contains(c.attribute()) || Double.isNaN(c.number()) || Math.abs(c.number()) < 2
                || c.value().isEmpty()) {
            return null;
        }
        EventKey key = clusters.keys.get(salient.cluster);
        if (!key.local().isEmpty()) {
            return null;
        }
        String k = key.format();
        String subject = k + Claim.FIGURE_MARK + String.join(":", c.attribute(), c.unit(), c.value())
                + (c.detail().isEmpty() ? "" : ":" + c.detail());
        String because = basis.computeIfAbsent(salient, clusters::basis);
        return c.withEvent(k, subject).withBasis(because + "; its sentence names no event: a figure of the article's"
                + " salient event (" + salient.mentions + " mentions), compared only with the same figure");
    }

    /**
     * Whether the claim's sentence names the event only inside phrases that set something apart from what it counts
     * ({@code count_exclusions.csv}: "not including the 18 dead in the avalanche") while the claim stands outside
     * them.
     */
    private boolean setApart(Claim c, ArticleEvent event, java.util.NavigableMap<Integer, List<Claim>> article,
                             Map<Claim, ArticleEvent> byClaim) {
        int at = c.quote().isEmpty() ? -1 : c.sentence().indexOf(c.quote());
        if (at < 0) {
            return false;
        }
        List<int[]> spans = match.types().excluded(c.sentence());
        int sentenceStart = c.start() - at;
        if (spans.isEmpty() || inside(spans, at)) {
            return false;
        }
        boolean named = false;
        int reach = c.sentence().length();
        for (List<Claim> here : article.subMap(sentenceStart, true, sentenceStart + reach, true).values()) {
            for (Claim m : here) {
                if (m.sentence().equals(c.sentence()) && byClaim.get(m) == event) {
                    if (!inside(spans, m.start() - sentenceStart)) {
                        return false;
                    }
                    named = true;
                }
            }
        }
        return named;
    }

    private static boolean inside(List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (offset >= s[0] && offset < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** The event of the mention in the claim's sentence whose provisional key the claim carries, nearest first. */
    private ArticleEvent sameSentence(Claim c, java.util.NavigableMap<Integer, List<Claim>> article,
                                             Map<Claim, ArticleEvent> byClaim, EventKey key) {
        ArticleEvent exact = null;
        int exactDistance = Integer.MAX_VALUE;
        ArticleEvent seriesMatch = null;
        EventKey series = key.series();
        int reach = c.sentence().length();
        for (List<Claim> at : article.subMap(c.start() - reach, true, c.start() + reach, true).values()) {
            for (Claim m : at) {
                match.compared();
                if (!m.sentence().equals(c.sentence())) {
                    continue;
                }
                ArticleEvent e = byClaim.get(m);
                int distance = Math.abs(m.start() - c.start());
                if (m.subject().equals(c.subject()) && distance < exactDistance) {
                    exact = e;
                    exactDistance = distance;
                }
                if (seriesMatch == null && EventKey.parse(m.subject()).map(EventKey::series).filter(series::equals)
                        .isPresent()) {
                    seriesMatch = e;
                }
            }
        }
        return exact != null ? exact : seriesMatch;
    }

    /** The event of the mention of the claim's own sentence nearest to it (not one it quotes), or {@code null}. */
    private ArticleEvent nearestInSentence(Claim c, java.util.NavigableMap<Integer, List<Claim>> article,
                                                  Map<Claim, ArticleEvent> byClaim) {
        ArticleEvent best = null;
        int distance = Integer.MAX_VALUE;
        int reach = c.sentence().length();
        for (List<Claim> at : article.subMap(c.start() - reach, true, c.start() + reach, true).values()) {
            for (Claim m : at) {
                match.compared();
                // "The previous visit was in 1975" speaks of the visit before the one the article is about: the
                // mention inside a previous claim's own words is the earlier instance, never its subject.
                boolean inside = c.attribute().equals(ClaimConventions.PREVIOUS) && m.start() >= c.start()
                        && m.start() < c.end();
                if (!inside && m.sentence().equals(c.sentence()) && Math.abs(m.start() - c.start()) < distance) {
                    best = byClaim.get(m);
                    distance = Math.abs(m.start() - c.start());
                }
            }
        }
        return best;
    }

    /** The event the article last mentioned before the claim, else the first one after it. */
    private static ArticleEvent nearest(Claim c, java.util.NavigableMap<Integer, List<Claim>> article,
                                        Map<Claim, ArticleEvent> byClaim) {
        Map.Entry<Integer, List<Claim>> before = article.floorEntry(c.start());
        if (before != null) {
            return byClaim.get(before.getValue().get(before.getValue().size() - 1));
        }
        Map.Entry<Integer, List<Claim>> after = article.higherEntry(c.start());
        return after == null ? null : byClaim.get(after.getValue().get(0));
    }
}
