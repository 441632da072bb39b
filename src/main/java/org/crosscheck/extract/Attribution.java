package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * Who a sentence says states what it reports ({@code reporting_verbs.csv}): the subject of a reporting verb
 * ("police said 338,000", "the embassy said"), the noun phrase after it when it follows the statement ("..., said
 * the official"), the noun phrase after "according to" ("according to local media"), or the noun phrase before a
 * noun such as "estimate" ("the police estimate"). A party governs the claims of its clause, and the whole sentence
 * when the sentence names only one. Parties are lower case without their determiner ("police", "local media");
 * an article's own voice is the empty party.
 */
public final class Attribution {
    /** A party and the clause it governs (sentence offsets). */
    private record Cue(int start, String party) {
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this",
            "that", "these", "those");
    private static final int MAX_PARTY = 5;
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> RELATIVE = Set.of("who", "whose", "which");
    private static final int MAX_CLAUSE = 12;

    private final PhraseTable<String> cues = new PhraseTable<>();

    public Attribution(Vocabulary vocabulary) {
        for (DataTable.Row row : vocabulary.table("reporting_verbs.csv", "word", "kind").rows()) {
            String kind = row.require("kind").toLowerCase(Locale.ROOT);
            if (!Set.of("verb", "noun", "preposition").contains(kind)) {
                throw row.error("kind must be verb, noun or preposition");
            }
            cues.put(row.require("word"), kind);
        }
    }

    /** The party a claim at sentence offset {@code offset} is attributed to, or empty. */
    public String at(SentenceContext context, int offset) {
        List<Cue> found = context.memo(this, () -> find(context.tokens()));
        if (found.isEmpty()) {
            return "";
        }
        List<int[]> clauses = Clauses.of(context);
        for (Cue c : found) {
            if (Clauses.same(clauses, offset, c.start())) {
                return c.party();
            }
        }
        return found.stream().map(Cue::party).distinct().count() == 1 ? found.get(0).party() : "";
    }

    /**
     * Whether the words after token {@code last} make the phrase ending there the speaker of an active reporting
     * verb: "One witness said", "One student, Lim Hyung-min, told", "one protester who gave her name ... said".
     */
    public boolean speaks(List<Token> tokens, int last) {
        int k = last + 1;
        if (k < tokens.size() && tokens.get(k).text().equals(",")) {
            // an apposition between commas: names ("One student, Lim Hyung-min, told") or a relative clause ("One
            // diver, who would not give his name, confirmed")
            boolean relative = k + 1 < tokens.size() && RELATIVE.contains(tokens.get(k + 1).lower());
            int close = k + 1;
            while (close < tokens.size() && close - k <= (relative ? MAX_CLAUSE : MAX_PARTY)
                    && (relative ? !tokens.get(close).text().equals(",") : tokens.get(close).tag() == Tag.PROPN)) {
                close++;
            }
            if (close == k + 1 || close >= tokens.size() || !tokens.get(close).text().equals(",")) {
                return false;
            }
            k = close + 1;
        }
        while (k < tokens.size() && (tokens.get(k).tag() == Tag.AUX || tokens.get(k).tag() == Tag.ADV)) {
            if (BE.contains(tokens.get(k).lower())) {
                return false;
            }
            k++;
        }
        return verbCue(tokens, k) != null;
    }

    /** Whether token {@code i} is an active reporting verb ("said" in "..., said one protester"). */
    public boolean reportingVerb(List<Token> tokens, int i) {
        PhraseTable.Match<String> m = verbCue(tokens, i);
        return m != null && m.last() == i;
    }

    /** The reporting-verb cue starting at token {@code i} when it is read as a verb there, else {@code null}. */
    private PhraseTable.Match<String> verbCue(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size() || tokens.get(i).tag() != Tag.VERB) {
            return null;
        }
        PhraseTable.Match<String> m = cues.at(tokens, i);
        return m != null && m.value().equals("verb") ? m : null;
    }

    private List<Cue> find(List<Token> tokens) {
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTable.Match<String> m = cues.at(tokens, i);
            if (m == null) {
                continue;
            }
            Token t = tokens.get(i);
            String party = switch (m.value()) {
                case "verb" -> t.tag() == Tag.VERB ? verbParty(tokens, i) : "";
                case "noun" -> t.nominal() ? before(tokens, i - 1) : "";
                default -> after(tokens, m.last() + 1);
            };
            if (!party.isEmpty()) {
                out.add(new Cue(t.start(), party));
            }
            i = m.last();
        }
        return out;
    }

    /**
     * The subject before a reporting verb, or the noun phrase after it ("..., said police"); none for a passive
     * ("were confirmed dead", "was reported") or a counted phrase ("96 people confirmed").
     */
    private static String verbParty(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && (tokens.get(k).tag() == Tag.AUX || tokens.get(k).tag() == Tag.ADV)) {
            if (BE.contains(tokens.get(k).lower())) {
                return "";
            }
            k--;
        }
        int np = k;
        while (np >= 0 && (tokens.get(np).nominal() || tokens.get(np).tag() == Tag.ADJ)) {
            np--;
        }
        if (np >= 0 && np < k && tokens.get(np).tag() == Tag.NUM) {
            return "";
        }
        String subject = before(tokens, i - 1);
        if (!subject.isEmpty()) {
            return subject;
        }
        boolean inverted = i > 0 && (tokens.get(i - 1).text().equals(",") || tokens.get(i - 1).tag() == Tag.PUNCT);
        if (inverted && i > 1 && tokens.get(i - 1).text().equals(",") && opensStatement(tokens, i + 1)) {
            // "the minister, Ursula von der Leyen, claimed last week that ...": the subject is the apposition
            // before the comma; what follows the verb is the statement, not a party.
            return before(tokens, i - 2);
        }
        return inverted ? after(tokens, i + 1) : "";
    }

    /** Whether a statement follows the verb within a few words ("claimed last week that", "said on Monday that"). */
    private static boolean opensStatement(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + MAX_PARTY; k++) {
            if (tokens.get(k).lower().equals("that")) {
                return true;
            }
            if (tokens.get(k).tag() == Tag.PUNCT) {
                return false;
            }
        }
        return false;
    }

    /** The noun phrase ending at token {@code last}: nouns, names, adjectives and a possessive; a pronoun alone. */
    private static String before(List<Token> tokens, int last) {
        int k = last;
        while (k >= 0 && (tokens.get(k).tag() == Tag.AUX || tokens.get(k).tag() == Tag.ADV)) {
            k--;
        }
        if (k >= 0 && tokens.get(k).tag() == Tag.PRON) {
            return tokens.get(k).lower();
        }
        int end = k;
        while (k >= 0 && end - k < MAX_PARTY && (tokens.get(k).nominal() || tokens.get(k).tag() == Tag.ADJ
                || tokens.get(k).tag() == Tag.PART && tokens.get(k).lower().endsWith("s"))) {
            k--;
        }
        return end > k && hasNoun(tokens, k + 1, end) ? words(tokens, k + 1, end) : "";
    }

    /** The noun phrase starting at token {@code first}, past a determiner. */
    private static String after(List<Token> tokens, int first) {
        int k = first;
        while (k < tokens.size() && DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        int start = k;
        while (k < tokens.size() && k - start < MAX_PARTY && (tokens.get(k).nominal() || tokens.get(k).tag() == Tag.ADJ
                || tokens.get(k).tag() == Tag.PART && tokens.get(k).lower().endsWith("s"))) {
            k++;
        }
        return k > start && hasNoun(tokens, start, k - 1) ? words(tokens, start, k - 1) : "";
    }

    private static boolean hasNoun(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (tokens.get(k).nominal()) {
                return true;
            }
        }
        return false;
    }

    private static String words(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if (k == from && DETERMINERS.contains(t.lower())) {
                continue;
            }
            if (b.length() > 0 && t.tag() != Tag.PART) {
                b.append(' ');
            }
            b.append(t.lower());
        }
        return b.toString();
    }
}
