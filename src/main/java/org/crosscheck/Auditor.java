package org.crosscheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.time.Duration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.group.ClaimGroups;
import org.crosscheck.ingest.SourceSummary;
import org.crosscheck.engine.RuleBase;
import org.crosscheck.engine.RuleEngine;
import org.crosscheck.engine.RuleSelection;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.extract.Pipeline;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Finding;
import org.crosscheck.fact.SourceInfo;
import org.crosscheck.group.EventGrouping;
import org.crosscheck.group.PlaceFacts;
import org.crosscheck.group.Origins;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleParser;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.Decoder;
import org.crosscheck.ingest.JsonLines;
import org.crosscheck.ingest.Metadata;
import org.crosscheck.ingest.Publication;
import org.crosscheck.ingest.PublishedBasis;
import org.crosscheck.ingest.Sentence;
import org.crosscheck.time.PublicationYearInference;
import java.time.LocalDate;
import java.util.Optional;
import org.crosscheck.report.ArticleReader;
import org.crosscheck.report.AuditRow;
import org.crosscheck.report.ReportInputs;
import org.crosscheck.report.ReportOptions;
import org.crosscheck.report.RuleFile;
import org.crosscheck.report.FindingAggregator;
import org.crosscheck.report.ReportSet;
import org.crosscheck.report.Reports;

/**
 * The one entry point: audits a folder of articles with a folder of rules and writes the reports.
 *
 * <pre>{@code
 * AuditResult result = Auditor.audit(Auditor.Options.of(Path.of("seeds"), Path.of("rules"), Path.of("reports")));
 * }</pre>
 *
 * <p>Stages: the rules compile first (a broken rule costs no reading); articles are read and extracted in
 * parallel with no shared state, and each article's text is dropped once its claims, summary and MinHash
 * signature are taken; then origins, people and events ({@link EventGrouping}) and groups of identical claims
 * are decided over the corpus; then the rules run, one session per subject, and the findings are aggregated;
 * last, the reports replace the previous ones as one set ({@link ReportSet}). Usage errors (rules, vocabulary, an
 * input folder with no article, metadata.csv) are found before the output folder is touched.
 */
public final class Auditor {

