package org.crosscheck.group;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.extract.EventTypes;
import org.crosscheck.fact.TimeSpan;

/**
 * Links the events of different articles into clusters, one per real event, under explicit compatibility:
 * <ul>
 * <li>types compatible ({@code event_types.csv});</li>
 * <li>cannot-links: a pair of names or topics {@code event_distinct.csv} lists; another event of the same article (the article told them apart); two names that are not one
 * name (under aliases, spelling variants and word subsets); two topics of a topical type, unless the day and the
 * parties are the same; editions two or more apart; another year for a recurring type; dates more than
 * {@value #CLOSE_DAYS} days apart, or more than {@value #NEAR_DAYS} days, unless the two share their name (a date
 * one source gets wrong is a finding, not a second event);</li>
 * <li>evidence: a shared name, shared distinctive proper names ("Kanpur", "Grenfell"), or shared participants and
 * dates within {@value #CLOSE_DAYS} days; at least {@value #MIN_SCORE} points in all.</li>
 * </ul>
 * Blocking keeps the cost linear: an event is compared only with the clusters that share its type family, a name
 * word, a distinctive name or a participant, and a year (one either side); never with all clusters. Events are taken
 * richest first (named, numbered, dated), then by source and offset, so the result does not depend on input order,
 * and every test reads only the two sides compared, so it does not depend on the other stories of the corpus.
 */
final class EventClusters {
    static final long CLOSE_DAYS = 3;
    static final long NEAR_DAYS = 45;
    static final int MIN_SCORE = 5;
    /** Distinct dates a cluster keeps to compare with: enough for any real event, bounded for a huge one. */
    static final int MAX_VALUES = 64;
    /**
     * Clusters of one block an event is compared with, the latest filed first: bounds the cost where a block is as
     * large as every event of a country in a year. Far above the events of one block in real news.
     */
    static final int MAX_BLOCK = 64;

    /**
     * One real event: the article events linked to it. A cluster of one article event (most of them) shares that
     * event's frozen collections and keeps sets of its own only from its second member on, so that clusters cost
     * little more than the events they hold.
     */
    static final class Cluster {
        final int id;
        List<ArticleEvent> members = List.of();
        Map<String, Integer> types = Map.of();
        Set<String> generics = Set.of();
        Map<String, Integer> names = Map.of();
        Set<String> topics = Set.of();
        Map<Integer, Integer> editions = Map.of();
        List<TimeSpan> times = List.of();
        List<LocalDate> published = List.of();
        Set<String> participants = Set.of();
        Set<String> entities = Set.of();
        /** Every word of its members' proper names, common ones included. */
        Set<String> nameWords = Set.of();
        /** Dated members per year. */
        Map<Integer, Integer> years = Map.of();
        /** The articles of its members: an article's events are different events (it told them apart). */
        Set<String> sources = Set.of();
        /** The ids of the blocks it is filed in, sorted. */
        private int[] blocks = new int[0];
        private int blockCount;

        /** Its members once released. */
        private int released = -1;

        Cluster(int id) {
            this.id = id;
        }

        /** How many article events it holds. */
        int size() {
            return released >= 0 ? released : members.size();
        }

        /**
         * Lets go of its members and what it gathered from them, once it is keyed: only its identity and size are
         * read after that.
         */
        void release() {
            released = members.size();
            members = List.of();
            types = Map.of();
            generics = Set.of();
            names = Map.of();
            topics = Set.of();
            editions = Map.of();
            times = List.of();
            published = List.of();
            participants = Set.of();
            entities = Set.of();
            nameWords = Set.of();
            years = Map.of();
            sources = Set.of();
            blocks = new int[0];
            blockCount = 0;
        }

        void add(ArticleEvent e, Frozen frozen) {
            if (members.isEmpty()) {
                adopt(e, frozen);
                return;
            }
            if (members.size() == 1) {
                own();
            }
            members.add(e);
            sources.add(e.source);
            e.types.forEach((t, n) -> types.merge(t, n, Integer::sum));
            generics.addAll(e.generics);
            e.names.forEach((t, n) -> names.merge(t, n, Integer::sum));
            topics.addAll(e.topics);
            e.editions.forEach((t, n) -> editions.merge(t, n, Integer::sum));
            TimeSpan t = e.time();
            if (t != null && times.size() < MAX_VALUES && times.stream().noneMatch(x -> x.start().equals(t.start())
                    && x.end().equals(t.end()))) {
                times.add(t);
            }
            if (e.published != null && published.size() < MAX_VALUES && !published.contains(e.published)) {
                published.add(e.published);
            }
            participants.addAll(e.allParticipants());
            entities.addAll(e.distinctive());
            nameWords.addAll(e.nameWords());
            if (e.year() > 0) {
                years.merge(e.year(), 1, Integer::sum);
            }
            e.cluster = this;
        }

