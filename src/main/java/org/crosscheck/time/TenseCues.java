package org.crosscheck.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Tagger;

/**
 * Decides whether an underspecified time expression ("on Friday", "in September") looks back or forward, from
 * the tense and modal cues of its sentence. The cue nearest to the expression wins, so that "will begin on April
 * 7, the FAA said" looks forward while "In June, the premier said" looks back; punctuation between a cue and the
 * expression counts as distance because it usually separates clauses. Without a cue news text reports the past.
 * The cue words come from {@code rules/data/time_cues.csv} ({@link Lexicon}).
 *
 * <p>Built once per sentence; each question costs the tokens near the expression, not the whole sentence.
 */
final class TenseCues {

    /** How strongly a direction was decided: by a word that fixes it, by the tense, or by the news default. */
    enum Strength { EXPLICIT, TENSE, DEFAULT }

    /** Which way an expression points, why, and how strongly. */
    record Direction(boolean future, String reason, Strength strength) {
        static final Direction DEFAULT_PAST = new Direction(false, "no tense cue, news default past", Strength.DEFAULT);

        static Direction past(String reason) {
            return new Direction(false, reason, Strength.TENSE);
        }

        static Direction future(String reason) {
            return new Direction(true, reason, Strength.TENSE);
        }

        static Direction fixed(boolean future, String reason) {
            return new Direction(future, reason, Strength.EXPLICIT);
        }

        /**
         * A past tense that governs the name directly holds against the nearer occurrence ahead: a verb of the
         * past with the name as its adjunct ("was convicted in January", "celebrated Christmas") reports what
         * has happened, so only a word that fixes a direction or the news default may be overruled by nearness.
         */
        Direction heldIfPast(String why) {
            return strength == Strength.TENSE && !future ? fixed(false, reason + ", " + why) : this;
        }

        /** The direction's name in reports: PAST or FUTURE. */
        String label() {
            return future ? "FUTURE" : "PAST";
        }
    }

