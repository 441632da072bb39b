package org.crosscheck.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an underspecified time expression ("on Friday", "in September") looks back or forward, from
 * the tense and modal cues of its sentence. The cue nearest to the expression wins, so that "will begin on April
 * 7, the FAA said" looks forward while "In June, the premier said" looks back; punctuation between a cue and the
 * expression counts as distance because it usually separates clauses. Without a cue news text reports the past.
 */
final class TenseCues {

    /** Which way an expression points, and why. */
    record Direction(boolean future, String reason) {
        static final Direction DEFAULT_PAST = new Direction(false, "no tense cue, news default past");

        static Direction past(String reason) {
            return new Direction(false, reason);
        }

        static Direction future(String reason) {
            return new Direction(true, reason);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z]+(?:['\u2019][A-Za-z]+)?|\\d+|[^\\s\\w]");
    private static final String PUNCTUATION = ",;:\"\u201c\u201d()\u2013\u2014";
    /** Distance a comma, quote or clause-opening conjunction adds between a cue and an expression. */
    private static final int CLAUSE_COST = 3;
    private static final int MAX_DISTANCE = 25;

    private static final Set<String> MODAL_FUTURE = Set.of("will", "shall", "would", "may", "might", "won't",
            "wouldn't", "shan't", "gonna");
    /** Participles and verbs that look forward whatever their own tense ("was scheduled to", "has invited"). */
    private static final Set<String> PROSPECTIVE = Set.of("scheduled", "slated", "expected", "expects", "expect",
            "planned", "plans", "planning", "intends", "intended", "intend", "invited", "invites", "invite",
            "inviting", "poised", "upcoming", "forthcoming", "next", "tomorrow", "later", "soon");
    private static final Set<String> PAST_WORDS = Set.of("ago", "earlier", "last", "yesterday", "recently",
            "previously", "formerly");
    /** Simple past forms of irregular verbs; forms equal to the present (put, set, hit, read) are left out. */
    private static final Set<String> IRREGULAR_PAST = Set.of("was", "were", "had", "did", "said", "told", "met",
            "held", "went", "came", "saw", "took", "gave", "made", "got", "became", "began", "brought", "bought",
            "built", "caught", "chose", "drew", "drove", "ate", "fell", "felt", "fought", "found", "flew", "forgot",
            "froze", "grew", "heard", "hid", "kept", "knew", "laid", "led", "left", "lent", "lost", "meant",
            "paid", "ran", "rang", "rose", "sent", "shot", "sold", "sought", "spoke", "spent", "stood", "stole",
            "struck", "swore", "taught", "tore", "thought", "threw", "understood", "woke", "won", "wore", "wrote",
            "sat", "slept", "broke", "blew", "bore", "dealt", "dug", "fed", "fled", "forgave", "lay", "lit",
            "overtook", "rode", "sang", "sank", "shook", "shone", "slid", "spun", "sprang", "stuck", "swept",
            "swam", "swung", "undertook", "upheld", "withdrew", "withheld", "arose", "awoke", "beat", "bent",
            "bled", "bred", "clung", "crept", "forbade", "foresaw", "ground", "hung", "knelt", "leapt",
            "mistook", "oversaw", "sped", "stank", "strove", "stung", "wept", "wove", "wrung");
    /** Words ending in -ed that are not past forms, and -eed words that are. */
    private static final Set<String> NOT_PAST_ED = Set.of("need", "indeed", "hundred", "kindred", "sacred",
            "naked", "wicked", "wretched", "rugged", "ragged", "crooked", "beloved", "embed", "shed", "bed", "red",
            "wed");
    private static final Set<String> PAST_EED = Set.of("agreed", "freed", "decreed", "guaranteed", "refereed",
            "disagreed");
    /** Words of a time phrase between a verb and its infinitive ("agreed on Friday to"). */
    private static final Set<String> TIME_PHRASE_WORDS = Set.of("on", "in", "at", "last", "this", "next", "early",
            "late", "the");
    /** Words that open a new clause, so that a cue beyond them governs the expression less likely. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "while", "whereas", "which", "who",
            "because", "although", "though", "when");
    private static final Set<String> BE_PRESENT = Set.of("is", "are", "am", "be", "been", "being");
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

    private final List<Token> tokens = new ArrayList<>();
    private final List<Cue> cues = new ArrayList<>();

    TenseCues(String sentence) {
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        for (int i = 0; i < tokens.size(); i++) {
            Direction d = cueAt(i);
            if (d != null) {
                cues.add(new Cue(i, d));
            }
        }
    }

    /** The direction of the expression at {@code [start, end)}: the nearest cue outside it, else the default. */
    Direction direction(int start, int end) {
        Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cue cue : cues) {
            Token t = tokens.get(cue.index());
            if (t.start() >= start && t.end() <= end) {
                continue;
            }
            int distance = distance(cue.index(), start, end);
            // ties go to the cue before the expression, which in news is usually its own verb or auxiliary
            if (distance < bestDistance) {
                best = cue;
                bestDistance = distance;
            }
        }
        return best == null || bestDistance > MAX_DISTANCE ? Direction.DEFAULT_PAST : best.direction();
    }

    /** True when a past-tense verb stands right beside {@code [start, end)} ("said today", "today announced"). */
    boolean pastVerbAdjacent(int start, int end) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean before = t.end() <= start && (i + 1 == tokens.size() || tokens.get(i + 1).start() >= start);
            boolean after = t.start() >= end && (i == 0 || tokens.get(i - 1).end() <= end);
            if ((before || after) && pastForm(i)) {
                return true;
            }
        }
        return false;
    }

