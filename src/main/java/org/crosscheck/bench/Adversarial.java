package org.crosscheck.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.AuditResult;
import org.crosscheck.Auditor;
import org.crosscheck.CrosscheckException;
import org.crosscheck.FileTrees;
import org.crosscheck.Timings;
import org.crosscheck.engine.RuleBase;
import org.crosscheck.engine.RuleEngine;

/**
 * Inputs shaped to find work that grows faster than the input: each shape is written at 1x, 10x and 100x and
 * audited with the real pipeline, and the table gives the time of each scale and the ratio to the scale before.
 * A cost linear in the input shows ratios near 10; a pattern that runs across lines, backtracks, or scans every
 * earlier item shows 30 to 100 or more.
 *
 * <p>Time is the audit without rule compilation and vocabulary loading (fixed costs that would hide the
 * per-article work at 1x), reports included; the rules are compiled once.
 */
public final class Adversarial {

    /** One input shape; {@link #files(int)} writes it at a scale. */
    public enum Shape {
        /** One sentence, then a run of empty lines. */
        BLANK_LINES("blank lines", "1,000 empty lines") {
            @Override
            public Map<String, String> files(int scale) {
                return Map.of("a.txt", HEADER + "Russia sold two Su-30SM fighters to Pakistan.\n"
                        + "\n".repeat(1000 * scale));
            }
        },
        /** Many short lines without end punctuation: headings, list items, a broken layout. */
        SHORT_LINES("short lines", "2,000 lines of 3 words") {
            @Override
            public Map<String, String> files(int scale) {
                StringBuilder text = new StringBuilder(HEADER);
                for (int i = 0; i < 2000 * scale; i++) {
                    text.append(WORDS[i % WORDS.length]).append(' ').append(WORDS[(i * 7 + 3) % WORDS.length])
                            .append(' ').append(i).append('\n');
                }
                return Map.of("a.txt", text.toString());
            }
        },
        /** A few tokens that every extractor looks at, repeated without sentence punctuation. */
        REPEATED_TOKENS("repeated tokens", "2,000 tokens") {
            @Override
            public Map<String, String> files(int scale) {
                String[] tokens = {"Russia", "Pakistan", "signed", "12", "Su-30SM", "in", "2016", "the",
                        "fifth", "meeting", "ISLAMABAD", "$4", "million", "Monday", "since", "Gen."};
                StringBuilder text = new StringBuilder(HEADER);
                for (int i = 0; i < 2000 * scale; i++) {
                    text.append(tokens[i % tokens.length]).append(' ');
                }
                return Map.of("a.txt", text.toString());
            }
        },
        /** One article naming many distinct events. */
        MANY_EVENTS("many events", "160 named events") {
            @Override
            public Map<String, String> files(int scale) {
                StringBuilder text = new StringBuilder(HEADER);
                for (int i = 0; i < 160 * scale; i++) {
                    text.append("The ").append(name(i)).append(" Summit between Russia and Pakistan was held on ")
                            .append(1 + i % 28).append(" March 2016.\n");
                }
                return Map.of("a.txt", text.toString());
            }
        },
        /** One line of prose words with no line break and no sentence end. */
        ONE_LONG_LINE("one long line", "20 KB") {
            @Override
            public Map<String, String> files(int scale) {
                StringBuilder text = new StringBuilder(HEADER.strip()).append(' ');
                while (text.length() < 20_000 * scale) {
                    for (String w : WORDS) {
                        text.append(w).append(' ');
                    }
                }
                return Map.of("a.txt", text.toString());
            }
        },
        /** Independent articles that each date one event differently: one subject with many distinct values. */
        MANY_VALUES("many values", "15 articles, 15 dates") {
            @Override
            public Map<String, String> files(int scale) {
                Map<String, String> files = new LinkedHashMap<>();
                for (int i = 0; i < 15 * scale; i++) {
                    java.time.LocalDate day = java.time.LocalDate.of(1990, 1, 1).plusDays(i * 3L);
                    files.put(String.format(Locale.ROOT, "a%05d.txt", i), "date 2021-06-0" + (1 + i % 9)
                            + "\n\nThe " + name(i) + " delegation confirmed that the fifth Barzel Summit between Russia "
                            + "and Pakistan was held on " + day.getDayOfMonth() + " "
                            + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ROOT) + " "
                            + day.getYear() + ", officials in " + name(i + 7) + " said.\n");
                }
                return files;
            }
        },
        /**
         * One article of prose sentences full of times that look at the words before them ("on the 4th", "the day
         * before", weekdays, clock times): each lookup must cost the few words it reads, not the text before it.
         */
        LONG_ARTICLE("long article", "2 KB of dated prose") {
            @Override
            public Map<String, String> files(int scale) {
                StringBuilder text = new StringBuilder(HEADER);
                for (int i = 0; text.length() < 2_000 * scale; i++) {
                    text.append(TIMED[i % TIMED.length].replace("NAME", name(i))).append(' ');
                    if (i % 5 == 4) {
                        text.append('\n');
                    }
                }
                return Map.of("a.txt", text.toString());
            }
        },
        /**
         * Articles whose dateline gives month and day but no year, beside dated ones naming the same people: each
         * yearless one is dated from the others, whose sentences must be tagged once for all of them.
         */
        YEARLESS_DATELINES("yearless datelines", "10 articles, 5 without a year") {
            @Override
            public Map<String, String> files(int scale) {
                Map<String, String> files = new LinkedHashMap<>();
                for (int i = 0; i < 5 * scale; i++) {
                    String who = name(i) + " " + name(i + 11);
                    files.put(String.format(Locale.ROOT, "d%05d.txt", i), "date 2016-12-14\n\nDefence Minister "
                            + who + " visited Pakistan in 2014 and met the army chief in Rawalpindi.\n");
                    files.put(String.format(Locale.ROOT, "y%05d.txt", i), "ISLAMABAD, Nov 20 (INP): Defence Minister "
                            + who + " arrived in Islamabad on Thursday for talks with the army chief in Rawalpindi. "
                            + "The two sides would meet again next week, officials said.\n");
                }
                return files;
            }
        };

