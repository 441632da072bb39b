package org.crosscheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Finding;
import org.crosscheck.fact.Ids;

/**
 * Folds findings into report rows: one row per rule, subject and unordered pair of values, so a report grows
 * with the disagreements and not with the mentions; a rule and subject with more than {@value #PAIRWISE_VALUES}
 * values get one row per further value instead of one per pair. Each side quotes the claim a fact-checker would cite
 * ({@link #CITED}: a sentence of the body before a headline, then the earliest published) and counts the independent
 * sources (origins) behind it.
 */
public final class FindingAggregator {

    /** Orders claims so the representative of a side is the earliest published, then by file and offset. */
    public static final Comparator<Claim> EARLIEST = Comparator
            .comparing((Claim c) -> c.published().isEmpty() ? "9999" : c.published())
            .thenComparing(Claim::source)
            .thenComparingInt(Claim::start)
            .thenComparing(Claim::id);

    /**
     * Orders claims so the representative of a side is the one a fact-checker would cite: a claim read from the body
     * before one read from a headline or title line, which states in short what the body says; then
     * {@link #EARLIEST}.
     */
    public static final Comparator<Claim> CITED = Comparator
            .comparing((Claim c) -> titleLine(c.sentence()))
            .thenComparing(EARLIEST);

    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("[.!?][\"'\u201d\u2019)\\]]*\\s*$");

    /**
     * Whether the text is a headline or title line: one line that does not end as a sentence does (a full stop,
     * question or exclamation mark, perhaps a quote after). A block of several lines (a list of bullets read as one
     * sentence) is body text, whatever its end.
     */
    static boolean titleLine(String sentence) {
        return sentence != null && sentence.indexOf('\n') < 0 && sentence.indexOf('\r') < 0
                && !SENTENCE_END.matcher(sentence).find();
    }

    /** Distinct values of one rule and subject reported pairwise; see {@code Accumulator#fold}. */
    public static final int PAIRWISE_VALUES = 32;

    private FindingAggregator() {
    }

    private static final class Group {
        Finding first;
        boolean swapped;
        // Distinct claims only: a value stated by thousands of claims pairs with many partners.
        final Set<Claim> sideA = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        final Set<Claim> sideB = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        final Set<String> originsA = new HashSet<>();
        final Set<String> originsB = new HashSet<>();
    }

    /** Order of findings within one row: the first one gives the row its explanation. */
    private static final Comparator<Finding> FIRST = Comparator.comparing((Finding f) -> f.a().id())
            .thenComparing(f -> f.b() == null ? "" : f.b().id());

    public static List<AuditRow> aggregate(List<Finding> findings) {
        return aggregate(findings, (side, partner) -> Set.of(side.origin()));
    }

    /**
     * Aggregates findings whose claims may stand for several identical claims: {@code support} gives the origins
     * behind a claim of a finding, given its partner (null for a single-source finding).
     */
    public static List<AuditRow> aggregate(List<Finding> findings, BiFunction<Claim, Claim, Set<String>> support) {
        Accumulator accumulator = new Accumulator(support);
        findings.forEach(accumulator::add);
        return accumulator.rows();
    }

    /**
     * Folds findings into rows as they arrive, so memory grows with the rows and the distinct claims behind them,
     * not with the pairs of claims the rules compared. Thread-safe; the rows do not depend on arrival order.
     */
    public static final class Accumulator {
        private final Map<String, Group> groups = new HashMap<>();
        private final BiFunction<Claim, Claim, Set<String>> support;

        public Accumulator(BiFunction<Claim, Claim, Set<String>> support) {
            this.support = support;
        }

        public synchronized void add(Finding f) {
            boolean single = f.b() == null;
            boolean swap = !single && f.valueA().compareTo(f.valueB()) > 0;
            Group g = groups.computeIfAbsent(canonicalKey(f), k -> new Group());
            // The explanation comes from a finding whose a is the row's a (value order) when there is one, so
            // that it names the sides in the order of the columns; see #row for a group with none.
            if (g.first == null || g.swapped && !swap
                    || g.swapped == swap && FIRST.compare(f, g.first) < 0) {
                g.first = f;
                g.swapped = swap;
            }
            Claim first = swap ? f.b() : f.a();
            Claim second = swap ? f.a() : f.b();
            g.sideA.add(first);
            g.originsA.addAll(support.apply(first, second));
            if (second != null) {
                g.sideB.add(second);
                g.originsB.addAll(support.apply(second, first));
            }
        }

        /** The rows, in report order. */
        public synchronized List<AuditRow> rows() {
            // Pair rows per rule and subject, so that one with many values can be folded (see #fold).
            Map<String, Map<String, Group>> buckets = new TreeMap<>();
            List<AuditRow> rows = new ArrayList<>();
            for (Map.Entry<String, Group> e : new TreeMap<>(groups).entrySet()) {
                Group g = e.getValue();
                if (g.first.b() == null) {
                    rows.add(row(e.getKey(), g, ""));
                } else {
                    buckets.computeIfAbsent(g.first.rule() + "\u0000" + g.first.subject(), k -> new TreeMap<>())
                            .put(e.getKey(), g);
                }
            }
            for (Map<String, Group> bucket : buckets.values()) {
                fold(bucket, rows);
            }
            rows.sort(Comparator.comparing(AuditRow::severity)
                    .thenComparing(AuditRow::verdict)
                    .thenComparing(AuditRow::category)
                    .thenComparing(AuditRow::subject)
                    .thenComparing(AuditRow::id));
            return rows;
        }

