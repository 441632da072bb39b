package org.crosscheck;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.engine.RuleBase;
import org.crosscheck.engine.RuleEngine;
import org.crosscheck.engine.RuleSelection;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.extract.Pipeline;
import org.crosscheck.group.EventAnchoredDating;
import org.crosscheck.ingest.ArticleParser;
import org.crosscheck.time.NewsTemporalTagger;
import org.crosscheck.time.TimeVocabulary;
import org.crosscheck.vocab.Vocabulary;

/**
 * What the parallel steps of an audit need and cannot carry: the parser, the extraction pipeline, the gazetteer and
 * the rule engine, all built from the rules folder (a KieBase is not serialisable). The JVM that starts an audit
 * registers its own under a fresh {@link Key}; a {@link Runner.Work} carries only the key, and a JVM that does not
 * know it (a Spark executor) builds the context once from the rules folder the key names, then reuses it for every
 * task of the audit.
 */
public final class AuditContext {
    private static final Map<String, AuditContext> CONTEXTS = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger BUILDS =
            new java.util.concurrent.atomic.AtomicInteger();

    final ArticleParser parser;
    final Pipeline pipeline;
    final Lexicon lexicon;
    final RuleEngine engine;
    final long maxBytes;
    final EventAnchoredDating eventDating;

    AuditContext(ArticleParser parser, Pipeline pipeline, Lexicon lexicon, RuleEngine engine, long maxBytes) {
        this.parser = parser;
        this.pipeline = pipeline;
        this.lexicon = lexicon;
        this.engine = engine;
        this.maxBytes = maxBytes;
        this.eventDating = new EventAnchoredDating(pipeline.tagger());
    }

    /** Parses a decoded text into an article (publication, furniture, sentences). */
    public ArticleParser parser() {
        return parser;
    }

    /** The extractors, in order, with the time tagger. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** The gazetteer and word lists the corpus stages read. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** Runs one rule session. */
    public RuleEngine engine() {
        return engine;
    }

    /** Dates undated articles from the events they share with dated ones, after a first grouping. */
    public EventAnchoredDating eventDating() {
        return eventDating;
    }

    /** Files larger than this are skipped. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Names the context of one audit and says how to build it elsewhere.
     *
     * @param id    unique per audit
     * @param rules the rules folder, as a path every JVM of the job can read
     */
    public record Key(String id, String rules, int maxFirings, int maxSessionSeconds, String rule, long maxBytes)
            implements Serializable {

        /** This JVM's context of the audit, built from the rules folder on first use. */
        public AuditContext context() {
            return CONTEXTS.computeIfAbsent(id, k -> build(this));
        }
    }

    /** Registers the context the calling JVM built, under a new key; {@link #release} it when the audit ends. */
    public static Key register(AuditContext context, Auditor.Options options) {
        // The rules as given: a job ships them to the same relative place on every executor (--archives).
        Key key = new Key(UUID.randomUUID().toString(), options.rules().toString(),
                options.maxFirings(), options.maxSessionSeconds(), options.rule(), options.maxBytes());
        CONTEXTS.put(key.id(), context);
        return key;
    }

    public static void release(Key key) {
        CONTEXTS.remove(key.id());
    }

    /** How many contexts this JVM built from a key it did not know (a cluster's executors: one per audit). */
    public static int builds() {
        return BUILDS.get();
    }

    private static AuditContext build(Key key) {
        BUILDS.incrementAndGet();
        Path rulesDir = Path.of(key.rules());
        return build(RuleBase.build(rulesDir), rulesDir, key.maxFirings(), key.maxSessionSeconds(), key.rule(), null,
                key.maxBytes());
    }

    /** The vocabulary of {@code rulesDir}, the extractors built on it and an engine over {@code rules}. */
    public static AuditContext build(RuleBase rules, Path rulesDir, int maxFirings, int maxSessionSeconds, String rule,
                              java.util.function.Consumer<RuleEngine.Firing> firings, long maxBytes) {
        Vocabulary vocabulary = Vocabulary.load(rulesDir);
        Lexicon lexicon = Lexicon.load(vocabulary);
        RuleEngine engine = new RuleEngine(rules, maxFirings, Duration.ofSeconds(maxSessionSeconds),
                RuleSelection.of(rule, rules), firings);
        Pipeline pipeline = Pipeline.standard(vocabulary, lexicon,
                new NewsTemporalTagger(TimeVocabulary.from(vocabulary)));
        return new AuditContext(ArticleParser.from(vocabulary), pipeline, lexicon, engine, maxBytes);
    }
}
