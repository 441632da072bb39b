package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.LiteralGate;
import org.crosscheck.vocab.Vocabulary;

/**
 * Decides the modality and polarity of a claim from cues in its sentence ({@code rules/data/modality.csv}:
 * {@code pattern,modality,scope}). The governing cue is the nearest one before the claim in its clause; an
 * irrealis cue (expected, planned, intended, reported, ...) earlier in the clause outranks a realis one
 * (signed, agreed, delivered) between it and the claim, since "are expected to sign" is not a signing. When no
 * cue precedes, the first cue after the claim in its clause applies ("the talks will be held", "was signed").
 * A {@code NEGATED} cue before the claim (or between it and a following cue) negates it, unless the modality is
 * already {@code DENIED}. A negation after the claim counts only as its own predicate (close to it, no comma
 * between), and not when the negated verb goes on into an adjunct: "the drill was not held in the border region"
 * denies the venue, not the drill.
 */
public final class ModalityDetector {
    /** The modality of a claim with no cue: a reported past fact. */
    public static final String DEFAULT = "HAPPENED";
    /** The pseudo-modality of negation cues. */
    public static final String NEGATED = "NEGATED";
    /**
     * The pseudo-modality of cues that name an inquiry into, or the aftermath of, an event ("will investigate what
     * caused the derailment", "the investigation into the fire will look"): the event they name happened, whatever
     * modal governs the inquiry.
     */
    public static final String RETROSPECTIVE = "RETROSPECTIVE";
    private static final Set<String> REALIS = Set.of("HAPPENED", "SIGNED", "AGREED", "DELIVERED", "PARTIAL");

    /** What governs a claim. */
    public record Modality(String modality, boolean negated) {
        /**
         * This modality for a claim dated by {@code span} in an article published on {@code published}: a plain
         * past reading (no cue) of what lies wholly after the publication day is what the article expects ("is
         * leaving for India on October 4", "a drill in September" in February). A cue, a duration or an unknown
         * publication day keeps the modality as read.
         */
        public Modality dated(org.crosscheck.fact.TimeSpan span, java.time.LocalDate published) {
            return modality.equals(DEFAULT) && afterPublication(span, published)
                    ? new Modality(PROSPECTIVE_DEFAULT, negated) : this;
        }
    }

    /** The modality of a claim that lies after its article's publication day and has no cue of its own. */
    public static final String PROSPECTIVE_DEFAULT = "EXPECTED";

    /** Whether a span of days lies wholly after the publication day. */
    public static boolean afterPublication(org.crosscheck.fact.TimeSpan span, java.time.LocalDate published) {
        return span != null && published != null && span.start() != null && span.start().isAfter(published)
                && !"DURATION".equals(span.granularity()) && !"SET".equals(span.granularity());
    }

    /**
     * What a cue governs: what follows it in its clause (and, when nothing precedes the claim, the claim right
     * before it, as in "the talks will be held"); only what follows it, not its own words ("if the deals go
     * through", "has been negotiating to sell"); only the claim right before it, of which it is the head or a
     * post-modifier ("a takeover bid", "the sentence required by prosecutors"); or the whole sentence.
     */
    private enum Scope { CLAUSE, FOLLOWING, HEAD, SENTENCE }

    private record Cue(LiteralGate gate, String modality, Scope scope) {
    }

    private record Hit(int start, int end, String modality, Scope scope) {
        boolean sentenceScope() {
            return scope == Scope.SENTENCE;
        }
    }

    private final List<Cue> cues = new ArrayList<>();
    /** Verbs whose negation denies an occurrence ({@code occurrence_verbs.csv}), lemmas and phrases. */
    private final Set<String> occurrence = new java.util.HashSet<>();