        /**
         * The rows of one rule and subject. With at most {@value #PAIRWISE_VALUES} distinct values, one row per
         * pair of values. With more, the values are ranked by the origins stating them (then by value): the pairs
         * among the {@value #PAIRWISE_VALUES} best supported get a row each, and every further value one row, the
         * pair with its best-ranked counterpart; so rows grow with the values, not with their pairs, and every
         * value the rule judged appears in some row with its quote and support.
         */
        private void fold(Map<String, Group> bucket, List<AuditRow> rows) {
            Map<String, Set<String>> support = new HashMap<>();
            for (Group g : bucket.values()) {
                support.computeIfAbsent(valueA(g), k -> new HashSet<>()).addAll(g.originsA);
                support.computeIfAbsent(valueB(g), k -> new HashSet<>()).addAll(g.originsB);
            }
            if (support.size() <= PAIRWISE_VALUES) {
                bucket.forEach((key, g) -> rows.add(row(key, g, "")));
                return;
            }
            List<String> ranked = new ArrayList<>(support.keySet());
            ranked.sort(Comparator.comparingInt((String v) -> -support.get(v).size()).thenComparing(v -> v));
            Map<String, Integer> rank = new HashMap<>();
            for (int i = 0; i < ranked.size(); i++) {
                rank.put(ranked.get(i), i);
            }
            String note = " (" + ranked.size() + " values of this subject for this rule: the pairs of the "
                    + PAIRWISE_VALUES + " stated by the most sources are listed, and each other value once, with its "
                    + "best-supported counterpart.)";
            // For each value beyond the best supported, its pair with the best-ranked counterpart.
            Map<String, String> bestPair = new HashMap<>();
            for (Map.Entry<String, Group> e : bucket.entrySet()) {
                String a = valueA(e.getValue());
                String b = valueB(e.getValue());
                for (String[] side : new String[][] {{a, b}, {b, a}}) {
                    if (rank.get(side[0]) < PAIRWISE_VALUES) {
                        continue;
                    }
                    String current = bestPair.get(side[0]);
                    if (current == null || rank.get(side[1]) < rank.get(partner(bucket.get(current), side[0]))) {
                        bestPair.put(side[0], e.getKey());
                    }
                }
            }
            Set<String> kept = new java.util.TreeSet<>(bestPair.values());
            for (Map.Entry<String, Group> e : bucket.entrySet()) {
                Group g = e.getValue();
                if (rank.get(valueA(g)) < PAIRWISE_VALUES && rank.get(valueB(g)) < PAIRWISE_VALUES) {
                    kept.add(e.getKey());
                }
            }
            for (String key : kept) {
                rows.add(row(key, bucket.get(key), note));
            }
        }

        private static String partner(Group g, String value) {
            return valueA(g).equals(value) ? valueB(g) : valueA(g);
        }

        private static String valueA(Group g) {
            return g.swapped ? g.first.valueB() : g.first.valueA();
        }

        private static String valueB(Group g) {
            return g.swapped ? g.first.valueA() : g.first.valueB();
        }

        /**
         * The row of a group. Sides are in value order when some finding of the group has the smaller value on its
         * side a, and that finding gives the explanation. When none has (a rule that always names, say, the "since"
         * claim first whatever the values, or a symmetric rule that pairs by claim id and met this pair only with
         * the larger value first), the row is turned to the explanation's order, which names the finding's a before
         * its b, so that the explanation follows the columns.
         */
        private AuditRow row(String key, Group g, String note) {
            Finding f = g.first;
            boolean turn = g.swapped && !g.sideB.isEmpty();
            Set<Claim> sideA = turn ? g.sideB : g.sideA;
            Set<Claim> sideB = turn ? g.sideA : g.sideB;
            Set<String> originsA = turn ? g.originsB : g.originsA;
            Set<String> originsB = turn ? g.originsA : g.originsB;
            Claim a = sideA.stream().min(CITED).orElseThrow();
            // Quote side b from another source than side a whenever one exists, so a row cites two sources.
            Claim b = sideB.stream().filter(c -> !c.origin().equals(a.origin())).min(CITED)
                    .orElse(sideB.stream().min(CITED).orElse(null));
            return new AuditRow(Ids.of(key), f.severity(), f.verdict(), f.category(), f.rule(), f.subject(), a,
                    turn ? valueB(g) : valueA(g), b, turn ? valueA(g) : valueB(g), f.explanation() + note,
                    originsA.size(), originsB.size(), new java.util.TreeSet<>(originsA).stream().toList(),
                    new java.util.TreeSet<>(originsB).stream().toList());
        }
    }

    /** The id of the audit.csv row a finding folds into. */
    public static String rowId(Finding f) {
        return Ids.of(canonicalKey(f));
    }

    /** Rule, subject and the values in a fixed order; single-source findings also keep their claim. */
    private static String canonicalKey(Finding f) {
        if (f.b() == null) {
            return String.join("\u0000", f.rule(), f.subject(), f.valueA(), f.a().id());
        }
        String x = f.valueA();
        String y = f.valueB();
        return x.compareTo(y) <= 0
                ? String.join("\u0000", f.rule(), f.subject(), x, y)
                : String.join("\u0000", f.rule(), f.subject(), y, x);
    }
}
