package org.crosscheck.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.report.FindingAggregator;

/**
 * Collapses identical claims before the rules see them, so an event reported by ten thousand articles is one
 * pair of facts, not ten thousand, and pairwise rules stay linear in the number of distinct values.
 *
 * <p>Claims are identical when every field a rule can read is equal: kind, subject, attribute, value, detail,
 * number, resolution, unit, qualifier, modality, negation, time, event, attribution and extractor; only where and how they were said
 * (source, origin, offsets, quote, sentence, id, the time's wording, the publication date) differs. Each set of identical claims is represented by its
 * claim a fact-checker would cite ({@link FindingAggregator#CITED}: a body sentence before a headline, then the
 * earliest) and, when the set spans several origins, also by its first such claim of another origin. With two representatives of different origins, any cross-source join
 * ({@code origin != $o}) that some pair of members satisfies is satisfied by some pair of representatives, a value
 * repeated by independent sources still meets itself, and the report quotes the same cited claim. The report
 * counts the origins behind a side through {@link #support}.
 */
public final class ClaimGroups {
    /**
     * One set of identical claims, held without its members: the claim a report cites ({@link FindingAggregator#CITED}),
     * its earliest claim of another origin, how many claims it has, and the sources and origins behind them (as
     * indexes into the corpus's sorted names, so a claim repeated by a million articles costs four bytes per
     * article, not a claim). {@link ClaimGroups#members} reads the members back when they are needed.
     */
    public static final class Group {
        private final String[] names;
        private Claim first;
        private Claim other;
        private int size;
        private final IntSet sources = new IntSet();
        private final IntSet origins = new IntSet();
        private Set<String> originNames;

        private Group(String[] names) {
            this.names = names;
        }

        private void add(Claim c, int source, int origin) {
            size++;
            if (first == null || FindingAggregator.CITED.compare(c, first) < 0) {
                if (first != null && !first.origin().equals(c.origin())) {
                    other = first;
                }
                first = c;
            } else if (!c.origin().equals(first.origin())
                    && (other == null || FindingAggregator.CITED.compare(c, other) < 0)) {
                other = c;
            }
            sources.add(source);
            origins.add(origin);
        }

        /** The member a report cites (a body sentence first, then the earliest): the claim the rules see first. */
        public Claim first() {
            return first;
        }

        /** How many claims the group has. */
        public int size() {
            return size;
        }

        /** How many origins the group's claims come from. */
        public int originCount() {
            return origins.size;
        }

        /** The origins of its claims, sorted. */
        public synchronized Set<String> origins() {
            if (originNames == null) {
                Set<String> out = new TreeSet<>();
                for (int i = 0; i < origins.size; i++) {
                    out.add(names[origins.values[i]]);
                }
                originNames = Collections.unmodifiableSet(out);
            }
            return originNames;
        }

        /** The sources of its claims, sorted. */
        public Set<String> sources() {
            Set<String> out = new TreeSet<>();
            for (int i = 0; i < sources.size; i++) {
                out.add(names[sources.values[i]]);
            }
            return out;
        }
    }

    /** A small sorted set of ints that grows as needed. */
    private static final class IntSet {
        private int[] values = new int[1];
        private int size;

