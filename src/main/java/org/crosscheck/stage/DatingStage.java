package org.crosscheck.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.AuditContext;
import org.crosscheck.CrosscheckException;
import org.crosscheck.Workers;
import org.crosscheck.group.EventAnchoredDating;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleParser;
import org.crosscheck.ingest.Sentence;
import org.crosscheck.ingest.SourceSummary;
import org.crosscheck.time.PublicationDating;
import org.crosscheck.time.PublicationYearInference;

/**
 * The corpus part of the time stage: dates the articles whose text gives no full date ({@link PublicationDating}),
 * then extracts their claims, whose relative dates anchor to that date. In: the pass's articles (sorted by source)
 * and the origins. Out: the same list with every article's claims and no article kept whole. The evidence for a
 * dateline without a year is the other articles' sentences, read and tagged once more on the workers and indexed once, and only when some
 * article needs it. Undecided articles keep an unknown date and their input: {@link #infer} and {@link #redate},
 * after a first grouping, date some of them from the events they share with dated articles.
 */
public final class DatingStage {
    private DatingStage() {
    }

    public static List<Extracted> run(List<Extracted> extracted, Map<String, String> origins,
                                      IngestStage.Ingested in, AuditContext context, int threads) {
        if (extracted.stream().allMatch(e -> e.deferred() == null)) {
            return extracted;
        }
        try {
            boolean yearless = extracted.stream().anyMatch(e -> e.deferred() != null
                    && e.summary().publication().partial() != null);
            PublicationYearInference.Evidence evidence = yearless ? evidence(in, context, threads) : null;
            PublicationDating dating = new PublicationDating(extracted.stream().map(Extracted::summary).toList(),
                    origins, evidence);
            return Workers.inParallel(threads, () -> extracted.parallelStream().map(e -> {
                if (e.deferred() == null) {
                    return e;
                }
                // read again as the pass read it: holding every undated article whole until here does not scale
                Article dated = dating.date(e.deferred().read(context.parser(), context.maxBytes()));
                // still undated: kept for redate, which reads it again once the shared events are known
                return new Extracted(SourceSummary.of(dated), context.pipeline().extract(dated), e.signature(),
                        dated.publication().date() == null ? e.deferred() : null, e.ingestNanos(), e.extractNanos());
            }).collect(Collectors.toCollection(ArrayList::new)), null);
        } catch (OutOfMemoryError e) {
            throw CrosscheckException.outOfMemory("inferring publication dates", e);
        }
    }

    /**
     * The publication days the shared events give the articles still undated after {@link #run}
     * ({@link EventAnchoredDating}), by source: read from a first grouping's claims, whose subjects are resolved.
     */
    public static Map<String, EventAnchoredDating.Inference> infer(GroupStage.Grouped grouped,
                                                                  Map<String, String> origins, AuditContext context) {
        if (grouped.sources().stream().noneMatch(s -> s.publication().date() == null)) {
            return Map.of();
        }
        return context.eventDating().infer(grouped.claims(), grouped.sources(), origins);
    }

    /**
     * {@code dated} with each article {@code inferred} dates read again, dated (basis inferred, the reasoning in
     * its warnings instead of "no publication date") and extracted once more, so that its relative times resolve;
     * every other article as it was. The articles left undated keep their input.
     */
    public static List<Extracted> redate(List<Extracted> dated, Map<String, EventAnchoredDating.Inference> inferred,
                                         AuditContext context, int threads) {
        if (inferred.isEmpty()) {
            return dated;
        }
        try {
            return Workers.inParallel(threads, () -> dated.parallelStream().map(e -> {
                EventAnchoredDating.Inference i = inferred.get(e.summary().source());
                if (i == null || e.deferred() == null) {
                    return e;
                }
                Article read = e.deferred().read(context.parser(), context.maxBytes());
                List<String> warnings = new ArrayList<>();
                for (String w : read.warnings()) {
                    if (!w.equals(ArticleParser.NO_DATE)) {
                        warnings.add(w);
                    }
                }
                warnings.add(i.reasoning());
                Article redated = read.withPublication(read.publication().inferred(i.date(), i.datedBy()), warnings);
                return new Extracted(SourceSummary.of(redated), context.pipeline().extract(redated), e.signature(),
                        null, e.ingestNanos(), e.extractNanos());
            }).collect(Collectors.toCollection(ArrayList::new)), null);
        } catch (OutOfMemoryError e) {
            throw CrosscheckException.outOfMemory("dating articles from shared events", e);
        }
    }

    private static PublicationYearInference.Evidence evidence(IngestStage.Ingested in, AuditContext context,
                                                               int threads) {
        // Each article is read and tagged on a worker; the evidence is then built from them in corpus order.
        PublicationYearInference.SentenceYears years = new PublicationYearInference.SentenceYears(
                context.pipeline().tagger(), PublicationYearInference.SentenceYears.CAPACITY);
        return PublicationYearInference.Evidence.ofRead(Workers.inParallel(threads, () -> {
            try (var inputs = in.inputs()) {
                return inputs.parallel()
                        .map(i -> i.read(context.parser(), context.maxBytes()))
                        .filter(a -> !a.sentences().isEmpty())
                        .map(a -> PublicationYearInference.Read.of(new PublicationYearInference.CorpusEvidence(
                                a.source(), a.publication().date(), a.sentences().stream().map(Sentence::text)
                                .toList()), years))
                        .toList();
            }
        }, null));
    }
}
