package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What the reports keep of an article once its claims are extracted: everything sources.csv shows, and no text,
 * so a large corpus does not stay in memory.
 *
 * @param source      file name relative to the input folder
 * @param publication publication date, outlet and how they were found
 * @param chars       length of the decoded text
 * @param removed     what was cut as not article text, described as {@code reason length chars: first words}
 * @param warnings    problems met while reading
 */
public record SourceSummary(String source, Publication publication, int chars, List<String> removed,
                            List<String> warnings) implements java.io.Serializable {

    public SourceSummary {
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }

    public static SourceSummary of(Article article) {
        List<String> removed = new ArrayList<>();
        for (Removal r : article.removed()) {
            removed.add(r.reason() + " " + r.length() + " chars: " + r.firstWords(6));
        }
        return new SourceSummary(article.source(), article.publication(), article.text().length(), removed,
                article.warnings());
    }
}
