package org.crosscheck.stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.SourceInfo;
import org.crosscheck.group.ClaimGroups;
import org.crosscheck.group.PlaceFacts;
import org.crosscheck.report.FindingAggregator;

/**
 * Which facts go into which rule session. Sessions hold whole series (a subject without edition or year): rules
 * join claims of one event, and "since", "first-ever" and edition checks join the editions of one series, so a
 * series is the largest unit any rule compares (the blocking key). Each session holds the series' representative
 * claims ({@link ClaimGroups}), the {@link SourceInfo} of the articles behind them, the containment of the places
 * it mentions (gazetteer and texts) and where each source places each event ({@link PlaceFacts}).
 */
final class SessionPlan {
    /** Claims per rule session, beyond which series are not batched together. */
    static final int SESSION_CLAIMS = 2000;

    private SessionPlan() {
    }

    /**
     * The sessions over the representatives of {@code groups}, decided up front (which claims go together) and
     * each built when it is taken ({@link Plan#session}): a session's facts (its sources, place containment and
     * placements) are in memory only while it runs, not all sessions' at once.
     */
    static Plan sessions(ClaimGroups groups, Map<String, SourceInfo> infos, Lexicon lexicon) {
        PlaceFacts places = PlaceFacts.of(groups.representatives(), lexicon);
        Map<String, List<Claim>> bySeries = new TreeMap<>();
        for (Claim c : groups.representatives()) {
            bySeries.computeIfAbsent(c.series(), k -> new ArrayList<>()).add(c);
        }
        List<List<Claim>> overflow = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> e : bySeries.entrySet()) {
            e.setValue(boundValues(e.getValue(), groups, overflow));
        }
        // Small series share a session (rules join within a series, so sharing changes nothing) to spare the
        // cost of a session per series; a large series gets one of its own.
        List<List<Claim>> batches = new ArrayList<>();
        List<Claim> batch = new ArrayList<>();
        for (List<Claim> seriesClaims : bySeries.values()) {
            if (!batch.isEmpty() && batch.size() + seriesClaims.size() > SESSION_CLAIMS) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
            batch.addAll(seriesClaims);
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        batches.addAll(overflow);
        return new Plan(batches, groups, infos, places);
    }

    /** Which claims each session holds; {@link #session} builds a session's facts. */
    static final class Plan {
        private final List<List<Claim>> batches;
        private final ClaimGroups groups;
        private final Map<String, SourceInfo> infos;
        private final PlaceFacts places;

        private Plan(List<List<Claim>> batches, ClaimGroups groups, Map<String, SourceInfo> infos,
                     PlaceFacts places) {
            this.batches = batches;
            this.groups = groups;
            this.infos = infos;
            this.places = places;
        }

        int size() {
            return batches.size();
        }

        /** The facts of session {@code i}: its claims, their sources, place containment and placements. */
        List<Object> session(int i) {
            List<Claim> batchClaims = batches.get(i);
            Set<String> sources = new TreeSet<>();
            for (Claim c : batchClaims) {
                sources.addAll(groups.group(c).sources());
            }
            List<Object> facts = SessionPlan.session(batchClaims, sources, infos);
            facts.addAll(places.containment(batchClaims));
            facts.addAll(PlaceFacts.placements(batchClaims, groups));
            return facts;
        }
    }

    /**
     * The sessions that run a group's members on their own, one per origin, where no cross-source join can
     * fire: a single-source finding on a representative is per claim, and each member gets its own.
     */
    static List<List<Object>> singleSource(Iterable<List<Claim>> groups, Map<String, SourceInfo> infos) {
        List<List<Object>> single = new ArrayList<>();
        for (List<Claim> g : groups) {
            Map<String, List<Claim>> byOrigin = new TreeMap<>();
            for (Claim m : g) {
                byOrigin.computeIfAbsent(m.origin(), k -> new ArrayList<>()).add(m);
            }
            for (List<Claim> members : byOrigin.values()) {
                Set<String> sources = new TreeSet<>();
                members.forEach(m -> sources.add(m.source()));
                single.add(session(members, sources, infos));
            }
        }
        return single;
    }

    /**
     * Keeps the rules from comparing thousands of values of one subject pairwise. Per subject and attribute, the
     * {@value FindingAggregator#PAIRWISE_VALUES} distinct claims (groups of identical claims) stated by the most
     * origins stay in the series' session, where they meet each other and everything else of the series; the others
     * are checked in sessions of their own, that many at a time, each with those best-supported claims. A value
     * beyond them is thus compared with the best-supported values and with the values of its own batch, not with
     * every other value, and not with the other attributes of its subject; firings grow with the values, not with
     * their pairs. Returns the claims the series' session keeps; adds the other sessions' claims to {@code out}.
     */
    private static List<Claim> boundValues(List<Claim> series, ClaimGroups groups, List<List<Claim>> out) {
        int k = FindingAggregator.PAIRWISE_VALUES;
        Map<String, Map<ClaimGroups.Group, List<Claim>>> buckets = new LinkedHashMap<>();
        for (Claim c : series) {
            buckets.computeIfAbsent(c.subject() + "\u0000" + c.attribute(), x -> new LinkedHashMap<>())
                    .computeIfAbsent(groups.group(c), x -> new ArrayList<>()).add(c);
        }
        Set<Claim> moved = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map<ClaimGroups.Group, List<Claim>> bucket : buckets.values()) {
            if (bucket.size() <= k) {
                continue;
            }
            List<ClaimGroups.Group> ranked = new ArrayList<>(bucket.keySet());
            ranked.sort(Comparator.comparingInt((ClaimGroups.Group g) -> -g.originCount())
                    .thenComparing(ClaimGroups.Group::first, FindingAggregator.EARLIEST));
            List<Claim> best = new ArrayList<>();
            for (ClaimGroups.Group g : ranked.subList(0, k)) {
                best.addAll(bucket.get(g));
            }
            for (int from = k; from < ranked.size(); from += k) {
                List<Claim> session = new ArrayList<>(best);
                for (ClaimGroups.Group g : ranked.subList(from, Math.min(ranked.size(), from + k))) {
                    session.addAll(bucket.get(g));
                    moved.addAll(bucket.get(g));
                }
                out.add(session);
            }
        }
        return moved.isEmpty() ? series : series.stream().filter(c -> !moved.contains(c)).toList();
    }

    private static List<Object> session(List<Claim> claims, Set<String> sources, Map<String, SourceInfo> infos) {
        List<Object> facts = new ArrayList<>(sources.size() + claims.size());
        for (String s : sources) {
            facts.add(infos.get(s));
        }
        facts.addAll(claims);
        return facts;
    }
}