        /** The first member: the cluster is what that event says. */
        private void adopt(ArticleEvent e, Frozen frozen) {
            members = List.of(e);
            sources = Set.of(e.source);
            types = e.types;
            generics = e.generics;
            names = e.names;
            topics = e.topics;
            editions = e.editions;
            TimeSpan t = e.time();
            times = t == null ? List.of() : List.of(t);
            published = e.published == null ? List.of() : List.of(e.published);
            participants = frozen.set(e.allParticipants());
            entities = frozen.set(e.distinctive());
            nameWords = frozen.set(e.nameWords());
            years = e.year() > 0 ? Map.of(e.year(), 1) : Map.of();
            e.cluster = this;
        }

        /** Mutable copies, in the orders the first member's collections iterate in, before a second member joins. */
        private void own() {
            members = new ArrayList<>(members);
            sources = new java.util.HashSet<>(sources);
            types = new TreeMap<>(types);
            generics = new TreeSet<>(generics);
            names = new TreeMap<>(names);
            topics = new TreeSet<>(topics);
            editions = new TreeMap<>(editions);
            times = new ArrayList<>(times);
            published = new ArrayList<>(published);
            participants = new TreeSet<>(participants);
            entities = new TreeSet<>(entities);
            nameWords = new TreeSet<>(nameWords);
            years = new TreeMap<>(years);
        }

        /** Files it in block {@code id}; false when it is filed there already. */
        private boolean file(int id) {
            int at = java.util.Arrays.binarySearch(blocks, 0, blockCount, id);
            if (at >= 0) {
                return false;
            }
            at = -at - 1;
            if (blockCount == blocks.length) {
                blocks = java.util.Arrays.copyOf(blocks, Math.max(4, blockCount * 2));
            }
            System.arraycopy(blocks, at, blocks, at + 1, blockCount - at);
            blocks[at] = id;
            blockCount++;
            return true;
        }
    }

    /**
     * The clusters filed under one blocking key, in filing order. Only the latest {@value #MAX_BLOCK} are ever
     * compared with, so older ones are dropped (in batches), and a block holds at most twice that many.
     */
    private static final class Block {
        final int id;
        final List<Cluster> clusters = new ArrayList<>(4);

        Block(int id) {
            this.id = id;
        }

        void add(Cluster c) {
            if (clusters.size() == 2 * MAX_BLOCK) {
                clusters.subList(0, MAX_BLOCK).clear();
            }
            clusters.add(c);
        }
    }

    /** A candidate link: its strength and what it rests on. */
    private record Link(int score, String reason) {
    }

    private final EventMatch match;
    private final Frozen frozen;
    private final Map<String, Integer> family = new HashMap<>();
    private final Set<Integer> families = new TreeSet<>();

    EventClusters(EventMatch match, Frozen frozen) {
        this.match = match;
        this.frozen = frozen;
        // Type families for blocking: types linked by compatibility (generic types aside) share one.
        EventTypes types = match.types();
        Map<String, String> parent = new HashMap<>();
        for (EventTypes.Type t : types.all()) {
            if (!t.generic()) {
                parent.put(t.name(), t.name());
            }
        }
        for (EventTypes.Type t : types.all()) {
            if (t.generic()) {
                continue;
            }
            for (String o : t.compatible()) {
                if (parent.containsKey(o)) {
                    parent.put(root(parent, t.name()), root(parent, o));
                }
            }
        }
        Map<String, Integer> ids = new TreeMap<>();
        for (String t : new TreeSet<>(parent.keySet())) {
            family.put(t, ids.computeIfAbsent(root(parent, t), k -> ids.size()));
        }
        families.addAll(family.values());
    }

