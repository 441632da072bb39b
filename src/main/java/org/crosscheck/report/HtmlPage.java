package org.crosscheck.report;

import java.util.List;

/**
 * What report.html shows, as its template reads it: plain values, every text still unescaped (the template
 * escapes each one); only {@link Event#timeline()} is markup, built and escaped by {@link Timeline}.
 */
public record HtmlPage(Summary summary, List<Event> events, List<String> verdicts, List<String> severities,
                       List<String> categories, List<String> outlets) {

    /** The counts at the top of the page. */
    public record Summary(int articles, int outlets, String firstDate, String lastDate, int undated, int facts,
                          int findings, List<Count> byVerdict, List<Count> byCategory) {
    }

    /** A name and a count. */
    public record Count(String name, int count) {
    }

    /** One event with findings: its key, why its mentions were taken as one, its timeline and its findings. */
    public record Event(String subject, String anchor, String whySame, String timeline, List<Item> findings) {
    }

    /** One finding (an audit.csv row). */
    public record Item(String id, String verdict, String severity, String category, String rule, String ruleFile,
                       String explanation, boolean collapsed, Side a, Side b) {
        public String outletA() {
            return a.outlet();
        }

        public String outletB() {
            return b == null ? "" : b.outlet();
        }
    }

    /**
     * One side of a finding: where it was published and the sentence, split around the compared words.
     *
     * @param link      the article's http(s) URL, or null (no other address becomes a link)
     * @param before    the context sentence before; {@code beforeGap} when it is not the adjacent one (it names the
     *                  event, the claim's own sentence does not)
     * @param pre       the sentence up to the compared words
     * @param quote     the compared words, highlighted
     * @param post      the rest of the sentence
     * @param others    the other independent sources stating this side
     */
    public record Side(String name, String source, String outlet, String published, String basis, String link,
                       String value, String before, boolean beforeGap, String pre, String quote, String post,
                       String after, int support, List<String> others) {
    }
}
