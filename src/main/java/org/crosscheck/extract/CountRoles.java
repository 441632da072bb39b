package org.crosscheck.extract;

import java.util.List;
import java.util.Set;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.WordSenses;

/**
 * What the predicate says happened to what a number counts: the role of a count ("83 people perished": dead,
 * "killing 96": dead, "the death toll rose to 145": dead, "a ferry carrying 476 passengers": aboard, "174 were
 * rescued": rescued). Read from the tokens around the counted phrase: a state after it (past an auxiliary or an
 * adverb), a verb right before the number (past its qualifier), or a toll noun whose verb takes the number. Verbs
 * no table lists are read through WordNet ({@link QuantityLexicon#roleOfVerb}).
 */
final class CountRoles {
    /** Words that may stand between a counted noun and its state: "were reportedly killed", "have now been found". */
    private static final Set<String> BETWEEN = Set.of("were", "was", "are", "is", "have", "has", "had", "been",
            "being", "be", "reportedly", "confirmed", "now", "also", "all", "still", "already", "later", "feared",
            "believed", "known", "thought", "said", "to", "who", "that", "which", "so", "far", "since", "then",
            "initially", "officially", "reported", "eventually", "subsequently", "either");
    /** Words that may stand between a counted phrase and its state ("are known to have been rescued"). */
    private static final int MAX_BETWEEN = 6;
    /** Prepositions that put people aboard the conveyance they take ("people on the ferry"). */
    private static final Set<String> ON_BOARD = Set.of("on", "in", "inside");
    /** WordNet's sense of vehicles and public transport, under which a ferry, a train or a plane lies. */
    private static final Set<String> CONVEYANCE = Set.of("conveyance.n.03");
    /** Share of a noun's sense weight that must lie under {@link #CONVEYANCE} for it to be a vehicle. */
    private static final double VEHICLE_SHARE = 0.5;
    private static final QuantityLexicon.Role ABOARD = new QuantityLexicon.Role("aboard", false);
    /** Pronouns that stand for the whole of a partitive count ("78 of them"). */
    private static final Set<String> PRONOUN_WHOLES = Set.of("them", "those", "these", "whom", "us");
    /** Words that open an aside between a counted noun and its predicate. */
    private static final Set<String> ASIDES = Set.of("including", "among", "most", "many", "some", "mostly",
            "mainly", "all", "both", "half", "nearly", "almost");
    /** Words that may stand between a state verb and the number: "killing at least", "rescued all". */
    private static final Set<String> BEFORE_NUMBER = Set.of("the", "all", "another", "a", "further", "an", "some");
    /**
     * Nouns of a toll: their relative verb says what a number counts ("the number (of those) who died"), and the place
     * between them and the number is where it was counted ("the toll in Nepal rose to", CountExtractor).
     */
    static final Set<String> TALLY_NOUNS = Set.of("number", "toll", "figure", "tally", "count", "total");
    /** How far back a toll noun may be from the number it takes ("the death toll in Nepal had risen to"). */
    private static final int SUBJECT_REACH = 12;
    /** How long a participle phrase after a vehicle may be ("bound for the southern resort island of Jeju"). */
    private static final int MODIFIER_REACH = 8;
    /** How long an "of" phrase after a counted noun may be ("of the train - S1, S2, S3, S4-"). */
    private static final int OF_REACH = 14;
    /** Verbs and prepositions that link a toll to its number. */
    private static final Set<String> LINKS = Set.of("to", "at", "of", "reach", "hit", "pass", "exceed", "be", "is",
            "was", "stand", "stood", "top", "cross", "surpass", "climb", "rise", "soar", "jump", "mount", "stay",
            "remain", "past", "beyond", "near", "approach", "unchanged", "from");

    /** How far back from a number the group it counts a part of may be named ("Among the passengers were 325 ..."). */
    private static final int GROUP_REACH = 12;
    /** Forms of the copula that link a group to the count of its part ("Among the passengers were 325 students"). */
    static final Set<String> COPULA = Set.of("is", "are", "was", "were");

    private final QuantityLexicon lexicon;

