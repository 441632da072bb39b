package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.EventFrame;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;
import org.crosscheck.time.TimeExpression;

/**
 * Finds the event mentions of a sentence and what the sentence alone says about each: type, name, edition,
 * participants and attached time. Shared by the extractors so that every claim about an event carries the same
 * provisional key; grouping then resolves keys across sentences and articles.
 *
 * <p>Event words come from {@code event_words.csv}. The name is read, in order of preference, from: a quoted or
 * dashed name next to the word ("drills codenamed 'X'", "drills — X —"); a capitalised of-complement ("the 12th
 * meeting of the X Group on Y") or a capitalised run ending in the word ("X Economic Forum"); for arms transfers,
 * the nearest equipment family; the topic words around the word ("defence cooperation agreement", "MoU on
 * defence cooperation"); the titled person doing it ("Minister X visited", "X's visit"). Countries and demonyms
 * in a name move to the participants; names pass through {@code aliases.csv}.
 */
public final class EventFinder {
    private static final Pattern OF_BETWEEN = Pattern.compile("\\s+of\\s+(?:the\\s+)?");
    private static final Pattern OPEN_BRACKET = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern CLOSE_BRACKET_AFTER = Pattern.compile("(?s)\\s*\\).*");
    private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("\\d.*");
    private static final Pattern ADVERB = Pattern.compile("\\p{L}+ly");
    private static final Pattern PAST_FORM = Pattern.compile("\\p{L}+ed");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");
    private static final Pattern BY_BETWEEN = Pattern.compile("\\s+by\\s+");
    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_YEAR = Pattern.compile("\\d{4}(?:$|-.*)");

    /**
     * An event mention (sentence offsets).
     *
     * @param start     first character of the event word
     * @param end       just past the event word
     * @param word      the event word entry (for a word no row names, one built from the type WordNet gives it)
     * @param key       provisional event key
     * @param time      the attached time expression (not a SINCE one), or {@code null}
     * @param since     a SINCE time expression attached to the mention, or {@code null}
     * @param frame     what the sentence says about the event, for grouping
     * @param secondary whether the event reports or follows from another ("said in a statement", "died"), so that
     *                  it governs a claim only when its sentence names no other event
     */
    public record Mention(int start, int end, Lexicon.EventWord word, EventKey key, TimeExpression time,
                          TimeExpression since, EventFrame frame, boolean secondary) {
        public TimeSpan timeSpan() {
            return time == null ? null : time.span();
        }
    }

    /** A candidate event word of a sentence: its span, its entry and the token it starts at. */
    private static final class Candidate {
        int start;
        int end;
        /** The span whose entry gives the type: the second word of "round of talks", the head of a compound. */
        int typeStart;
        int typeEnd;
        /** Just past the first event word, before "round" takes "of talks". */
        int firstEnd;
        Lexicon.EventWord word;
        final int token;
        int lastToken;
        final boolean verb;
        final String lemma;
        /** Whether event_words.csv names the word (its name and edition are read as for a noun). */
        boolean listed;
        /** Where the sentence's event words stand ({start, end} each): a time belongs to the nearest of them only. */
        int[][] spans = new int[0][];

        Candidate(int start, int end, Lexicon.EventWord word, int token, int lastToken, boolean verb, String lemma) {
            this.start = start;
            this.end = end;
            this.typeStart = start;
            this.typeEnd = end;
            this.firstEnd = end;
            this.word = word;
            this.token = token;
            this.lastToken = lastToken;
            this.verb = verb;
            this.lemma = lemma;
        }
    }