    /**
     * What to audit and where to write.
     *
     * @param input      folder of {@code *.txt} articles (and an optional metadata.csv)
     * @param rules      folder of {@code *.drl} rules and their {@code data/} files
     * @param out        folder for the reports, or {@code null} to write none
     * @param maxFirings rule firings per session after which the rule set is taken to loop
     * @param threads    worker threads for per-article work
     * @param maxBytes   files larger than this are skipped with a warning (no news article is that long; a
     *                   dump or an archive renamed .txt is)
     * @param maxSessionSeconds wall time of one rule session after which the run fails naming the rule running
     * @param progress   told the number of articles read and extracted so far, once per article and possibly from
     *                   several threads; {@code null} for none
     * @param rule       a rule name or glob: only matching rules (and the rules deriving facts) fire; null for all
     * @param firings    told of each firing that inserts a finding ({@code --explain}); null for none
     * @param reports    which rows the reports show and whether the CSVs carry a byte-order mark
     */
    public record Options(Path input, Path rules, Path out, int maxFirings, int threads, long maxBytes,
                          int maxSessionSeconds, IntConsumer progress, String rule,
                          Consumer<RuleEngine.Firing> firings, ReportOptions reports) {
        /** Default for {@link #maxBytes}: 10 MiB. */
        public static final long DEFAULT_MAX_BYTES = 10L << 20;

        public Options {
            reports = reports == null ? ReportOptions.DEFAULT : reports;
        }

        public Options(Path input, Path rules, Path out, int maxFirings, int threads, long maxBytes,
                       int maxSessionSeconds, IntConsumer progress, String rule,
                       Consumer<RuleEngine.Firing> firings) {
            this(input, rules, out, maxFirings, threads, maxBytes, maxSessionSeconds, progress, rule, firings,
                    ReportOptions.DEFAULT);
        }

        public Options(Path input, Path rules, Path out, int maxFirings, int threads, long maxBytes,
                       IntConsumer progress) {
            this(input, rules, out, maxFirings, threads, maxBytes, RuleEngine.DEFAULT_MAX_SESSION_SECONDS, progress,
                    null, null);
        }

        public Options(Path input, Path rules, Path out, int maxFirings, int threads, long maxBytes) {
            this(input, rules, out, maxFirings, threads, maxBytes, null);
        }

        public Options(Path input, Path rules, Path out, int maxFirings, int threads) {
            this(input, rules, out, maxFirings, threads, DEFAULT_MAX_BYTES);
        }

        public static Options of(Path input, Path rules, Path out) {
            return new Options(input, rules, out, RuleEngine.DEFAULT_MAX_FIRINGS,
                    Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_BYTES);
        }

        public Options withProgress(IntConsumer listener) {
            return new Options(input, rules, out, maxFirings, threads, maxBytes, maxSessionSeconds, listener, rule,
                    firings, reports);
        }

        /** The same options with another wall-time limit per rule session. */
        public Options withMaxSessionSeconds(int seconds) {
            return new Options(input, rules, out, maxFirings, threads, maxBytes, seconds, progress, rule, firings,
                    reports);
        }

        /**
         * Fires only the rules whose name matches {@code nameOrGlob} ({@code *} any text, {@code ?} one character,
         * case ignored), and the rules that derive facts for them; null for every rule.
         */
        public Options withRule(String nameOrGlob) {
            return new Options(input, rules, out, maxFirings, threads, maxBytes, maxSessionSeconds, progress,
                    nameOrGlob, firings, reports);
        }

        /** Tells {@code recorder} of every rule firing that inserts a finding, with the facts it joined. */
        public Options withFirings(Consumer<RuleEngine.Firing> recorder) {
            return new Options(input, rules, out, maxFirings, threads, maxBytes, maxSessionSeconds, progress, rule,
                    recorder, reports);
        }

        /** The same options with these report filters and format. */
        public Options withReports(ReportOptions newReports) {
            return new Options(input, rules, out, maxFirings, threads, maxBytes, maxSessionSeconds, progress, rule,
                    firings, newReports);
        }
    }

    /**
     * One article after the per-article pass: its summary, claims and MinHash signature, with the text dropped;
     * or, when its year must be inferred from the corpus first, the whole article with no claims yet.
     */
    private record Extracted(SourceSummary summary, List<Claim> claims, int[] signature, Article deferred,
                             long ingestNanos, long extractNanos) implements java.io.Serializable {
    }

    /** Claims per rule session, beyond which series are not batched together. */
    private static final int SESSION_CLAIMS = 2000;
    /** Distinct claims of one subject and attribute the rules compare pairwise; see {@link #boundValues}. */
    public static final int PAIRWISE_VALUES = 32;

    private Auditor() {
    }

    public static AuditResult audit(Options options) {
        return audit(options, Runner.local(options.threads()));
    }

    /**
     * Audits with the parallel steps (per-article pass, rule sessions) run by {@code runner}: the same pipeline
     * and the same reports on one machine or on a cluster.
     */
    public static AuditResult audit(Options options, Runner runner) {
        long t = System.nanoTime();
        RuleBase rules = RuleBase.build(options.rules());
        return audit(options, rules, Duration.ofNanos(System.nanoTime() - t), runner);
    }

    /** Audits with rules already built from {@code options.rules()}: one build serves many audits (rule tests). */
    public static AuditResult audit(Options options, RuleBase rules) {
        return audit(options, rules, Duration.ZERO, Runner.local(options.threads()));
    }

