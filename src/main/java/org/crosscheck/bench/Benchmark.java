package org.crosscheck.bench;

import com.joestelmach.natty.Parser;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.crosscheck.AuditResult;
import org.crosscheck.Workers;
import org.crosscheck.Auditor;
import org.crosscheck.stage.Spill;
import org.crosscheck.CrosscheckException;
import org.crosscheck.FileTrees;
import org.crosscheck.Timings;
import org.crosscheck.engine.RuleEngine;
import org.crosscheck.eval.Evaluation;
import org.crosscheck.eval.GoldCase;
import org.crosscheck.eval.GoldFile;
import org.crosscheck.fact.Verdict;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleParser;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.Decoder;
import org.crosscheck.ingest.Sentence;
import org.crosscheck.vocab.Vocabulary;

/**
 * Generates (or reuses) synthetic corpora of growing size, audits each with the real pipeline and prints one table
 * row per size: throughput, wall time per stage, heap, findings, and precision and recall against the corpus's gold
 * file. Then a naive baseline: Natty run over every sentence of the smallest corpus. Each audit runs with a copy of
 * the rules folder whose gazetteer also lists the corpus's invented places ({@link Gazetteer}), as a user would
 * extend the vocabulary for their own news; without them no event of the corpus has participants.
 *
 * <p>Heap is measured two ways from GC notifications, afresh for each audit: {@code peak heap} is the largest heap
 * occupancy just before a collection (what the JVM had to hold, garbage included, so it depends on {@code -Xmx}
 * and the collector), and {@code max live} the largest right after one, which bounds the live data the audit
 * needs (after a young collection it still counts old garbage). {@code GC pauses} sums the collections'
 * durations: a heap too small for the audit shows there first.
 *
 * <p>Quality: {@code recall} is the share of MUST gold rows (injected contradictions) that some report row
 * satisfies; {@code precision} is S / (S + U), where S counts the MUST and CONSISTENT gold rows satisfied and U the
 * CONTRADICTION rows that pair no MUST gold row (one that pairs a TRAP or CONSISTENT row is a false alarm all the
 * same). The gold file lists every injected conflict as a MUST row, so U counts auditor false alarms and the
 * conflicts the generator writes without meaning to (an injected wrong year that also puts an edition before the
 * one it follows).
 */
public final class Benchmark {
    /** Baseline work stops after this long; the rate is over the articles done by then. */
    private static final Duration BASELINE_BUDGET = Duration.ofSeconds(60);
    private static final int BASELINE_ARTICLES = 1000;
    private static final String MARKER = "corpus.properties";
    /** Changes whenever the generator writes different corpora, so that older corpora are written afresh. */
    static final int GENERATOR_VERSION = 3;

    /** One measured size. */
    public record Row(String corpus, int articles, long bytes, Timings timings, long wallNanos, long peakHeap, long maxLive,
                      long gcPauseNanos, int findings, int contradictions, double precision, double recall,
                      long spillBytes) {
        double articlesPerSecond() {
            return articles / (wallNanos / 1e9);
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / (wallNanos / 1e9);
        }
    }

    private final Path dir;
    private final Path rules;
    private final long seed;
    private final int threads;
    private final PrintWriter out;
    private final Path reports;
    private boolean eventDates;

    public Benchmark(Path dir, Path rules, long seed, int threads, PrintWriter out, Path reports) {
        this.dir = dir;
        this.rules = rules;
        this.seed = seed;
        this.threads = threads;
        this.out = out;
        this.reports = reports;
    }

    /** Runs every size and the baseline, printing as it goes; returns the measured rows. */
    public List<Row> run(List<Integer> sizes, java.util.function.Function<Integer, IntConsumer> progress) {
        return run(sizes, sizes, null, progress);
    }

    /**
     * Runs every size of the synthetic corpus and, with {@code real} a folder of real news, of the real-like corpus
     * replicated from it ({@link RealLikeCorpus}), audited as a folder and as a JSON Lines file; prints one table
     * with both, then the Natty baseline on the smallest corpus of each kind.
     */
    public List<Row> run(List<Integer> sizes, Path real,
                         java.util.function.Function<Integer, IntConsumer> progress) {
        return run(sizes, sizes, real, progress);
    }

