package org.crosscheck.stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.crosscheck.AuditContext;
import org.crosscheck.CrosscheckException;
import org.crosscheck.Runner;
import org.crosscheck.fact.Claim;
import org.crosscheck.group.Origins;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleInput;
import org.crosscheck.ingest.SourceSummary;

/**
 * The per-article stages, fused in one parallel step through the {@link Runner}: ingest (decode, parse), time
 * (tag time expressions against the publication date) and extract (one extractor per fact kind), then the
 * article's MinHash signature. In: the inputs of {@link IngestStage.Ingested}. Out: one {@link Extracted} per
 * input, sorted by source, with no text kept and its claims written to a {@link Spill} (the heap holds the summaries
 * and signatures only until grouping); an article whose text gives no full date keeps its input, read again by
 * {@link DatingStage}. No step shares state with another article.
 */
public final class ArticlePass {
    private ArticlePass() {
    }

    /** What the pass produced, sorted by source, and the CPU time spent reading and extracting. */
    public record Passed(List<Extracted> articles, long ingestNanos, long extractNanos) {
    }

    /**
     * @param progress told the number of articles done so far, possibly from several threads; null for none
     * @param spill    where the articles' claims go
     */
    public static Passed run(Runner runner, AuditContext.Key key, IngestStage.Ingested in, IntConsumer progress,
                             Spill spill) {
        AtomicInteger done = new AtomicInteger();
        List<Extracted> passed = new ArrayList<>();
        try (Stream<ArticleInput> inputs = in.inputs()) {
            runner.map(inputs, input -> extract(key.context(), input), e -> {
                Extracted kept = e.spillTo(spill);
                synchronized (passed) {
                    passed.add(kept);
                }
                if (progress != null) {
                    progress.accept(done.incrementAndGet());
                }
            }, null);
        }
        // Results come in any order: reports list sources sorted whatever the input.
        passed.sort(Comparator.comparing(e -> e.summary().source()));
        return new Passed(passed, passed.stream().mapToLong(Extracted::ingestNanos).sum(),
                passed.stream().mapToLong(Extracted::extractNanos).sum());
    }

    /** The per-article step: read, parse, extract and sign one article, keeping no text. */
    static Extracted extract(AuditContext context, ArticleInput input) {
        try {
            long t0 = System.nanoTime();
            Article article = input.read(context.parser(), context.maxBytes());
            long t1 = System.nanoTime();
            boolean defer = article.publication().date() == null && !article.sentences().isEmpty();
            List<Claim> claims = defer ? null : context.pipeline().extract(article);
            int[] signature = Origins.signature(article);
            long t2 = System.nanoTime();
            return new Extracted(SourceSummary.of(article), claims, signature, defer ? input : null, t1 - t0,
                    t2 - t1);
        } catch (OutOfMemoryError e) {
            throw CrosscheckException.outOfMemory("reading " + input.where(), e);
        }
    }
}
