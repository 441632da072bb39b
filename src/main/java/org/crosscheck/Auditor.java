package org.crosscheck;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.crosscheck.engine.RuleBase;
import org.crosscheck.engine.RuleEngine;
import org.crosscheck.engine.RuleSelection;
import org.crosscheck.fact.Claim;
import org.crosscheck.group.EventAnchoredDating;
import org.crosscheck.report.AuditRow;
import org.crosscheck.report.ReportOptions;
import org.crosscheck.report.ReportSet;
import org.crosscheck.report.Reports;
import org.crosscheck.stage.ArticlePass;
import org.crosscheck.stage.DatingStage;
import org.crosscheck.stage.Extracted;
import org.crosscheck.stage.GroupStage;
import org.crosscheck.stage.IngestStage;
import org.crosscheck.stage.ReportStage;
import org.crosscheck.stage.RuleStage;
import org.crosscheck.stage.Spill;

/**
 * The one entry point: audits a folder of articles with a folder of rules and writes the reports.
 *
 * <pre>{@code
 * AuditResult result = Auditor.audit(Auditor.Options.of(Path.of("seeds"), Path.of("rules"), Path.of("reports")));
 * }</pre>
 *
 * <p>The stages, each a unit of {@link org.crosscheck.stage} with its input and output, are wired here and only
 * here, for every runner: the rules compile first (a broken rule costs no reading); {@link IngestStage} lists the
 * input; {@link ArticlePass} reads, tags times in and extracts each article in parallel with no shared state,
 * dropping its text once its claims, summary and MinHash signature are taken; {@link GroupStage#origins} finds
 * reposts; {@link DatingStage} dates the articles whose text gives no full date; {@link GroupStage} decides people,
 * places, events and groups of identical claims over the corpus (twice when the events shared with dated articles
 * date an article still undated: {@link DatingStage#infer}, {@link DatingStage#redate}); {@link RuleStage} runs the rules, one session per
 * batch of series, and aggregates the findings; {@link ReportStage} replaces the previous reports as one set
 * ({@link ReportSet}). Usage errors (rules, vocabulary, an input folder with no article, metadata.csv) are found
 * before the output folder is touched. The two parallel steps go through a {@link Runner}: threads here, Spark
 * tasks in the {@code crosscheck-spark} module.
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
     * @param eventDates whether articles still undated are dated from the events they share with dated articles
     *                   ({@link DatingStage#infer}), at the cost of a second grouping; off by default until grouping
     *                   keeps the real-news floors with the articles it dates (README, "Publication dates")
     */
    public record Options(Path input, Path rules, Path out, int maxFirings, int threads, long maxBytes,
                          int maxSessionSeconds, IntConsumer progress, String rule,
                          Consumer<RuleEngine.Firing> firings, ReportOptions reports, boolean eventDates) {
        /** Default for {@link #maxBytes}: 10 MiB. */
        public static final long DEFAULT_MAX_BYTES = 10L << 20;

        public Options {
            reports = reports == null ? ReportOptions.DEFAULT : reports;
        }

        public Options(Path input, Path rules, Path out, int maxFirings, int threads, long maxBytes,
                       int maxSessionSeconds, IntConsumer progress, String rule,
                       Consumer<RuleEngine.Firing> firings, ReportOptions reports) {
            this(input, rules, out, maxFirings, threads, maxBytes, maxSessionSeconds, progress, rule, firings, reports,
                    false);
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
                    firings, reports, eventDates);
        }

        /** The same options with another wall-time limit per rule session. */
        public Options withMaxSessionSeconds(int seconds) {
            return new Options(input, rules, out, maxFirings, threads, maxBytes, seconds, progress, rule, firings,
                    reports, eventDates);
        }

        /**
         * Fires only the rules whose name matches {@code nameOrGlob} ({@code *} any text, {@code ?} one character,
         * case ignored), and the rules that derive facts for them; null for every rule.
         */
        public Options withRule(String nameOrGlob) {
            return new Options(input, rules, out, maxFirings, threads, maxBytes, maxSessionSeconds, progress,
                    nameOrGlob, firings, reports, eventDates);
        }

        /** Tells {@code recorder} of every rule firing that inserts a finding, with the facts it joined. */
        public Options withFirings(Consumer<RuleEngine.Firing> recorder) {
            return new Options(input, rules, out, maxFirings, threads, maxBytes, maxSessionSeconds, progress, rule,
                    recorder, reports, eventDates);
        }

        /** The same options with these report filters and format. */
        public Options withReports(ReportOptions newReports) {
            return new Options(input, rules, out, maxFirings, threads, maxBytes, maxSessionSeconds, progress, rule,
                    firings, newReports, eventDates);
        }

        /** The same options dating articles still undated from the events they share with dated ones, or not. */
        public Options withEventDates(boolean on) {
            return new Options(input, rules, out, maxFirings, threads, maxBytes, maxSessionSeconds, progress, rule,
                    firings, reports, on);
        }
    }

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

        IngestStage.Ingested in = IngestStage.run(options.input(), options.maxBytes());
        List<String> warnings = in.warnings();
        ReportSet.Run run = options.out() == null ? null : ReportSet.open(options.out(), Reports.NAMES);
        String stage = "reading the articles";
        AuditContext.Key key = AuditContext.register(context, options);
        Spill spill = Spill.create("claims");
        try {
            if (run != null) {
                warnings.addAll(run.warnings());
            }
            ArticlePass.Passed pass = ArticlePass.run(runner, key, in, options.progress(), spill);
            long wall = System.nanoTime() - t;
            long cpu = pass.ingestNanos() + pass.extractNanos();
            long ingestWall = cpu == 0 ? 0 : Math.round((double) wall * pass.ingestNanos() / cpu);
            timings.put(Timings.INGEST, Duration.ofNanos(ingestWall));
            timings.put(Timings.EXTRACT, Duration.ofNanos(wall - ingestWall));
            t = System.nanoTime();

            Map<String, String> origins = GroupStage.origins(pass.articles());
            List<Extracted> dated = DatingStage.run(pass.articles(), origins, in, context, options.threads());
            pass = null;
            // An article still undated may name an event dated articles give a day: a first grouping finds the
            // shared events, and only when they date an article is the corpus grouped again with its new claims.
            boolean undated = options.eventDates() && dated.stream().anyMatch(e -> e.deferred() != null);
            GroupStage.Grouped grouped = GroupStage.run(undated ? new ArrayList<>(dated) : dated, origins,
                    context.lexicon(), spill, options.threads());
            if (undated) {
                Map<String, EventAnchoredDating.Inference> inferred = DatingStage.infer(grouped, origins, context);
                if (!inferred.isEmpty()) {
                    grouped = null;
                    dated = DatingStage.redate(dated, inferred, context, options.threads());
                    grouped = GroupStage.run(dated, origins, context.lexicon(), spill, options.threads());
                }
            }
            dated = null;
            spill.close();
            // From here on the claims are read from disk (facts.csv streams them); the heap keeps the rows' own.
            List<Claim> claims = grouped.claims();
            t = lap(timings, Timings.GROUP, t);

            List<AuditRow> rows = RuleStage.run(runner, key, grouped);
            t = lap(timings, Timings.RULES, t);

            AuditResult result = new AuditResult(grouped.sources(), claims, rows, origins, new Timings(timings),
                    warnings);
            grouped = null;
            stage = "writing the reports";
            if (run != null) {
                ReportStage.write(run, result, in, context, rules, options.rules(), options.reports());
            }
            lap(timings, Timings.REPORT, t);
            return new AuditResult(result.sources(), result.claims(), result.rows(), result.origins(),
                    new Timings(timings), warnings);
        } catch (OutOfMemoryError e) {
            throw CrosscheckException.outOfMemory(stage, e);
        } finally {
            spill.close();
            AuditContext.release(key);
            if (run != null) {
                run.close();
            }
        }
    }

    private static long lap(Map<String, Duration> timings, String stage, long since) {
        long now = System.nanoTime();
        timings.merge(stage, Duration.ofNanos(now - since), Duration::plus);
        return now;
    }
}