    /** As {@link #run(List, Path, java.util.function.Function)}, with the synthetic and real-like sizes apart. */
    public List<Row> run(List<Integer> sizes, List<Integer> realSizes, Path real,
                         java.util.function.Function<Integer, IntConsumer> progress) {
        out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MB; corpora in %s, seed %d, %d threads%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, dir, seed, threads);
        out.flush();
        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            Path corpus = corpus(size);
            rows.add(measure(size, corpus, progress.apply(size)));
        }
        List<Row> realRows = new ArrayList<>();
        List<Row> jsonRows = new ArrayList<>();
        for (int size : real == null ? List.<Integer>of() : realSizes) {
            RealLikeCorpus.Written written = RealLikeCorpus.write(real, size, dir.resolve("real-n" + size));
            if (!written.reused()) {
                out.printf(Locale.ROOT, "wrote %s and %s: %d articles replicated from %s%n", written.folder(),
                        written.jsonLines(), size, real);
                out.flush();
            }
            realRows.add(measureReal("real-like", size, written.folder(), progress.apply(size)));
            jsonRows.add(measureReal("real-like jsonl", size, written.jsonLines(), progress.apply(size)));
        }
        printTable(rows);
        printTable(realRows);
        printTable(jsonRows);
        if (!rows.isEmpty()) {
            int smallest = sizes.stream().min(Integer::compare).orElse(0);
            baseline(corpus(smallest), rows.get(sizes.indexOf(smallest)));
        }
        if (!realRows.isEmpty()) {
            int smallest = realSizes.stream().min(Integer::compare).orElse(0);
            baseline(dir.resolve("real-n" + smallest), realRows.get(realSizes.indexOf(smallest)));
        }
        out.flush();
        return rows;
    }

    /**
     * The corpus of a size: reused when its marker says it was generated with this seed, else written afresh; a
     * folder of that name that bench did not write is refused, not deleted.
     */
    Path corpus(int size) {
        Path corpus = dir.resolve("n" + size);
        String expected = "articles=" + size + "\nseed=" + seed + "\ngenerator=" + GENERATOR_VERSION + "\n";
        try {
            Path marker = corpus.resolve(MARKER);
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(expected)) {
                return corpus;
            }
            // A corpus an older bench wrote (its marker, no generator marker) is written afresh; any other folder is
            // left alone, and the generator refuses it.
            if (Files.isRegularFile(marker) && !Files.exists(corpus.resolve(CorpusGenerator.MARKER))) {
                FileTrees.delete(corpus);
            }
            CorpusGenerator.Summary summary = new CorpusGenerator(size, seed,
                    CorpusGenerator.DEFAULT_CONTRADICTION_RATE).write(corpus, null);
            Files.writeString(marker, expected);
            out.printf(Locale.ROOT, "generated %s: %d articles, %.1f MB, gold %s%n", corpus, summary.articles(),
                    summary.bytes() / 1e6, summary.gold());
            out.flush();
            return corpus;
        } catch (IOException e) {
            throw new CrosscheckException(corpus.toString(), "cannot prepare corpus: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        }
    }

    private Row measure(int size, Path corpus, IntConsumer progress) {
        long bytes = corpusBytes(corpus);
        List<GoldCase> gold = GoldFile.read(corpus.resolve(CorpusGenerator.GOLD));
        Path outDir = reports.resolve("n" + size);
        Path overlay = reports.resolve("rules-n" + size);
        Gazetteer.overlay(rules, corpus.resolve(Gazetteer.FILE), overlay);
        Timed timed = audit(corpus, overlay, outDir, progress);
        AuditResult result = timed.result();
        long wall = timed.wallNanos();
        HeapWatch heap = timed.heap();
        Evaluation evaluation = Evaluation.of(gold, result);
        int mustTotal = 0;
        int mustPassed = 0;
        int satisfied = 0;
        for (Evaluation.Result r : evaluation.results()) {
            GoldCase.Kind kind = r.gold().kind();
            if (kind == GoldCase.Kind.MUST) {
                mustTotal++;
                mustPassed += r.passed() ? 1 : 0;
            }
            if ((kind == GoldCase.Kind.MUST || kind == GoldCase.Kind.CONSISTENT) && r.passed()) {
                satisfied++;
            }
        }
        List<GoldCase> must = gold.stream().filter(g -> g.kind() == GoldCase.Kind.MUST).toList();
        int unmatched = (int) result.rows().stream()
                .filter(r -> r.verdict() == Verdict.CONTRADICTION && must.stream().noneMatch(g -> g.pairs(r)))
                .count();
        double precision = satisfied + unmatched == 0 ? Double.NaN : (double) satisfied / (satisfied + unmatched);
        double recall = mustTotal == 0 ? Double.NaN : (double) mustPassed / mustTotal;
        int contradictions = (int) result.rows().stream().filter(r -> r.verdict() == Verdict.CONTRADICTION).count();
        Row row = new Row("synthetic", result.sources().size(), bytes, result.timings(), wall, heap.peak(), heap.maxLive(),
                heap.pauseNanos(), result.rows().size(), contradictions, precision, recall, timed.spillBytes());
        out.printf(Locale.ROOT, "audited %d articles in %.1f s%n", row.articles(), wall / 1e9);
        out.flush();
        return row;
    }

    /** Audits a real-like corpus with the rules as given: no gold, so no precision or recall. */
    private Row measureReal(String label, int size, Path input, IntConsumer progress) {
        long bytes = Files.isRegularFile(input) ? size(input) : corpusBytes(input);
        Path outDir = reports.resolve(label.replace(' ', '-') + "-n" + size);
        Timed timed = audit(input, rules, outDir, progress);
        AuditResult result = timed.result();
        long wall = timed.wallNanos();
        HeapWatch heap = timed.heap();
        int contradictions = (int) result.rows().stream().filter(r -> r.verdict() == Verdict.CONTRADICTION).count();
        Row row = new Row(label, result.sources().size(), bytes, result.timings(), wall, heap.peak(), heap.maxLive(),
                heap.pauseNanos(), result.rows().size(), contradictions, Double.NaN, Double.NaN, timed.spillBytes());
        out.printf(Locale.ROOT, "audited %d articles (%s) in %.1f s%n", row.articles(), label, wall / 1e9);
        out.flush();
        return row;
    }

    /** An audit with its wall time, the heap it used and the most disk its spill files held at once. */
    private record Timed(AuditResult result, long wallNanos, HeapWatch heap, long spillBytes) {
    }

    /** Audits with articles still undated dated from shared events ({@code --event-dates}), or not. */
    public Benchmark withEventDates(boolean on) {
        eventDates = on;
        return this;
    }

    private Timed audit(Path input, Path ruleDir, Path outDir, IntConsumer progress) {
        System.gc();
        HeapWatch heap = new HeapWatch();
        Spill.resetPeak();
        long t0 = System.nanoTime();
        try {
            AuditResult result = Auditor.audit(new Auditor.Options(input, ruleDir, outDir,
                    RuleEngine.DEFAULT_MAX_FIRINGS, threads, Auditor.Options.DEFAULT_MAX_BYTES, progress)
                    .withEventDates(eventDates));
            return new Timed(result, System.nanoTime() - t0, heap, Spill.peakBytes());
        } finally {
            heap.stop();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new CrosscheckException(file.toString(), "cannot read: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        }
    }

    private static long corpusBytes(Path corpus) {
        long bytes = 0;
        for (Path p : Corpus.list(corpus)) {
            try {
                bytes += Files.size(p);
            } catch (IOException e) {
                throw new CrosscheckException(p.toString(), "cannot read: " + e.getMessage(),
                        CrosscheckException.FAILURE, e);
            }
        }
        return bytes;
    }

    /** Column names of the table, in order. */
    public static final List<String> COLUMNS = List.of("corpus", "articles", "MB", "articles/s", "MB/s", "rules build",
            "vocabulary", "ingest", "time+extract", "group", "rules", "report", "total", "peak heap MB",
            "max live MB", "GC pauses", "spill MB", "rows",
            "contradictions", "precision", "recall");

    private void printTable(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.println();
        out.println("| " + String.join(" | ", COLUMNS) + " |");
        out.println("|" + "---:|".repeat(COLUMNS.size()));
        for (Row r : rows) {
            Timings t = r.timings();
            out.printf(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.2f | %s | %s | %s | %s | %s | %s | %s | %s | %d | %d | %s | %.1f | %d | %d | %s | %s |%n",
                    r.corpus(), r.articles(), r.bytes() / 1e6, r.articlesPerSecond(), r.megabytesPerSecond(),
                    seconds(t.get(Timings.RULES_BUILD)), seconds(t.get(Timings.VOCABULARY)),
                    seconds(t.get(Timings.INGEST)),
                    seconds(t.get(Timings.EXTRACT)), seconds(t.get(Timings.GROUP)), seconds(t.get(Timings.RULES)),
                    seconds(t.get(Timings.REPORT)), seconds(Duration.ofNanos(r.wallNanos())),
                    r.peakHeap() >> 20, r.maxLive() >> 20, seconds(Duration.ofNanos(r.gcPauseNanos())), r.spillBytes() / 1e6, r.findings(), r.contradictions(),
                    ratio(r.precision()), ratio(r.recall()));
        }
        if (rows.size() >= 2) {
            Row small = rows.get(rows.size() - 2);
            Row large = rows.get(rows.size() - 1);
            out.printf(Locale.ROOT, "%ntime(%d) / time(%d) = %.2f for %.0fx the articles%n", large.articles(),
                    small.articles(), (double) large.wallNanos() / small.wallNanos(),
                    (double) large.articles() / small.articles());
        }
        out.flush();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }

    private static String ratio(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.3f", x);
    }

    /**
     * The naive baseline: Natty over every sentence (as the ingest stage cuts them) of up to
     * {@value #BASELINE_ARTICLES} articles, on the same number of threads, one parser per thread.
     */
    private void baseline(Path corpus, Row reference) {
        List<Path> files = Corpus.list(corpus);
        files = files.subList(0, Math.min(BASELINE_ARTICLES, files.size()));
        ArticleParser parser = ArticleParser.from(Vocabulary.load(rules));
        ThreadLocal<Parser> natty = ThreadLocal.withInitial(Parser::new);
        long deadline = System.nanoTime() + BASELINE_BUDGET.toNanos();
        AtomicLong done = new AtomicLong();
        AtomicLong dates = new AtomicLong();
        long t0 = System.nanoTime();
        List<Path> work = files;
        ForkJoinPool pool = Workers.pool(threads);
        try {
            pool.submit(() -> work.parallelStream().forEach(f -> {
                if (System.nanoTime() > deadline) {
                    return;
                }
                try {
                    Decoder.Decoded decoded = Decoder.decode(Files.readAllBytes(f));
                    Article a = parser.parse(f.getFileName().toString(), decoded.text(), decoded.warnings());
                    for (Sentence s : a.sentences()) {
                        dates.addAndGet(natty.get().parse(s.text()).size());
                    }
                    done.incrementAndGet();
                } catch (IOException | RuntimeException e) {
                    done.incrementAndGet();
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new CrosscheckException("baseline", String.valueOf(e.getCause()), CrosscheckException.FAILURE, e);
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = done.get() / seconds;
        out.printf(Locale.ROOT, "%nBaseline: Natty over every sentence of %d articles of %s: %.0f articles/s "
                        + "(%d date groups found); Crosscheck's full audit of that corpus ran %.0f articles/s, "
                        + "%.1fx the baseline.%n", done.get(), corpus, rate, dates.get(),
                reference.articlesPerSecond(), reference.articlesPerSecond() / rate);
        out.flush();
    }

    /**
     * Heap occupancy while an audit runs, from GC notifications over the heap pools only (metaspace and code
     * caches are not heap): the peak is the largest occupancy just before a collection (or at the end), the max
     * live the largest just after one.
     */
    private static final class HeapWatch {
        private final Set<String> heapPools = new HashSet<>();
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong maxLive = new AtomicLong();
        private final AtomicLong pauseMillis = new AtomicLong();
        private final Map<String, Long> countAtStart = new java.util.concurrent.ConcurrentHashMap<>();
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                // Notifications arrive late: one for a collection before this audit (the System.gc() that precedes
                // it) would count the previous audit's garbage.
                if (info.getGcInfo().getId() <= countAtStart.getOrDefault(info.getGcName(), 0L)) {
                    return;
                }
                peak.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                maxLive.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
                pauseMillis.addAndGet(info.getGcInfo().getDuration());
            }
        };

        HeapWatch() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                countAtStart.put(gc.getName(), gc.getCollectionCount());
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                    emitters.add(emitter);
                }
            }
        }

        private long heapUsed(Map<String, MemoryUsage> byPool) {
            long used = 0;
            for (Map.Entry<String, MemoryUsage> e : byPool.entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    used += e.getValue().getUsed();
                }
            }
            return used;
        }

        long peak() {
            return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }

        long maxLive() {
            return maxLive.get();
        }

        /** Time the collections reported took: what a heap too small for the audit costs. */
        long pauseNanos() {
            return pauseMillis.get() * 1_000_000;
        }

        void stop() {
            for (NotificationEmitter e : emitters) {
                try {
                    e.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            }
        }
    }
}
