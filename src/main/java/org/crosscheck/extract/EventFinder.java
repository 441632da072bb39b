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
import org.crosscheck.fact.TimeSpan;
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
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_FUNCTION_WORDS = Pattern.compile("^(?:the|of|on|and)-|-(?:the|of|on|and)$");
    private static final Pattern GERUND = Pattern.compile("\\p{L}+ing");
    private static final Pattern LEADING_YEAR = Pattern.compile("\\d{4}(?:$|-.*)");

    /**
     * An event mention (sentence offsets).
     *
     * @param start  first character of the event word
     * @param end    just past the event word
     * @param word   the event word entry
     * @param key    provisional event key
     * @param time   the attached time expression (not a SINCE one), or {@code null}
     * @param since  a SINCE time expression attached to the mention, or {@code null}
     */
    public record Mention(int start, int end, Lexicon.EventWord word, EventKey key, TimeExpression time,
                          TimeExpression since) {
        public TimeSpan timeSpan() {
            return time == null ? null : time.span();
        }
    }

    /** Memo key of the countries of a whole sentence. */
    private static final Object COUNTRIES = new Object();
    /** Words either side of an event word within which its participants are named. */
    static final int WINDOW = 12;
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "such", "said");
    private static final Set<String> STOP = Set.of("a", "an", "the", "this", "that", "these", "those", "such",
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
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "tomorrow", "yesterday");
    private static final Set<String> OTHER = Set.of("next", "another", "upcoming", "following", "previous", "last",
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
    private static final Pattern EDITION_SUFFIX = Pattern.compile("[- ](?:([IVXLC]{2,6}|I)|(\\d{4}))$");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
    /** "the third edition of the bilateral exercise": the edition is named before its event word. */
    private static final Pattern EDITION_OF = Pattern.compile("(?i)(?<![\\p{L}\\d])(" + Numbers.ORDINAL
            + ")\\s+(?:edition|instalment|installment|iteration|season|leg)\\s+of\\s+(?:the\\s+|this\\s+year's\\s+)?"
            + "(?:[\\p{L}\\d'\u2019-]+\\s+){0,4}$");
    /** "the naval exercise Samudra Shakti got under way": a capitalised name right after the event word. */
    private static final Pattern NAME_AFTER = Pattern.compile("^\\s+(" + CAP + "(?:\\s" + CAP + "){0,2})(?=\\s+\\p{Ll}"
            + "|\\s*[,.;:)]|\\s*$)");

    private final Lexicon lexicon;
    private final PersonFinder persons;
    private final DesignationFinder designations;

    public EventFinder(Lexicon lexicon, PersonFinder persons, DesignationFinder designations) {
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
        List<int[]> spans = new ArrayList<>();
        if (!lexicon.mayHoldEventWord(s)) {
            return List.of();
        }
        boolean equipment = lexicon.equipmentWordPattern().matcher(s).find();
        Matcher m = lexicon.eventPattern().matcher(s);
        while (m.find()) {
            Lexicon.EventWord w = lexicon.eventWord(m.group(), equipment);
            if (w == null) {
                continue;
            }
            // "round of talks", "meeting of the consultations": one event named twice.
            if (!spans.isEmpty()) {
                int[] last = spans.get(spans.size() - 1);
                Lexicon.EventWord lw = lexicon.eventWord(s.substring(last[0], last[1]), equipment);
                if (lw.eventClass().equals(w.eventClass())
                        && OF_BETWEEN.matcher(s.substring(last[1], m.start())).matches()) {
                    last[2] = m.start();
                    last[3] = m.end();
                    continue;
                }
            }
            // "memorandum of understanding (MoU)": the bracketed abbreviation repeats the event just named.
            if (!spans.isEmpty()
                    && OPEN_BRACKET.matcher(s.substring(spans.get(spans.size() - 1)[3], m.start())).matches()
                    && CLOSE_BRACKET_AFTER.matcher(s.substring(m.end())).matches()) {
                continue;
            }
            spans.add(new int[] {m.start(), m.end(), m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        List<PersonFinder.Mention> people = persons.find(context);
        List<DesignationFinder.Designation> families = designations.find(s);
        List<int[]> clauses = Clauses.of(context);
        List<Mention> out = new ArrayList<>();
        for (int[] span : spans) {
            out.add(mention(context, s, span, equipment, people, families, clauses));
        }
        return out;
    }

    private Mention mention(SentenceContext context, String s, int[] span, boolean equipment,
                            List<PersonFinder.Mention> people, List<DesignationFinder.Designation> families,
                            List<int[]> clauses) {
        int start = span[0];
        int end = span[3];
        // The type is the more specific, second word of "round of talks"; the edition belongs to the first.
        Lexicon.EventWord word = lexicon.eventWord(s.substring(span[2], span[3]), equipment);
        String cls = word.eventClass();
        Set<String> participants = new TreeSet<>();

        // Words before the event word, right to left, up to a determiner, preposition, verb, adverb or a person's
        // name (the doer, not a modifier: "Minister X visited").
        List<String> before = new ArrayList<>();
        int edition = 0;
        String determiner = "";
        boolean other = false;
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
            OptionalInt ord = Numbers.ordinal(lower);
            if (ord.isPresent() && ord.getAsInt() > 1) {
                edition = ord.getAsInt();
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
                break;
            }
            if (STOP.contains(lower) || STARTS_WITH_DIGIT.matcher(lower).matches() || ADVERB.matcher(lower).matches()
                    || PAST_FORM.matcher(lower).matches() && !lexicon.isGeneric(lower, cls)) {
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
            boolean cap = Character.isUpperCase(token.charAt(0)) && named && !lexicon.isGeneric(token, cls);
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
        int year = 0;
        String after = s.substring(end);
        String beforeText = s.substring(0, start);
        Matcher q;
        String proper = "";
        if ((q = QUOTED_AFTER.matcher(after)).find() || (q = DASHED_AFTER.matcher(after)).find()
                || (q = CODENAME_AFTER.matcher(after)).find() || (q = QUOTED_BEFORE.matcher(beforeText)).find()) {
            proper = TRAILING_PUNCTUATION.matcher(q.group(1).strip()).replaceAll("");
        } else if ((q = OF_CAPITALISED.matcher(after)).find()) {
            proper = TRAILING_PUNCTUATION.matcher(q.group(1).strip()).replaceAll("");
        } else if (!capitalised.isEmpty()) {
            proper = String.join(" ", capitalised)
                    + (Character.isUpperCase(s.charAt(start)) ? " " + s.substring(start, span[1]) : "");
        } else if (word.recurring() && (q = NAME_AFTER.matcher(after)).find() && isSeriesName(q.group(1), people,
                end + q.start(1))) {
            proper = q.group(1);
        }
        if (!proper.isEmpty()) {
            Matcher suffix = EDITION_SUFFIX.matcher(proper);
            if (suffix.find() && !lexicon.isKnownName(proper, cls)) {
                if (suffix.group(1) != null) {
                    edition = Numbers.roman(suffix.group(1)).orElse(edition);
                } else {
                    year = Integer.parseInt(suffix.group(2));
                }
                proper = proper.substring(0, suffix.start());
            }
            name = properName(proper, cls, participants);
        }
        if (name.isEmpty() && cls.equals(EquipmentExtractor.TRANSFER) && !families.isEmpty()) {
            DesignationFinder.Designation nearest = families.get(0);
            for (DesignationFinder.Designation d : families) {
                if (Math.abs(d.start() - start) < Math.abs(nearest.start() - start)) {
                    nearest = d;
                }
            }
            name = Lexicon.key(nearest.family());
        }
        if (name.isEmpty()) {
            List<String> topic = new ArrayList<>(lowercase);
            Matcher t = TOPIC_AFTER.matcher(after);
            if (t.find()) {
                topic.addAll(leadingContentWords(t.group(1)));
            } else if (word.recurring() && (q = OF_LOWER.matcher(after)).find()) {
                topic.addAll(leadingContentWords(q.group(1)));
            }
            name = topicName(topic, cls, participants);
        }
        if (name.isEmpty() && !possessor.isEmpty()) {
            for (PersonFinder.Mention p : people) {
                if (p.end() <= start && p.end() >= cursor) {
                    name = personKey(p.name());
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
                name = personKey(agent.name());
            }
        }

        TimeExpression time = null;
        TimeExpression since = null;
        int sentenceStart = context.sentence().start();
        for (TimeExpression t : context.times()) {
            int ts = t.start() - sentenceStart;
            boolean sameClause = Clauses.same(clauses, start, Math.max(0, Math.min(ts, s.length() - 1)));
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
        String yearText = year > 0 ? Integer.toString(year) : time == null ? "" : yearOf(time.span());
        boolean anaphoric = name.isEmpty() && definite && edition == 0;
        boolean series = since != null;
        String keyYear = word.recurring() && edition == 0 && !series ? yearText : "";
        EventKey key = new EventKey(cls, List.copyOf(participants), name, series ? 0 : edition, keyYear,
                anaphoric, other, "");
        return new Mention(start, end, word, key, time, since);
    }

    /**
     * Whether a capitalised run after an event word names the series: not a place, a person, a title, an event
     * word, a month or a weekday ("talks Monday", "the summit President X attended" are not names).
     */
    private boolean isSeriesName(String run, List<PersonFinder.Mention> people, int offset) {
        for (PersonFinder.Mention p : people) {
            if (offset < p.end() && p.start() < offset + run.length()) {
                return false;
            }
        }
        for (String token : SPACES.split(run)) {
            String t = POSSESSIVE.matcher(token).replaceAll("");
            if (lexicon.place(t) != null || lexicon.title(t) != null || lexicon.eventWord(t) != null
                    || lexicon.person(t) != null || CALENDAR.contains(t.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical form of a proper name: aliases applied, countries moved to the participants. A town stays in
     * the name ("Munich Security Conference", a quoted 'Valdai Forum') and adds its country as a participant.
     */
    private String properName(String raw, String cls, Set<String> participants) {
        String canonical = lexicon.canonicalName(raw, cls);
        if (lexicon.isKnownName(raw, cls)) {
            return Lexicon.key(canonical);
        }
        List<String> kept = new ArrayList<>();
        for (String token : SPACES.split(raw)) {
            List<String> parts = new ArrayList<>();
            for (String part : token.split("-")) {
                Lexicon.Place p = lexicon.place(POSSESSIVE.matcher(part).replaceAll(""));
                if (p != null && !p.countryKey().isEmpty()) {
                    participants.add(p.countryKey());
                }
                if (p == null || p.type().equals("city")) {
                    parts.add(part);
                }
            }
            if (!parts.isEmpty()) {
                kept.add(String.join("-", parts));
            }
        }
        String rest = String.join(" ", kept);
        String again = lexicon.canonicalName(rest, cls);
        String key = Lexicon.key(again);
        return EDGE_FUNCTION_WORDS.matcher(key).replaceAll("");
    }

    /** Topic words as a name: generic words, the event words of the class and countries dropped. */
    private String topicName(List<String> words, String cls, Set<String> participants) {
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            for (String part : w.split("-")) {
                Lexicon.Place p = lexicon.place(part);
                if (p != null && !p.countryKey().isEmpty()) {
                    participants.add(p.countryKey());
                    continue;
                }
                String lower = part.toLowerCase(Locale.ROOT);
                if (lower.isEmpty() || lexicon.isGeneric(lower, cls) || lexicon.isGeneric(w, cls)
                        || lexicon.isEventWordOf(lower, cls) || STOP.contains(lower) || OTHER.contains(lower)
                        || Numbers.ordinal(lower).isPresent()) {
                    continue;
                }
                kept.add(lower);
            }
        }
        String joined = String.join(" ", kept);
        String canonical = lexicon.canonicalName(joined, cls);
        return Lexicon.key(canonical);
    }

    private String personKey(String name) {
        String known = lexicon.person(name);
        return Lexicon.key(known == null ? name : known);
    }

    private static List<String> leadingContentWords(String text) {
        List<String> out = new ArrayList<>();
        String[] words = SPACES.split(text.strip());
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            // "cooperation in education" and "cooperation in fisheries" are different accords: a topic goes on
            // through "in" or "of" straight into another content word.
            if (!out.isEmpty() && (lower.equals("in") || lower.equals("of")) && i + 1 < words.length
                    && isContent(words[i + 1])) {
                continue;
            }
            if (STOP.contains(lower) || GERUND.matcher(lower).matches()) {
                break;
            }
            out.add(words[i]);
        }
        return out;
    }

    private static boolean isContent(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !STOP.contains(lower) && !GERUND.matcher(lower).matches() && Character.isLowerCase(word.charAt(0));
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
        ModalityDetector.Modality mod = modality.at(context, start, end);
        return context.claim(extractor, context.fileOffset(start), context.fileOffset(end))
                .subject(subjectOf(governing, context))
                .modality(mod.modality())
                .negated(mod.negated())
                .time(governing == null ? null : governing.timeSpan());
    }

    /** The mention governing an offset: the nearest in its clause, else the nearest in the sentence. */
    public static Mention governing(List<Mention> mentions, SentenceContext context, int offset) {
        List<int[]> clauses = Clauses.of(context);
        Mention best = null;
        boolean bestSame = false;
        for (Mention m : mentions) {
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
