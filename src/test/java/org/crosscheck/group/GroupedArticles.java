package org.crosscheck.group;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.TestArticles;
import org.crosscheck.fact.Claim;

/** Articles written in a test, extracted and grouped as an audit groups them. */
final class GroupedArticles {
    private GroupedArticles() {
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
