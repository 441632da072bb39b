package org.crosscheck.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.AuditContext;
import org.crosscheck.CrosscheckException;
import org.crosscheck.Workers;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Sentence;
import org.crosscheck.ingest.SourceSummary;
import org.crosscheck.time.PublicationDating;
import org.crosscheck.time.PublicationYearInference;

/**
 * The corpus part of the time stage: dates the articles whose text gives no full date ({@link PublicationDating}),
 * then extracts their claims, whose relative dates anchor to that date. In: the pass's articles (sorted by source)
 * and the origins. Out: the same list with every article's claims and no article kept whole. The evidence for a
 * dateline without a year is the other articles' sentences, read and tagged once more on the workers and indexed once, and only when some
 * article needs it. Undecided articles keep an unknown date.
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
                return new Extracted(SourceSummary.of(dated), context.pipeline().extract(dated), e.signature(), null,
                        e.ingestNanos(), e.extractNanos());
            }).collect(Collectors.toCollection(ArrayList::new)), null);
        } catch (OutOfMemoryError e) {
            throw CrosscheckException.outOfMemory("inferring publication dates", e);
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