    private static AuditResult audit(Options options, RuleBase rules, Duration built, Runner runner) {
        Map<String, Duration> timings = new LinkedHashMap<>();
        timings.put(Timings.RULES_BUILD, built);
        RuleSelection.of(options.rule(), rules); // a --rule that names no rule fails before anything is read
        long t = System.nanoTime();
        AuditContext context = AuditContext.build(rules, options.rules(), options.maxFirings(),
                options.maxSessionSeconds(), options.rule(), options.firings(), options.maxBytes());
        t = lap(timings, Timings.VOCABULARY, t);

        Corpus.Listing listing = Corpus.walk(options.input());
        if (!listing.hasArticles() && listing.files() > 0) {
            throw new CrosscheckException(options.input().toString(), "no *.txt article in a folder of "
                    + listing.files() + " file(s); articles must be named *.txt (or be lines of *.jsonl files)",
                    CrosscheckException.USAGE);
        }
        Metadata metadata = Metadata.read(listing.metadata(), options.input().toString());
        List<String> warnings = new ArrayList<>(metadata.warnings(
                listing.entries().stream().map(Corpus.Entry::source).collect(java.util.stream.Collectors.toSet())));
        ReportSet.Run run = options.out() == null ? null : ReportSet.open(options.out(), Reports.NAMES);
        String stage = "reading the articles";
        AuditContext.Key key = AuditContext.register(context, options);
        try {
            if (run != null) {
                warnings.addAll(run.warnings());
            }
            AuditResult result = audit(options, runner, key, listing, metadata, timings, t, warnings);
            stage = "writing the reports";
            long r = System.nanoTime();
            if (run != null) {
                Map<String, Corpus.Entry> entries = new HashMap<>();
                listing.entries().forEach(en -> entries.put(en.source(), en));
                // The cited articles are read again for the reports' context: a file when asked for, the lines of
                // JSON Lines files in one pass over them, keeping only the lines a row cites.
                Map<String, Input> cited = citedLines(options, listing, metadata, result);
                ArticleReader reader = source -> {
                    Corpus.Entry entry = entries.get(source);
                    Input input = entry != null ? new FileInput(entry.source(), entry.path().toUri(), entry.problem(),
                            metadata.entry(entry.source())) : cited.get(source);
                    Article article = input == null ? null : input.read(key.context());
                    return article == null || article.text().isEmpty() ? null : article;
                };
                run.replace(Reports.outputs(result, new ReportInputs(reader, RuleFile.of(rules, options.rules()),
                        options.reports())));
            }
            lap(timings, Timings.REPORT, r);
            return new AuditResult(result.sources(), result.claims(), result.rows(), result.origins(),
                    new Timings(timings), warnings);
        } catch (OutOfMemoryError e) {
            throw outOfMemory(stage, e);
        } finally {
            AuditContext.release(key);
            if (run != null) {
                run.close();
            }
        }
    }