    CountRoles(QuantityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The role of the count whose number spans tokens {@code first..last} and whose counted phrase ends at token
     * {@code phraseEnd} (the number's last token when no noun is written), or {@code null}.
     */
    QuantityLexicon.Role of(List<Token> tokens, int first, int last, int phraseEnd, int[] clause) {
        QuantityLexicon.Role r = after(tokens, phraseEnd + 1, clause, partitiveWhole(tokens, first));
        if (r == null) {
            r = before(tokens, first, clause);
        }
        if (r == null && phraseEnd == last) {
            r = subject(tokens, first, last, clause);
        }
        return r;
    }

    /**
     * The role of people of whom the number counts a part, when the clause names them before it ({@code
     * count_states.csv} position group): "Among the passengers were 325 students and 15 teachers", "The passengers
     * included 325 students", "Among the rescued, 75 were students". Between the group and the number stand only the
     * linking verb and the counts coordinated before it; {@code null} when no group is named so.
     */
    QuantityLexicon.Role group(List<Token> tokens, int first) {
        for (int k = first - 1; k >= 0 && k >= first - GROUP_REACH; k--) {
            Token t = tokens.get(k);
            PhraseTable.Match<QuantityLexicon.Role> g = lexicon.stateGroup(tokens, k);
            if (g != null) {
                int b = g.first() - 1;
                if (b >= 0 && tokens.get(b).lower().equals("the")) {
                    b--;
                }
                if (b >= 0 && tokens.get(b).lower().equals("among")
                        || k + 1 < first && tokens.get(k + 1).lemma().equals("include")) {
                    return g.value();
                }
            }
            boolean linking = COPULA.contains(t.lower()) || t.lemma().equals("include");
            if (!(linking || t.nominal() || t.text().equals(",") || t.tag() == Tag.NUM || t.tag() == Tag.ADJ
                    || t.tag() == Tag.DET || t.tag() == Tag.CCONJ)) {
                return null;
            }
        }
        return null;
    }

    /** "were killed", "perished", "on board", "is the final death toll". */
    private QuantityLexicon.Role after(List<Token> tokens, int from, int[] clause, boolean whole) {
        int k = from;
        boolean aboard = false;
        if (k + 1 < tokens.size() && tokens.get(k).lower().equals("of")
                && PRONOUN_WHOLES.contains(tokens.get(k + 1).lower())) {
            // "78 of them are known to have been rescued": the whole is a pronoun, the state is the part's.
            k += 2;
        }
        int skipped = 0;
        while (k < tokens.size() && skipped < MAX_BETWEEN && tokens.get(k).start() < clause[1]) {
            Token t = tokens.get(k);
            PhraseTable.Match<QuantityLexicon.Role> state = lexicon.stateAfter(tokens, k);
            int pastAboard = state != null && !aboard && state.value().equals(ABOARD)
                    ? pastVehicle(tokens, state.last() + 1) : -1;
            if (state != null && pastAboard < 0) {
                return state.value();
            }
            if (pastAboard > 0) {
                // "179 aboard the capsized ferry had been rescued": "aboard" says who they are, the verb what
                // happened to them.
                aboard = true;
                if (whole) {
                    return ABOARD;
                }
                k = pastModifier(tokens, pastAboard, clause);
                continue;
            }
            if (t.lower().equals("is") || t.lower().equals("was")) {
                QuantityLexicon.Role toll = tollAfterCopula(tokens, k + 1);
                if (toll != null) {
                    return toll;
                }
            }
            if (BETWEEN.contains(t.lower()) || t.tag() == Tag.ADV && t.lower().endsWith("ly") || isQuote(t)) {
                k++;
                skipped++;
                continue;
            }
            if (t.text().equals(",") && k + 1 < tokens.size() && ASIDES.contains(tokens.get(k + 1).lower())) {
                // "Some 187 people, including the captain and most of his crew, were rescued".
                int close = k + 1;
                while (close < tokens.size() && !tokens.get(close).text().equals(",") && close - k < 15) {
                    close++;
                }
                k = close + 1;
                continue;
            }
            int past = ON_BOARD.contains(t.lower()) && !aboard ? pastVehicle(tokens, k + 1) : -1;
            if (past > 0) {
                // "the 459 people on the ferry" are aboard it, unless a state follows ("were evacuated").
                aboard = true;
                if (whole) {
                    // "291 of the 459 people on the ferry unaccounted for": the state is the part's.
                    return ABOARD;
                }
                k = pastModifier(tokens, past, clause);
                continue;
            }
            QuantityLexicon.Role verb = lexicon.roleOfVerb(t);
            return verb.role().isEmpty() ? aboard ? ABOARD : null : verb;
        }
        return aboard ? ABOARD : null;
    }

    /**
     * Just past "the ferry", "the overcrowded train" when a conveyance WordNet knows starts at {@code k} (past its
     * determiners and adjectives); -1 otherwise.
     */
    private static int pastVehicle(List<Token> tokens, int k) {
        int start = k;
        while (k < tokens.size() && (tokens.get(k).tag() == Tag.DET || tokens.get(k).tag() == Tag.ADJ
                || participle(tokens, k))) {
            k++;
        }
        // After a determiner the word is a noun, whatever the tagger guessed ("the capsized ferry" as a verb).
        if (k >= tokens.size() || tokens.get(k).tag() != Tag.NOUN
                && !(k > start && tokens.get(k).tag() == Tag.VERB)) {
            return -1;
        }
        while (k + 1 < tokens.size() && tokens.get(k + 1).tag() == Tag.NOUN) {
            k++;
        }
        return WordSenses.shared().reachShare(tokens.get(k).lemma(), Tag.NOUN, CONVEYANCE) >= VEHICLE_SHARE
                ? k + 1 : -1;
    }

    /**
     * Past a participle phrase that tells where a vehicle was going or what it did ("the ferry bound for Jeju-do had
     * been rescued", "the train travelling to Delhi were killed"), to the auxiliary of the clause's own verb; {@code k}
     * itself when no participle or preposition starts there, or no auxiliary follows within the clause before a
     * punctuation mark or a number.
     */
    private static int pastModifier(List<Token> tokens, int k, int[] clause) {
        if (k >= tokens.size() || tokens.get(k).tag() != Tag.VERB && tokens.get(k).tag() != Tag.ADP
                && tokens.get(k).tag() != Tag.ADJ) {
            return k;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + MODIFIER_REACH && tokens.get(j).start() < clause[1]; j++) {
            Token t = tokens.get(j);
            if (t.tag() == Tag.PUNCT && !t.text().equals("-") || t.tag() == Tag.NUM) {
                return k;
            }
            if (t.tag() == Tag.AUX) {
                return j;
            }
        }
        return k;
    }

    /** A past participle before a noun, as a modifier: "the capsized ferry", "the overturned bus". */
    private static boolean participle(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.tag() == Tag.VERB && t.lower().endsWith("ed") && k > 0 && tokens.get(k - 1).tag() == Tag.DET
                && k + 1 < tokens.size() && tokens.get(k + 1).tag() != Tag.ADP && tokens.get(k + 1).tag() != Tag.PUNCT;
    }

    /** Whether the number is the whole of a partitive ("291 of the 459 people"). */
    private static boolean partitiveWhole(List<Token> tokens, int first) {
        int of = first - 1;
        if (of >= 1 && tokens.get(of).lower().equals("the")) {
            of--;
        }
        return of >= 1 && tokens.get(of).lower().equals("of") && tokens.get(of - 1).tag() == Tag.NUM;
    }

    /** "71 is the final death toll": a toll phrase after the copula, past its determiner and adjectives. */
    private QuantityLexicon.Role tollAfterCopula(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && (tokens.get(k).tag() == Tag.DET || tokens.get(k).tag() == Tag.ADJ)) {
            k++;
        }
        PhraseTable.Match<QuantityLexicon.Role> m = lexicon.stateSubject(tokens, k);
        return m == null ? null : m.value();
    }

    /** "killing at least 96", "carrying 476", "claimed the lives of 96". */
    private QuantityLexicon.Role before(List<Token> tokens, int first, int[] clause) {
        int k = first - 1;
        PhraseTable.Match<QuantityLexicon.Qualifier> q = lexicon.qualifierBefore(tokens, k);
        if (q != null) {
            k = q.first() - 1;
        }
        while (k >= 0 && BEFORE_NUMBER.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k < 0 || tokens.get(k).start() < clause[0]) {
            return null;
        }
        PhraseTable.Match<QuantityLexicon.Role> state = lexicon.stateBefore(tokens, k);
        if (state != null) {
            return state.value();
        }
        QuantityLexicon.Role verb = tokens.get(k).tag() == Tag.VERB ? lexicon.roleOfVerb(tokens.get(k)) : null;
        return verb == null || verb.role().isEmpty() ? null : verb;
    }

    /** "the death toll rose to 145", "the toll there now stood at 53", "the number of the rescued ... at 174". */
    private QuantityLexicon.Role subject(List<Token> tokens, int first, int last, int[] clause) {
        boolean linked = false;
        for (int k = first - 1; k >= 0 && k >= first - SUBJECT_REACH && tokens.get(k).start() >= clause[0]; k--) {
            Token t = tokens.get(k);
            if (t.tag() == Tag.NUM || t.tag() == Tag.PUNCT && !t.text().equals(",")) {
                return null;
            }
            if (LINKS.contains(t.lower()) || LINKS.contains(t.lemma())) {
                linked = true;
            }
            PhraseTable.Match<QuantityLexicon.Role> m = lexicon.stateSubject(tokens, k);
            if (m != null && m.last() < first && linked) {
                return m.value();
            }
            if (linked && TALLY_NOUNS.contains(t.lemma())) {
                // "the number known to have died had risen to 1,953": the toll noun's relative verb gives the role.
                for (int j = k + 1; j < first; j++) {
                    QuantityLexicon.Role verb = lexicon.roleOfVerb(tokens.get(j));
                    if (!verb.role().isEmpty()) {
                        return verb;
                    }
                }
            }
        }
        return null;
    }

    /**
     * What happened to the counted things, when a verb of {@code count_predicates.csv} says it: the verb whose
     * subject the counted phrase is, past its "of" phrase and a relative pronoun ("14 coaches of the express
     * derailed", "two coaches, which were severely damaged"), or the event noun whose "of" phrase it is ("the
     * derailment of four coaches"). {@code severalHolders} when the "of" phrase counts more than one holder ("17
     * coaches of these two trains"): a sum over wholes, not the count of one.
     */
    record Predicate(String verb, boolean severalHolders, boolean aside) {
        static final Predicate NONE = new Predicate("", false, false);
    }

    Predicate predicate(List<Token> tokens, int first, int phraseEnd, int[] clause) {
        int k = phraseEnd + 1;
        boolean several = false;
        if (k < tokens.size() && tokens.get(k).lower().equals("of")) {
            int start = k;
            k++;
            // The "of" phrase ends at its verb, or at a preposition ("of the express near Kanpur on Sunday killed 96":
            // the coaches did not kill).
            while (k < tokens.size() && k - start < OF_REACH && tokens.get(k).start() < clause[1]
                    && tokens.get(k).tag() != Tag.VERB && tokens.get(k).tag() != Tag.AUX
                    && !(k > start + 1 && tokens.get(k).tag() == Tag.ADP)) {
                Token t = tokens.get(k);
                WrittenNumber holders = t.tag() == Tag.NUM ? WrittenNumber.at(tokens, k) : null;
                if (holders != null && holders.value() > 1 && holders.last() + 1 < tokens.size()
                        && tokens.get(holders.last() + 1).nominal()) {
                    several = true;
                }
                k++;
            }
        }
        int end = clause[1];
        boolean aside = false;
        if (k + 1 < tokens.size() && tokens.get(k).text().equals(",")
                && Set.of("which", "that").contains(tokens.get(k + 1).lower())) {
            // A relative clause is its own clause, but its verb says what happened to the counted things.
            k += 2;
            end = Integer.MAX_VALUE;
            aside = true;
        }
        int skipped = 0;
        // Not past "to": "three shifts to lay the track" says what the shifts were for, not what happened to them.
        while (k < tokens.size() && skipped < 4 && !tokens.get(k).lower().equals("to")
                && (BETWEEN.contains(tokens.get(k).lower()) || tokens.get(k).tag() == Tag.AUX
                || tokens.get(k).tag() == Tag.ADV)) {
            k++;
            skipped++;
        }
        if (k < tokens.size() && tokens.get(k).start() < end) {
            String verb = lexicon.predicate(tokens.get(k));
            if (!verb.isEmpty()) {
                return new Predicate(verb, several, aside);
            }
        }
        int b = first - 1;
        PhraseTable.Match<QuantityLexicon.Qualifier> q = lexicon.qualifierBefore(tokens, b);
        if (q != null) {
            b = q.first() - 1;
        }
        while (b >= 0 && tokens.get(b).tag() == Tag.DET) {
            b--;
        }
        if (b >= 1 && tokens.get(b).lower().equals("of") && tokens.get(b - 1).start() >= clause[0]) {
            String verb = lexicon.predicateOfNoun(tokens.get(b - 1));
            if (!verb.isEmpty()) {
                return new Predicate(verb, several, false);
            }
        }
        return several ? new Predicate("", true, false) : Predicate.NONE;
    }

    private static boolean isQuote(Token t) {
        return t.tag() == Tag.PUNCT && "'\"\u2018\u2019\u201c\u201d".indexOf(t.text().charAt(0)) >= 0;
    }
}
