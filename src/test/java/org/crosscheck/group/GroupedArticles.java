package org.crosscheck.group;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.Pipeline;
import org.crosscheck.extract.TestArticles;
import org.crosscheck.fact.Claim;
import org.crosscheck.time.NewsTemporalTagger;

/** Articles written in a test, extracted and grouped as an audit groups them. */
final class GroupedArticles {
    private GroupedArticles() {
    }

    /** The standard pipeline with the news tagger, for joins that need an event's day ("Launched on May 4"). */
    private static final Pipeline DATED = Pipeline.standard(TestArticles.VOCABULARY,
            NewsTemporalTagger.load(Path.of("rules")));

    /** The grouped claims of articles a0.txt, a1.txt ... read with the news tagger. */
    static List<Claim> groupDated(String... texts) {
        List<Claim> all = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            all.addAll(DATED.extract(TestArticles.article("a" + i + ".txt", texts[i])));
        }
        return new EventGrouping(TestArticles.LEXICON).resolve(all);
    }

    /** The grouped claims of articles given as source, text, source, text... */
    static List<Claim> group(String... sourcesAndTexts) {
        List<Claim> all = new ArrayList<>();
        for (int i = 0; i < sourcesAndTexts.length; i += 2) {
            all.addAll(TestArticles.PIPELINE.extract(TestArticles.article(sourcesAndTexts[i], sourcesAndTexts[i + 1])));
        }
        return new EventGrouping(TestArticles.LEXICON).resolve(all);
    }
}
