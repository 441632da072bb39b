package org.crosscheck.stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.CrosscheckException;
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
     * @param claims  every claim, sorted by source, offset and id, on disk
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
     * Groups the claims of {@code extracted}, reading each article's claims back from {@code spill} as often as
     * grouping needs ({@link EventGrouping#resolve(EventGrouping.Corpus, int, java.util.function.BiConsumer)}):
     * the heap holds a few hundred articles' claims at a time, each article's events, and one claim per group of
     * identical claims; the grouped claims go to disk as they are decided ({@link SpilledClaims}), sorted by
     * source, offset and id. Empties {@code extracted}.
     */
    public static Grouped run(List<Extracted> extracted, Map<String, String> origins, Lexicon lexicon, Spill spill,
                              int threads) {
        List<SourceSummary> sources = new ArrayList<>(extracted.size());
        for (Extracted e : extracted) {
            sources.add(e.summary());
        }
        List<Extracted> articles = new ArrayList<>(extracted.size());
        for (Extracted e : extracted) {
            articles.add(e.unsigned());
        }
        extracted.clear();
        articles.sort(Comparator.comparing(e -> e.summary().source()));
        SpilledClaims.Writer out = new SpilledClaims.Writer(threads);
        try {
            List<String> names = articles.stream().map(e -> e.summary().source()).toList();
            ClaimGroups.Builder groups = ClaimGroups.builder(names);
            new EventGrouping(lexicon).resolve(new EventGrouping.Corpus() {
                @Override
                public int size() {
                    return articles.size();
                }

                @Override
                public List<Claim> claims(int i) {
                    List<Claim> claims = new ArrayList<>(articles.get(i).claims(spill));
                    for (int j = 0; j < claims.size(); j++) {
                        Claim c = claims.get(j);
                        String origin = origins.get(c.source());
                        claims.set(j, origin.equals(c.origin()) ? c : c.withOrigin(origin));
                    }
                    claims.sort(Comparator.comparingInt(Claim::start).thenComparing(Claim::id));
                    return claims;
                }
            }, threads, (i, claims) -> {
                for (Claim c : claims) {
                    out.add(c);
                    groups.add(c);
                }
            });
            articles.clear();
            Map<String, SourceInfo> infos = new HashMap<>();
            for (SourceSummary s : sources) {
                String datedBy = s.publication().datedBy();
                infos.put(s.source(), new SourceInfo(s.source(), origins.get(s.source()), s.publication().isoDate(),
                        s.publication().outlet(), datedBy.isEmpty() ? "" : origins.getOrDefault(datedBy, datedBy)));
            }
            return new Grouped(sources, out.finish(), groups.build(), infos);
        } catch (OutOfMemoryError e) {
            out.discard();
            throw CrosscheckException.outOfMemory("grouping the claims of " + sources.size() + " articles", e);
        } catch (RuntimeException e) {
            out.discard();
            throw e;
        }
    }
}
