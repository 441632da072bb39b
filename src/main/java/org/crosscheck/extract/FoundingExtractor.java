package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.fact.Claim;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;
import org.crosscheck.time.TimeExpression;

/**
 * Reads when a named thing was founded: a {@code founded} claim (kind TIME) whose subject is the thing
 * ({@code thing:theranos}), value and time the date, for a verb or noun of founding of {@code thing_words.csv}
 * (role {@code founding}) with the thing's name in one of the places the syntax gives it ("Holmes founded Theranos",
 * "LinkedIn was founded", "Founded in 2002, LinkedIn", "the founding of X", "X's founding", "its founding in 2003,
 * Theranos") and a date in one of two places: after "in" right after the verb, noun or name ("founded in 2002",
 * "the origin of Theranos in 2003"), or a year after "in" opening the clause before the verb with no verb between
 * ("In 2013, Holmes at the age of 19, founded Theranos"). A founding date is the thing's attribute, not an event's:
 * articles about a trial or a sale state it in passing, and two of them that name the thing are compared
 * ({@code rules/attributes.drl}).
 */
public final class FoundingExtractor implements Extractor {
    public static final String NAME = "founding";
    /** The attribute of a thing's founding date. */
    public static final String FOUNDED = "founded";
    private static final Set<String> DATED = Set.of("YEAR", "MONTH", "DAY");
    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "be");
    private static final Set<String> POSSESSIVES = Set.of("its", "their");
    /** Tokens that may stand between a verb, noun or name and the "in" of its date ("founded back in 2002"). */
    private static final int REACH = 3;
    /** Tokens back from the verb an opening "In 2013," is looked for, so a long sentence is not searched per word. */
    private static final int OPENING_REACH = 16;

    private final ThingFinder things;
    private final ModalityDetector modality;

    public FoundingExtractor(ThingFinder things, ModalityDetector modality) {
        this.things = things;
        this.modality = modality;
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        List<Claim> out = new ArrayList<>();
        if (context.times().isEmpty()) {
            return out;
        }
        List<Token> tokens = context.tokens();
        for (Token t : tokens) {
            if (t.tag() != Tag.VERB && t.tag() != Tag.NOUN || !things.founding(t.lemma())) {
                continue;
            }
            int name = nameOf(tokens, t.index());
            ThingFinder.Thing thing = name < 0 ? null : things.nameAt(context, name);
            if (thing == null) {
                continue;
            }
            int nameEnd = name;
            while (nameEnd + 1 < tokens.size() && tokens.get(nameEnd + 1).tag() == Tag.PROPN) {
                nameEnd++;
            }
            TimeExpression date = dateAfter(context, tokens, t.index());
            if (date == null && nameEnd > t.index()) {
                date = dateAfter(context, tokens, nameEnd);
            }
            if (date == null) {
                date = openingYear(context, tokens, t.index());
            }
            if (date == null) {
                continue;
            }
            int from = Math.min(context.fileOffset(t.start()), date.start());
            int to = Math.max(context.fileOffset(t.end()), date.end());
            ModalityDetector.Modality mod = modality.at(context, t.start(), t.end());
            out.add(context.claim(NAME, from, to)
                    .kind(ClaimConventions.KIND_TIME)
                    .subject(thing.key())
                    .attribute(FOUNDED)
                    .value(date.span().value())
                    .modality(mod.modality())
                    .negated(mod.negated())
                    .time(date.span())
                    .build().withBasis(thing.basis()));
        }
        return out;
    }

    /** The first token of the name the founding word on token {@code k} is of, or -1. */
    private static int nameOf(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        Token before = k > 0 ? tokens.get(k - 1) : null;
        if (t.tag() == Tag.VERB) {
            int aux = k - 1;
            while (aux >= 0 && tokens.get(aux).tag() == Tag.ADV) {
                aux--;
            }
            if (aux >= 0 && tokens.get(aux).tag() == Tag.AUX && PASSIVE.contains(tokens.get(aux).lower())) {
                // "LinkedIn was founded in 2002": the name before the auxiliary.
                return runEndingAt(tokens, aux - 1);
            }
            if (k == 0) {
                // "Founded in 2002, LinkedIn is ...": the subject after the opening participle's clause.
                return afterComma(tokens, k);
            }
            // "Holmes founded Theranos": the object.
            return k + 1 < tokens.size() && tokens.get(k + 1).tag() == Tag.PROPN ? k + 1 : -1;
        }
        if (k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("of")) {
            // "the founding of Theranos", "the origin of the Theranos company"
            int n = k + 2;
            if (n < tokens.size() && tokens.get(n).lower().equals("the")) {
                n++;
            }
            return n < tokens.size() && tokens.get(n).tag() == Tag.PROPN ? n : -1;
        }
        if (before != null && before.tag() == Tag.PART && before.lower().startsWith("'") || before != null
                && before.text().equals("\u2019s")) {
            // "Theranos's founding"
            return runEndingAt(tokens, k - 2);
        }
        if (before != null && POSSESSIVES.contains(before.lower())) {
            // "Within about 10 years of its founding in 2003, Theranos was valued at $9 billion": the clause's
            // subject after the opening phrase is what "its" stands for.
            return afterComma(tokens, k);
        }
        return -1;
    }

    /** The first token of the proper-name run ending on token {@code last}, or -1. */
    private static int runEndingAt(List<Token> tokens, int last) {
        if (last < 0 || tokens.get(last).tag() != Tag.PROPN) {
            return -1;
        }
        int first = last;
        while (first > 0 && tokens.get(first - 1).tag() == Tag.PROPN) {
            first--;
        }
        return first;
    }

    /** The proper name right after the first comma following token {@code k}, when it opens the clause; or -1. */
    private static int afterComma(List<Token> tokens, int k) {
        for (int j = k + 1; j < tokens.size() && j - k < 12; j++) {
            if (tokens.get(j).text().equals(",")) {
                return j + 1 < tokens.size() && tokens.get(j + 1).tag() == Tag.PROPN ? j + 1 : -1;
            }
            if (tokens.get(j).tag() == Tag.VERB || tokens.get(j).tag() == Tag.AUX) {
                return -1;
            }
        }
        return -1;
    }

    /** A definite date right after "in" within a few tokens after token {@code k}: "founded in 2002". */
    static TimeExpression dateAfter(SentenceContext context, List<Token> tokens, int k) {
        for (int j = k + 1; j < tokens.size() && j - k <= REACH; j++) {
            Token t = tokens.get(j);
            if (t.lower().equals("in") && j + 1 < tokens.size()) {
                return dateAt(context, tokens.get(j + 1));
            }
            if (t.tag() == Tag.VERB || t.tag() == Tag.AUX || t.tag() == Tag.PUNCT) {
                return null;
            }
        }
        return null;
    }

    /** "In 2013, Holmes ... founded Theranos": a year after "in" before the verb, no verb between them. */
    static TimeExpression openingYear(SentenceContext context, List<Token> tokens, int k) {
        for (int j = k - 1; j > 0 && k - j <= OPENING_REACH; j--) {
            Token t = tokens.get(j);
            if (t.tag() == Tag.VERB || t.tag() == Tag.AUX) {
                return null;
            }
            if (tokens.get(j - 1).lower().equals("in")) {
                TimeExpression date = dateAt(context, t);
                if (date != null && date.span().granularity().equals("YEAR")) {
                    return date;
                }
            }
        }
        return null;
    }

    /** The definite point in time that starts on token {@code t}, or {@code null}. */
    private static TimeExpression dateAt(SentenceContext context, Token t) {
        int at = context.fileOffset(t.start());
        for (TimeExpression e : context.times()) {
            if (e.start() == at && e.span() != null && e.span().start() != null
                    && DATED.contains(e.span().granularity())) {
                return e;
            }
        }
        return null;
    }
}