    private static String root(Map<String, String> parent, String t) {
        String r = t;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** Links the events into clusters; each event's {@code cluster} and {@code link} are set. */
    List<Cluster> cluster(List<ArticleEvent> events) {
        List<ArticleEvent> order = new ArrayList<>(events);
        order.sort(Comparator.comparingInt((ArticleEvent e) -> -richness(e))
                .thenComparing(e -> e.source).thenComparingInt(e -> e.firstStart));
        Map<String, Block> blocks = new HashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        for (ArticleEvent e : order) {
            List<String> keys = keys(e);
            Set<Cluster> candidates = new LinkedHashSet<>();
            for (String k : queries(e, keys)) {
                Block block = blocks.get(k);
                List<Cluster> b = block == null ? null : block.clusters;
                // The latest clusters of a block only: a block as large as a country's events of a year costs a
                // bounded number of comparisons per event, not one per cluster.
                for (int i = b == null ? -1 : b.size() - 1; i >= 0 && i >= b.size() - MAX_BLOCK; i--) {
                    Cluster c = b.get(i);
                    if (!c.sources.contains(e.source)) {
                        candidates.add(c);
                    }
                }
            }
            Cluster best = null;
            Link bestLink = null;
            for (Cluster c : candidates) {
                match.compared();
                Link l = link(e, c);
                if (l != null && (bestLink == null || l.score() > bestLink.score()
                        || l.score() == bestLink.score() && c.id < best.id)) {
                    best = c;
                    bestLink = l;
                }
            }
            if (best == null) {
                best = new Cluster(clusters.size());
                clusters.add(best);
                e.link = "";
            } else {
                e.link = bestLink.reason();
            }
            best.add(e, frozen);
            for (String k : keys) {
                for (String name : List.of(k + "|" + year(e), k + "|*")) {
                    Block block = blocks.computeIfAbsent(name, x -> new Block(blocks.size()));
                    if (best.file(block.id)) {
                        block.add(best);
                    }
                }
            }
        }
        return clusters;
    }

    /** How much an event says of its identity: the richest are taken first and found by the rest. */
    private static int richness(ArticleEvent e) {
        int r = e.names.isEmpty() ? 0 : 8;
        r += e.editions.isEmpty() ? 0 : 4;
        TimeSpan t = e.time();
        r += t == null ? 0 : EventMatch.precise(t) ? 3 : 1;
        r += Math.min(3, e.distinctive().size());
        r += Math.min(3, e.participants.size());
        return r;
    }

    /**
     * The blocking keys of an event, without the year: type family and one identifying token (a name word, a
     * distinctive proper name, a participant, or a topic word of a topical type).
     */
    private List<String> keys(ArticleEvent e) {
        Set<Integer> fams = new TreeSet<>();
        for (String t : e.types.keySet()) {
            Integer f = family.get(t);
            if (f != null) {
                fams.add(f);
            }
        }
        if (fams.isEmpty()) {
            for (String g : e.generics) {
                EventTypes.Type t = match.types().type(g);
                for (String o : t == null ? Set.<String>of() : t.compatible()) {
                    if (o.equals("*")) {
                        fams.addAll(families);
                    } else if (family.containsKey(o)) {
                        fams.add(family.get(o));
                    }
                }
            }
        }
        Set<String> tokens = new TreeSet<>();
        for (String n : e.names.keySet()) {
            for (String w : match.words(n, e.mainType())) {
                tokens.add("n:" + w);
            }
        }
        for (String d : e.distinctive()) {
            tokens.add("e:" + d);
        }
        if (match.topical(e.types.keySet())) {
            for (String t : e.topics) {
                for (String w : match.words(t, e.mainType())) {
                    tokens.add("t:" + w);
                }
            }
        }
        for (String p : e.allParticipants()) {
            tokens.add("p:" + p);
        }
        List<String> out = new ArrayList<>();
        for (int f : fams) {
            for (String t : tokens) {
                out.add(f + "|" + t);
            }
        }
        return out;
    }

    /**
     * The blocks an event looks in: its keys in its year and the years either side, and among the undated; an
     * event its article does not date (dated only by publication, or not at all) may be an older one and looks among
     * all years, and so does a name or topic, which a source may date wrongly.
     */
    private static List<String> queries(ArticleEvent e, List<String> keys) {
        int y = year(e);
        List<String> out = new ArrayList<>(keys.size() * 3);
        for (String k : keys) {
            // A name or topic may be misdated by a source: its blocks span all years.
            if (y == 0 || e.year() == 0 || k.contains("|n:") || k.contains("|t:")) {
                out.add(k + "|*");
            } else {
                out.add(k + "|0");
                for (int d = -1; d <= 1; d++) {
                    out.add(k + "|" + (y + d));
                }
            }
        }
        return out;
    }

    /**
     * The types that characterise an event: those with at least a third of the mentions of its most mentioned type.
     * A side remark ("an election" called for in an article about a referendum) is a type of one mention among many
     * and must not make the event incompatible with the same referendum elsewhere.
     */
    static <K> Set<K> dominant(Map<K, Integer> types) {
        int top = 0;
        for (int n : types.values()) {
            top = Math.max(top, n);
        }
        Set<K> out = new TreeSet<>();
        for (Map.Entry<K, Integer> t : types.entrySet()) {
            if (3 * t.getValue() >= top) {
                out.add(t.getKey());
            }
        }
        return out;
    }

    /** The event's year: its own, else its article's, else 0. */
    private static int year(ArticleEvent e) {
        int y = e.year();
        return y > 0 ? y : e.published != null ? e.published.getYear() : 0;
    }

    /** Whether and how strongly an event is one of a cluster's event; {@code null} when it cannot be. */
    private Link link(ArticleEvent e, Cluster c) {
        if (c.sources.contains(e.source) || match.momentary(e.types.keySet()) || match.momentary(c.types.keySet())) {
            return null;
        }
        if (!match.compatible(dominant(e.types), e.generics, dominant(c.types), c.generics)) {
            return null;
        }
        Set<String> specific = new TreeSet<>(e.types.keySet());
        specific.addAll(c.types.keySet());
        String type = e.mainType();
        // A cannot-link of the vocabulary (event_distinct.csv) holds whatever else agrees.
        Set<String> labels = new TreeSet<>(e.names.keySet());
        labels.addAll(e.topics);
        Set<String> others = new TreeSet<>(c.names.keySet());
        others.addAll(c.topics);
        if (match.cannotLink(labels, others, type)) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        int score = 0;
        // Names: one shared name is strong evidence; two names that are not one are a cannot-link.
        boolean named = !namedWords(e.names.keySet(), type).isEmpty() && !namedWords(c.names.keySet(), type).isEmpty();
        boolean sameName = named && match.anySameName(e.names.keySet(), c.names.keySet(), type);
        // Two names are two events unless one side's text also names the other's: a source that calls the rescue
        // after the province ("the Chiang Rai rescue") and says "Tham Luang" elsewhere knows one rescue by two names.
        boolean crossNamed = named && !sameName && crossNamed(e, c, type);
        if (named && !sameName && !crossNamed) {
            return null;
        }
        if (sameName) {
            score += 10;
            reasons.add("names " + shown(e.names.keySet()) + " = " + shown(c.names.keySet()));
        } else if (crossNamed) {
            score += 3;
            reasons.add("names " + shown(e.names.keySet()) + " and " + shown(c.names.keySet())
                    + ", one side's name in the other's text");
        }
        boolean sameTopic = false;
        boolean otherTopic = false;
        if (match.topical(specific) && !e.topics.isEmpty() && !c.topics.isEmpty()) {
            otherTopic = !match.anySameTopic(e.topics, c.topics, type);
            sameTopic = !otherTopic;
            if (sameTopic) {
                score += 3;
                reasons.add("topic " + shown(e.topics));
            }
        }
        int edition = e.edition();
        if (edition > 0 && !c.editions.isEmpty()) {
            int diff = Integer.MAX_VALUE;
            for (int x : c.editions.keySet()) {
                diff = Math.min(diff, Math.abs(x - edition));
            }
            if (diff >= 2) {
                return null;
            }
            if (diff == 0) {
                score += 3;
                reasons.add("edition " + edition);
            }
        }
        int year = e.year();
        // Another year tells instances of a recurring type apart only when no edition says which instance it is.
        boolean sameEdition = edition > 0 && c.editions.containsKey(edition);
        // The years its members mostly give, not a stray one: one source misdating the second session by a year
        // must not let the first session of that year join.
        if (match.recurring(specific) && year > 0 && !c.years.isEmpty() && !dominant(c.years).contains(year)
                && !sameEdition) {
            return null;
        }
        // Editions one apart may be one edition numbered two ways, but only if the dates agree: a shared series
        // name says nothing about which instance it is.
        boolean otherEdition = edition > 0 && !c.editions.isEmpty() && !sameEdition;
        boolean nameDates = sameName && !otherEdition;
        // One accord between the same parties on the same topic, dated two ways, is one accord with a date to check.
        Set<String> namedHere = new TreeSet<>(e.participants.keySet());
        namedHere.retainAll(c.participants);
        boolean sameAccord = sameTopic && namedHere.size() >= 2 && !match.recurring(specific);
        // Two pairs of parties with none in common are two events, whatever name they share: "X delivered Su-35s
        // to Y" is not Z's delivery of them to W.
        if (namedHere.isEmpty() && e.participants.size() >= 2 && c.participants.size() >= 2) {
            return null;
        }
        // Times: the event's own date against the cluster's, or against the days its articles were published.
        long gap = -1;
        boolean explicit = false;
        boolean precise = false;
        TimeSpan te = e.time();
        if (te != null && !c.times.isEmpty()) {
            gap = Long.MAX_VALUE;
            precise = EventMatch.precise(te);
            for (TimeSpan t : c.times) {
                gap = Math.min(gap, EventMatch.gap(te, t));
                precise &= EventMatch.precise(t);
            }
            explicit = true;
            if (!nameDates && !sameAccord && (precise && gap > CLOSE_DAYS || gap > NEAR_DAYS)) {
                return null;
            }
        } else if (te != null) {
            gap = minGap(te, c.published);
        } else if (!c.times.isEmpty() && e.published != null) {
            gap = Long.MAX_VALUE;
            for (TimeSpan t : c.times) {
                gap = Math.min(gap, EventMatch.gap(t, e.published));
            }
        } else if (e.published != null && !c.published.isEmpty()) {
            gap = Long.MAX_VALUE;
            for (LocalDate d : c.published) {
                gap = Math.min(gap, Math.abs(ChronoUnit.DAYS.between(d, e.published)));
            }
        }
        // An undated mention of a one-off topical event ("the defence cooperation agreement") may be years later.
        boolean lasting = sameTopic && te == null && !match.recurring(specific);
        if (!explicit && gap > NEAR_DAYS && !nameDates && !lasting) {
            return null;
        }
        // A month and a day or week outside it are not close, however few days lie between: "last month" against
        // "next week" says the two are apart.
        boolean close = gap == 0 || gap <= CLOSE_DAYS && (precise || !explicit);
        if (gap >= 0 && gap <= NEAR_DAYS) {
            int points = explicit ? gap == 0 ? 4 : close ? 3 : 1 : close ? 2 : 1;
            score += points;
            reasons.add((explicit ? "dates " : "reported ") + (gap == 0 ? "the same days" : gap + " days apart")
                    + (te != null ? " (" + te.value() + ")" : ""));
        }
        // Proper names of the text: each name (a run of words) that shares a distinctive word with the cluster.
        Set<String> entities = new TreeSet<>();
        for (String run : e.entities) {
            for (String w : run.split("-")) {
                if (!w.startsWith("~") && c.entities.contains(w)) {
                    entities.add(run.replace("~", ""));
                    break;
                }
            }
        }
        if (!entities.isEmpty()) {
            score += 3 * Math.min(3, entities.size());
            reasons.add("names in text " + String.join(", ", entities));
        }
        Set<String> participants = e.allParticipants();
        participants.retainAll(c.participants);
        if (!participants.isEmpty()) {
            score += participants.size() >= 2 ? 3 : 2;
            reasons.add("participants " + String.join("+", participants));
        }
        boolean closeInTime = explicit && gap >= 0 && close;
        // Two topics are two accords, unless the date and the parties say it is one described two ways.
        if (otherTopic && !(explicit && gap == 0 && EventMatch.precise(te) && namedHere.size() >= 2)) {
            return null;
        }
        // A named event and an unnamed one: the name must occur in the unnamed one's text, unless participants
        // and dates agree ("the drills" of an article that never says "Zapad" and gives no date stay apart).
        boolean nameInText = !named && (namedWords(c.names.keySet(), type).isEmpty()
                || !java.util.Collections.disjoint(namedWords(c.names.keySet(), type), e.nameWords()))
                && (namedWords(e.names.keySet(), type).isEmpty()
                || !java.util.Collections.disjoint(namedWords(e.names.keySet(), type), c.nameWords));
        // A one-off event (a crash, a fire) is known by where it happened more than by what a source calls it:
        // two distinctive places or names of its text are enough without the other side's name ("the derailment
        // near Kanpur, Uttar Pradesh" and the "Indore-Patna Express" derailment near Kanpur, Uttar Pradesh).
        boolean placeKnown = nameInText || gap >= 0 || !named && !match.recurring(specific);
        // An unnamed event dated as the cluster is, in an article naming another event by the cluster's name:
        // "Launched on July 14" in an article about the landing of Chandrayaan-3 is the launch of Chandrayaan-3.
        boolean namedInArticle = !named && closeInTime && EventMatch.precise(te)
                && !java.util.Collections.disjoint(namedWords(c.names.keySet(), type),
                namedWords(e.articleNames, type));
        // A one-off event whose own sentences name the cluster's event ("the fire" beside "Grenfell Tower") among
        // the parties the cluster's sources name is that event, unless the two are dated apart or the name is a
        // place's, which any event there bears ("Hong Kong").
        boolean nameBeside = !named && !match.recurring(specific) && !participants.isEmpty()
                && (!explicit || closeInTime) && !besideWords(e, c, type).isEmpty();
        if (nameBeside) {
            score += 3;
            reasons.add("name " + shown(c.names.keySet()) + " beside it");
        }
        boolean identity = sameName || nameBeside || placeKnown && entities.size() >= (gap < 0 ? 2 : 1)
                || enoughParticipants(participants, e, c) && (closeInTime || sameTopic) || sameTopic && closeInTime
                || namedInArticle;
        if (!identity || score < MIN_SCORE) {
            return null;
        }
        if (namedInArticle && !sameName) {
            reasons.add("names " + shown(c.names.keySet()) + " in its article");
        }
        if (c.types.keySet().containsAll(e.types.keySet()) && !e.types.isEmpty()) {
            score += 1;
        }
        reasons.add(0, "type " + type + (c.types.containsKey(type) || c.types.isEmpty() ? ""
                : " ~ " + String.join("|", c.types.keySet())));
        return new Link(score, String.join(", ", reasons));
    }

    /** The words of the cluster's names, places' aside, that the event's own sentences also name. */
    private Set<String> besideWords(ArticleEvent e, Cluster c, String type) {
        Set<String> beside = new TreeSet<>(namedWords(c.names.keySet(), type));
        beside.retainAll(e.nameWords());
        beside.removeAll(match.placeWords(c.names.keySet()));
        return beside;
    }

    /**
     * Whether either side's texts hold a word of the other's names: neither name is then the other's rival, only
     * another way to call the event.
     */
    private boolean crossNamed(ArticleEvent e, Cluster c, String type) {
        return !java.util.Collections.disjoint(namedWords(c.names.keySet(), type), e.nameWords())
                || !java.util.Collections.disjoint(namedWords(e.names.keySet(), type), c.nameWords);
    }

    /**
     * Whether the shared participants say who the event is between: two or more, or the one country both sides
     * name ("an earthquake in Turkey"); one of many ("the UK" of a G7 summit) is not enough.
     */
    private static boolean enoughParticipants(Set<String> shared, ArticleEvent e, Cluster c) {
        return shared.size() >= 2 || !shared.isEmpty() && e.allParticipants().size() == 1 && c.participants.size() == 1;
    }

    private Set<String> namedWords(Set<String> names, String type) {
        Set<String> out = new TreeSet<>();
        for (String n : names) {
            out.addAll(match.words(n, type));
        }
        return out;
    }

    private static long minGap(TimeSpan t, List<LocalDate> days) {
        long gap = days.isEmpty() ? -1 : Long.MAX_VALUE;
        for (LocalDate d : days) {
            gap = Math.min(gap, EventMatch.gap(t, d));
        }
        return gap;
    }

    private static String shown(Set<String> names) {
        return String.join("|", names);
    }
}
