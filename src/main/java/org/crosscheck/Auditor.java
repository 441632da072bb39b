package org.crosscheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.crosscheck.engine.RuleBase;
import org.crosscheck.engine.RuleEngine;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.extract.Pipeline;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Finding;
import org.crosscheck.fact.SourceInfo;
import org.crosscheck.group.EventGrouping;
import org.crosscheck.group.Origins;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleParser;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.Decoder;
import org.crosscheck.ingest.Metadata;
import org.crosscheck.ingest.Publication;
import org.crosscheck.ingest.PublishedBasis;
import org.crosscheck.ingest.Sentence;
import org.crosscheck.time.PublicationYearInference;
import java.time.LocalDate;
import java.util.Optional;
import org.crosscheck.report.AuditRow;
import org.crosscheck.report.FindingAggregator;
import org.crosscheck.report.Reports;
import org.crosscheck.time.TemporalTagger;
import org.crosscheck.vocab.Vocabulary;

/**
 * The one entry point: audits a folder of articles with a folder of rules and writes the reports.
 *
 * <pre>{@code
 * AuditResult result = Auditor.audit(Auditor.Options.of(Path.of("seeds"), Path.of("rules"), Path.of("reports")));
 * }</pre>
 *
 * <p>Stages: the rules compile first (a broken rule costs no reading); articles are read and extracted in
 * parallel with no shared state; then origins, people and event groups ({@link EventGrouping}) are decided over the corpus; then the rules run
 * and the findings are aggregated; last, the reports replace the previous ones.
 */
public final class Auditor {

    /**
     * What to audit and where to write.
     *
     * @param input      folder of {@code *.txt} articles (and an optional metadata.csv)
     * @param rules      folder of {@code *.drl} rules and their {@code data/} files
     * @param out        folder for the reports, or {@code null} to write none
     * @param maxFirings rule firings after which the rule set is taken to loop
     * @param threads    worker threads for per-article work
     * @param maxBytes   files larger than this are skipped with a warning (no news article is that long; a
     *                   dump or an archive renamed .txt is)
     */
    public record Options(Path input, Path rules, Path out, int maxFirings, int threads, long maxBytes) {
        /** Default for {@link #maxBytes}: 10 MiB. */
        public static final long DEFAULT_MAX_BYTES = 10L << 20;

        public Options(Path input, Path rules, Path out, int maxFirings, int threads) {
            this(input, rules, out, maxFirings, threads, DEFAULT_MAX_BYTES);
        }

        public static Options of(Path input, Path rules, Path out) {
            return new Options(input, rules, out, RuleEngine.DEFAULT_MAX_FIRINGS,
                    Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_BYTES);
        }
    }

    private Auditor() {
    }

    public static AuditResult audit(Options options) {
        Vocabulary vocabulary = Vocabulary.load(options.rules());
        RuleBase rules = RuleBase.build(options.rules());
        ArticleParser parser = ArticleParser.from(vocabulary);
        TemporalTagger tagger = temporalTagger();
        Pipeline pipeline = Pipeline.standard(vocabulary, tagger);

        List<Path> files = Corpus.list(options.input());
        Metadata metadata = Metadata.read(options.input(), options.input().toString());
        List<Article> articles = inParallel(options.threads(),
                () -> files.parallelStream().map(f -> read(options, f, parser, metadata)).toList());

        articles = inferPublicationYears(articles);
        List<Article> ready = articles;
        List<List<Claim>> perArticle = inParallel(options.threads(),
                () -> ready.parallelStream().map(pipeline::extract).toList());

        Map<String, String> origins = Origins.of(articles);
        List<Claim> claims = new ArrayList<>();
        for (List<Claim> list : perArticle) {
            for (Claim c : list) {
                claims.add(c.withOrigin(origins.get(c.source())));
            }
        }
        claims.sort(Comparator.comparing(Claim::source).thenComparingInt(Claim::start).thenComparing(Claim::id));
        claims = new EventGrouping(Lexicon.load(vocabulary)).resolve(claims);

        List<Object> facts = new ArrayList<>();
        for (Article a : articles) {
            facts.add(new SourceInfo(a.source(), origins.get(a.source()), a.publication().isoDate(),
                    a.publication().outlet()));
        }
        facts.addAll(claims);
        List<Finding> findings = new RuleEngine(rules, options.maxFirings()).run(facts);
        List<AuditRow> rows = FindingAggregator.aggregate(findings);

        AuditResult result = new AuditResult(articles, claims, rows, origins);
        if (options.out() != null) {
            Reports.write(options.out(), result);
        }
        return result;
    }