    private int distance(int index, int start, int end) {
        int from;
        int to;
        Token t = tokens.get(index);
        if (t.end() <= start) {
            from = index + 1;
            to = firstTokenAtOrAfter(start);
        } else {
            from = firstTokenAtOrAfter(end);
            to = index;
        }
        int distance = 0;
        for (int i = from; i < to; i++) {
            String text = tokens.get(i).text();
            if (text.equals(";")) {
                return Integer.MAX_VALUE;
            }
            distance += tokens.get(i).punctuation() || CLAUSE_OPENERS.contains(tokens.get(i).lower())
                    ? CLAUSE_COST : 1;
        }
        return distance;
    }

    private int firstTokenAtOrAfter(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    private Direction cueAt(int i) {
        String w = tokens.get(i).lower();
        String raw = tokens.get(i).text();
        if (MODAL_FUTURE.contains(w) || w.endsWith("'ll") || w.endsWith("\u2019ll")) {
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
        if (w.equals("due")) {
            // "due to be published" looks forward; "due to the cuts" gives a cause, not a time
            boolean cause = i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to") && !infinitiveAfter(i + 1);
            return cause ? null : Direction.future("future cue 'due'");
        }
        if (PROSPECTIVE.contains(w)) {
            return Direction.future("future cue '" + w + "'");
        }
        if (PAST_WORDS.contains(w)) {
            return Direction.past("past cue '" + w + "'");
        }
        if (pastForm(i)) {
            return Direction.past("past tense '" + w + "'");
        }
        return null;
    }

    /** "to" + verb: forward-looking ("is due to be published", "a programme to run") unless a past verb governs it. */
    private Direction infinitive(int i) {
        if (i > 0) {
            String before = tokens.get(i - 1).lower();
            if (PROSPECTIVE.contains(before) || before.equals("due") || BE_PRESENT.contains(before) || before.equals("was")
                    || before.equals("were")) {
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
        }
        return Direction.future("future cue 'to " + tokens.get(i + 1).lower() + "'");
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
        boolean past = IRREGULAR_PAST.contains(w) || w.length() >= 5 && w.endsWith("ed")
                && Character.isLowerCase(t.text().charAt(0)) && !NOT_PAST_ED.contains(w)
                && (!w.endsWith("eed") || PAST_EED.contains(w));
        if (!past) {
            return false;
        }
        // the tense of "is held", "be published" is on the auxiliary; a finite past auxiliary is its own cue
        if (i > 0 && !w.equals("was") && !w.equals("were") && !w.equals("had") && !w.equals("did")) {
            String before = tokens.get(i - 1).lower();
            return !BE_PRESENT.contains(before) && !DETERMINERS.contains(before);
        }
        return true;
    }
}
