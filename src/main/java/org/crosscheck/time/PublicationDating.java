package org.crosscheck.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleParser;
import org.crosscheck.ingest.Publication;
import org.crosscheck.ingest.PublishedBasis;
import org.crosscheck.ingest.Sentence;
import org.crosscheck.ingest.SourceSummary;

/**
 * Dates an article whose text gives no full date from the rest of the corpus: a repost takes the date of its
 * earliest dated copy (the day and month of its own dateline, if it has one); a dateline with day and month but no
 * year ("Nov 20") is dated from its weekday and the other articles ({@link PublicationYearInference}). The
 * reasoning replaces the article's "year unknown" warnings.
 */
public final class PublicationDating {
    private final Map<String, SourceSummary> datedByOrigin;
    private final Map<String, String> origins;
    private final PublicationYearInference.Evidence evidence;

    /**
     * @param dated    the articles of the corpus (an article dated by inference never dates another)
     * @param origins  source to independent source
     * @param evidence the corpus's sentences for year inference, or null when no article needs it
     */
    public PublicationDating(Collection<SourceSummary> dated, Map<String, String> origins,
                             PublicationYearInference.Evidence evidence) {
        this.origins = origins;
        this.evidence = evidence;
        this.datedByOrigin = new TreeMap<>();
        for (SourceSummary s : dated) {
            if (s.publication().date() == null || s.publication().basis() == PublishedBasis.INFERRED) {
                continue;
            }
            String origin = origins.getOrDefault(s.source(), s.source());
            SourceSummary known = datedByOrigin.get(origin);
            if (known == null || s.publication().date().isBefore(known.publication().date())) {
                datedByOrigin.put(origin, s);
            }
        }
    }

    /** The article with the date the corpus gives it, or as it was when the corpus does not decide. */
    public Article date(Article article) {
        SourceSummary copy = datedByOrigin.get(origins.getOrDefault(article.source(), article.source()));
        if (copy != null && !copy.source().equals(article.source())) {
            return datedAsCopy(article, copy);
        }
        return article.publication().partial() != null && evidence != null ? datedByCorpus(article) : article;
    }

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

    private Article datedByCorpus(Article article) {
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
}
