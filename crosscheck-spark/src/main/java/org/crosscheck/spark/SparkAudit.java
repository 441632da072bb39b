package org.crosscheck.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.crosscheck.AuditResult;
import org.crosscheck.Auditor;
import org.crosscheck.CrosscheckException;

/**
 * {@code spark-submit --class org.crosscheck.spark.SparkAudit ... --input DIR --rules DIR --out DIR
 * [--partitions N]}: the audit with its per-article pass and rule sessions run on the cluster; the reports are
 * written by the driver, as the local runner writes them. The master and resources come from spark-submit.
 */
public final class SparkAudit {
    private SparkAudit() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path input = Path.of("seeds");
        Path rules = Path.of("rules");
        Path reports = Path.of("reports");
        int partitions = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--input" -> input = Path.of(need(args[i], value));
                    case "--rules" -> rules = Path.of(need(args[i], value));
                    case "--out" -> reports = Path.of(need(args[i], value));
                    case "--partitions" -> partitions = Integer.parseInt(need(args[i], value));
                    default -> throw new CrosscheckException(args[i], "unknown option (--input, --rules, --out, "
                            + "--partitions)", CrosscheckException.USAGE);
                }
                i++;
            }
        } catch (NumberFormatException e) {
            err.println("error: --partitions: not a number");
            return CrosscheckException.USAGE;
        } catch (CrosscheckException e) {
            err.println("error: " + e.getMessage());
            return e.exitCode();
        }
        SparkConf conf = new SparkConf().setAppName("crosscheck");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            int n = partitions > 0 ? partitions : 4 * spark.defaultParallelism();
            AuditResult result = Auditor.audit(Auditor.Options.of(input, rules, reports), new SparkRunner(spark, n));
            PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
            utf8.printf(Locale.ROOT, "Audited %d articles on Spark: %d facts, %d findings.%nReports written to %s/.%n",
                    result.sources().size(), result.claims().size(), result.rows().size(), reports);
            return 0;
        } catch (CrosscheckException e) {
            err.println("error: " + e.getMessage());
            return e.exitCode();
        }
    }

    private static String need(String option, String value) {
        if (value == null) {
            throw new CrosscheckException(option, "needs a value", CrosscheckException.USAGE);
        }
        return value;
    }
}