        private static final String[] TIMED = {
                "The NAME talks opened on the 4th, and officials said the day before that they would last a week.",
                "A week later, on Friday night, the delegation of NAME left Islamabad at 2:40pm local time.",
                "The agreement signed on March 3 had been delayed since last year, NAME said on Tuesday.",
                "Three days after the vote, NAME told reporters the deal would be ratified next month.",
                "In November that year the NAME commission met again, two years after its first session."};

        private static final String HEADER = "date 2020-01-02\n\n";
        private static final String[] WORDS = {"officials", "said", "the", "Talks", "between", "Russia", "and",
                "Pakistan", "would", "continue", "in", "Islamabad", "on", "Monday", "after", "12", "rounds",
                "of", "negotiations", "since", "2016", "Mi-35M", "helicopters", "worth", "$4", "million"};
        private static final String[] SYLLABLES = {"ka", "vo", "ri", "len", "dor", "ma", "zel", "tu", "bar",
                "nix", "sol", "que", "pra", "ven", "lo", "gat"};

        private final String label;
        private final String base;

        Shape(String label, String base) {
            this.label = label;
            this.base = base;
        }

        public String label() {
            return label;
        }

        /** What 1x is. */
        public String base() {
            return base;
        }

        /** File name to content at {@code scale} times the base size. */
        public abstract Map<String, String> files(int scale);

        /** A made-up capitalised name, distinct for each {@code i}. */
        public static String name(int i) {
            StringBuilder s = new StringBuilder();
            int n = i;
            do {
                s.append(SYLLABLES[n % SYLLABLES.length]);
                n /= SYLLABLES.length;
            } while (n > 0);
            s.append(SYLLABLES[i % 5 + 3]);
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }

    /** One shape at one scale: bytes written, time taken, report rows. */
    public record Measure(Shape shape, int scale, long bytes, long nanos, int rows) {
    }

    /** The default scales of the table. */
    public static final List<Integer> SCALES = List.of(1, 10, 100);

    private final Path rules;
    private final Path work;
    private final int threads;
    private final PrintWriter out;
    private RuleBase compiled;