    /** The pipeline from the per-article pass to the rows; reports are written by the caller. */
    private static AuditResult audit(Options options, Runner runner, AuditContext.Key key, Corpus.Listing listing,
                                     Metadata metadata, Map<String, Duration> timings, long t, List<String> warnings) {
        AuditContext context = key.context();
        Lexicon lexicon = context.lexicon;
        RuleEngine engine = context.engine;
        // Per article, in parallel: read, parse, extract, sign; then drop the text.
        AtomicInteger done = new AtomicInteger();
        List<Extracted> passed = new ArrayList<>();
        try (java.util.stream.Stream<Input> inputs = inputs(options, listing, metadata)) {
            runner.map(inputs, input -> extract(key.context(), input), e -> {
                synchronized (passed) {
                    passed.add(e);
                }
                if (options.progress() != null) {
                    options.progress().accept(done.incrementAndGet());
                }
            }, null);
        }
        // Results come in any order: reports list sources sorted whatever the input.
        passed.sort(Comparator.comparing(e -> e.summary().source()));
        List<Extracted> extracted = passed;
        long pass = System.nanoTime() - t;
        long ingest = extracted.stream().mapToLong(Extracted::ingestNanos).sum();
        long extract = extracted.stream().mapToLong(Extracted::extractNanos).sum();
        long ingestWall = ingest + extract == 0 ? 0 : Math.round((double) pass * ingest / (ingest + extract));
        timings.put(Timings.INGEST, Duration.ofNanos(ingestWall));
        timings.put(Timings.EXTRACT, Duration.ofNanos(pass - ingestWall));
        t = System.nanoTime();

        // Corpus stages: origins, publication dates the text does not give, identical claims.
        Map<String, int[]> signatures = new HashMap<>();
        for (Extracted e : extracted) {
            signatures.put(e.summary().source(), e.signature());
        }
        Map<String, String> origins = Origins.of(signatures);
        signatures = null;
        try {
            extracted = inferPublicationDates(options, listing, extracted, context, metadata, origins);
        } catch (OutOfMemoryError e) {
            throw outOfMemory("inferring publication dates", e);
        }
        List<SourceSummary> sources = new ArrayList<>(extracted.size());
        for (Extracted e : extracted) {
            sources.add(e.summary());
        }
        List<Claim> claims = new ArrayList<>();
        ClaimGroups groups;
        Map<String, SourceInfo> infos = new HashMap<>();
        try {
            // Each article's claims are released as they are copied, so the corpus is never held twice.
            for (int i = 0; i < extracted.size(); i++) {
                for (Claim c : extracted.get(i).claims()) {
                    String origin = origins.get(c.source());
                    claims.add(origin.equals(c.origin()) ? c : c.withOrigin(origin));
                }
                extracted.set(i, null);
            }
            extracted = null;
            claims.sort(Comparator.comparing(Claim::source).thenComparingInt(Claim::start).thenComparing(Claim::id));
            claims = new EventGrouping(lexicon).resolve(claims);
            groups = ClaimGroups.of(claims);
            for (SourceSummary s : sources) {
                String datedBy = s.publication().datedBy();
                infos.put(s.source(), new SourceInfo(s.source(), origins.get(s.source()), s.publication().isoDate(),
                        s.publication().outlet(), datedBy.isEmpty() ? "" : origins.getOrDefault(datedBy, datedBy)));
            }
        } catch (OutOfMemoryError e) {
            throw outOfMemory("grouping the claims of " + sources.size() + " articles", e);
        }
        t = lap(timings, Timings.GROUP, t);

        FindingAggregator.Accumulator accumulator = new FindingAggregator.Accumulator(groups::support);
        runRules(runner, key, engine, groups, infos, lexicon, accumulator);
        t = lap(timings, Timings.RULES, t);

        List<AuditRow> rows = accumulator.rows();
        return new AuditResult(sources, claims, rows, origins, new Timings(timings), warnings);
    }

