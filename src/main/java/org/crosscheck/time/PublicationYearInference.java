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
 */
public final class PublicationYearInference {

    /**
     * Another article of the corpus.
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
     */
    public record Inference(int year, String reasoning) {
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

    /**
     * The publication year of an article dated {@code partial}, or empty when the evidence does not decide.
     *
     * @param weekdayOrNull the weekday of the article's own day; when null it is looked for with
     *                      {@link #ownWeekday}
     */
    public static Optional<Inference> infer(MonthDay partial, DayOfWeek weekdayOrNull, List<String> articleSentences,
                                            List<CorpusEvidence> others) {
        DayOfWeek weekday = weekdayOrNull != null ? weekdayOrNull : ownWeekday(articleSentences).orElse(null);
        NewsTemporalTagger tagger = new NewsTemporalTagger();
        TreeSet<Integer> corpusYears = new TreeSet<>();
        for (CorpusEvidence other : others) {
            if (other.published() != null) {
                corpusYears.add(other.published().getYear());
            }
            other.sentences().forEach(s -> corpusYears.addAll(yearsIn(s, tagger)));
        }
        articleSentences.forEach(s -> corpusYears.addAll(yearsIn(s, tagger)));
        if (corpusYears.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> candidates = new ArrayList<>();
        for (int y = corpusYears.first() - 1; y <= corpusYears.last() + 1; y++) {
            if (partial.isValidYear(y) && (weekday == null || partial.atYear(y).getDayOfWeek() == weekday)) {
                candidates.add(y);
            }
        }
        Map<String, Double> idf = idf(articleSentences, others);
        Map<String, Boolean> own = words(String.join(" ", articleSentences));
        Map<Integer, Support> support = new HashMap<>();
        for (CorpusEvidence other : others) {
            for (String sentence : other.sentences()) {
                Set<Integer> years = yearsIn(sentence, tagger);
                years.retainAll(candidates);
                if (years.isEmpty()) {
                    continue;
                }
                Support s = support(sentence, other.source(), own, idf);
                for (int y : years) {
                    if (s.score() > support.getOrDefault(y, Support.NONE).score()) {
                        support.put(y, s.quoting(y));
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
        return Optional.of(new Inference(year, reasoning(partial, weekday, candidates, corpusYears, year, best)));
    }

    /** How well one sentence supports its years: the weighted distinctive words it shares with the article. */
    private record Support(double score, String source, String sentence, List<String> strongest, String quote) {
        static final Support NONE = new Support(0, "", "", List.of(), "");

        Support quoting(int year) {
            return new Support(score, source, sentence, strongest, PublicationYearInference.quote(sentence, year, strongest));
        }
    }

    private static Support support(String sentence, String source, Map<String, Boolean> own, Map<String, Double> idf) {
        Map<String, Double> weights = new HashMap<>();
        words(sentence).forEach((w, name) -> {
            if (own.containsKey(w)) {
                weights.put(w, idf.getOrDefault(w, 0.0) * (name ? NAME_WEIGHT : 1));
            }
        });
        double score = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double top = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> strongest = weights.entrySet().stream().filter(e -> e.getValue() >= top)
                .map(Map.Entry::getKey).toList();
        return new Support(score, source, sentence, strongest, "");
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
                    if (strongest.contains(sentence.substring(spans.get(j)[0], spans.get(j)[1]).toLowerCase(Locale.ROOT))) {
                        from = j;
                        break;
                    }
                }
                return sentence.substring(spans.get(from)[0], spans.get(i)[1]);
            }
        }
        return sentence.strip();
    }

    /** Inverse document frequency over the article and the others, smoothed so tiny corpora still weigh words. */
    private static Map<String, Double> idf(List<String> articleSentences, List<CorpusEvidence> others) {
        List<Set<String>> docs = new ArrayList<>();
        docs.add(words(String.join(" ", articleSentences)).keySet());
        others.forEach(o -> docs.add(words(String.join(" ", o.sentences())).keySet()));
        Map<String, Integer> df = new HashMap<>();
        docs.forEach(d -> d.forEach(w -> df.merge(w, 1, Integer::sum)));
        Map<String, Double> idf = new HashMap<>();
        df.forEach((w, n) -> idf.put(w, Math.log((docs.size() + 1.0) / n)));
        return idf;
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

    private static Set<Integer> yearsIn(String sentence, NewsTemporalTagger tagger) {
        Set<Integer> years = new HashSet<>();
        for (TimeExpression t : tagger.tag(sentence, null)) {
            String v = t.span().value();
            if (v.matches("\\d{4}.*") && t.span().start() != null) {
                years.add(Integer.parseInt(v.substring(0, 4)));
                if (t.span().end() != null && t.relation().isEmpty()) {
                    years.add(t.span().end().getYear());
                }
            }
        }
        return years;
    }

    private static String reasoning(MonthDay partial, DayOfWeek weekday, List<Integer> candidates,
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
