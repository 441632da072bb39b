package org.crosscheck.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Infers the year of an article whose dateline gives only month and day ({@code Nov 20}). A weekday the article
 * gives for its own day ("arrived ... on Thursday") keeps only the years in which that day falls on that weekday;
 * the corpus bounds the candidate years (years it mentions and publication years, one either side); the year is
 * the candidate that other articles mention in sentences sharing distinctive words with this article (names such
 * as "Sergei Shoigu" count, words every article uses do not). When no candidate is clearly better supported, the
 * year stays unknown.
 *
 * <p>The corpus is read once into an {@link Evidence}: every distinct sentence is tagged once, and the sentences
 * that name a year are indexed by their words, so inferring the year of an article costs the sentences that share
 * its words, however many articles need it.
 */
public final class PublicationYearInference {

    /**
     * An article of the corpus.
     *
     * @param source    its name, quoted in the reasoning ({@code 000_5ce5.txt})
     * @param published its publication date, or {@code null} when unknown
     * @param sentences its sentences
     */
    public record CorpusEvidence(String source, LocalDate published, List<String> sentences) {
    }

    /**
     * An inferred year and why.
     *
     * @param year      the publication year
     * @param reasoning one plain sentence explaining the choice
     * @param source    the article whose sentence decided it
     */
    public record Inference(int year, String reasoning, String source) {
    }

    /** How many leading sentences may state the article's own weekday. */
    private static final int OWN_DAY_SENTENCES = 3;
    /** Support below this is chance overlap: about two shared names found in few articles. */
    private static final double MIN_SUPPORT = 1.5;
    /** The best year must be this many times better supported than the runner-up. */
    private static final double MARGIN = 1.5;
    /** Weight of a shared word written with a capital inside a sentence: a name. */
    private static final double NAME_WEIGHT = 2.0;
    private static final int QUOTE_WORDS = 8;
    /** How many nearest dated articles vote on the year of a dateline without one. */
    private static final int NEIGHBOURS = 5;
    /** A neighbour shares at least this many names with the article: one common name is chance. */
    private static final int MIN_SHARED_NAMES = 3;
    /** The winning year's weight must be this many times the runner-up's. */
    private static final double YEAR_MARGIN = 2.0;
    /** A word used by more than this share of the dated articles (and more than COMMON_DOCS) says nothing of a story. */
    private static final double COMMON_SHARE = 0.2;
    private static final int COMMON_DOCS = 20;
    /** A dateline's day is taken from the neighbours' vote only when it falls this close to them. */
    private static final int NEAR_DAYS = 183;

    private static final Pattern ON_WEEKDAY =
            Pattern.compile("\\bon\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|\\d{4}");
    private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "for", "from", "by", "with", "about", "as", "into", "since", "until", "after", "before",
            "during", "over", "under", "between", "among", "through", "against", "without", "within", "upon",
            "this", "that", "these", "those", "it", "its", "he", "she", "they", "them", "his", "her", "their", "we",
            "our", "you", "your", "i", "my", "me", "him", "us", "who", "whom", "whose", "which", "what", "when",
            "where", "why", "how", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
            "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no",
            "also", "both", "all", "any", "each", "some", "such", "than", "then", "there", "here", "very", "more",
            "most", "other", "own", "same", "so", "too", "only", "just", "first", "two", "one", "said", "says",
            "year", "years", "month", "months", "week", "day", "days", "last", "next", "ever", "while", "whereas",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private PublicationYearInference() {
    }