    /** One line for an exhausted heap: what ran out, while doing what, and what to change. */
    private static CrosscheckException outOfMemory(String doing, OutOfMemoryError e) {
        return new CrosscheckException("", "ran out of memory (" + e.getMessage() + ", maximum heap "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB) while " + doing
                + "; give Java more with -Xmx or audit fewer articles at once", CrosscheckException.FAILURE, e);
    }

    /**
     * Runs the rules in one session per subject, in parallel: rules join claims on their subject, so no finding
     * needs two sessions. Each session holds the subject's representative claims ({@link ClaimGroups}) and the
     * {@link SourceInfo} of the articles behind them. A single-source finding on a representative is per claim,
     * so its group's members are then run on their own (one session per origin, where no cross-source join can
     * fire) and each gets its own finding.
     */
    /**
     * Sessions hold whole series (a subject without edition or year): rules join claims of one event, and "since",
     * "first-ever" and edition checks join the editions of one series, so a series is the largest unit any rule
     * compares. Each session also gets the containment of the places it mentions (gazetteer and texts) and where each source
     * places each event ({@link PlaceFacts}).
     */
    private static void runRules(Runner runner, AuditContext.Key key, RuleEngine engine, ClaimGroups groups,
                                 Map<String, SourceInfo> infos,
                                 Lexicon lexicon, FindingAggregator.Accumulator accumulator) {
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
        List<List<Object>> sessions = new ArrayList<>();
        for (List<Claim> batchClaims : batches) {
            Set<String> sources = new TreeSet<>();
            for (Claim c : batchClaims) {
                for (Claim m : groups.group(c).members()) {
                    sources.add(m.source());
                }
            }
            List<Object> facts = session(batchClaims, sources, infos);
            facts.addAll(places.containment(batchClaims));
            facts.addAll(PlaceFacts.placements(batchClaims, groups));
            sessions.add(facts);
        }
        // Findings fold into rows session by session; a single-source finding of a representative that stands
        // for several claims is set aside, and its group's claims are run again on their own.
        Set<ClaimGroups.Group> rerun = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        runAll(runner, key, engine, sessions, findings -> {
            for (Finding f : findings) {
                ClaimGroups.Group g = groups.group(f.a());
                if (f.b() == null && g != null && g.members().size() > 1) {
                    synchronized (rerun) {
                        rerun.add(g);
                    }
                } else {
                    accumulator.add(f);
                }
            }
        });
        if (!rerun.isEmpty()) {
            List<List<Object>> single = new ArrayList<>();
            for (ClaimGroups.Group g : rerun) {
                Map<String, List<Claim>> byOrigin = new TreeMap<>();
                for (Claim m : g.members()) {
                    byOrigin.computeIfAbsent(m.origin(), k -> new ArrayList<>()).add(m);
                }
                for (List<Claim> members : byOrigin.values()) {
                    Set<String> sources = new TreeSet<>();
                    members.forEach(m -> sources.add(m.source()));
                    single.add(session(members, sources, infos));
                }
            }
            runAll(runner, key, engine, single, findings -> {
                for (Finding f : findings) {
                    if (f.b() == null) {
                        accumulator.add(f);
                    }
                }
            });
        }
    }

    /**
     * Keeps the rules from comparing thousands of values of one subject pairwise. Per subject and attribute, the
     * {@value #PAIRWISE_VALUES} distinct claims (groups of identical claims) stated by the most origins stay in the
     * series' session, where they meet each other and everything else of the series; the others are checked in
     * sessions of their own, {@value #PAIRWISE_VALUES} at a time, each with those best-supported claims. A value
     * beyond them is thus compared with the best-supported values and with the values of its own batch, not with
     * every other value, and not with the other attributes of its subject; firings grow with the values, not with
     * their pairs. Returns the claims the series' session keeps; adds the other sessions' claims to {@code out}.
     */
    private static List<Claim> boundValues(List<Claim> series, ClaimGroups groups, List<List<Claim>> out) {
        Map<String, Map<ClaimGroups.Group, List<Claim>>> buckets = new java.util.LinkedHashMap<>();
        for (Claim c : series) {
            buckets.computeIfAbsent(c.subject() + "\u0000" + c.attribute(), k -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(groups.group(c), k -> new ArrayList<>()).add(c);
        }
        Set<Claim> moved = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map<ClaimGroups.Group, List<Claim>> bucket : buckets.values()) {
            if (bucket.size() <= PAIRWISE_VALUES) {
                continue;
            }
            List<ClaimGroups.Group> ranked = new ArrayList<>(bucket.keySet());
            ranked.sort(Comparator.comparingInt((ClaimGroups.Group g) -> -g.origins().size())
                    .thenComparing(g -> g.members().get(0), FindingAggregator.EARLIEST));
            List<Claim> best = new ArrayList<>();
            for (ClaimGroups.Group g : ranked.subList(0, PAIRWISE_VALUES)) {
                best.addAll(bucket.get(g));
            }
            for (int from = PAIRWISE_VALUES; from < ranked.size(); from += PAIRWISE_VALUES) {
                List<Claim> session = new ArrayList<>(best);
                for (ClaimGroups.Group g : ranked.subList(from, Math.min(ranked.size(), from + PAIRWISE_VALUES))) {
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

    private static void runAll(Runner runner, AuditContext.Key key, RuleEngine engine, List<List<Object>> sessions,
                               java.util.function.Consumer<List<Finding>> sink) {
        runner.map(sessions.stream(), facts -> key.context().engine.run(facts), sink, engine::checkTime);
    }

    private static long lap(Map<String, Duration> timings, String stage, long since) {
        long now = System.nanoTime();
        timings.merge(stage, Duration.ofNanos(now - since), Duration::plus);
        return now;
    }

    /**
     * Dates the articles whose text gives no full date, then extracts their claims, whose relative dates anchor to
     * it. A repost of a dated article takes the date of its earliest dated copy. A dateline that gives day and
     * month but no year ("Nov 20") is dated from its weekday and the rest of the corpus
     * ({@link PublicationYearInference}); the evidence is the other articles' sentences, read once more and
     * indexed once, and only when some article needs it. Undecided articles keep an unknown date.
     */
    private static List<Extracted> inferPublicationDates(Options options, Corpus.Listing listing,
                                                         List<Extracted> extracted, AuditContext context,
                                                         Metadata metadata, Map<String, String> origins) {
        Pipeline pipeline = context.pipeline;
        if (extracted.stream().allMatch(e -> e.deferred() == null)) {
            return extracted;
        }
        Map<String, SourceSummary> datedByOrigin = new TreeMap<>();
        for (Extracted e : extracted) {
            SourceSummary s = e.summary();
            if (s.publication().date() == null || s.publication().basis() == PublishedBasis.INFERRED) {
                continue;
            }
            String origin = origins.getOrDefault(s.source(), s.source());
            SourceSummary known = datedByOrigin.get(origin);
            if (known == null || s.publication().date().isBefore(known.publication().date())) {
                datedByOrigin.put(origin, s);
            }
        }
        boolean yearless = extracted.stream().anyMatch(e -> e.deferred() != null
                && e.deferred().publication().partial() != null);
        PublicationYearInference.Evidence evidence = !yearless ? null : PublicationYearInference.Evidence.of(
                inParallel(options.threads(), () -> inputs(options, listing, metadata).parallel()
                        .map(i -> i.read(context))
                        .filter(a -> !a.sentences().isEmpty())
                        .map(a -> new PublicationYearInference.CorpusEvidence(a.source(), a.publication().date(),
                                a.sentences().stream().map(Sentence::text).toList()))
                        .toList(), null), pipeline.tagger());
        return inParallel(options.threads(), () -> extracted.parallelStream().map(e -> {
            Article article = e.deferred();
            if (article == null) {
                return e;
            }
            SourceSummary copy = datedByOrigin.get(origins.getOrDefault(article.source(), article.source()));
            Article dated = copy != null && !copy.source().equals(article.source()) ? datedAsCopy(article, copy)
                    : article.publication().partial() != null ? datedByCorpus(article, evidence) : article;
            return new Extracted(SourceSummary.of(dated), pipeline.extract(dated), e.signature(), null, e.ingestNanos(),
                    e.extractNanos());
        }).collect(java.util.stream.Collectors.toCollection(ArrayList::new)), null);
    }

    /** A repost takes the date of its earliest dated copy (the day and month of its own dateline, if it has one). */
    private static Article datedAsCopy(Article article, SourceSummary copy) {
        Publication p = article.publication();
        LocalDate copyDate = copy.publication().date();
        LocalDate date = copyDate;
        if (p.partial() != null) {
            date = null;
            for (int y = copyDate.getYear() - 1; y <= copyDate.getYear() + 1; y++) {
                if (p.partial().isValidYear(y)) {
                    LocalDate d = p.partial().atYear(y);
                    if (date == null || Math.abs(d.toEpochDay() - copyDate.toEpochDay())
                            < Math.abs(date.toEpochDay() - copyDate.toEpochDay())) {
                        date = d;
                    }
                }
            }
        }
        String reasoning = "publication date inferred: the same article as " + copy.source() + ", published "
                + copyDate + (p.partial() == null ? "" : "; its dateline's day gives " + date);
        return article.withPublication(p.inferred(date, copy.source()), withoutYearWarnings(article, reasoning));
    }

    private static Article datedByCorpus(Article article, PublicationYearInference.Evidence evidence) {
        Publication p = article.publication();
        List<String> sentences = article.sentences().stream().map(Sentence::text).toList();
        Optional<PublicationYearInference.Inference> inference =
                evidence.infer(article.source(), p.partial(), p.weekday(), sentences);
        if (inference.isEmpty()) {
            return article;
        }
        LocalDate date = p.partial().atYear(inference.get().year());
        return article.withPublication(p.inferred(date, inference.get().source()),
                withoutYearWarnings(article, "publication year inferred: " + inference.get().reasoning()));
    }

    private static List<String> withoutYearWarnings(Article article, String reasoning) {
        List<String> warnings = new ArrayList<>();
        for (String w : article.warnings()) {
            if (!w.endsWith("with no year; year unknown") && !w.equals(ArticleParser.NO_DATE)) {
                warnings.add(w);
            }
        }
        warnings.add(reasoning);
        return warnings;
    }

    /** One article to read, as it travels to the worker that reads it: a file of the folder or a JSON line. */
    private sealed interface Input extends java.io.Serializable {
        /** Where the article is, for a message. */
        String where();

        Article read(AuditContext context);
    }

    /**
     * A file of the folder, with its metadata.csv row if any. Its path travels as a URI, which keeps the bytes of
     * the name whatever the locale (a path decoded under {@code LC_ALL=C} would not resolve again).
     */
    private record FileInput(String source, java.net.URI path, String problem, Metadata.Entry row) implements Input {
        @Override
        public String where() {
            return Path.of(path).toString();
        }

        @Override
        public Article read(AuditContext context) {
            if (problem != null) {
                return unreadable(source, problem);
            }
            String[] why = new String[1];
            byte[] bytes = Corpus.read(Path.of(path), context.maxBytes, why);
            if (bytes == null) {
                return unreadable(source, why[0]);
            }
            return Auditor.read(source, bytes, context.parser, (publication, warnings) -> Metadata.apply(row,
                    publication));
        }
    }

    /** A line of a JSON Lines file: its text read as a file's would be, its fields over what the text says. */
    private record LineInput(JsonLines.Line line) implements Input {
        @Override
        public String where() {
            return line.where();
        }

        @Override
        public Article read(AuditContext context) {
            if (line.problem() != null) {
                return unreadable(line.source(), line.problem());
            }
            return Auditor.read(line.source(), line.text().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    context.parser, line::apply);
        }
    }

    /** The per-article step: read, parse, extract and sign one article, keeping no text. */
    private static Extracted extract(AuditContext context, Input input) {
        try {
            long t0 = System.nanoTime();
            Article article = input.read(context);
            long t1 = System.nanoTime();
            Publication p = article.publication();
            boolean defer = p.date() == null && !article.sentences().isEmpty();
            List<Claim> claims = defer ? null : context.pipeline.extract(article);
            int[] signature = Origins.signature(article);
            long t2 = System.nanoTime();
            return new Extracted(SourceSummary.of(article), claims, signature, defer ? article : null, t1 - t0,
                    t2 - t1);
        } catch (OutOfMemoryError e) {
            throw outOfMemory("reading " + input.where(), e);
        }
    }

    /**
     * The JSON lines the reports read again (those report rows cite, and those with time expressions for the TimeML
     * stand-off), by source; empty when the input has no JSON Lines file.
     */
    private static Map<String, Input> citedLines(Options options, Corpus.Listing listing, Metadata metadata,
                                                 AuditResult result) {
        if (listing.jsonLines().isEmpty()) {
            return Map.of();
        }
        java.util.Set<String> sources = new java.util.HashSet<>();
        for (AuditRow r : result.rows()) {
            sources.add(r.a().source());
            if (r.b() != null) {
                sources.add(r.b().source());
            }
        }
        for (Claim c : result.claims()) {
            if (org.crosscheck.report.TimeMl.isTimex(c)) {
                sources.add(c.source());
            }
        }
        Map<String, Input> out = new HashMap<>();
        try (java.util.stream.Stream<Input> inputs = inputs(options, listing, metadata)) {
            inputs.filter(i -> i instanceof LineInput l && sources.contains(l.line().source()))
                    .forEach(i -> out.put(((LineInput) i).line().source(), i));
        }
        return out;
    }

    /**
     * The articles of the input as a stream to be closed: the files of the folder, then the lines of its JSON Lines
     * files, each read when the stream reaches it. A line may not take a name already used.
     */
    private static java.util.stream.Stream<Input> inputs(Options options, Corpus.Listing listing, Metadata metadata) {
        java.util.stream.Stream<Input> files = listing.entries().stream().map(f -> new FileInput(f.source(),
                f.path().toUri(), f.problem(), metadata.entry(f.source())));
        if (listing.jsonLines().isEmpty()) {
            return files;
        }
        Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        for (Corpus.Entry e : listing.entries()) {
            names.put(e.source(), "the file " + e.source());
        }
        java.util.stream.Stream<Input> lines = JsonLines.readAll(
                listing.jsonLines().stream().map(Corpus.Entry::path).toList(),
                listing.jsonLines().stream().map(Corpus.Entry::source).toList(), options.maxBytes(), names)
                .map(LineInput::new);
        return java.util.stream.Stream.concat(files, lines).onClose(lines::close);
    }

    private static Article read(String source, byte[] bytes, ArticleParser parser,
                                java.util.function.BiFunction<Publication, List<String>, Publication> known) {
        Decoder.Decoded decoded = Decoder.decode(bytes);
        if (!decoded.isText()) {
            return new Article(source, "", Publication.unknown(), List.of(), List.of(), decoded.warnings());
        }
        if (decoded.text().isBlank()) {
            List<String> warnings = new ArrayList<>(decoded.warnings());
            warnings.add(decoded.text().isEmpty() ? "empty file" : "file holds only white space");
            return new Article(source, decoded.text(), known.apply(Publication.unknown(), warnings), List.of(),
                    List.of(), warnings);
        }
        Article article = parser.parse(source, decoded.text(), decoded.warnings());
        List<String> warnings = new ArrayList<>(article.warnings());
        Publication publication = known.apply(article.publication(), warnings);
        if (publication.basis() == PublishedBasis.METADATA) {
            // the text gives no date, but metadata.csv (or the JSON line) does: nothing to warn about
            warnings.removeIf(w -> w.equals(ArticleParser.NO_DATE));
        }
        return article.withPublication(publication, warnings);
    }

    private static Article unreadable(String source, String warning) {
        return new Article(source, "", Publication.unknown(), List.of(), List.of(), List.of(warning));
    }

    /**
     * Runs a parallel stream in a pool of the requested size, so callers control the thread count. {@code watch},
     * if given, is called while waiting and may throw to abandon the work (a rule session that will not stop).
     */
    static <T> T inParallel(int threads, java.util.concurrent.Callable<T> work, Runnable watch) {
        ForkJoinPool pool = Workers.pool(threads);
        try {
            java.util.concurrent.Future<T> future = pool.submit(work);
            while (true) {
                try {
                    return future.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    if (watch != null) {
                        watch.run();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrosscheckException("", "interrupted", CrosscheckException.FAILURE, e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new CrosscheckException("", String.valueOf(cause), CrosscheckException.FAILURE, cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
