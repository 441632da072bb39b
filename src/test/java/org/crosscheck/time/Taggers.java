package org.crosscheck.time;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.ingest.DateOrder;

/** The shipped tagger for tests, and shorthands for reading one expression. */
final class Taggers {
    static final NewsTemporalTagger SHIPPED = NewsTemporalTagger.load(Path.of("rules"));

    private Taggers() {
    }

    static String value(String expression, String sentence, String anchor) {
        return SHIPPED.normalize(expression, sentence, anchor == null ? null : LocalDate.parse(anchor));
    }

    /** The expression of a sentence that starts with {@code text}. */
    static TimeExpression expression(String sentence, String text, String anchor) {
        return SHIPPED.tag(sentence, LocalDate.parse(anchor)).stream().filter(t -> t.text().startsWith(text))
                .findFirst().orElseThrow(() -> new AssertionError("no '" + text + "' in " + sentence));
    }

    /** The values of a document's expressions, sentence by sentence. */
    static List<List<String>> document(String anchor, DateOrder order, String... sentences) {
        return SHIPPED.tagDocument(List.of(sentences), Anchor.parse(anchor).orElseThrow(), order).stream()
                .map(s -> s.stream().map(t -> t.span().value()).toList()).toList();
    }
}