    /** The weekday the article gives for its own day: "on Thursday" in one of its first sentences. */
    public static Optional<DayOfWeek> ownWeekday(List<String> articleSentences) {
        for (String s : articleSentences.subList(0, Math.min(OWN_DAY_SENTENCES, articleSentences.size()))) {
            Matcher m = ON_WEEKDAY.matcher(s);
            if (m.find()) {
                return Optional.of(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    /** One sentence of the corpus that names a year, with its words. */
    private record YearSentence(String source, String text, Set<Integer> years, Map<String, Boolean> words) {
    }

    /**
     * One article read for the {@link Evidence}: its words, the years it names and its sentences that name one. The
     * costly part of building the evidence (tagging every sentence), done apart so that articles can be read in
     * parallel; only what the evidence keeps is kept, not the article's other sentences.
     */
    public static final class Read {
        private final String source;
        private final LocalDate published;
        private final Set<String> words;
        private final Set<Integer> years;
        private final List<YearSentence> yearSentences;

        private Read(String source, LocalDate published, Set<String> words, Set<Integer> years,
                     List<YearSentence> yearSentences) {
            this.source = source;
            this.published = published;
            this.words = words;
            this.years = years;
            this.yearSentences = yearSentences;
        }

        /** Tags the article's sentences. Thread-safe: it only reads the tagger. */
        public static Read of(CorpusEvidence doc, TemporalTagger tagger) {
            return of(doc, new SentenceYears(tagger, 0));
        }

        /**
         * Tags the article's sentences that {@code years} has not tagged yet. Thread-safe: articles of one corpus
         * may be read on several threads with one {@link SentenceYears}.
         */
        public static Read of(CorpusEvidence doc, SentenceYears years) {
            Set<String> docWords = new HashSet<>();
            Set<Integer> docYears = new HashSet<>();
            List<YearSentence> yearSentences = new ArrayList<>();
            for (String sentence : doc.sentences()) {
                Map<String, Boolean> w = words(sentence);
                docWords.addAll(w.keySet());
                Set<Integer> ys = years.of(sentence);
                if (ys.isEmpty()) {
                    continue;
                }
                docYears.addAll(ys);
                yearSentences.add(new YearSentence(doc.source(), sentence, ys, w));
            }
            return new Read(doc.source(), doc.published(), docWords, docYears, yearSentences);
        }
    }

    /**
     * The years each sentence names, for the articles read into one {@link Evidence}: a sentence is tagged alone (no
     * anchor, no earlier sentence), so its years depend on its text only, and reposts and wire copy repeat sentences
     * word for word; each distinct sentence is tagged once. Remembers at most {@code capacity} sentences (their text
     * is held), then tags the others each time. Thread-safe.
     */
    public static final class SentenceYears {
        /** Sentences an audit's evidence remembers: a few tens of MB of text at most. */
        public static final int CAPACITY = 1 << 17;
        private final TemporalTagger tagger;
        private final int capacity;
        private final java.util.concurrent.ConcurrentHashMap<String, Set<Integer>> known =
                new java.util.concurrent.ConcurrentHashMap<>();

        public SentenceYears(TemporalTagger tagger, int capacity) {
            this.tagger = tagger;
            this.capacity = capacity;
        }

        Set<Integer> of(String sentence) {
            Set<Integer> ys = known.get(sentence);
            if (ys != null) {
                return ys;
            }
            // a HashSet as before, so that the years iterate in the same order
            ys = java.util.Collections.unmodifiableSet(yearsIn(sentence, tagger));
            if (known.size() < capacity) {
                known.putIfAbsent(sentence, ys);
            }
            return ys;
        }
    }

    /**
     * The corpus read once: the years each article's sentences name, the sentences that name one indexed by
     * their words, and each word's document frequency.
     */
    public static final class Evidence {
        private final Map<String, Integer> documentFrequency = new HashMap<>();
        private final Map<String, List<YearSentence>> byWord = new HashMap<>();
        private final Map<String, Set<Integer>> yearsBySource = new HashMap<>();
        private final Map<String, LocalDate> published = new HashMap<>();
        /** Word to the dated articles that use it, for an article's nearest dated neighbours. */
        private final Map<String, List<String>> datedByWord = new HashMap<>();
        private final TreeSet<Integer> years = new TreeSet<>();
        private int documents;

        private Evidence() {
        }

        /** Tags every sentence of the corpus once. */
        public static Evidence of(List<CorpusEvidence> corpus, TemporalTagger tagger) {
            SentenceYears years = new SentenceYears(tagger, SentenceYears.CAPACITY);
            return ofRead(corpus.stream().map(doc -> Read.of(doc, years)).toList());
        }

        /**
         * The evidence of articles each read on its own ({@link Read#of}, which may run on several threads), in
         * corpus order: the same as {@link #of} over those articles.
         */
        public static Evidence ofRead(List<Read> corpus) {
            Evidence e = new Evidence();
            for (Read doc : corpus) {
                e.add(doc);
            }
            return e;
        }

        private void add(Read doc) {
            documents++;
            for (YearSentence ysent : doc.yearSentences) {
                for (String word : ysent.words().keySet()) {
                    byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(ysent);
                }
            }
            Set<String> docWords = doc.words;
            Set<Integer> docYears = doc.years;
            docWords.forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
            yearsBySource.put(doc.source, docYears);
            years.addAll(docYears);
            if (doc.published != null) {
                published.put(doc.source, doc.published);
                docWords.forEach(w -> datedByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(doc.source));
            }
        }

        /**
         * The year of the article {@code source} of this corpus, dated {@code partial}, or empty when the evidence
         * does not decide.
         *
         * @param weekdayOrNull the weekday of the article's own day; when null it is looked for with {@link #ownWeekday}
         */
        public Optional<Inference> infer(String source, MonthDay partial, DayOfWeek weekdayOrNull,
                                         List<String> articleSentences) {
            DayOfWeek weekday = weekdayOrNull != null ? weekdayOrNull : ownWeekday(articleSentences).orElse(null);
            java.util.function.IntPredicate candidate = y -> partial.isValidYear(y) && (weekday == null
                    || partial.atYear(y).getDayOfWeek() == weekday);
            Optional<Vote> vote = nearestDated(source, articleSentences);
            Optional<Integer> near = vote.flatMap(v -> nearestCandidate(v, candidate, partial));
            if (near.isPresent()) {
                String month = partial.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                return Optional.of(new Inference(near.get(), "dateline " + month + " " + partial.getDayOfMonth()
                        + (weekday == null ? "" : " with 'on " + weekday.getDisplayName(TextStyle.FULL,
                        Locale.ENGLISH) + "'") + "; " + vote.get().explanation() + "; " + month + " "
                        + partial.getDayOfMonth() + " of " + near.get() + " is the nearest to them",
                        vote.get().agreeing().get(0)));
            }
            return bySentences(source, partial, weekday, candidate, articleSentences);
        }

        /**
         * The year the dated articles nearest to an article were published in: the few that share most of its
         * distinctive names vote, weighted by what they share; empty when none shares enough or the vote is close.
         */
        private Optional<Vote> nearestDated(String source, List<String> articleSentences) {
            Map<String, Boolean> own = words(String.join(" ", articleSentences));
            Map<String, Double> score = new HashMap<>();
            Map<String, Integer> sharedNames = new HashMap<>();
            for (Map.Entry<String, Boolean> w : own.entrySet()) {
                List<String> docs = datedByWord.getOrDefault(w.getKey(), List.of());
                if (docs.size() > Math.max(COMMON_DOCS, documents * COMMON_SHARE)) {
                    continue;
                }
                double weight = idf(w.getKey()) * (w.getValue() ? NAME_WEIGHT : 1);
                for (String d : docs) {
                    if (!d.equals(source)) {
                        score.merge(d, weight, Double::sum);
                        if (w.getValue()) {
                            sharedNames.merge(d, 1, Integer::sum);
                        }
                    }
                }
            }
            List<String> nearest = score.keySet().stream()
                    .filter(d -> sharedNames.getOrDefault(d, 0) >= MIN_SHARED_NAMES)
                    .sorted(java.util.Comparator.comparingDouble((String d) -> -score.get(d))
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .limit(NEIGHBOURS).toList();
            Map<Integer, Double> byYear = new HashMap<>();
            nearest.forEach(d -> byYear.merge(published.get(d).getYear(), score.get(d), Double::sum));
            List<Map.Entry<Integer, Double>> ranked = byYear.entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).toList();
            if (ranked.isEmpty() || ranked.size() > 1
                    && ranked.get(0).getValue() < YEAR_MARGIN * ranked.get(1).getValue()) {
                return Optional.empty();
            }
            int year = ranked.get(0).getKey();
            return Optional.of(new Vote(year, nearest.stream().filter(d -> published.get(d).getYear() == year)
                    .toList(), nearest.size()));
        }

        /** Of the days a dateline may denote, the one nearest to the neighbours' publication, within a year. */
        private Optional<Integer> nearestCandidate(Vote vote, java.util.function.IntPredicate candidate,
                                                   MonthDay partial) {
            LocalDate near = published.get(vote.agreeing().get(0));
            java.util.function.IntToLongFunction away = y -> Math.abs(partial.atYear(y).toEpochDay() - near.toEpochDay());
            Integer best = null;
            for (int y = vote.year() - 1; y <= vote.year() + 1; y++) {
                if (candidate.test(y) && (best == null || away.applyAsLong(y) < away.applyAsLong(best))) {
                    best = y;
                }
            }
            return best == null || away.applyAsLong(best) > NEAR_DAYS ? Optional.empty() : Optional.of(best);
        }

        /** The candidate year that other articles' sentences naming it support best, sharing this one's names. */
        private Optional<Inference> bySentences(String source, MonthDay partial, DayOfWeek weekday,
                                                java.util.function.IntPredicate candidate,
                                                List<String> articleSentences) {
            TreeSet<Integer> corpusYears = new TreeSet<>(years);
            published.forEach((s, d) -> {
                if (!s.equals(source)) {
                    corpusYears.add(d.getYear());
                }
            });
            if (corpusYears.isEmpty()) {
                return Optional.empty();
            }
            Set<Integer> candidates = new TreeSet<>();
            for (int y = corpusYears.first() - 1; y <= corpusYears.last() + 1; y++) {
                if (candidate.test(y)) {
                    candidates.add(y);
                }
            }
            Map<String, Boolean> own = words(String.join(" ", articleSentences));
            Map<Integer, Support> support = new HashMap<>();
            Set<YearSentence> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (String word : own.keySet()) {
                for (YearSentence s : byWord.getOrDefault(word, List.of())) {
                    if (s.source().equals(source) || !seen.add(s)) {
                        continue;
                    }
                    Set<Integer> ys = new HashSet<>(s.years());
                    ys.retainAll(candidates);
                    if (ys.isEmpty()) {
                        continue;
                    }
                    Support sup = support(s, own);
                    for (int y : ys) {
                        if (sup.score() > support.getOrDefault(y, Support.NONE).score()) {
                            support.put(y, sup.quoting(y));
                        }
                    }
                }
            }
            List<Map.Entry<Integer, Support>> ranked = support.entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue().score(), a.getValue().score())).toList();
            if (ranked.isEmpty() || ranked.get(0).getValue().score() < MIN_SUPPORT || ranked.size() > 1
                    && ranked.get(0).getValue().score() < MARGIN * ranked.get(1).getValue().score()) {
                return Optional.empty();
            }
            int year = ranked.get(0).getKey();
            Support best = ranked.get(0).getValue();
            return Optional.of(new Inference(year, reasoning(partial, weekday, candidates, corpusYears, year, best),
                    best.source()));
        }

        private double idf(String word) {
            return Math.log((documents + 1.0) / documentFrequency.getOrDefault(word, 1));
        }

        private Support support(YearSentence s, Map<String, Boolean> own) {
            Map<String, Double> weights = new HashMap<>();
            s.words().forEach((w, name) -> {
                if (own.containsKey(w)) {
                    weights.put(w, idf(w) * (name ? NAME_WEIGHT : 1));
                }
            });
            double score = weights.values().stream().mapToDouble(Double::doubleValue).sum();
            double top = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            List<String> strongest = weights.entrySet().stream().filter(e -> e.getValue() >= top)
                    .map(Map.Entry::getKey).toList();
            return new Support(score, s.source(), s.text(), strongest, "");
        }
    }

    /**
     * The publication year of an article dated {@code partial}, from the other articles of its corpus, or empty
     * when the evidence does not decide. Reads the corpus anew; an audit builds one {@link Evidence} instead.
     */
    public static Optional<Inference> infer(MonthDay partial, DayOfWeek weekdayOrNull, List<String> articleSentences,
                                            List<CorpusEvidence> others, TemporalTagger tagger) {
        List<CorpusEvidence> corpus = new ArrayList<>(others);
        String self = "\u0000article";
        corpus.add(new CorpusEvidence(self, null, articleSentences));
        return Evidence.of(corpus, tagger).infer(self, partial, weekdayOrNull, articleSentences);
    }

    /**
     * How the nearest dated articles voted.
     *
     * @param year      the year most of their weight has
     * @param agreeing  the neighbours published in it, nearest first
     * @param neighbours how many voted
     */
    private record Vote(int year, List<String> agreeing, int neighbours) {
        String explanation() {
            return "the dated articles that share most of its names were published in " + year + " ("
                    + String.join(", ", agreeing) + (agreeing.size() < neighbours
                    ? "; against " + (neighbours - agreeing.size()) + " of other years" : "") + ")";
        }
    }

    /** How well one sentence supports its years: the weighted distinctive words it shares with the article. */
    private record Support(double score, String source, String sentence, List<String> strongest, String quote) {
        static final Support NONE = new Support(0, "", "", List.of(), "");

        Support quoting(int year) {
            return new Support(score, source, sentence, strongest, PublicationYearInference.quote(sentence, year,
                    strongest));
        }
    }

    /** The words before the year, from the first of the most distinctive shared words: "Sergei Shoigu ... 2014". */
    private static String quote(String sentence, int year, List<String> strongest) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        String y = Integer.toString(year);
        for (int i = 0; i < spans.size(); i++) {
            if (sentence.substring(spans.get(i)[0], spans.get(i)[1]).equals(y)) {
                int from = Math.max(0, i - QUOTE_WORDS);
                for (int j = from; j < i; j++) {
                    if (strongest.contains(sentence.substring(spans.get(j)[0], spans.get(j)[1])
                            .toLowerCase(Locale.ROOT))) {
                        from = j;
                        break;
                    }
                }
                return sentence.substring(spans.get(from)[0], spans.get(i)[1]);
            }
        }
        return sentence.strip();
    }

    /** Content words of a text, lower-cased, each marked true when written as a name somewhere inside a sentence. */
    private static Map<String, Boolean> words(String text) {
        Map<String, Boolean> words = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.length() < 3 || STOPWORDS.contains(lower) || Character.isDigit(w.charAt(0))) {
                continue;
            }
            boolean name = Character.isUpperCase(w.charAt(0)) && !sentenceStart(text, m.start());
            words.merge(lower, name, Boolean::logicalOr);
        }
        return words;
    }

    private static boolean sentenceStart(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i)) && ".!?".indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0;
    }

    private static Set<Integer> yearsIn(String sentence, TemporalTagger tagger) {
        Set<Integer> years = new HashSet<>();
        for (TimeExpression t : tagger.tag(sentence, null)) {
            String v = t.span().value();
            if (t.isPoint() && v.matches("\\d{4}.*") && t.span().start() != null) {
                years.add(Integer.parseInt(v.substring(0, 4)));
                if (t.span().end() != null && t.relation().isEmpty()) {
                    years.add(t.span().end().getYear());
                }
            }
        }
        return years;
    }

    private static String reasoning(MonthDay partial, DayOfWeek weekday, Set<Integer> candidates,
                                    TreeSet<Integer> corpusYears, int year, Support best) {
        String month = partial.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        String years = candidates.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String dateline = "dateline " + month + " " + partial.getDayOfMonth();
        String found = weekday == null
                ? dateline + " without a weekday; candidate years " + years + " (corpus years "
                        + corpusYears.first() + "-" + corpusYears.last() + ", one either side)"
                : dateline + " with 'on " + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "'; "
                        + partial.getDayOfMonth() + " " + month + " falls on a "
                        + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " in " + years;
        return found + "; " + year + " is supported by " + best.source() + ": '" + best.quote() + "'";
    }
}