        void add(int v) {
            if (size > 0 && values[size - 1] == v) {
                return; // claims come article by article: most repeats are of the last one added
            }
            int at = Arrays.binarySearch(values, 0, size, v);
            if (at >= 0) {
                return;
            }
            at = -at - 1;
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(2, size + (size >> 1)));
            }
            System.arraycopy(values, at, values, at + 1, size - at);
            values[at] = v;
            size++;
        }
    }

    /** Gathers identical claims one at a time, in the order given; the claims themselves are not kept. */
    public static final class Builder {
        private final String[] names;
        private final Map<Key, Group> byKey = new HashMap<>();
        private final List<Group> order = new ArrayList<>();

        private Builder(String[] names) {
            this.names = names;
        }

        /** Adds a claim: a source and origin that {@link #builder}'s names do not hold is a caller's error. */
        public void add(Claim c) {
            Key key = Key.of(c);
            Group g = byKey.get(key);
            if (g == null) {
                g = new Group(names);
                byKey.put(key, g);
                order.add(g);
            }
            g.add(c, index(c.source()), index(c.origin()));
            // The claims kept share one copy of their strings: a claim read back from disk has its own.
            if (g.first == c) {
                g.first = c.shared();
            } else if (g.other == c) {
                g.other = c.shared();
            }
        }

        private int index(String name) {
            int i = Arrays.binarySearch(names, name);
            if (i < 0) {
                throw new IllegalArgumentException("not a source of the corpus: " + name);
            }
            return i;
        }

        public ClaimGroups build() {
            List<Claim> reps = new ArrayList<>();
            Map<String, Group> groups = new HashMap<>();
            for (Group g : order) {
                reps.add(g.first);
                groups.put(g.first.id(), g);
                if (g.other != null) {
                    reps.add(g.other);
                    groups.put(g.other.id(), g);
                }
            }
            return new ClaimGroups(reps, groups, byKey);
        }
    }

    private final List<Claim> representatives;
    private final Map<String, Group> byRepresentative;
    private final Map<Key, Group> byKey;

    private ClaimGroups(List<Claim> representatives, Map<String, Group> byRepresentative, Map<Key, Group> byKey) {
        this.representatives = List.copyOf(representatives);
        this.byRepresentative = byRepresentative;
        this.byKey = byKey;
    }

    /** A builder for claims whose sources and origins are among {@code names} (sorted, distinct). */
    public static Builder builder(List<String> names) {
        return new Builder(names.toArray(String[]::new));
    }

    /** Groups the claims; representatives come out in the order of their groups' first member in {@code claims}. */
    public static ClaimGroups of(Collection<Claim> claims) {
        Set<String> names = new TreeSet<>();
        for (Claim c : claims) {
            names.add(c.source());
            names.add(c.origin());
        }
        Builder b = builder(new ArrayList<>(names));
        claims.forEach(b::add);
        return b.build();
    }

    /** The claims the rules see. */
    public List<Claim> representatives() {
        return representatives;
    }

    /** The group a representative stands for, or null for a claim that represents none. */
    public Group group(Claim representative) {
        return byRepresentative.get(representative.id());
    }

    /**
     * The members of {@code groups}, each in {@link FindingAggregator#CITED} order, read from {@code claims}
     * (the claims the groups were built from, in any order); in the order of their first members.
     */
    public Map<Group, List<Claim>> members(Collection<Group> groups, Iterable<Claim> claims) {
        Set<Group> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(groups);
        Map<Group, List<Claim>> out = new IdentityHashMap<>();
        for (Claim c : claims) {
            Group g = byKey.get(Key.of(c));
            if (g != null && wanted.contains(g)) {
                out.computeIfAbsent(g, k -> new ArrayList<>()).add(c);
            }
        }
        Map<Group, List<Claim>> sorted = new TreeMap<>(Comparator.comparing(Group::first, FindingAggregator.CITED));
        for (Map.Entry<Group, List<Claim>> e : out.entrySet()) {
            e.getValue().sort(FindingAggregator.CITED);
            sorted.put(e.getKey(), e.getValue());
        }
        return new LinkedHashMap<>(sorted);
    }

    /**
     * The origins behind {@code side} in a finding that pairs it with {@code partner} (or stands alone when the
     * partner is null): every origin of its group, less the partner's origin when the partner's group has only
     * one, since no claim of that origin pairs with it across sources.
     */
    public Set<String> support(Claim side, Claim partner) {
        Set<String> own = originsOf(side);
        if (partner == null) {
            return own;
        }
        Set<String> other = originsOf(partner);
        if (other.size() != 1 || !own.contains(other.iterator().next())) {
            return own;
        }
        Set<String> out = new TreeSet<>(own);
        out.removeAll(other);
        return out;
    }

    private Set<String> originsOf(Claim c) {
        Group g = group(c);
        return g == null ? Set.of(c.origin()) : g.origins();
    }

    /** Everything a rule can read of a claim except where it was said. */
    private record Key(String kind, String subject, String attribute, String value, String detail, long number,
                       String unit, String qualifier, String modality, boolean negated, TimeSpan time, String event,
                       String published, String extractor, long resolution, String attribution) {
        /**
         * The wording of a time ({@code phrase}), the direction and cue that resolved it, and the publication date
         * only colour explanations, so claims
         * that differ in them alone are one claim to the rules; the publication date stays in the key of
         * {@code time} claims, which a rule compares with it (a past event dated after publication), and of
         * running tolls, whose reports of different days are compared as updates.
         */
        static Key of(Claim c) {
            TimeSpan t = c.time() == null ? null : c.time().bare();
            String published = c.attribute().equals("time") || c.kind().equals("TALLY") ? c.published() : "";
            return new Key(c.kind(), c.subject(), c.attribute(), c.value(), c.detail(),
                    Double.doubleToLongBits(c.number()), c.unit(), c.qualifier(), c.modality(), c.negated(), t,
                    c.event(), published, c.extractor(), Double.doubleToLongBits(c.resolution()), c.attribution());
        }
    }
}
