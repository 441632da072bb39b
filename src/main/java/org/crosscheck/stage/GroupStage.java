package org.crosscheck.stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.CrosscheckException;
import org.crosscheck.Workers;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.SourceInfo;
import org.crosscheck.group.ClaimGroups;
import org.crosscheck.group.EventGrouping;
import org.crosscheck.group.Origins;
import org.crosscheck.ingest.SourceSummary;

/**
 * The group stage, over the whole corpus. {@link #origins}: in, the pass's signatures; out, each source's
 * independent source (reposts share one). {@link #run}: in, the dated articles and the origins; out,
 * {@link Grouped}: the claims with their origin and resolved subjects (places, people, events:
 * {@link EventGrouping}), the groups of identical claims the rules see one of, and each source as the rules see it.
 */
public final class GroupStage {
    private GroupStage() {
    }

    /**
     * What grouping decided.
     *
     * @param sources every input in source order
     * @param claims  every claim, sorted by source, offset and id
     * @param groups  identical claims collapsed
     * @param infos   source name to what the rules know of it
     */
    public record Grouped(List<SourceSummary> sources, List<Claim> claims, ClaimGroups groups,
                          Map<String, SourceInfo> infos) {
    }

    public static Map<String, String> origins(List<Extracted> extracted) {
        Map<String, int[]> signatures = new HashMap<>();
        for (Extracted e : extracted) {
            signatures.put(e.summary().source(), e.signature());
        }
        return Origins.of(signatures);
    }

    /**
     * Reads each article's claims back from {@code spill} (in parallel, in source order) and groups them; empties
     * {@code extracted} as it goes.
     */
    public static Grouped run(List<Extracted> extracted, Map<String, String> origins, Lexicon lexicon, Spill spill,
                              int threads) {
        List<SourceSummary> sources = new ArrayList<>(extracted.size());
        for (Extracted e : extracted) {
            sources.add(e.summary());
        }
        try {
            List<List<Claim>> read = Workers.inParallel(threads, () -> extracted.parallelStream()
                    .map(e -> e.claims(spill)).collect(Collectors.toCollection(ArrayList::new)), null);
            extracted.clear();
            List<Claim> claims = new ArrayList<>(read.stream().mapToInt(List::size).sum());
            // Each article's claims are released as they are copied, so the corpus is never held twice.
            for (int i = 0; i < read.size(); i++) {
                for (Claim c : read.get(i)) {
                    String origin = origins.get(c.source());
                    claims.add(origin.equals(c.origin()) ? c : c.withOrigin(origin));
                }
                read.set(i, null);
            }
            claims.sort(Comparator.comparing(Claim::source).thenComparingInt(Claim::start).thenComparing(Claim::id));
            claims = new EventGrouping(lexicon).resolve(claims);
            ClaimGroups groups = ClaimGroups.of(claims);
            Map<String, SourceInfo> infos = new HashMap<>();
            for (SourceSummary s : sources) {
                String datedBy = s.publication().datedBy();
                infos.put(s.source(), new SourceInfo(s.source(), origins.get(s.source()), s.publication().isoDate(),
                        s.publication().outlet(), datedBy.isEmpty() ? "" : origins.getOrDefault(datedBy, datedBy)));
            }
            return new Grouped(sources, claims, groups, infos);
        } catch (OutOfMemoryError e) {
            throw CrosscheckException.outOfMemory("grouping the claims of " + sources.size() + " articles", e);
        }
    }
}
