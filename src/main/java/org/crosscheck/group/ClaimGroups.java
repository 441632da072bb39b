package org.crosscheck.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** One set of identical claims: its members in {@link FindingAggregator#CITED} order and their origins. */
    public record Group(List<Claim> members, Set<String> origins) {
    }

    private final List<Claim> representatives;
    private final Map<String, Group> byRepresentative;

    private ClaimGroups(List<Claim> representatives, Map<String, Group> byRepresentative) {
        this.representatives = List.copyOf(representatives);
        this.byRepresentative = byRepresentative;
    }

    /** Groups the claims; representatives come out in the order of their groups' first member in {@code claims}. */
    public static ClaimGroups of(Collection<Claim> claims) {
        Map<Key, List<Claim>> sets = new LinkedHashMap<>();
        for (Claim c : claims) {
            sets.computeIfAbsent(Key.of(c), k -> new ArrayList<>(1)).add(c);
        }
        List<Claim> reps = new ArrayList<>();
        Map<String, Group> groups = new HashMap<>();
        for (List<Claim> members : sets.values()) {
            members.sort(FindingAggregator.CITED);
            Set<String> origins = new TreeSet<>();
            for (Claim c : members) {
                origins.add(c.origin());
            }
            Group g = new Group(List.copyOf(members), origins);
            Claim first = members.get(0);
            reps.add(first);
            groups.put(first.id(), g);
            for (Claim c : members) {
                if (!c.origin().equals(first.origin())) {
                    reps.add(c);
                    groups.put(c.id(), g);
                    break;
                }
            }
        }
        return new ClaimGroups(reps, groups);
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