    /** The cue words, from {@code time_cues.csv}. */
    record Lexicon(Set<String> modalFuture, Set<String> prospective, Set<String> pastWords, Set<String> irregularPast,
                   Set<String> notPastEd, Set<String> pastEed, Set<String> clauseOpeners, Set<String> presentFuture,
                   Set<String> scheduledVerbs, Set<String> forwardBefore, Set<String> deferral,
                   Set<String> prospectiveNouns) {
        static Lexicon from(TimeVocabulary v) {
            return new Lexicon(v.cues("modal_future"), v.cues("prospective"), v.cues("past_word"),
                    v.cues("irregular_past"), v.cues("not_past_ed"), v.cues("past_eed"), v.cues("clause_opener"),
                    v.cues("present_future"), v.cues("scheduled_verb"), v.cues("forward_before"),
                    v.cues("deferral"), v.cues("prospective_noun"));
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z]+(?:['\u2019][A-Za-z]+)?|\\d+|[^\\s\\w]");
    private static final String PUNCTUATION = ",;:\"\u201c\u201d'\u2018\u2019()\u2013\u2014";
    /** Distance a comma, quote or clause-opening conjunction adds between a cue and an expression. */
    private static final int CLAUSE_COST = 3;
    private static final int MAX_DISTANCE = 25;

    /** Function words of English grammar the cues are read with (not vocabulary a corpus extends). */
    private static final Set<String> TIME_PHRASE_WORDS = Set.of("on", "in", "at", "last", "this", "next", "early",
            "late", "the");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "for", "of", "with", "by", "from",
            "into", "upon", "after", "before", "about", "over", "under", "its", "his", "her", "their", "our", "a", "an");
    private static final Set<String> UNIT_PLURALS = Set.of("minutes", "hours", "days", "weeks", "months", "years",
            "decades", "day", "week", "month", "year", "moments");
    private static final Set<String> BE_PRESENT = Set.of("is", "are", "am", "be", "been", "being");
    /** Present linking verbs: a participle after them is an adjective ("schools remain closed until Monday"). */
    private static final Set<String> LINKING_PRESENT = Set.of("remain", "remains", "stay", "stays", "seem", "seems",
            "look", "looks", "become", "becomes");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "we", "they");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "it");
    private static final Set<String> SCHEDULE_PREPOSITIONS = Set.of("on", "for", "at");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "his", "her", "its", "their", "our", "my", "your", "no", "any", "some", "each", "every");
    /** Words after "to" that show it is a preposition, not the mark of an infinitive. */
    private static final Set<String> NOT_INFINITIVE = Set.of("the", "a", "an", "this", "that", "these", "those",
            "his", "her", "its", "their", "our", "my", "your", "him", "them", "us", "me", "it", "date", "what",
            "which", "whom", "where", "be", "all", "both", "each", "every", "some", "any", "more", "less", "about",
            "around", "over", "under", "between", "among", "and", "or", "than", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "many", "much", "several", "other", "another", "such");

    private record Token(String text, String lower, int start, int end) {
        boolean punctuation() {
            return text.length() == 1 && PUNCTUATION.indexOf(text.charAt(0)) >= 0;
        }
    }

    private record Cue(int index, Direction direction) {
    }

    private final Lexicon lexicon;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Cue> cues = new ArrayList<>();
    /** The verbs of the sentence by their offset, as the part-of-speech guesser reads them; null for a headline. */
    private final Map<Integer, org.crosscheck.nlp.Token> verbs;

    TenseCues(String sentence, Lexicon lexicon) {
        this.lexicon = lexicon;
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        // a headline ("Storm hits Haiti Tuesday") tells the past in the present, so only a sentence that ends as
        // one has its present tense read as a schedule
        this.verbs = HEADLINE_END.matcher(sentence).find() && !tellsThePast() ? verbsOf(sentence) : null;
        for (int i = 0; i < tokens.size(); i++) {
            Direction d = cueAt(i);
            if (d != null) {
                cues.add(new Cue(i, d));
            }
        }
    }

    private static final Pattern HEADLINE_END = Pattern.compile("[.!?][\"'\u201d\u2019)]*\\s*$");

    /** Whether any word of the sentence is a past form or a past cue: then its present tenses state, not schedule. */
    private boolean tellsThePast() {
        for (int i = 0; i < tokens.size(); i++) {
            if (lexicon.pastWords().contains(tokens.get(i).lower()) || pastForm(i)) {
                return true;
            }
        }
        return false;
    }

    private static Map<Integer, org.crosscheck.nlp.Token> verbsOf(String sentence) {
        Map<Integer, org.crosscheck.nlp.Token> out = new HashMap<>();
        for (org.crosscheck.nlp.Token t : Tagger.standard().tag(sentence)) {
            if (t.tag() == Tag.VERB) {
                out.put(t.start(), t);
            }
        }
        return out;
    }

    /** The direction of the expression at {@code [start, end)}: the nearest cue outside it, else the default. */
    Direction direction(int start, int end) {
        int first = firstTokenAtOrAfter(start);
        int after = firstTokenAtOrAfter(end);
        Direction written = scheduledBefore(first);
        if (written != null) {
            return written;
        }
        // an expression that names its own past ("last Friday", "earlier this month", "two years ago") looks back
        // whatever the verb of its sentence: "will acquire LinkedIn at a premium over its price last Friday"; a verb
        // after a modal or "to" is none ("the drill will last six days", "expected to last a week")
        for (int i = first; i < after; i++) {
            String before = i > 0 ? tokens.get(i - 1).lower() : "";
            boolean verb = i == first && (lexicon.modalFuture().contains(before) || before.equals("to"));
            if (!verb && lexicon.pastWords().contains(tokens.get(i).lower())) {
                return Direction.fixed(false, "past word '" + tokens.get(i).text() + "'");
            }
        }
        Direction best = null;
        int bestDistance = MAX_DISTANCE + 1;
        // ties go to the cue before the expression, which in news is usually its own verb or auxiliary
        for (int i = first - 1; i >= 0; i--) {
            int d = distance(i + 1, first, bestDistance);
            if (d >= bestDistance) {
                break;
            }
            Direction cue = cueDirection(i);
            if (cue != null) {
                best = cue;
                bestDistance = d;
                break;
            }
        }
        // a time adjunct follows the verb it modifies, so a cue after the expression ("will double its flights by
        // August in the search for markets untouched by") must be clearly nearer than one before it to govern it
        int handicap = best == null ? 0 : CLAUSE_COST;
        for (int i = after; i < tokens.size(); i++) {
            // a purpose infinitive after the expression ("fell on Friday to close at") rarely governs it
            int d = distance(after, i, bestDistance) + handicap
                    + (tokens.get(i).lower().equals("to") ? CLAUSE_COST : 0);
            if (d >= bestDistance) {
                break;
            }
            Direction cue = cueDirection(i);
            if (cue != null && !PURPOSE.matcher(cue.reason()).matches()) {
                best = cue;
                break;
            }
        }
        return best == null ? Direction.DEFAULT_PAST : best;
    }

    /**
     * Words right before the expression that look forward by themselves: "is (on) Monday", "are set for", a phrase
     * of {@code forward_before} ("as early as Monday", "as soon as Tuesday"); null when there are none.
     */
    private Direction scheduledBefore(int first) {
        String one = first > 0 ? tokens.get(first - 1).lower() : "";
        String two = first > 1 ? tokens.get(first - 2).lower() : "";
        String three = first > 2 ? tokens.get(first - 3).lower() : "";
        if (one.equals("is") || one.equals("are")
                || SCHEDULE_PREPOSITIONS.contains(one) && (two.equals("is") || two.equals("are"))) {
            return Direction.future("present '" + (one.equals("is") || one.equals("are") ? one : two + " " + one)
                    + "' of a scheduled time");
        }
        String phrase = three + " " + two + " " + one;
        if (lexicon.forwardBefore().contains(phrase) || lexicon.forwardBefore().contains(two + " " + one)) {
            return Direction.future("'" + (lexicon.forwardBefore().contains(phrase) ? phrase : two + " " + one)
                    + "' looks forward");
        }
        return null;
    }

    /** The tense of the sentence's verb nearest the expression, ignoring the default: null when no cue is near. */
    Direction cueNear(int start, int end) {
        Direction d = direction(start, end);
        return d.strength() == Strength.DEFAULT ? null : d;
    }

    /** True when a past-tense verb stands right beside {@code [start, end)} ("said today", "today announced"). */
    boolean pastVerbAdjacent(int start, int end) {
        int first = firstTokenAtOrAfter(start);
        int after = firstTokenAtOrAfter(end);
        return first > 0 && pastForm(first - 1) || after < tokens.size() && pastForm(after);
    }

    /** Whether any token of the sentence is a present-tense form of "be" or "can" (a generic statement). */
    boolean presentCopulaNear(int start, int end) {
        int first = firstTokenAtOrAfter(start);
        for (int i = Math.max(0, first - 8); i < Math.min(tokens.size(), first + 8); i++) {
            String w = tokens.get(i).lower();
            if (w.equals("is") || w.equals("are") || w.equals("can") || w.equals("'s") && i > 0) {
                return true;
            }
        }
        return false;
    }

    private Direction cueDirection(int index) {
        // cues are sparse and sorted by token index
        int lo = 0;
        int hi = cues.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = cues.get(mid).index();
            if (at == index) {
                return cues.get(mid).direction();
            }
            if (at < index) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /** The distance between tokens {@code from} and {@code to} (exclusive), counting no further than {@code cap}. */
    private int distance(int from, int to, int cap) {
        int distance = 0;
        for (int i = from; i < to && distance < cap; i++) {
            if (tokens.get(i).text().equals(";")) {
                return Integer.MAX_VALUE;
            }
            distance += tokens.get(i).punctuation() || lexicon.clauseOpeners().contains(tokens.get(i).lower())
                    ? CLAUSE_COST : 1;
        }
        return distance;
    }

    private int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() >= offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private Direction cueAt(int i) {
        String w = tokens.get(i).lower();
        String raw = tokens.get(i).text();
        if (lexicon.modalFuture().contains(w) || w.endsWith("'ll") || w.endsWith("\u2019ll")) {
            if (raw.equals("May")) {
                return null;
            }
            return followedByHave(i) ? Direction.past("'" + w + " have'") : Direction.future("future cue '" + w + "'");
        }
        if (w.equals("to") && infinitiveAfter(i)) {
            return infinitive(i);
        }
        if (w.equals("going") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
            return Direction.future("future cue 'going to'");
        }
        if ((w.equals("due") || lexicon.prospective().contains(w)) && pastPerfectBefore(i)) {
            // "had been scheduled to expire Friday": planned in the past for a time now past
            return Direction.past("past perfect 'had " + w + "'");
        }
        if (w.equals("due")) {
            // "due to be published" looks forward; "due to the cuts" gives a cause, not a time
            boolean cause = i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to") && !infinitiveAfter(i + 1);
            return cause ? null : Direction.future("future cue 'due'");
        }
        if (w.equals("later") && i > 0 && UNIT_PLURALS.contains(tokens.get(i - 1).lower())) {
            // "three days later" tells a story, it does not look ahead
            return null;
        }
        if (w.equals("next") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
            // "next to the embassy" is a place
            return null;
        }
        if (lexicon.prospective().contains(w)) {
            // "announced the plan Aug. 21": after a determiner the word names a plan, it is not the clause's verb
            if (lexicon.prospectiveNouns().contains(w) && i > 0 && DETERMINERS.contains(tokens.get(i - 1).lower())) {
                return null;
            }
            return Direction.future("future cue '" + w + "'");
        }
        if (lexicon.presentFuture().contains(w) && presentVerb(i)) {
            return Direction.future("present tense of a scheduled event '" + w + "'");
        }
        if (lexicon.deferral().contains(w) && untilAfter(i)) {
            return Direction.future("'" + w + " ... until' looks forward");
        }
        if (presentSimple(i)) {
            return Direction.future("present tense of a scheduled event '" + w + "'");
        }
        if (lexicon.pastWords().contains(w)) {
            return Direction.past("past cue '" + w + "'");
        }
        if (pastForm(i)) {
            // "were planning to", "was expected to": the tense is past, the plan looks ahead
            if ((w.equals("was") || w.equals("were")) && i + 1 < tokens.size()
                    && lexicon.prospective().contains(tokens.get(i + 1).lower())) {
                return null;
            }
            return Direction.past("past tense '" + w + "'");
        }
        return null;
    }

    /**
     * The reason {@link #infinitive} gives a bare "to" + verb; after the expression it is a purpose ("skirmishes on
     * Wednesday to clear the streets"), which says nothing of when the expression is.
     */
    private static final Pattern PURPOSE = Pattern.compile("future cue 'to [^ ']+'");

    /** "to" + verb: forward-looking ("is due to be published", "a programme to run") unless a past verb governs it. */
    private Direction infinitive(int i) {
        if (i > 0) {
            String before = tokens.get(i - 1).lower();
            if ((lexicon.prospective().contains(before) || before.equals("due")) && pastPerfectBefore(i - 1)) {
                return Direction.past("past perfect 'had " + before + " to'");
            }
            if (lexicon.prospective().contains(before) || before.equals("due") || BE_PRESENT.contains(before)
                    || before.equals("was") || before.equals("were")) {
                return Direction.future("future cue '" + before + " to'");
            }
            if (pastForm(i - 1)) {
                return Direction.past("past tense '" + before + " to'");
            }
            // "agreed on Friday to widen": the infinitive belongs to the verb before the time phrase
            for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
                Token t = tokens.get(j);
                if (pastForm(j)) {
                    return Direction.past("past tense '" + t.lower() + " ... to'");
                }
                if (!Character.isUpperCase(t.text().charAt(0)) && !Character.isDigit(t.text().charAt(0))
                        && !TIME_PHRASE_WORDS.contains(t.lower())) {
                    break;
                }
            }
            // "staged celebrations to mark": a purpose told in the past, unless "for ... to" arranges what is to come
            for (int j = i - 1; j >= Math.max(0, i - 10); j--) {
                Token t = tokens.get(j);
                if (t.punctuation() || lexicon.clauseOpeners().contains(t.lower()) || t.lower().equals("for")
                        || lexicon.modalFuture().contains(t.lower()) || BE_PRESENT.contains(t.lower())) {
                    break;
                }
                if (pastForm(j)) {
                    return Direction.past("past tense '" + t.lower() + " ... to'");
                }
            }
        }
        return Direction.future("future cue 'to " + tokens.get(i + 1).lower() + "'");
    }

    /**
     * A scheduling verb used as a finite present ("the trial opens", "they meet"): not after "to", a modal, a
     * determiner or an auxiliary (then it is an infinitive, a noun or a participle's base).
     */
    private boolean presentVerb(int i) {
        if (i == 0) {
            return false;
        }
        String before = tokens.get(i - 1).lower();
        return !before.equals("to") && !lexicon.modalFuture().contains(before) && !DETERMINERS.contains(before)
                && !BE_PRESENT.contains(before) && !before.equals("did") && !before.equals("do")
                && !before.equals("does") && !before.equals("not") && !lexicon.irregularPast().contains(before)
                && !Character.isDigit(before.charAt(0)) && !PREPOSITIONS.contains(before)
                && !before.endsWith("'s") && !before.endsWith("\u2019s");
    }

    /** "postponed the hearing until": "until" or "till" within a few words after a verb of deferral. */
    private boolean untilAfter(int i) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 7); j++) {
            String w = tokens.get(j).lower();
            if (w.equals("until") || w.equals("till")) {
                return true;
            }
            if (tokens.get(j).punctuation()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A finite verb in the simple present of a verb news schedules with ({@code scheduled_verb}: "the funeral takes
     * place", "ministers hold talks"): a form in -s, or a base form after a plural subject; not in a headline, nor
     * in a sentence that tells the past anywhere ("shares fell", where the guesser may take "shares" for
     * a verb).
     */
    private boolean presentSimple(int i) {
        if (verbs == null) {
            return false;
        }
        org.crosscheck.nlp.Token v = verbs.get(tokens.get(i).start());
        if (v == null || v.end() != tokens.get(i).end() || !lexicon.scheduledVerbs().contains(v.lemma())
                || !Character.isLowerCase(v.text().charAt(0)) || !presentVerb(i)) {
            return false;
        }
        String w = v.lower();
        if (w.endsWith("s") && !w.endsWith("ss") && !v.lemma().equals(w)) {
            return true;
        }
        if (!v.lemma().equals(w)) {
            return false;
        }
        String before = tokens.get(i - 1).lower();
        return SUBJECT_PRONOUNS.contains(before) || before.length() > 3 && before.endsWith("s")
                && !before.endsWith("ss") && !verbs.containsKey(tokens.get(i - 1).start());
    }

    private boolean infinitiveAfter(int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        String w = next.lower();
        if (w.equals("be") || w.equals("have")) {
            return true;
        }
        return Character.isLowerCase(next.text().charAt(0)) && next.text().chars().allMatch(Character::isLetter)
                && !NOT_INFINITIVE.contains(w) && !w.endsWith("ing") && !w.endsWith("ly");
    }

    private boolean pastPerfectBefore(int i) {
        String one = i > 0 ? tokens.get(i - 1).lower() : "";
        String two = i > 1 ? tokens.get(i - 2).lower() : "";
        return one.equals("had") || one.equals("been") && two.equals("had")
                || one.equals("been") && i > 2 && two.equals("previously") && tokens.get(i - 3).lower().equals("had");
    }

    private boolean followedByHave(int i) {
        for (int j = i + 1; j < Math.min(i + 3, tokens.size()); j++) {
            String w = tokens.get(j).lower();
            if (w.equals("have") || w.equals("'ve")) {
                return true;
            }
            if (!w.equals("not")) {
                return false;
            }
        }
        return false;
    }

    /** A past-tense verb, not a passive participle ("is expected") nor a participle used as adjective. */
    private boolean pastForm(int i) {
        Token t = tokens.get(i);
        String w = t.lower();
        boolean past = lexicon.irregularPast().contains(w) || w.length() >= 5 && w.endsWith("ed")
                && Character.isLowerCase(t.text().charAt(0)) && !lexicon.notPastEd().contains(w)
                && (!w.endsWith("eed") || lexicon.pastEed().contains(w));
        if (!past) {
            return false;
        }
        // the tense of "is held", "be published" is on the auxiliary; a finite past auxiliary is its own cue
        if (i > 0 && !w.equals("was") && !w.equals("were") && !w.equals("had") && !w.equals("did")) {
            String before = tokens.get(i - 1).lower();
            // "that" before a verb is mostly the relative pronoun ("the bullet that tore through"), not a determiner
            return !BE_PRESENT.contains(before) && !(DETERMINERS.contains(before) && !before.equals("that"))
                    && !LINKING_PRESENT.contains(before) && !attributiveAfterAdverb(i) && !reducedRelative(i);
        }
        return true;
    }

    /** Adverbs of degree or time that may stand between a determiner and an adjective ("a still unknown date"). */
    private static final Set<String> ADJECTIVE_ADVERBS = Set.of("still", "long", "much", "well", "so", "very", "once",
            "already", "yet", "not", "never", "ever", "more", "most", "less", "least");

    /**
     * "on a still unspecified date in January", "a long awaited report": a participle between a determiner and its
     * noun, after an adverb of degree, is an adjective, so it says nothing of the tense (a word in -ly there is as
     * often a noun: "the family celebrated").
     */
    private boolean attributiveAfterAdverb(int i) {
        if (i < 2) {
            return false;
        }
        String adverb = tokens.get(i - 1).lower();
        boolean isAdverb = ADJECTIVE_ADVERBS.contains(adverb);
        String determiner = tokens.get(i - 2).lower();
        return isAdverb && DETERMINERS.contains(determiner) && !determiner.equals("that");
    }

    /**
     * "will double its flights to new markets untouched by the crisis": a participle in -ed after a noun and before
     * "by", in a clause whose verb came earlier, qualifies the noun ("the season peaked by May" is the verb).
     */
    private boolean reducedRelative(int i) {
        if (lexicon.irregularPast().contains(tokens.get(i).lower()) || i + 1 >= tokens.size()
                || !tokens.get(i + 1).lower().equals("by")) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (!Character.isLowerCase(before.text().charAt(0)) || !before.text().chars().allMatch(Character::isLetter)
                || SUBJECT_PRONOUNS.contains(before.lower()) || THIRD_PERSON.contains(before.lower())) {
            return false;
        }
        for (int j = i - 2; j >= 0 && !tokens.get(j).punctuation(); j--) {
            String w = tokens.get(j).lower();
            if (lexicon.modalFuture().contains(w) || BE_PRESENT.contains(w) || w.equals("was") || w.equals("were")
                    || lexicon.irregularPast().contains(w)) {
                return true;
            }
        }
        return false;
    }
}
