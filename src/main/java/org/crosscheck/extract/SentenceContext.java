package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.crosscheck.fact.Claim;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Sentence;
import org.crosscheck.nlp.Tagger;
import org.crosscheck.nlp.Token;
import org.crosscheck.time.TimeExpression;
import org.crosscheck.vocab.LiteralGate;

/**
 * What an extractor sees: the sentence, its article, and the time expressions the temporal layer found in it
 * (offsets into the article file).
 *
 * @param article  the article
 * @param sentence the sentence being read
 * @param times    dates and clock times of the sentence, file offsets, in text order
 * @param durations lengths of time of the sentence ("a two-week exercise"), file offsets, in text order
 * @param memo     what shared finders computed for this sentence, so that each runs once per sentence however
 *                 many extractors ask (one context is read by one thread)
 */
public record SentenceContext(Article article, Sentence sentence, List<TimeExpression> times,
                              List<TimeExpression> durations, Map<Object, Object> memo) {
    private static final Object FOLDED = new Object();
    private static final Object TOKENS = new Object();

    public SentenceContext(Article article, Sentence sentence, List<TimeExpression> times) {
        this(article, sentence, times, List.of(), new HashMap<>());
    }

    public SentenceContext(Article article, Sentence sentence, List<TimeExpression> times,
                           List<TimeExpression> durations) {
        this(article, sentence, times, durations, new HashMap<>());
    }

    /** The value a finder computed for this sentence, computing it on first request. */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object finder, Supplier<T> compute) {
        // Not computeIfAbsent: a finder's computation may ask for another finder's memo.
        Object value = memo.get(finder);
        if (value == null) {
            value = compute.get();
            memo.put(finder, value);
        }
        return (T) value;
    }

    /** The sentence's tokens with parts of speech and lemmas (computed once per sentence). */
    public List<Token> tokens() {
        return memo(TOKENS, () -> Tagger.standard().tag(sentence.text()));
    }

    /** The sentence case folded for {@link LiteralGate}s. */
    public String folded() {
        return memo(FOLDED, () -> LiteralGate.fold(sentence.text()));
    }

    /** The publication date, or {@code null} when unknown. */
    public LocalDate published() {
        return article.publication().date();
    }

    /** A claim builder with this sentence's provenance filled in; the caller adds what was claimed. */
    public Claim.Builder claim(String extractor, int start, int end) {
        return Claim.builder()
                .source(article.source())
                .published(article.publication().isoDate())
                .sentence(sentence.text())
                .extractor(extractor)
                .quote(article.text().substring(start, end), start, end);
    }

    /** Converts an offset in the sentence text to an offset in the file. */
    public int fileOffset(int sentenceOffset) {
        return sentence.start() + sentenceOffset;
    }
}