    /**
     * Dates a dateline that gives day and month but no year ("Nov 20") from its weekday and the rest of the
     * corpus; relative dates of the article then anchor to it. Undecided articles keep an unknown date.
     */
    private static List<Article> inferPublicationYears(List<Article> articles) {
        List<Article> out = new ArrayList<>(articles.size());
        for (Article article : articles) {
            Publication p = article.publication();
            if (p.date() != null || p.partial() == null) {
                out.add(article);
                continue;
            }
            List<PublicationYearInference.CorpusEvidence> others = new ArrayList<>();
            for (Article other : articles) {
                if (other != article && !other.sentences().isEmpty()) {
                    others.add(new PublicationYearInference.CorpusEvidence(other.source(), other.publication().date(),
                            other.sentences().stream().map(Sentence::text).toList()));
                }
            }
            List<String> sentences = article.sentences().stream().map(Sentence::text).toList();
            Optional<PublicationYearInference.Inference> inference =
                    PublicationYearInference.infer(p.partial(), p.weekday(), sentences, others);
            if (inference.isEmpty()) {
                out.add(article);
                continue;
            }
            List<String> warnings = new ArrayList<>();
            for (String w : article.warnings()) {
                if (!w.endsWith("with no year; year unknown")) {
                    warnings.add(w);
                }
            }
            warnings.add("publication year inferred: " + inference.get().reasoning());
            LocalDate date = p.partial().atYear(inference.get().year());
            out.add(article.withPublication(p.withDate(date, PublishedBasis.INFERRED), warnings));
        }
        return out;
    }

    private static TemporalTagger temporalTagger() {
        return new org.crosscheck.time.NewsTemporalTagger();
    }

    private static Article read(Options options, Path file, ArticleParser parser, Metadata metadata) {
        String source = Corpus.sourceName(options.input(), file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                return unreadable(source, "file is " + size + " bytes, over the limit of " + options.maxBytes()
                        + " (--max-bytes); skipped");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return unreadable(source, "cannot read file: " + e.getMessage());
        }
        Decoder.Decoded decoded = Decoder.decode(bytes);
        if (!decoded.isText()) {
            return new Article(source, "", Publication.unknown(), List.of(), List.of(), decoded.warnings());
        }
        if (decoded.text().isBlank()) {
            List<String> warnings = new ArrayList<>(decoded.warnings());
            warnings.add(decoded.text().isEmpty() ? "empty file" : "file holds only white space");
            return new Article(source, decoded.text(), metadata.apply(source, Publication.unknown()), List.of(),
                    List.of(), warnings);
        }
        Article article = parser.parse(source, decoded.text(), decoded.warnings());
        return article.withPublication(metadata.apply(source, article.publication()), article.warnings());
    }

    private static Article unreadable(String source, String warning) {
        return new Article(source, "", Publication.unknown(), List.of(), List.of(), List.of(warning));
    }

    /** Runs a parallel stream in a pool of the requested size, so callers control the thread count. */
    private static <T> T inParallel(int threads, java.util.concurrent.Callable<T> work) {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrosscheckException("", "interrupted", CrosscheckException.FAILURE, e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new CrosscheckException("", String.valueOf(cause), CrosscheckException.FAILURE, cause);
        } finally {
            pool.shutdown();
        }
    }
}
