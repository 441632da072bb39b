package org.crosscheck.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.extract.ClaimConventions;
import org.crosscheck.fact.Claim;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Sentence;

/**
 * Reads each article that the reports cite once and takes from it what they show around each claim: the
 * sentences before and after, the text beside the quote, and the quote's offsets in code points (the W3C Web
 * Annotation and TimeML readers count code points; Crosscheck's own offsets are Java chars). Articles are read
 * in parallel and dropped once their excerpts are taken.
 */
public final class Excerpts {
    /** Code points of context on each side of a quote in a TextQuoteSelector. */
    public static final int AFFIX = 32;

    private final Map<String, Excerpt> byClaim;

    private Excerpts(Map<String, Excerpt> byClaim) {
        this.byClaim = byClaim;
    }

    /** No article text: every claim is shown with its own sentence only. */
    public static Excerpts none() {
        return new Excerpts(Map.of());
    }

    /**
     * The excerpts of {@code wanted}, read through {@code reader}; {@code all} are every claim of the audit, whose
     * event mentions tell whether a sentence names its claim's event.
     */
    public static Excerpts of(Collection<Claim> wanted, List<Claim> all, ArticleReader reader) {
        Map<String, List<Claim>> bySource = new TreeMap<>();
        for (Claim c : wanted) {
            bySource.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
        }
        Map<String, List<Claim>> mentions = new HashMap<>();
        for (Claim c : all) {
            if (c.attribute().equals(ClaimConventions.EVENT) && bySource.containsKey(c.source()) && !c.event().isEmpty()) {
                mentions.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Excerpt> out = new java.util.concurrent.ConcurrentHashMap<>();
        bySource.entrySet().parallelStream().forEach(e -> {
            Article article = reader.read(e.getKey());
            for (Claim c : e.getValue()) {
                out.put(c.id(), excerpt(c, article, mentions.getOrDefault(e.getKey(), List.of())));
            }
        });
        return new Excerpts(out);
    }

    /** The excerpt of a claim; one built from the claim alone when its article was not read. */
    public Excerpt of(Claim c) {
        Excerpt e = byClaim.get(c.id());
        return e != null ? e : excerpt(c, null, List.of());
    }

    static Excerpt excerpt(Claim c, Article article, List<Claim> mentions) {
        String text = article == null ? null : article.text();
        boolean placed = text != null && c.start() >= 0 && c.end() <= text.length() && c.start() <= c.end()
                && text.regionMatches(c.start(), c.quote(), 0, c.quote().length());
        if (!placed) {
            int from = c.sentence().indexOf(c.quote());
            return new Excerpt("", true, c.sentence(), "", from, from < 0 ? -1 : from + c.quote().length(), "", "", -1,
                    -1, true);
        }
        List<Sentence> sentences = article.sentences();
        int at = sentenceAt(sentences, c.start());
        String sentence = c.sentence();
        int from = c.sentence().indexOf(c.quote());
        String before = "";
        String after = "";
        boolean adjacent = true;
        boolean names = true;
        if (at >= 0) {
            Sentence s = sentences.get(at);
            if (s.text().equals(c.sentence())) {
                from = c.start() - s.start();
            }
            names = c.event().isEmpty() || mentions.stream().anyMatch(m -> m.event().equals(c.event())
                    && m.start() >= s.start() && m.start() < s.end());
            int prev = at - 1;
            if (!names) {
                for (int i = at - 1; i >= 0; i--) {
                    Sentence p = sentences.get(i);
                    if (mentions.stream().anyMatch(m -> m.event().equals(c.event()) && m.start() >= p.start()
                            && m.start() < p.end())) {
                        prev = i;
                        break;
                    }
                }
            }
            before = prev >= 0 ? sentences.get(prev).text() : "";
            adjacent = prev == at - 1;
            after = at + 1 < sentences.size() ? sentences.get(at + 1).text() : "";
        }
        int prefixFrom = back(text, c.start(), AFFIX);
        int suffixTo = forward(text, c.end(), AFFIX);
        int codeStart = text.codePointCount(0, c.start());
        int codeEnd = codeStart + text.codePointCount(c.start(), c.end());
        return new Excerpt(before, adjacent, sentence, after, from, from < 0 ? -1 : from + c.quote().length(),
                text.substring(prefixFrom, c.start()), text.substring(c.end(), suffixTo), codeStart, codeEnd, names);
    }

    /** The index of the sentence holding the offset, or -1. */
    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The offset {@code n} code points before {@code from} (or 0), never inside a surrogate pair. */
    static int back(String text, int from, int n) {
        int i = from;
        for (int k = 0; k < n && i > 0; k++) {
            i = text.offsetByCodePoints(i, -1);
        }
        return i;
    }

    /** The offset {@code n} code points after {@code from} (or the end). */
    static int forward(String text, int from, int n) {
        int i = from;
        for (int k = 0; k < n && i < text.length(); k++) {
            i = text.offsetByCodePoints(i, 1);
        }
        return i;
    }
}