    /** Memo key of the countries of a whole sentence. */
    private static final Object COUNTRIES = new Object();
    /** Least event share of the noun an event noun modifies for the pair to name the event ("rescue mission"). */
    private static final double ACTIVITY_HEAD = 0.5;
    /** Words between a support verb and the event noun it takes ("signed a $5 billion deal"). */
    private static final int SUPPORT_DISTANCE = 6;
    private static final Set<String> PRESENT_BE = Set.of("am", "are", "'m", "’m", "'re", "’re", "is", "'s",
            "’s", "not", "n't", "now", "also", "still", "currently");
    private static final Set<String> FIRST_SECOND = Set.of("i", "we", "you");
    /** Determiners of another instance than the one spoken of ("another", "the next round", "the previous"). */
    private static final Set<String> ANOTHER = Set.of("next", "another", "previous", "prior", "preceding", "earlier",
            "subsequent");
    /**
     * The adjective that makes a mention before a sum another event than the article's ("its other $1bn plus
     * acquisitions"). Right before the event word it stays a topic: "eight other agreements" and "seven other pacts"
     * of one summit are one set of accords.
     */
    private static final String OTHER_WORD = "other";
    /** What may stand between a word and the amount after it: spaces and a currency sign ("other $1bn"). */
    private static final Pattern AMOUNT_GAP = Pattern.compile("\\s*\\p{Sc}?\\s*");
    /** Words either side of an event word within which its participants are named. */
    static final int WINDOW = 12;
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "such", "said");
    static final Set<String> STOP = Set.of("a", "an", "the", "this", "that", "these", "those", "such",
            "said", "its", "their", "his", "her", "our", "my", "your", "another", "any", "each", "every", "no",
            "some", "all", "both", "and", "or", "but", "nor", "of", "on", "in", "at", "to", "from", "with", "by",
            "for", "as", "into", "during", "after", "before", "since", "about", "over", "under", "between",
            "against", "within", "without", "via", "is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "not", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "if", "than", "then",
            "also", "it", "they", "he", "she", "we", "there", "held", "made", "took", "gave", "given", "led", "met",
            "sent", "began", "begun", "set", "put", "struck", "sought", "bought", "sold", "won", "seen", "saw",
            "came", "went", "got", "left", "kept", "told", "says", "say", "hold", "holds", "holding", "sign",
            "signs", "signing", "attend", "attending", "conduct", "conducting", "including", "like");
    static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "tomorrow", "yesterday");
    static final Set<String> OTHER = Set.of("next", "another", "upcoming", "following", "previous", "last",
            "new", "forthcoming", "subsequent");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'\u2019.-]*");
    private static final String CAP = "\\p{Lu}[\\p{L}\\d'\u2019.-]*";
    private static final Pattern OF_CAPITALISED = Pattern.compile("^\\s+of\\s+(?:the\\s+)?(" + CAP
            + "(?:\\s+(?:(?:on|of|for|and|the)\\s+){0,2}" + CAP + ")*)");
    private static final Pattern OF_LOWER = Pattern.compile("^\\s+of\\s+the\\s+((?:\\p{Ll}[\\p{L}-]*\\s*){1,4})");
    private static final Pattern QUOTED_AFTER = Pattern.compile("^\\s*,?\\s*(?:(?:code-?named|named|called|dubbed"
            + "|titled)\\s+)?[\u2018'\"\u201C]([^\u2019'\"\u201D]{2,40})[\u2019'\"\u201D]");
    private static final Pattern CODENAME_AFTER = Pattern.compile("^\\s*,?\\s*(?:code-?named|named|called|dubbed)"
            + "\\s+(" + CAP + "(?:\\s" + CAP + "){0,3})");
    private static final Pattern DASHED_AFTER = Pattern.compile("^\\s*[\u2014\u2013]\\s*(" + CAP + "(?:\\s" + CAP
            + "){0,3})\\s*[\u2014\u2013,]");
    private static final Pattern QUOTED_BEFORE = Pattern.compile("[\u2018'\"\u201C]([^\u2019'\"\u201D]{2,40})"
            + "[\u2019'\"\u201D]\\s*$");
    private static final Pattern TOPIC_AFTER = Pattern.compile("^\\s*(?:\\([^)]{1,20}\\)\\s*)?\\s+(?:on|regarding"
            + "|concerning|for)\\s+((?:[\\p{Ll}][\\p{L}-]*\\s*){1,4})");
    /** An edition or year after a name: "X-IV", "X VI", "X-2021", "X 5". */
    private static final Pattern EDITION_SUFFIX = Pattern.compile("[- ](?:([IVXLC]{2,6}|I)|(\\d{4}))$"
            + "|(?<=\\p{L}{3}) (\\d{1,2})$");
    private static final Pattern NAME_NUMBER = Pattern.compile("\\d{4}|\\d{1,2}");
    static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
    /** "the third edition of the bilateral exercise": the edition is named before its event word. */
    private static final Pattern EDITION_OF = Pattern.compile("(?i)(?<![\\p{L}\\d])(" + Numbers.ORDINAL
            + ")\\s+(?:edition|instalment|installment|iteration|season|leg)\\s+of\\s+(?:the\\s+|this\\s+year's\\s+)?"
            + "(?:[\\p{L}\\d'\u2019-]+\\s+){0,4}$");
    /** "the naval exercise Samudra Shakti got under way": a capitalised name right after the event word. */
    /** "launched Eastern Bastion, their second joint exercise": the event in apposition to a name is named by it. */
    private static final Pattern APPOSED_BEFORE = Pattern.compile("(" + CAP + "(?:\\s" + CAP
            + "){0,3}),\\s+(?:their|its|the)\\s+$");
    private static final Pattern NAME_AFTER = Pattern.compile("^\\s+(" + CAP + "(?:\\s" + CAP + "){0,2})(?=\\s+\\p{Ll}"
            + "|\\s*[,.;:)]|\\s*$)");

    private final Lexicon lexicon;
    private final EventNames names;
    private final PersonFinder persons;
    private final DesignationFinder designations;

    public EventFinder(Lexicon lexicon, PersonFinder persons, DesignationFinder designations) {
        this.names = new EventNames(lexicon);
        this.lexicon = lexicon;
        this.persons = persons;
        this.designations = designations;
    }

    /** The event mentions of the sentence, in text order (computed once per sentence). */
    public List<Mention> find(SentenceContext context) {
        return context.memo(this, () -> compute(context));
    }

    private List<Mention> compute(SentenceContext context) {
        String s = context.sentence().text();
        List<Candidate> found = candidates(context, s);
        if (found.isEmpty()) {
            return List.of();
        }
        boolean equipment = lexicon.equipmentWordPattern().matcher(s).find();
        List<int[]> clauses = Clauses.of(context);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            if (!kept.isEmpty()) {
                Candidate last = kept.get(kept.size() - 1);
                // "round of talks", "meeting of the consultations": one event named twice.
                if (last.word.eventClass().equals(c.word.eventClass()) && !last.verb && !c.verb
                        && OF_BETWEEN.matcher(s.substring(last.end, c.start)).matches()) {
                    last.typeStart = c.start;
                    last.typeEnd = c.end;
                    last.word = c.word;
                    last.end = c.end;
                    last.lastToken = c.lastToken;
                    continue;
                }
                // "memorandum of understanding (MoU)": the bracketed abbreviation repeats the event just named.
                if (OPEN_BRACKET.matcher(s.substring(last.end, c.start)).matches()
                        && CLOSE_BRACKET_AFTER.matcher(s.substring(c.end)).matches()) {
                    continue;
                }
            }
            kept.add(c);
        }
        kept = supportVerbsDropped(kept, clauses, context.tokens());
        List<PersonFinder.Mention> people = persons.find(context);
        List<DesignationFinder.Designation> families = designations.find(s);
        int[][] spans = kept.stream().map(c -> new int[] {c.start, c.end}).toArray(int[][]::new);
        List<Mention> out = new ArrayList<>();
        int earlier = measuredFrom(context, kept);
        for (Candidate c : kept) {
            c.spans = spans;
            Mention m = c.verb && !c.listed ? verbMention(context, s, c, clauses, people)
                    : mention(context, s, c, equipment, people, families, clauses);
            out.add(earlier >= 0 && m.start() >= earlier ? another(m) : m);
        }
        return ownTimes(out, context.sentence().start());
    }

    /**
     * The mentions with the time of another occurrence left to it alone: "the only agreement not included ... when
     * the last such deal for Rafale aircraft in 2015 was announced" dates the earlier deal, not the agreement the
     * sentence is about, when the other occurrence stands nearer the time than they do.
     */
    private static List<Mention> ownTimes(List<Mention> mentions, int sentenceStart) {
        List<Mention> out = new ArrayList<>(mentions);
        for (Mention o : mentions) {
            if (!o.frame().other() || o.time() == null) {
                continue;
            }
            int from = o.time().start() - sentenceStart;
            int to = o.time().end() - sentenceStart;
            int own = gap(o.start(), o.end(), from, to);
            for (int i = 0; i < out.size(); i++) {
                Mention m = out.get(i);
                if (m != o && !m.frame().other() && m.time() == o.time()
                        && gap(m.start(), m.end(), from, to) > own) {
                    out.set(i, undated(m));
                }
            }
        }
        return out;
    }

    /** The mention without its time (nor the year its key took from it). */
    private static Mention undated(Mention m) {
        EventFrame f = m.frame();
        EventFrame frame = new EventFrame(f.type(), f.lemma(), f.verb(), f.definite(), f.other(), f.name(), f.topic(),
                f.edition(), f.nameYear(), f.participants(), f.entities(), null, f.sentence());
        EventKey k = m.key();
        String year = k.year().equals(yearOf(m.time().span())) ? "" : k.year();
        EventKey key = new EventKey(k.eventClass(), k.participants(), k.name(), k.edition(), year, k.anaphoric(),
                k.other(), k.local());
        return new Mention(m.start(), m.end(), m.word(), key, null, m.since(), frame, m.secondary());
    }

    /**
     * Where the clause of an event measured from another begins: right past "a month after" or "two days before"
     * when an event word stands before that duration ("The incident comes a month after 14 coaches ... derailed",
     * "opened on Wednesday, 17 years after construction began"); -1 when the sentence has none. The events named
     * after it are another occurrence than the one before it.
     */
    private static int measuredFrom(SentenceContext context, List<Candidate> kept) {
        if (kept.size() < 2) {
            return -1;
        }
        String s = context.sentence().text();
        int sentenceStart = context.sentence().start();
        for (TimeExpression t : context.durations()) {
            int end = t.end() - sentenceStart;
            if (end <= 0 || end >= s.length() || t.start() - sentenceStart < kept.get(0).end) {
                continue;
            }
            Matcher m = MEASURED_FROM.matcher(s).region(end, s.length());
            if (m.lookingAt()) {
                return m.end();
            }
        }
        return -1;
    }

    /** "after" or "before" right past a duration: "a month after", "two days before". */
    private static final Pattern MEASURED_FROM = Pattern.compile("\\s+(?:after|before)\\b");

    /** The mention as another occurrence than the events the sentence named before it. */
    private static Mention another(Mention m) {
        EventFrame f = m.frame();
        EventFrame other = new EventFrame(f.type(), f.lemma(), f.verb(), f.definite(), true, f.name(), f.topic(),
                f.edition(), f.nameYear(), f.participants(), f.entities(), f.time(), f.sentence());
        return new Mention(m.start(), m.end(), m.word(), m.key(), m.time(), m.since(), other, m.secondary());
    }

    /**
     * The event words of a sentence in text order: the words and phrases of {@code event_words.csv} (read as the
     * part of speech the tagger gives them, so "shooting" the noun is an attack and the verb is not), then any noun or
     * verb WordNet gives an event type ({@link EventTypes}). A noun that only modifies another noun is no mention
     * unless that noun names an activity ("rescue mission", not "death toll"); two event nouns in a row are one
     * mention, typed by the second ("opening ceremony"). A verb in the first or second person present ("I am visiting
     * hospitals") names no event.
     */
    private List<Candidate> candidates(SentenceContext context, String s) {
        List<Token> tokens = context.tokens();
        boolean[] covered = new boolean[tokens.size()];
        // Tokens a listed event word names; a word listed as no event ("fired": no attack) may still name one
        // through a frame of event_frames.csv ("fired the chief executive").
        boolean[] named = new boolean[tokens.size()];
        List<Candidate> found = new ArrayList<>();
        EventTypes types = lexicon.eventTypes();
        if (lexicon.mayHoldEventWord(s)) {
            boolean equipment = lexicon.equipmentWordPattern().matcher(s).find();
            Matcher m = lexicon.eventPattern().matcher(s);
            while (m.find()) {
                int first = tokenAt(tokens, m.start());
                int last = tokenAt(tokens, m.end() - 1);
                Token t = first >= 0 ? tokens.get(first) : null;
                Lexicon.EventWord w = lexicon.eventWord(m.group(), equipment, pos(t));
                // A row that needs equipment in a sentence naming none ("buy" is then no arms transfer) leaves the
                // word to WordNet ("buy LinkedIn" is an acquisition); a row of class none keeps it from WordNet.
                for (int i = Math.max(0, first); i <= last && i >= 0 && (w != null || equipment); i++) {
                    covered[i] = true;
                }
                // "in March": the month, not a march.
                if (w == null || w.none() || Character.isUpperCase(m.group().charAt(0)) && m.start() > 0
                        && CALENDAR.contains(m.group().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                boolean verb = t != null && first == last && verbal(tokens, first, w);
                if (verb && firstPersonPresent(tokens, first)) {
                    continue;
                }
                String lemma = first >= 0 && first == last ? t.lemma() : Lexicon.norm(m.group());
                Candidate listed = new Candidate(m.start(), m.end(), w, first, last, verb, lemma);
                listed.listed = true;
                found.add(listed);
                for (int i = Math.max(0, first); i <= last && i >= 0; i++) {
                    named[i] = true;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (named[i] || t.tag() != Tag.NOUN && t.tag() != Tag.VERB && t.tag() != Tag.ADJ) {
                continue;
            }
            java.util.Optional<EventTypes.Type> framed = framed(tokens, i, types);
            if ((covered[i] || t.tag() == Tag.ADJ) && framed.isEmpty()) {
                continue;
            }
            boolean verb = t.tag() != Tag.NOUN;
            java.util.Optional<EventTypes.Type> type = framed.isPresent() ? framed
                    : verb ? types.ofVerb(t.lemma()) : types.ofNoun(t.lemma());
            if (type.isEmpty() || verb && (firstPersonPresent(tokens, i) || ability(tokens, i)
                    || framed.isEmpty() && modifier(tokens, i))) {
                continue;
            }
            // "a major calamity", "an incident like this": an indefinite generic word names no event of its own.
            if (!verb && types.generic(type.get().name()) && i > 0 && (tokens.get(i - 1).lower().equals("a")
                    || tokens.get(i - 1).lower().equals("an") || i > 1 && tokens.get(i - 1).tag() == Tag.ADJ
                    && (tokens.get(i - 2).lower().equals("a") || tokens.get(i - 2).lower().equals("an")))) {
                continue;
            }
            EventTypes.Type ty = type.get();
            found.add(new Candidate(t.start(), t.end(), new Lexicon.EventWord(t.text(), ty.name(), ty.name(),
                    ty.recurring(), false, verb ? "verb" : "noun"), i, i, verb, t.lemma()));
        }
        found.removeIf(c -> c.verb && types.secondary(c.word.eventClass()) && toll(tokens, c.token));
        found.sort(java.util.Comparator.comparingInt(c -> c.start));
        // Compounds: "opening ceremony" is one mention; "death toll" none.
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            Candidate c = found.get(k);
            int next = c.lastToken + 1;
            if (c.verb || c.token < 0 || next >= tokens.size()
                    || tokens.get(next).tag() != Tag.NOUN && !nameHead(tokens, c.token, next)) {
                out.add(c);
                continue;
            }
            Candidate head = k + 1 < found.size() && found.get(k + 1).token == next && !found.get(k + 1).verb
                    ? found.get(k + 1) : null;
            if (head != null) {
                head.start = c.start;
                head.firstEnd = c.end;
                continue;
            }
            if (org.crosscheck.nlp.WordSenses.shared().eventShare(tokens.get(next).lemma()) >= ACTIVITY_HEAD) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether the capitalised word after a capitalised event word is the head of the name they start, a common noun
     * ("Launch Vehicle Mark-3", "North Atlantic Treaty Organisation", "EU Merger Regulation"): the name is of a
     * thing, the event word its modifier. A name's own word ("Typhoon Manghut", "Flood Hong Kong") is no such head.
     */
    private static boolean nameHead(List<Token> tokens, int word, int next) {
        Token t = tokens.get(next);
        if (t.tag() != Tag.PROPN || !t.capitalised() || !tokens.get(word).capitalised()) {
            return false;
        }
        org.crosscheck.nlp.WordSenses.Reading r = org.crosscheck.nlp.WordSenses.shared()
                .reading(t.lower(), Tag.NOUN);
        return r != null && r.senses().stream().anyMatch(x -> !x.proper());
    }

    /** Words before a frame verb among which its subject stands ("a ferry carrying 476 passengers capsized"). */
    private static final int SUBJECT_REACH = 10;
    /** Words after a frame verb among which its object stands ("fired several senior executives"). */
    private static final int OBJECT_REACH = 6;

    /**
     * The type a verb (or a participle before its noun: "the capsized ferry") names through event_frames.csv with
     * its subject: the noun it modifies, or a noun among the few words before it in its sentence part ("the ferry
     * sank", "the stricken vessel began to sink"), or for an object frame a noun right after it ("fired the chief
     * executive"). A verb and its particle are one verb when WordNet knows the pair ("goes down").
     */
    private static java.util.Optional<EventTypes.Type> framed(List<Token> tokens, int i, EventTypes types) {
        Token t = tokens.get(i);
        if (t.tag() == Tag.NOUN) {
            return java.util.Optional.empty();
        }
        String verb = t.tag() == Tag.ADJ ? t.lower() : t.lemma();
        String pair = phrasal(tokens, i);
        if (!pair.isEmpty() && (types.framed(pair, false) || types.framed(pair, true))) {
            verb = pair;
        }
        java.util.Optional<EventTypes.Type> none = java.util.Optional.empty();
        if (types.framed(verb, false)) {
            if (i + 1 < tokens.size() && tokens.get(i + 1).tag() == Tag.NOUN && (i == 0 || modifier(tokens, i))) {
                return types.ofFrame(verb, tokens.get(i + 1).lemma(), false);
            }
            if (t.tag() == Tag.VERB && i > 1 && tokens.get(i - 1).text().equals(",")) {
                // "A ferry carrying 462 people, mostly students on a trip, sank": a phrase between the subject and
                // its verb; the subject is the sentence's opening noun phrase.
                for (int j = 0; j < i - 1 && tokens.get(j).tag() != Tag.VERB; j++) {
                    java.util.Optional<EventTypes.Type> type = tokens.get(j).tag() == Tag.NOUN
                            ? types.ofFrame(verb, tokens.get(j).lemma(), false) : none;
                    if (type.isPresent()) {
                        return type;
                    }
                }
            }
            for (int j = i - 1; t.tag() == Tag.VERB && j >= Math.max(0, i - SUBJECT_REACH); j--) {
                Token s = tokens.get(j);
                if (s.tag() == Tag.PUNCT && !s.text().equals("-")) {
                    break;
                }
                java.util.Optional<EventTypes.Type> type = s.tag() == Tag.NOUN ? types.ofFrame(verb, s.lemma(), false)
                        : none;
                if (type.isPresent()) {
                    return type;
                }
            }
        }
        if (t.tag() == Tag.VERB && types.framed(verb, true)) {
            // The object: the nouns and names right after the verb ("fired Chief Executive Parag Agrawal").
            for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + OBJECT_REACH); j++) {
                Token o = tokens.get(j);
                if (o.tag() == Tag.NOUN || o.tag() == Tag.PROPN) {
                    java.util.Optional<EventTypes.Type> type = types.ofFrame(verb, o.lower(), true);
                    if (type.isPresent()) {
                        return type;
                    }
                } else if (o.tag() != Tag.DET && o.tag() != Tag.ADJ && o.tag() != Tag.NUM && o.tag() != Tag.PART
                        && !o.text().equals("-")) {
                    break;
                }
            }
        }
        return none;
    }

    /** The verb and the particle after it as one WordNet verb ("go_down"), or empty when WordNet lacks the pair. */
    private static String phrasal(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i).tag() != Tag.VERB) {
            return "";
        }
        Tag next = tokens.get(i + 1).tag();
        if (next != Tag.ADP && next != Tag.ADV && next != Tag.PART) {
            return "";
        }
        String pair = tokens.get(i).lemma() + "_" + tokens.get(i + 1).lower();
        return org.crosscheck.nlp.WordSenses.shared().reading(pair, Tag.VERB) == null ? "" : pair;
    }

    private static boolean noVerbBetween(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (tokens.get(i).tag() == Tag.VERB) {
                return false;
            }
        }
        return true;
    }

    /**
     * A verb whose clause names an event noun of a compatible type as its object close after it ("signed a deal")
     * or as its subject before it ("the accord was signed") names that noun's event.
     */
    private List<Candidate> supportVerbsDropped(List<Candidate> found, List<int[]> clauses, List<Token> tokens) {
        EventTypes types = lexicon.eventTypes();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            boolean support = false;
            if (c.verb) {
                for (Candidate n : found) {
                    if (n.verb || !Clauses.same(clauses, c.start, n.start)
                            || !types.compatible(c.word.eventClass(), n.word.eventClass())) {
                        continue;
                    }
                    // Its object ("signed a $5 billion deal") or its subject ("the MoU on trade was signed").
                    boolean object = n.token > c.token && n.token - c.token <= SUPPORT_DISTANCE;
                    boolean subject = n.lastToken < c.token && noVerbBetween(tokens, n.lastToken, c.token);
                    if (object || subject) {
                        support = true;
                        break;
                    }
                }
            }
            if (!support) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether a word tagged as a verb stands where no verb can, before a noun it modifies and after a determiner,
     * number, adjective, preposition or punctuation ("four 'Hind E' attack helicopters", "an inter-governmental
     * agreement").
     */
    private static boolean modifier(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i + 1).tag() != Tag.NOUN) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Tag prev = tokens.get(i - 1).tag();
        return prev == Tag.DET || prev == Tag.PUNCT || prev == Tag.NUM || prev == Tag.ADJ || prev == Tag.ADP;
    }

    /** Whether the verb at {@code i} follows "can" or "could": an ability ("Ukraine can win"), not an occurrence. */
    private static boolean ability(List<Token> tokens, int i) {
        int j = i - 1;
        while (j >= 0 && (tokens.get(j).tag() == Tag.ADV || tokens.get(j).lower().equals("not"))) {
            j--;
        }
        return j >= 0 && (tokens.get(j).lower().equals("can") || tokens.get(j).lower().equals("could")
                || tokens.get(j).lower().equals("ca"));
    }

    /**
     * Whether a number stands within a few words of a verb ("12 people died", "killing at least 261"): a toll
     * stated of the event the sentence or article is about, not an event of its own.
     */
    private static boolean toll(List<Token> tokens, int verb) {
        for (int i = Math.max(0, verb - 5); i < Math.min(tokens.size(), verb + 6); i++) {
            if (tokens.get(i).tag() == Tag.NUM) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a listed event word is used as a verb: the tagger says so and the form or its context is a verb's
     * ("visited", "signing", "to sign", "will meet"), not a noun the tagger misread ("a defence cooperation accord").
     */
    private static boolean verbal(List<Token> tokens, int i, Lexicon.EventWord w) {
        Token t = tokens.get(i);
        if (t.tag() != Tag.VERB) {
            return false;
        }
        if (w.pos().equals("verb") || t.lower().endsWith("ed") || t.lower().endsWith("ing")) {
            return true;
        }
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        return prev != null && (prev.tag() == Tag.AUX || prev.tag() == Tag.PRON || prev.tag() == Tag.PART
                || prev.lower().equals("to"));
    }

    /** The part of speech a row of event_words.csv may ask for: noun, verb, or empty for the others. */
    private static String pos(Token t) {
        if (t == null) {
            return "";
        }
        return switch (t.tag()) {
            case NOUN, PROPN -> "noun";
            case VERB -> "verb";
            default -> "";
        };
    }

    /** The index of the token holding a sentence offset, or -1. */
    private static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.start()) {
                hi = mid - 1;
            } else if (offset >= t.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * Whether the verb at {@code i} is in the first or second person present ("I am visiting", "we visit"): a speaker
     * describing what they do, not an event the article reports.
     */
    private static boolean firstPersonPresent(List<Token> tokens, int i) {
        Token v = tokens.get(i);
        String form = v.lower();
        boolean progressive = form.endsWith("ing");
        if (!progressive && !form.equals(v.lemma())) {
            return false;
        }
        boolean be = false;
        int j = i - 1;
        while (j >= 0 && (tokens.get(j).tag() == Tag.ADV || PRESENT_BE.contains(tokens.get(j).lower()))) {
            be |= PRESENT_BE.contains(tokens.get(j).lower());
            j--;
        }
        if (j < 0 || !FIRST_SECOND.contains(tokens.get(j).lower())) {
            return false;
        }
        return progressive ? be : true;
    }

    private Mention mention(SentenceContext context, String s, Candidate c, boolean equipment,
                            List<PersonFinder.Mention> people, List<DesignationFinder.Designation> families,
                            List<int[]> clauses) {
        int start = c.start;
        int end = c.end;
        // The type is the more specific, second word of "round of talks"; the edition belongs to the first.
        Lexicon.EventWord word = c.word;
        String cls = word.eventClass();
        Set<String> participants = new TreeSet<>();

        // Words before the event word, right to left, up to a determiner, preposition, verb, adverb or a person's
        // name (the doer, not a modifier: "Minister X visited").
        List<String> before = new ArrayList<>();
        int edition = 0;
        String determiner = "";
        boolean other = false;
        boolean another = false;
        boolean first = false;
        String possessor = "";
        int cursor = start;
        List<int[]> left = wordsBefore(s, start);
        for (int i = left.size() - 1; i >= 0 && before.size() < 6; i--) {
            int tokenStart = left.get(i)[0];
            String token = s.substring(tokenStart, left.get(i)[1]);
            String lower = token.toLowerCase(Locale.ROOT);
            String gap = s.substring(left.get(i)[1], cursor);
            if (!gap.isBlank() || insidePerson(people, tokenStart)) {
                if (POSSESSIVE.matcher(token).find() && gap.isBlank()) {
                    possessor = token;
                    cursor = tokenStart;
                }
                break;
            }
            another |= ANOTHER.contains(lower);
            OptionalInt ord = Numbers.ordinal(lower);
            // "their first joint exercise" is edition 1 of a recurring event; "the first rail accident" ranks none.
            if (ord.isPresent() && (ord.getAsInt() > 1 || word.recurring())) {
                // Only a recurring event has editions; "the second rail accident in a month" counts accidents.
                edition = word.recurring() ? ord.getAsInt() : edition;
                cursor = tokenStart;
                continue;
            }
            if (POSSESSIVE.matcher(token).find()) {
                possessor = token;
                cursor = tokenStart;
                break;
            }
            if (DEFINITE.contains(lower)) {
                determiner = lower;
                // "the last such deal", "another such summit": such compares the event with the one the article
                // is about, so the word before it makes it another occurrence of that kind.
                if (lower.equals("such") && i > 0 && s.substring(left.get(i - 1)[1], tokenStart).isBlank()) {
                    String prior = s.substring(left.get(i - 1)[0], left.get(i - 1)[1]).toLowerCase(Locale.ROOT);
                    boolean compared = OTHER.contains(prior) || ANOTHER.contains(prior);
                    other |= compared;
                    another |= compared;
                }
                break;
            }
            // "the Zapad 2017 exercise", "Druzhba 5 drills": a year or number right after a name is part of it.
            boolean numbered = before.isEmpty() && NAME_NUMBER.matcher(lower).matches() && i > 0
                    && Character.isUpperCase(s.charAt(left.get(i - 1)[0]))
                    && s.substring(left.get(i - 1)[1], tokenStart).isBlank();
            if (!numbered && (STOP.contains(lower) || STARTS_WITH_DIGIT.matcher(lower).matches()
                    || ADVERB.matcher(lower).matches()
                    || PAST_FORM.matcher(lower).matches() && !lexicon.isGeneric(lower, cls))) {
                // "its other $1bn plus acquisitions": a sum between says nothing, the word before it still does.
                if (STARTS_WITH_DIGIT.matcher(lower).matches() && i > 0 && AMOUNT_GAP.matcher(
                        s.substring(left.get(i - 1)[1], tokenStart)).matches()) {
                    String prior = s.substring(left.get(i - 1)[0], left.get(i - 1)[1]).toLowerCase(Locale.ROOT);
                    another |= prior.equals(OTHER_WORD) || ANOTHER.contains(prior);
                }
                break;
            }
            if (OTHER.contains(lower)) {
                other = true;
            }
            if (lower.startsWith("first")) {
                first = true;
            }
            before.add(0, token);
            cursor = tokenStart;
        }
        // The capitalised run right before the word: a name ("the Sea Shield exercise", "the X Economic Forum").
        // A town stays in the name when the event word is capitalised too: "the Valdai Forum" is a name, "the
        // Valdai meeting" a meeting in Valdai.
        boolean properNoun = start > 0 && Character.isUpperCase(s.charAt(start));
        List<String> capitalised = new ArrayList<>();
        List<String> lowercase = new ArrayList<>();
        for (int i = before.size() - 1; i >= 0; i--) {
            String token = before.get(i);
            Lexicon.Place p = lexicon.place(token.split("-")[0]);
            boolean named = p == null || properNoun && p.type().equals("city");
            boolean cap = (Character.isUpperCase(token.charAt(0)) || i == before.size() - 1
                    && NAME_NUMBER.matcher(token).matches()) && named && !lexicon.isGeneric(token, cls);
            if (cap && lowercase.isEmpty() && !(i == 0 && cursor == 0)) {
                capitalised.add(0, token);
            } else {
                lowercase.add(0, token);
            }
        }
        participants.addAll(countries(window(s, start, end)));

        if (edition == 0) {
            Matcher ed = EDITION_OF.matcher(s.substring(0, cursor));
            if (ed.find()) {
                edition = Numbers.ordinal(ed.group(1)).orElse(0);
            }
        }
        String name = "";
        String topicName = "";
        // A name read from one capitalised word before a lowercase event word that WordNet knows as a common word
        // or that names a person or a day ("the historic Commons defeat", "the Wednesday ceremony"), or from
        // common words of a title-case headline, describes the event; it is no name to tell events apart by. "The
        // Sea Shield exercise" is a name.
        boolean weakName = false;
        boolean personName = false;
        int year = 0;
        String after = s.substring(end);
        String beforeText = s.substring(0, start);
        Matcher q;
        String proper = "";
        // Where a name read after the event word (or quoted before it) stands in the sentence, to check its words.
        int properFrom = -1;
        int properTo = -1;
        boolean quotedBefore = false;
        if ((q = QUOTED_AFTER.matcher(after)).find() || (q = DASHED_AFTER.matcher(after)).find()
                || (q = CODENAME_AFTER.matcher(after)).find() || (quotedBefore = (q = QUOTED_BEFORE.matcher(beforeText))
                .find())) {
            proper = TRAILING_PUNCTUATION.matcher(q.group(1).strip()).replaceAll("");
            properFrom = (quotedBefore ? 0 : end) + q.start(1);
            properTo = (quotedBefore ? 0 : end) + q.end(1);
        } else if ((q = OF_CAPITALISED.matcher(after)).find()) {
            proper = TRAILING_PUNCTUATION.matcher(q.group(1).strip()).replaceAll("");
            properFrom = end + q.start(1);
            properTo = end + q.end(1);
        } else if (!capitalised.isEmpty() && c.verb) {
            // "Holmes sentenced", "Elizabeth Holmes Sentenced": capitals before a verb are its subject, no name.
            proper = "";
        } else if (!capitalised.isEmpty()) {
            weakName = !properNoun && !names.distinctiveRun(capitalised, people, start - String.join(" ", capitalised)
                    .length() - 1) && (capitalised.size() == 1 || EventNames.titleCase(context));
            proper = String.join(" ", capitalised)
                    + (Character.isUpperCase(s.charAt(start)) ? " " + s.substring(start, c.firstEnd) : "");
        } else if (word.recurring() && (q = NAME_AFTER.matcher(after)).find() && names.isSeriesName(q.group(1), people,
                end + q.start(1))) {
            proper = q.group(1);
            properFrom = end + q.start(1);
            properTo = end + q.end(1);
        } else if (word.recurring() && (q = APPOSED_BEFORE.matcher(s.substring(0, cursor))).find()
                && names.isSeriesName(q.group(1), people, q.start(1))) {
            proper = q.group(1);
            properFrom = q.start(1);
            properTo = q.end(1);
        }
        if (!proper.isEmpty() && properFrom >= 0 && !lexicon.isKnownName(proper, cls)
                && !names.plausible(context, properFrom, properTo)) {
            proper = "";
        }
        // "the June 14 blaze", "the Jun 12 summit": a date before the event word is its time, neither name nor edition.
        if (!proper.isEmpty() && CALENDAR.contains(SPACES.split(proper.strip())[0].toLowerCase(Locale.ROOT))) {
            proper = "";
        }
        if (!proper.isEmpty()) {
            Matcher suffix = EDITION_SUFFIX.matcher(proper);
            if (suffix.find() && !lexicon.isKnownName(proper, cls)) {
                if (suffix.group(1) != null) {
                    edition = Numbers.roman(suffix.group(1)).orElse(edition);
                } else if (suffix.group(2) != null) {
                    year = Integer.parseInt(suffix.group(2));
                } else {
                    edition = Integer.parseInt(suffix.group(3));
                }
                proper = proper.substring(0, suffix.start());
            }
            name = names.properName(proper, cls, participants);
        }
        if (name.isEmpty() && lexicon.transfersEquipment(cls) && !families.isEmpty()) {
            DesignationFinder.Designation nearest = families.get(0);
            for (DesignationFinder.Designation d : families) {
                if (Math.abs(d.start() - start) < Math.abs(nearest.start() - start)) {
                    nearest = d;
                }
            }
            name = Lexicon.key(nearest.family());
            weakName = false;
        }
        if (name.isEmpty() && c.verb && !word.recurring()) {
            name = objectName(context, c, people, cls, participants);
        }
        if (name.isEmpty()) {
            // The words before a verb are its subject ("Microsoft acquired"), no topic.
            List<String> topic = new ArrayList<>(c.verb ? List.of() : lowercase);
            Matcher t = TOPIC_AFTER.matcher(after);
            if (t.find()) {
                topic.addAll(EventNames.leadingContentWords(t.group(1)));
            } else if (word.recurring() && (q = OF_LOWER.matcher(after)).find()) {
                topic.addAll(EventNames.leadingContentWords(q.group(1)));
            }
            name = names.topicName(designated(topic, s, families), cls, participants, names.describing(context));
            topicName = name;
        }
        if (name.isEmpty() && !possessor.isEmpty()) {
            for (PersonFinder.Mention p : people) {
                if (p.end() <= start && p.end() >= cursor) {
                    name = names.personKey(p.name());
                    personName = true;
                }
            }
        }
        boolean definite = !determiner.isEmpty();
        if (name.isEmpty() && !definite) {
            PersonFinder.Mention agent = null;
            for (PersonFinder.Mention p : people) {
                if (Clauses.same(clauses, start, p.start()) && (agent == null || (agent.end() > start
                        && p.end() <= start))) {
                    agent = p;
                }
            }
            if (agent != null && (agent.end() <= start
                    || agent.start() >= end && BY_BETWEEN.matcher(s.substring(end, agent.start())).matches())) {
                name = names.personKey(agent.name());
                personName = true;
            }
        }

        TimeExpression[] times = times(context, s, start, end, clauses, c.spans);
        TimeExpression time = times[0];
        TimeExpression since = times[1];
        String yearText = year > 0 ? Integer.toString(year) : time == null ? "" : yearOf(time.span());
        boolean anaphoric = name.isEmpty() && definite && edition == 0;
        boolean series = since != null;
        String keyYear = word.recurring() && edition == 0 && !series ? yearText : "";
        EventKey key = new EventKey(cls, List.copyOf(participants), name, series ? 0 : edition, keyYear,
                anaphoric, other, "");
        boolean strong = topicName.isEmpty() && !weakName && (!personName || lexicon.eventTypes().personal(cls));
        EventFrame frame = new EventFrame(cls, c.lemma, c.verb, definite || !possessor.isEmpty(), another,
                strong ? name : "", topicName, edition, year, List.copyOf(participants),
                names.entities(context, people), time == null ? null : time.span(), context.sentence().index());
        return new Mention(start, end, word, key, time, since, frame, lexicon.eventTypes().secondary(cls));
    }

    /**
     * The topic words cut to an equipment designation among them: the nouns around a designation say what kind of
     * thing it is, so "the $5.43 billion S-400 missile deal", "the S-400 air defence system deal" and "the S-400
     * deal" have one topic, the S-400.
     */
    private static List<String> designated(List<String> topic, String s, List<DesignationFinder.Designation> families) {
        for (DesignationFinder.Designation d : families) {
            String written = s.substring(Math.max(0, d.start()), Math.min(s.length(), d.end()));
            for (String w : topic) {
                if (w.equalsIgnoreCase(written)) {
                    return List.of(w);
                }
            }
        }
        return topic;
    }

    /**
     * A verb mention: its participants and time, and for a one-off event its object when that is a proper name
     * ("Microsoft will buy LinkedIn", "acquired Skype in 2011", "launched Chandrayaan-3"): what tells one such event
     * from another of its type in the same article. A verb has no edition of its own.
     */
    private Mention verbMention(SentenceContext context, String s, Candidate c, List<int[]> clauses,
                                List<PersonFinder.Mention> people) {
        String cls = c.word.eventClass();
        Set<String> found = new TreeSet<>(countries(window(s, c.start, c.end)));
        String name = c.word.recurring() ? "" : objectName(context, c, people, cls, found);
        List<String> participants = List.copyOf(found);
        TimeExpression[] times = times(context, s, c.start, c.end, clauses, c.spans);
        String keyYear = c.word.recurring() && times[1] == null && times[0] != null ? yearOf(times[0].span()) : "";
        EventKey key = new EventKey(cls, participants, name, 0, keyYear, false, false, "");
        EventFrame frame = new EventFrame(cls, c.lemma, true, false, false, name, "", 0, 0, participants,
                names.entities(context, people), times[0] == null ? null : times[0].span(), context.sentence().index());
        return new Mention(c.start, c.end, c.word, key, times[0], times[1], frame,
                lexicon.eventTypes().secondary(cls));
    }

    /**
     * The name of a verb's object when it is a run of proper nouns right after the verb (a determiner between):
     * not a person, a title, a month or weekday; countries in it move to the participants. Empty otherwise.
     */
    private String objectName(SentenceContext context, Candidate c, List<PersonFinder.Mention> people, String cls,
                              Set<String> participants) {
        List<Token> tokens = context.tokens();
        int i = c.token + 1;
        if (i < tokens.size() && tokens.get(i).tag() == Tag.DET) {
            i++;
        }
        int from = i;
        while (i < tokens.size() && tokens.get(i).tag() == Tag.PROPN && tokens.get(i).capitalised()) {
            i++;
        }
        if (i == from && c.token > 0) {
            int[] antecedent = relativeObject(tokens, c.token);
            if (antecedent != null) {
                from = antecedent[0];
                i = antecedent[1];
            }
        }
        if (i == from || c.token < 0) {
            return "";
        }
        String s = context.sentence().text();
        int start = tokens.get(from).start();
        int end = tokens.get(i - 1).end();
        String run = s.substring(start, end);
        if (insidePerson(people, start) || !names.isSeriesName(run, people, start)
                || !EventNames.plausible(context, start, end)) {
            return "";
        }
        return names.properName(run, cls, participants);
    }

    /**
     * The object of a verb in a relative clause with a subject of its own: "Lynda.com, a channel for training videos
     * that LinkedIn bought" bought Lynda.com, the proper name before "that" or "which" (an apposition or a few words
     * of its noun phrase between), not LinkedIn. Token range {@code [from, to)}, or {@code null}.
     */
    private static int[] relativeObject(List<Token> tokens, int verb) {
        int j = verb - 1;
        while (j >= 0 && tokens.get(j).tag() == Tag.PROPN) {
            j--;
        }
        if (j == verb - 1 || j < 0 || !RELATIVE.contains(tokens.get(j).lower())) {
            return null;
        }
        for (int k = j - 1; k >= 0 && k >= j - 9; k--) {
            Token t = tokens.get(k);
            if (t.tag() == Tag.PROPN && t.capitalised()) {
                int start = k;
                while (start > 0 && tokens.get(start - 1).tag() == Tag.PROPN && tokens.get(start - 1).capitalised()) {
                    start--;
                }
                return new int[] {start, k + 1};
            }
            if (t.tag() == Tag.VERB || t.tag() == Tag.AUX || t.tag() == Tag.PRON) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> RELATIVE = Set.of("that", "which");
    /** Only a conjunction between a time and the mention after it: the time ends the conjunct before. */
    private static final Pattern CONJUNCTION = Pattern.compile("\\s*,?\\s*(?:and|but|then|and then)\\s+");
    /** How far after a mention its own time may stand to take precedence over the conjunct before. */
    private static final int CONJUNCT_REACH = 40;

    /**
     * The time attached to a mention at {@code start} (the nearest of its clause, else of its sentence) and the
     * SINCE time of its clause: {@code [time, since]}, either {@code null}.
     */
    private TimeExpression[] times(SentenceContext context, String s, int start, int end,
                                          List<int[]> clauses, int[][] spans) {
        TimeExpression time = null;
        TimeExpression since = null;
        int sentenceStart = context.sentence().start();
        // "started at 3.30 pm and arrived at Balasore at 6.30 pm": a time of the conjunct before, when the mention's
        // own comes after it.
        boolean ownAfter = false;
        for (TimeExpression t : context.times()) {
            int ts = t.start() - sentenceStart;
            ownAfter |= ts >= end && ts - end <= CONJUNCT_REACH && Clauses.same(clauses, start, Math.min(ts,
                    s.length() - 1));
        }
        for (TimeExpression t : context.times()) {
            int ts = t.start() - sentenceStart;
            int te = t.end() - sentenceStart;
            if (ownAfter && te <= start && te >= 0 && CONJUNCTION.matcher(s.substring(te, start)).matches()) {
                continue;
            }
            boolean sameClause = Clauses.same(clauses, start, Math.max(0, Math.min(ts, s.length() - 1)));
            // "rose to 87 as of 10 p.m. Monday": the moment a figure stood at dates no event.
            if (ts >= 0 && ts <= s.length() && lexicon.statusTime(s.substring(0, ts))) {
                continue;
            }
            if (!sameClause || reportingTime(context.tokens(), ts, start, end) || nearer(spans, start, end, ts,
                    t.end() - sentenceStart, clauses) || datesAName(context, ts, t.end() - sentenceStart, start)
                    || t.span() != null && COARSE.contains(t.span().granularity())
                    || comparedTime(context.tokens(), ts < start ? t.end() - sentenceStart : end, ts < start ? start : ts)
                    || ts >= end && reducedRelative(context.tokens(), end, ts)) {
                continue;
            }
            if ("SINCE".equals(t.relation()) && firstSince(s, ts)) {
                continue;
            }
            if ("SINCE".equals(t.relation())) {
                if (sameClause && (since == null || distance(ts, start) < distance(since.start() - sentenceStart,
                        start))) {
                    since = t;
                }
                continue;
            }
            if (time == null) {
                time = t;
                continue;
            }
            int tsBest = time.start() - sentenceStart;
            boolean bestSame = Clauses.same(clauses, start, Math.max(0, Math.min(tsBest, s.length() - 1)));
            if (sameClause && !bestSame || sameClause == bestSame && distance(ts, start) < distance(tsBest, start)) {
                time = t;
            }
        }
        return new TimeExpression[] {time, since};
    }

    /** Granularities no event of the news is dated by: "turnout numbers from the 1940s" compares, it dates nothing. */
    private static final Set<String> COARSE = Set.of("DECADE", "CENTURY");

    /**
     * Whether the time at sentence offsets {@code [from, to)} premodifies a proper name other than the mention at
     * {@code mention}, or a common noun phrase other than the mention's: "the 1950-53 Korean War", "the 2016 US
     * elections" and "the biggest protest since the 1997 handover" date the war, the elections and the handover, while
     * "the 2018 Singapore summit" and "the 2015 defence deal" date the summit and the deal.
     */
    private static boolean datesAName(SentenceContext context, int from, int to, int mention) {
        List<Token> tokens = context.tokens();
        Token before = null;
        int next = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() <= from) {
                before = t;
            } else if (t.start() >= to && next < 0) {
                next = i;
            }
        }
        if (before == null || before.tag() != Tag.DET || next < 0) {
            return false;
        }
        Token first = tokens.get(next);
        boolean name = first.capitalised() && (first.tag() == Tag.PROPN || first.tag() == Tag.ADJ);
        if (!name && first.tag() != Tag.NOUN) {
            return false;
        }
        // A name's capitalised run, or a common noun phrase ("the 1997 handover", "the 2015 defence deal").
        int i = next;
        while (i < tokens.size() && tokens.get(i).start() < mention && (name ? tokens.get(i).capitalised()
                : tokens.get(i).tag() == Tag.NOUN || tokens.get(i).tag() == Tag.ADJ)) {
            i++;
        }
        // The capitalised run leads up to the mention's own word: the time dates the mention.
        return !(i < tokens.size() && tokens.get(i).start() == mention);
    }

    /**
     * Whether a SINCE time at sentence offset {@code at} follows "first": "the first visit since 2009" dates the
     * previous instance, not the start of a series.
     */
    public static boolean firstSince(String s, int at) {
        return FIRST_BEFORE.matcher(s.substring(Math.max(0, at - 60), Math.max(0, at))).find();
    }

    /**
     * Whether another event word of the clause stands right by a time that the one at {@code [start, end)} stands
     * further from: "the worst accident after the May 2010 disaster" dates the disaster, not the accident, and "eight
     * days of debate following the EU referendum of June 2016" the referendum. Distances are between the spans.
     */
    private static boolean nearer(int[][] spans, int start, int end, int from, int to, List<int[]> clauses) {
        int own = gap(start, end, from, to);
        for (int[] other : spans) {
            int d = gap(other[0], other[1], from, to);
            if (other[0] != start && Clauses.same(clauses, other[0], from) && d < own && d <= ADJACENT) {
                return true;
            }
        }
        return false;
    }

    /** Characters between two spans, 0 when they overlap. */
    private static int gap(int start, int end, int from, int to) {
        return end <= from ? from - end : to <= start ? start - to : 0;
    }

    /**
     * Whether a verb of comparison stands between a mention and a time, or "than" right before the time ({@code [from, to)}, sentence
     * offsets): "the biggest defeat, outstripping Labour in 1924", "a bigger crowd than in 2003". The time dates what
     * the event is measured against, not the event.
     */
    private static boolean comparedTime(List<Token> tokens, int from, int to) {
        org.crosscheck.nlp.WordSenses senses = org.crosscheck.nlp.WordSenses.shared();
        // "than" only right before the time ("than in 2003"): "more than 11 years in prison Friday" compares a figure.
        boolean than = false;
        for (Token t : tokens) {
            if (t.start() < from || t.end() > to) {
                continue;
            }
            if (t.tag() == Tag.VERB && senses.reachShare(t.lemma(), Tag.VERB, COMPARING) >= 0.5) {
                return true;
            }
            than = t.lower().equals("than") || than && (t.tag() == Tag.ADP || t.tag() == Tag.DET);
        }
        return than;
    }

    /**
     * Whether a participle and its agent right after a noun open a reduced relative clause between a mention and a later time
     * ({@code [from, to)}): "reaffirmed the Panmunjom Declaration signed by Mr Kim ... in April" dates the signing of
     * the declaration, not the reaffirming.
     */
    private static boolean reducedRelative(List<Token> tokens, int from, int to) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() < from || t.end() > to) {
                continue;
            }
            Token before = tokens.get(i - 1);
            // the agent's "by" tells the participle from a finite verb ("an express train derailed in ...")
            if (t.tag() == Tag.VERB && t.lower().endsWith("ed") && before.start() >= from
                    && (before.tag() == Tag.NOUN || before.tag() == Tag.PROPN) && i + 1 < tokens.size()
                    && tokens.get(i + 1).lower().equals("by")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that measure one thing against another, by the WordNet senses they lie at or below ("outstrip"). */
    private static final Set<String> COMPARING = Set.of("surpass.v.02", "exceed.v.01", "exceed.v.02");

    /** Verbs of saying, by the WordNet senses they lie below ("said", "told", "announced", "reported"). */
    private static final Set<String> SAYING = Set.of("say.v.01", "state.v.01", "tell.v.02", "announce.v.01",
            "report.v.01");
    private static final Pattern FIRST_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])first(?![\\p{L}])[^.;,]*$");
    /** Characters between a time and an event word it is read with alone ("the May 2010 disaster"). */
    private static final int ADJACENT = 12;

    /**
     * Whether a time at sentence offset {@code at} dates a report rather than the event at {@code event}: it follows
     * a verb of saying ("said on Saturday", "announced Monday", "told reporters on Sunday") that is not the event
     * word itself.
     */
    private static boolean reportingTime(List<Token> tokens, int at, int event, int eventEnd) {
        int i = tokenAt(tokens, at) - 1;
        int skipped = 0;
        while (i >= 0 && skipped < 3 && (tokens.get(i).tag() == Tag.ADP || tokens.get(i).tag() == Tag.DET
                || tokens.get(i).tag() == Tag.ADV || tokens.get(i).tag() == Tag.PRON
                || tokens.get(i).tag() == Tag.NOUN && skipped > 0)) {
            i--;
            skipped++;
        }
        if (i < 0 || tokens.get(i).tag() != Tag.VERB || tokens.get(i).start() >= event
                && tokens.get(i).start() < eventEnd) {
            return false;
        }
        return org.crosscheck.nlp.WordSenses.shared().reachShare(tokens.get(i).lower(), Tag.VERB, SAYING) >= 0.5;
    }

    /** Country keys of the places and demonyms of a text, sorted. */
    public List<String> countries(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = lexicon.placePattern().matcher(text);
        while (m.find()) {
            Lexicon.Place p = lexicon.place(m.group());
            if (p != null && !p.countryKey().isEmpty()) {
                out.add(p.countryKey());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The subject for a claim at an offset of the sentence: the key of the governing event mention, or
     * {@code *:<countries>:} ("the event the article was last talking about") when the sentence names none.
     */
    public String subjectAt(List<Mention> mentions, SentenceContext context, int offset) {
        return subjectOf(governing(mentions, context, offset), context);
    }

    private String subjectOf(Mention governing, SentenceContext context) {
        return governing != null ? governing.key().format()
                : new EventKey(ClaimConventions.ANY_EVENT, context.memo(COUNTRIES, () -> countries(
                        context.sentence().text())), "", 0, "", true, false, "").format();
    }

    /**
     * A claim on [start, end) of the sentence about the event mention that governs it: the event's subject (see
     * {@link #subjectAt}) and time, and the modality of the claim's own words. The caller adds what it claims.
     */
    public Claim.Builder claimAbout(String extractor, SentenceContext context, List<Mention> mentions,
                                    ModalityDetector modality, int start, int end) {
        Mention governing = governing(mentions, context, start);
        ModalityDetector.Modality mod = modality.at(context, start, end)
                .dated(governing == null ? null : governing.timeSpan(), context.published());
        return context.claim(extractor, context.fileOffset(start), context.fileOffset(end))
                .subject(subjectOf(governing, context))
                .modality(mod.modality())
                .negated(mod.negated())
                .time(governing == null ? null : governing.timeSpan());
    }

    /**
     * The mention governing an offset: the nearest in its clause, else the nearest in the sentence; a secondary one
     * (an announcement, a death) only when the sentence names no other event.
     */
    public static Mention governing(List<Mention> mentions, SentenceContext context, int offset) {
        List<int[]> clauses = Clauses.of(context);
        boolean primary = false;
        for (Mention m : mentions) {
            primary |= !m.secondary();
        }
        Mention best = null;
        boolean bestSame = false;
        for (Mention m : mentions) {
            if (primary && m.secondary()) {
                continue;
            }
            boolean same = Clauses.same(clauses, offset, m.start());
            if (best == null || same && !bestSame
                    || same == bestSame && distance(m.start(), offset) < distance(best.start(), offset)) {
                best = m;
                bestSame = same;
            }
        }
        return best;
    }

    /** The year of a span: the leading year of its value, else the year its interval lies in. */
    public static String yearOf(TimeSpan span) {
        if (span == null) {
            return "";
        }
        if (span.value() != null && LEADING_YEAR.matcher(span.value()).matches()) {
            return span.value().substring(0, 4);
        }
        if (span.start() != null && span.end() != null && span.start().getYear() == span.end().getYear()) {
            return Integer.toString(span.start().getYear());
        }
        return "";
    }

    private static int distance(int a, int b) {
        return Math.abs(a - b);
    }

    private static boolean insidePerson(List<PersonFinder.Mention> people, int offset) {
        for (PersonFinder.Mention p : people) {
            if (offset >= p.start() && offset < p.end()) {
                return true;
            }
        }
        return false;
    }

    /** The text within {@value #WINDOW} words either side of a span: where an event's participants are named. */
    private static String window(String s, int start, int end) {
        int from = start;
        for (int n = 0; n <= WINDOW && from > 0; ) {
            from--;
            if (Character.isWhitespace(s.charAt(from)) && from > 0 && !Character.isWhitespace(s.charAt(from - 1))) {
                n++;
            }
        }
        int to = end;
        for (int n = 0; n <= WINDOW && to < s.length(); to++) {
            if (Character.isWhitespace(s.charAt(to)) && to + 1 < s.length() && !Character.isWhitespace(s.charAt(to + 1))) {
                n++;
            }
        }
        return s.substring(from, Math.min(to, s.length()));
    }

    private static List<int[]> wordsBefore(String s, int end) {
        List<int[]> out = new ArrayList<>();
        Matcher w = WORD.matcher(s.substring(0, end));
        while (w.find()) {
            int e = w.end();
            // A trailing full stop belongs to the sentence, not the word.
            while (e > w.start() + 1 && s.charAt(e - 1) == '.') {
                e--;
            }
            out.add(new int[] {w.start(), e});
        }
        return out;
    }
}
