package org.crosscheck.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleParser;
import org.crosscheck.time.NewsTemporalTagger;
import org.crosscheck.time.TemporalTagger;
import org.crosscheck.time.TimeExpression;
import org.crosscheck.vocab.Vocabulary;

/** Test helper: articles from inline text, the standard pipeline with a minimal year tagger. */
public final class TestArticles {
    public static final Vocabulary VOCABULARY = Vocabulary.load(Path.of("rules"));
    public static final Lexicon LEXICON = Lexicon.load(VOCABULARY);
    private static final ArticleParser PARSER = ArticleParser.from(VOCABULARY);
    /** The standard pipeline with {@link YearTagger}, standing in for the real temporal tagger. */
    public static final Pipeline PIPELINE = Pipeline.standard(VOCABULARY, new YearTagger());

    private TestArticles() {
    }

    /** An article from text; a first line {@code date YYYY-MM-DD} gives its publication date. */
    public static Article article(String source, String text) {
        return PARSER.parse(source, text, List.of());
    }

    /** The claims of one sentence or short text, published on 2021-05-04. */
    public static List<Claim> claims(String text) {
        return PIPELINE.extract(article("t.txt", "date 2021-05-04\n\n" + text + "\n"));
    }

    public static List<Claim> claims(String text, String attribute) {
        return claims(text).stream().filter(c -> c.attribute().equals(attribute)).toList();
    }

    /**
     * Years as time expressions: "since YYYY" (relation SINCE), "in YYYY" or a bare YYYY (YEAR), "this year",
     * "next year" and "last year" against the anchor; and the clock times of the shipped tagger (TIME values),
     * which the clock facts are read from.
     */
    public static final class YearTagger implements TemporalTagger {
        private static final Pattern YEAR = Pattern.compile(
                "\\b(since\\s+)?((?:19|20)\\d{2})\\b|\\b(this|next|last) year\\b");
        private static final NewsTemporalTagger CLOCKS = NewsTemporalTagger.load(Path.of("rules"));

        @Override
        public List<TimeExpression> tag(String sentence, LocalDate anchor) {
            List<TimeExpression> clocks = CLOCKS.tag(sentence, anchor).stream().filter(t -> t.type().equals("TIME"))
                    .toList();
            List<TimeExpression> out = new ArrayList<>(clocks);
            Matcher m = YEAR.matcher(sentence);
            while (m.find()) {
                // "at 1900 GMT" is a clock time, as the tagger's longest match decides
                int from = m.start();
                int to = m.end();
                if (clocks.stream().anyMatch(t -> t.start() < to && from < t.end())) {
                    continue;
                }
                int year;
                if (m.group(2) != null) {
                    year = Integer.parseInt(m.group(2));
                } else if (anchor == null) {
                    continue;
                } else {
                    year = anchor.getYear() + switch (m.group(3)) {
                        case "next" -> 1;
                        case "last" -> -1;
                        default -> 0;
                    };
                }
                TimeSpan span = new TimeSpan(Integer.toString(year), LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31), "YEAR");
                out.add(new TimeExpression(m.group(), m.start(), m.end(), span, m.group(1) != null ? "SINCE" : "",
                        "test", "DATE", false));
            }
            out.sort(java.util.Comparator.comparingInt(TimeExpression::start));
            return out;
        }

        @Override
        public String normalize(String expression, String sentence, LocalDate anchor) {
            return "";
        }
    }
}