    /**
     * @param rules   the rules folder audits use
     * @param work    an empty folder for the inputs and reports, which this class fills and empties
     * @param threads worker threads of each audit
     * @param out     where the table goes
     */
    public Adversarial(Path rules, Path work, int threads, PrintWriter out) {
        this.rules = rules;
        this.work = work;
        this.threads = threads;
        this.out = out;
    }

    /**
     * Measures every shape at every scale (after a warm-up at the first scale) and prints the table: each scale's
     * time and its ratio to the scale before. Below 100x each time is the fastest of {@code runs}: small inputs
     * are noisy.
     */
    public List<Measure> run(List<Shape> shapes, List<Integer> scales, int runs) {
        for (Shape s : shapes) {
            measure(s, scales.get(0));
        }
        List<Measure> measures = new ArrayList<>();
        for (Shape s : shapes) {
            for (int scale : scales) {
                Measure m = measure(s, scale);
                for (int i = 1; i < runs && scale < 100; i++) {
                    Measure again = measure(s, scale);
                    m = again.nanos() < m.nanos() ? again : m;
                }
                measures.add(m);
                out.printf(Locale.ROOT, "%s x%d: %.1f KB in %.3f s, %d rows%n", s.label(), scale, m.bytes() / 1e3,
                        m.nanos() / 1e9, m.rows());
                out.flush();
            }
        }
        print(measures, scales);
        return measures;
    }

    private Measure measure(Shape shape, int scale) {
        Path input = work.resolve("input");
        Path reports = work.resolve("reports");
        try {
            long bytes = 0;
            Files.createDirectories(input);
            for (Map.Entry<String, String> f : shape.files(scale).entrySet()) {
                byte[] content = f.getValue().getBytes(StandardCharsets.UTF_8);
                Files.write(input.resolve(f.getKey()), content);
                bytes += content.length;
            }
            if (compiled == null) {
                compiled = RuleBase.build(rules);
            }
            AuditResult result = Auditor.audit(new Auditor.Options(input, rules, reports,
                    RuleEngine.DEFAULT_MAX_FIRINGS, threads, Auditor.Options.DEFAULT_MAX_BYTES), compiled);
            Timings t = result.timings();
            Duration d = t.total().minus(t.get(Timings.RULES_BUILD)).minus(t.get(Timings.VOCABULARY));
            return new Measure(shape, scale, bytes, d.toNanos(), result.rows().size());
        } catch (IOException e) {
            throw new CrosscheckException(work.toString(), "cannot write the adversarial inputs: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        } finally {
            FileTrees.deleteQuietly(input);
            FileTrees.deleteQuietly(reports);
        }
    }

    private void print(List<Measure> measures, List<Integer> scales) {
        out.println();
        StringBuilder header = new StringBuilder("| shape | 1x |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (int i = 0; i < scales.size(); i++) {
            header.append(' ').append(scales.get(i)).append("x s |");
            rule.append("---:|");
        }
        for (int i = 1; i < scales.size(); i++) {
            header.append(' ').append(scales.get(i)).append("x / ").append(scales.get(i - 1)).append("x |");
            rule.append("---:|");
        }
        header.append(" rows at ").append(scales.get(scales.size() - 1)).append("x |");
        rule.append("---:|");
        out.println(header);
        out.println(rule);
        for (int i = 0; i + scales.size() <= measures.size(); i += scales.size()) {
            List<Measure> row = measures.subList(i, i + scales.size());
            StringBuilder line = new StringBuilder("| " + row.get(0).shape().label() + " | " + row.get(0).shape().base()
                    + " |");
            for (Measure m : row) {
                line.append(String.format(Locale.ROOT, " %.3f |", m.nanos() / 1e9));
            }
            for (int j = 1; j < row.size(); j++) {
                line.append(String.format(Locale.ROOT, " %.1f |", (double) row.get(j).nanos() / row.get(j - 1).nanos()));
            }
            line.append(' ').append(row.get(row.size() - 1).rows()).append(" |");
            out.println(line);
        }
        out.flush();
    }
}