    public ModalityDetector(Vocabulary vocabulary) {
        DataTable table = vocabulary.table("modality.csv", "pattern", "modality", "scope");
        for (DataTable.Row row : table.rows()) {
            Scope scope;
            try {
                scope = Scope.valueOf(row.require("scope").toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("scope must be clause, following, head or sentence");
            }
            String modality = row.require("modality");
            if (!modality.matches("[A-Z_]+")) {
                throw row.error("modality must be an upper-case name such as EXPECTED or NEGATED");
            }
            cues.add(new Cue(LiteralGate.of(row.pattern("pattern")), modality, scope));
        }
        for (DataTable.Row row : vocabulary.table("occurrence_verbs.csv", "word").rows()) {
            occurrence.add(Lexicon.norm(row.require("word")));
        }
    }

    /** The cue hits, clauses and text of one sentence. */
    private record Reading(List<Hit> hits, List<int[]> clauses, String text) {
    }

    /**
     * A negated verb followed by an adjunct ("was not held in the border region", "did not take place on
     * Monday"): the negation denies the adjunct, not the event named before it.
     */
    private static final java.util.regex.Pattern ADJUNCT_AFTER = java.util.regex.Pattern.compile(
            "\\s+(?:be\\s+|been\\s+)?\\p{L}+(?:\\s+place)?\\s+(?:in|at|near|on|inside|within|outside|from|to|by|during"
                    + "|before|after)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The word a negation negates, past auxiliaries and adverbs, and the word after it ("take place"). */
    private static final java.util.regex.Pattern NEGATED_WORD = java.util.regex.Pattern.compile(
            "(?:\\s+(?:be|been|being|have|has|had|yet|even|ever|actually|so|far|also|to|a|an|any|the|formally|officially"
                    + "|properly))*\\s+([\\p{L}][\\p{L}'-]*)(?:\\s+(\\p{L}+))?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A relative pronoun opening a clause, and the words before it. */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            "\\b(?:that|which|who|whom|whose)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether a cue at {@code cue}, after a claim ending at {@code end}, lies in a relative clause that qualifies a
     * later noun ("are being used in the exercise that will last six days"): its tense is that noun's, not the
     * claim's. A relative clause right after the claim ("1,000 troops that will take part") is the claim's own.
     */
    private static boolean inLaterRelativeClause(String text, int end, int cue) {
        Matcher m = RELATIVE.matcher(text).region(Math.min(end, cue), cue);
        return m.find() && text.substring(Math.min(end, cue), m.start()).codePoints().anyMatch(Character::isLetter);
    }

    /**
     * A preposition opening a fronted adjunct that refers to what exists ("Under the terms of the deal, ...") or
     * came before ("Following the vote, ..."), or a relative pronoun ("which has some 433 million users, will give").
     * A temporal frame ("During the visit, a deal will be signed") takes the main clause's time, so it is not here.
     */
    private static final java.util.regex.Pattern FRONTED = java.util.regex.Pattern.compile(
            "\\s*(?:under|despite|following|which|who|whose)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether a cue after the claim at [start, end) is not its predicate: a colon between them opens a statement of
     * its own, or the claim lies in an adjunct or relative clause that opens its clause span and closes with a comma
     * before the cue ("Under the terms of the deal, Microsoft will acquire").
     */
    private static boolean inFrontedPhrase(String text, int clauseStart, int start, int end, int cue) {
        if (end <= cue && text.substring(end, cue).indexOf(':') >= 0) {
            return true; // "In a statement after her drubbing, Mrs May said: \u201cthis Government will listen\u201d"
        }
        return end <= cue && text.substring(end, cue).indexOf(',') >= 0
                && text.substring(clauseStart, start).indexOf(',') < 0
                && FRONTED.matcher(text).region(clauseStart, start).lookingAt();
    }

    /** A finite auxiliary or copula: a claim followed by one has its own predicate before any later cue. */
    private static final java.util.regex.Pattern OWN_PREDICATE = java.util.regex.Pattern.compile(
            "\\b(?:is|are|was|were|has|had)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /**
     * The auxiliary of the cue itself, up to two words before it ("is likely to be completed", "was set to"), which
     * is no predicate of its own.
     */
    private static final java.util.regex.Pattern CUE_AUXILIARY = java.util.regex.Pattern.compile(
            "\\b(?:is|are|was|were|has|had)(?:\\s+\\p{L}+){0,2}\\s*$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether the words between a claim and a later cue hold a finite verb of the claim's own. */
    private static boolean ownPredicate(String text, int end, int cue) {
        String between = text.substring(end, cue);
        Matcher aux = CUE_AUXILIARY.matcher(between);
        if (aux.find()) {
            between = between.substring(0, aux.start());
        }
        return OWN_PREDICATE.matcher(between).find();
    }

    /** The head cue right after a claim ending at {@code end} (only spaces or a hyphen between), or null. */
    private static Hit headCue(Reading reading, int end) {
        for (Hit h : reading.hits()) {
            if (h.scope() == Scope.HEAD && h.start() >= end && h.start() - end <= 2
                    && reading.text().substring(end, h.start()).matches("[\\s-]*")) {
                return h;
            }
        }
        return null;
    }

    /** How far after a claim a negation may stand and still be its predicate's ("the talks were not held"). */
    private static final int NEGATION_AFTER = 40;

    /** The modality of the claim at [start, end) of the context's sentence; cues are read once per sentence. */
    public Modality at(SentenceContext context, int start, int end) {
        return at(context.memo(this, () -> new Reading(hits(context.sentence().text(), context.folded()),
                Clauses.cueScopes(context), context.sentence().text())), start, end);
    }

    /** The modality of the claim at [start, end) of the sentence (sentence offsets). */
    public Modality at(String sentence, int start, int end) {
        return at(new Reading(hits(sentence, LiteralGate.fold(sentence)), Clauses.cueScopes(sentence), sentence),
                start, end);
    }

    private Modality at(Reading reading, int start, int end) {
        List<int[]> clauses = reading.clauses();
        int[] clause = Clauses.around(clauses, start);
        List<Hit> hits = reading.hits();
        Hit head = headCue(reading, end);
        Hit governing = null;
        Hit negation = null;
        Hit sentenceCue = null;
        for (Hit h : hits) {
            if (h.sentenceScope()) {
                if (!h.modality().equals(NEGATED) && sentenceCue == null) {
                    sentenceCue = h;
                }
                continue;
            }
            if (h.start() < clause[0] || h.start() > start || h.start() >= clause[1] || h.scope() == Scope.HEAD
                    || h.scope() == Scope.FOLLOWING && h.end() > start) {
                continue; // "has been negotiating to sell": the negotiation is no intention, the sale is
            }
            if (h.modality().equals(NEGATED)) {
                if (deniesOccurrence(reading.text(), h, start, end)) {
                    negation = h;
                }
            } else if (h.modality().equals(RETROSPECTIVE)) {
                if (h.end() <= start) {
                    governing = h;
                }
            } else if (governing == null || !REALIS.contains(h.modality()) || REALIS.contains(governing.modality())
                    || governing.modality().equals(RETROSPECTIVE)) {
                governing = h;
            }
        }
        if (governing == null) {
            for (Hit h : hits) {
                if (h.sentenceScope() || h.start() < end || h.start() >= clause[1]
                        || h.modality().equals(RETROSPECTIVE) || h.scope() == Scope.FOLLOWING
                        || h.scope() == Scope.HEAD) {
                    continue;
                }
                if (h.modality().equals(NEGATED)) {
                    // "the talks were not held" negates the talks; "86 per cent, the No side won" does not.
                    String between = reading.text().substring(Math.min(end, h.start()), h.start());
                    if (negation == null && between.length() <= NEGATION_AFTER && between.indexOf(',') < 0
                            && deniesOccurrence(reading.text(), h, start, end) && !ADJUNCT_AFTER.matcher(reading.text()).region(h.end(), reading.text().length())
                            .lookingAt()) {
                        negation = h;
                    }
                    continue;
                }
                if (inLaterRelativeClause(reading.text(), end, h.start())
                        || inFrontedPhrase(reading.text(), clause[0], start, end, h.start())) {
                    continue;
                }
                if (ownPredicate(reading.text(), end, h.start())) {
                    break; // "The margin of defeat was the worst ... and would be enough": the claim has its verb
                }
                governing = h;
                break;
            }
        }
        if (head != null) {
            governing = head;
        }
        String modality = governing != null && !governing.modality().equals(RETROSPECTIVE) ? governing.modality()
                : governing != null ? DEFAULT
                : sentenceCue != null ? sentenceCue.modality() : DEFAULT;
        boolean negated = negation != null && !modality.equals("DENIED");
        return new Modality(modality, negated);
    }

    /**
     * Whether a negation denies the claim at [start, end): the word it negates is the claim's own ("no agreement",
     * "did not derail") or a verb of occurrence ("were not held", "did not take place"); "did not mention the deal"
     * denies the mentioning, not the deal.
     */
    private boolean deniesOccurrence(String text, Hit h, int start, int end) {
        Matcher w = NEGATED_WORD.matcher(text);
        w.region(h.end(), text.length());
        if (!w.lookingAt()) {
            return false;
        }
        int at = w.start(1);
        if (at >= start && at < Math.max(end, start + 1) || h.start() >= start && h.start() < end) {
            return true;
        }
        String word = w.group(1).toLowerCase(java.util.Locale.ROOT);
        String next = w.group(2) == null ? "" : " " + w.group(2).toLowerCase(java.util.Locale.ROOT);
        org.crosscheck.nlp.WordSenses.Reading verb = org.crosscheck.nlp.WordSenses.shared().reading(word,
                org.crosscheck.nlp.Tag.VERB);
        String lemma = verb == null ? word : verb.lemma();
        return occurrence.contains(lemma) || occurrence.contains(lemma + next) || occurrence.contains(word + next);
    }

    /** Cue matches in text order; of overlapping matches the longer one stays. */
    private List<Hit> hits(String sentence, String folded) {
        List<Hit> all = new ArrayList<>();
        for (Cue cue : cues) {
            Matcher m = cue.gate().matcher(sentence, folded);
            while (m != null && m.find()) {
                if (m.end() > m.start()) {
                    all.add(new Hit(m.start(), m.end(), cue.modality(), cue.scope()));
                }
            }
        }
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end() - b.start(), a.end() - a.start()));
        List<Hit> out = new ArrayList<>();
        for (Hit h : all) {
            Hit last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && h.start() < last.end()) {
                if (h.end() - h.start() > last.end() - last.start()) {
                    out.set(out.size() - 1, h);
                }
                continue;
            }
            out.add(h);
        }
        return out;
    }
}
