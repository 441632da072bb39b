package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.LiteralGate;
import org.crosscheck.vocab.Vocabulary;

/**
 * Finds people named with an office title in a sentence. Constructions: {@code <Title> <Name>} (optionally a
 * demonym or {@code <Country>'s} before the title, a second title or a bracketed portfolio between),
 * {@code <Name>, (the) <Title> (of <Country>)}, and {@code his|her <Demonym> counterpart <Name>}, which takes the
 * title of the person named before it in the sentence. Titles come from {@code titles.csv}; a capitalised run
 * holding a word of {@code name_stopwords.csv} names an office or body, not a person.
 */
public final class PersonFinder {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE_S = Pattern.compile("['\u2019]s$");
    private static final Pattern TRAILING_INITIALS = Pattern.compile("(\\s\\p{Lu}\\.?)+$");
    private static final Pattern AND_CAPITALISED = Pattern.compile("(?s)^\\s+(?:and|&)\\s+\\p{Lu}.*");

    /**
     * A titled person in a sentence (sentence offsets).
     *
     * @param start       first character of the mention (demonym or title, or the name)
     * @param end         just past the mention
     * @param name        the name as written, possessive dropped
     * @param title       normalised title
     * @param affiliation country key from a demonym or {@code of <Country>}; for a corporate or board title, the
     *                    key of the organisation ("LinkedIn CEO X", "X, chairman of Acme Corp"); empty when unstated
     * @param nameStart   first character of the name
     * @param former      whether the title is one the person no longer holds ("former", "ex-", "then")
     */
    public record Mention(int start, int end, String name, String title, String affiliation, int nameStart,
                          boolean former) {
    }

    /**
     * "former Foreign Minister X", "ex-PM X", "the then army chief X", "the late President X", and with lower-case
     * words between after "former" ("former federal prosecutor X"; "then" and "late" only right before the title,
     * as in "she then met President X" they are adverbs).
     */
    private static final Pattern FORMER = Pattern.compile(
            "(?:\\b(?i:former|erstwhile)[\\s-]+(?:\\p{Ll}+\\s+){0,2}|\\b(?i:then|late)[\\s-]+|\\b(?i:ex)-\\s*)$");

    /**
     * A word of a name: "Lopez", "McCormick", "O'Brien", "Schneider-Ammann", an initial ("J.", "BS") or an
     * abbreviation before another word ("St. J. McCormick").
     */
    private static final String TOKEN = "(?:\\p{Lu}\\p{Ll}\\.(?=\\s\\p{Lu})|\\p{Lu}[\\p{Ll}'\u2019]+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{L}+)*"
            + "|\\p{Lu}['\u2019]\\p{Lu}\\p{Ll}+|\\p{Lu}{2,}(?![\\p{L}])|\\p{Lu}\\.?(?![\\p{L}]))";
    /** A possessive ends a name: "Theresa May's Brexit deal". */
    private static final Pattern POSSESSIVE_INSIDE = Pattern.compile("['\u2019]s\\s.*$");
    /** Forms of address before a name: "Mr Kim", "Dr. Lopez", "Sir Geoff Hurst". */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:(?:Mr|Mrs|Ms|Mx|Dr|Sir|Dame|Lady|Lord)\\.?\\s+)+");
    /** An organisation's acronym after a name ("Jens Stoltenberg NATO"), kept apart from initials ("BS"). */
    private static final Pattern TRAILING_ACRONYM = Pattern.compile("(\\s\\p{Lu}{3,})+$");
    private static final Pattern INITIALS_ONLY = Pattern.compile("(?:\\p{Lu}{1,3}\\.?\\s*)+");
    /** Capitalised function words, months and weekdays that open a sentence or date, not a name. */
    private static final Set<String> NOT_NAMES = Set.of("in", "on", "at", "the", "a", "an", "during", "after",
            "before", "since", "for", "by", "with", "from", "and", "but", "of", "to", "as", "it", "this", "that",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** A capitalised name right after an appositive title: the title may be the next person's. */
    private static final Pattern NAME_NEXT = Pattern.compile("\\s+(" + "(?:\\p{Lu}\\p{Ll}+)(?:\\s\\p{Lu}\\p{Ll}+){0,3})");
    /** Sense uses in WordNet above which a lone word is a common noun, not a name. */
    private static final int COMMON_USES = 3;
    private static final Pattern COUNTERPART_WORD = Pattern.compile("(?i)\\bcounterparts?\\b");
    private static final String NAME = TOKEN + "(?:\\s(?:" + TOKEN + ")){0,3}";

    /**
     * A person's age beside the name ({@code age} years): "Saman Kunan, 37,", "Saman, aged 38", "Kunan (37)".
     *
     * @param nameStart first character of the name (sentence offsets)
     * @param end       just past the age
     */
    public record Aged(int nameStart, int nameEnd, String name, int age, int end) {
    }

    /** Office groups whose titles belong to an organisation, not a country ({@code titles.csv}). */
    private static final Set<String> ORGANISATION_OFFICES = Set.of("corporate", "board");
    private static final String ORG = "\\p{Lu}[\\p{L}\\d&.-]*(?:\\s\\p{Lu}[\\p{L}\\d&.-]*){0,2}";
    /** An organisation right before a title: "LinkedIn CEO", "Twitter's general counsel". */
    private static final Pattern ORG_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(" + ORG + ")(?:['\u2019]s)?\\s+$");
    private static final Pattern OF_ORG = Pattern.compile("^\\s+of\\s+(?:the\\s+)?(" + ORG + ")");
    private static final int MAX_AGE = 110;
    /** "X, 37," "X, aged 37" "X (37)" "37-year-old X" */
    private static final Pattern AGE_AFTER = Pattern.compile("^(?:,\\s+(?:aged\\s+)?(\\d{1,3})(?=,|\\s+(?:and|who|was|is|"
            + "had|has)\\b)|\\s+\\((\\d{1,3})\\))");
    /** "the 37-year-old diver Saman Kunan": only describing words between the age and the name. */
    private static final Pattern AGE_BEFORE = Pattern.compile("(\\d{1,3})-year-old\\s+(?:(?!(?:of|the|a|an|in|at|for|from|with|"
            + "and|to|by|on)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,3}$");
    private static final Object AGES = new Object();
    /** Every age construction holds ", N", "(N" or "-year-old": sentences with none are not searched. */
    private static final LiteralGate AGE_GATE = LiteralGate.of(Pattern.compile("(?:,\\s?|\\()\\d|-year-old"));
    /** Words before a byline or a credit: "By X", "Reporting by X", "Photo: X", "(AP Photo/X)", "Reuters/X". */
    private static final Pattern CREDIT_BEFORE = Pattern.compile("(?i)(?:^\\s*by|(?:reporting|editing|writing|written|"
            + "compiled|photos?|photographs?|pictures?|images?)\\s+by|(?:photo(?:graph)?s?|pictures?|images?|credits?|source)"
            + "\\s*[:/]|courtesy(?:\\s+of)?|/)\\s*$");
    private static final Pattern CREDIT_AFTER = Pattern.compile("^\\s*(?:/|\\|\\s*\\p{Lu}|\\(@)");

    private final Lexicon lexicon;
    private final Set<String> stopwords = new HashSet<>();
    private final Pattern name = Pattern.compile("(?<![\\p{L}\\d])" + NAME);
    private final Pattern titled;
    private final Pattern appositive;
    private final Pattern counterpart;

    public PersonFinder(Lexicon lexicon, Vocabulary vocabulary) {
        this.lexicon = lexicon;
        for (DataTable.Row row : vocabulary.table("name_stopwords.csv", "word").rows()) {
            stopwords.add(row.require("word").toLowerCase(Locale.ROOT));
        }
        String title = "(?iu:" + lexicon.titlePattern().pattern() + ")";
        String place = lexicon.placePattern().pattern();
        titled = Pattern.compile("(?:(" + place + ")(?:['\u2019]s)?\\s+)?(" + title + ")(?:\\s*\\([^)]{1,40}\\))?"
                + "(?:\\s+(" + title + "))?\\s+(" + NAME + ")");
        appositive = Pattern.compile("(" + NAME + "),\\s+(?:the\\s+)?(?:(" + place + ")\\s+)?(" + title + ")"
                + "(?:\\s+of\\s+(?:the\\s+)?(" + place + "))?");
        counterpart = Pattern.compile("\\b(?:his|her|their)\\s+(" + place + ")\\s+counterparts?,?\\s+(" + NAME + ")");
    }

    /** Titled people of the sentence, in text order (computed once per sentence). */
    public List<Mention> find(SentenceContext context) {
        return context.memo(this, () -> find(context.sentence().text()));
    }

    /** Titled people of a sentence, in text order. */
    public List<Mention> find(String sentence) {
        List<Mention> out = new ArrayList<>();
        // Every pattern below needs a title or "counterpart"; one scan for those spares the costly patterns
        // (which try a gazetteer alternation at every position) on the many sentences that have neither.
        boolean hasTitle = lexicon.mayHoldTitle(sentence) && lexicon.titlePattern().matcher(sentence).find();
        if (!hasTitle && !COUNTERPART_WORD.matcher(sentence).find()) {
            return out;
        }
        Matcher m = titled.matcher(sentence);
        while (m.find()) {
            String raw = m.group(4);
            String name = trimName(raw);
            int nameStart = m.start(4) + (raw.length() - HONORIFIC.matcher(raw).replaceFirst("").length());
            if (!isName(name, sentence, nameStart + name.length()) || longerTitle(sentence, m.start(2), m.start(4))
                    || lowerAcronym(m.group(2)) || credit(sentence, m.start(), nameStart + name.length())) {
                continue;
            }
            String affiliation = m.group(1) == null ? "" : country(m.group(1));
            if (affiliation.isEmpty() && organisational(m.group(2))) {
                affiliation = organisationBefore(sentence, m.start(2));
            }
            int nameEnd = nameStart + name.length();
            for (int g : new int[] {2, 3}) {
                if (m.group(g) != null && lexicon.title(m.group(g)) != null) {
                    out.add(new Mention(m.start(), nameEnd, name, lexicon.title(m.group(g)).title(), affiliation,
                            nameStart, former(sentence, m.start())));
                }
            }
        }
        Matcher a = appositive.matcher(sentence);
        while (a.find()) {
            String name = HONORIFIC.matcher(stripLeadingTitle(a.group(1))).replaceFirst("");
            int nameStart = a.end(1) - name.length();
            // "Parag Agrawal, CFO Ned Segal": a title followed by a name is the next person's.
            if (SPACES.split(name).length < 2 || !isName(name, sentence, a.end(1))
                    || nameNext(sentence, a.end()) || credit(sentence, nameStart, a.end(1))
                    || longerTitle(sentence, a.start(3), a.end(3) + 1)) {
                continue;
            }
            String affiliation = a.group(4) != null ? country(a.group(4)) : a.group(2) != null ? country(a.group(2)) : "";
            if (affiliation.isEmpty() && organisational(a.group(3))) {
                Matcher of = OF_ORG.matcher(sentence.substring(a.end()));
                affiliation = of.find() ? organisation(of.group(1)) : organisationBefore(sentence, a.start(3));
            }
            out.add(new Mention(nameStart, a.end(), name, lexicon.title(a.group(3)).title(), affiliation, nameStart,
                    former(sentence, a.start(3))));
        }
        Matcher c = counterpart.matcher(sentence);
        while (c.find()) {
            String name = trimName(c.group(2));
            if (!isName(name, sentence, c.start(2) + name.length())) {
                continue;
            }
            String title = "";
            for (Mention before : out) {
                if (before.end() <= c.start()) {
                    title = before.title();
                }
            }
            if (!title.isEmpty()) {
                out.add(new Mention(c.start(), c.start(2) + name.length(), name, title, country(c.group(1)),
                        c.start(2), false));
            }
        }
        out.sort((x, y) -> Integer.compare(x.nameStart(), y.nameStart()));
        return out;
    }

    /**
     * Whether a lone capitalised word after a title is a common word for a person or thing ("General Manager",
     * "King Maker"), by WordNet sense use: names have no or rare common readings.
     */
    private boolean commonNoun(String word) {
        org.crosscheck.nlp.WordSenses.Reading r = org.crosscheck.nlp.WordSenses.shared()
                .reading(word.toLowerCase(Locale.ROOT), org.crosscheck.nlp.Tag.NOUN);
        if (r == null || !r.lemma().equals(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int uses = 0;
        for (org.crosscheck.nlp.WordSenses.Sense sense : r.senses()) {
            uses += sense.uses();
        }
        return uses >= COMMON_USES;
    }

    private static boolean former(String sentence, int titleStart) {
        return FORMER.matcher(sentence.substring(Math.max(0, titleStart - 40), titleStart)).find();
    }

    private String country(String form) {
        Lexicon.Place p = lexicon.place(form);
        return p == null ? "" : p.countryKey();
    }

    /** Drops a form of address, a trailing possessive, trailing single initials and an acronym after the name. */
    private static String trimName(String name) {
        String n = POSSESSIVE_INSIDE.matcher(name).replaceFirst("");
        n = HONORIFIC.matcher(POSSESSIVE_S.matcher(n).replaceAll("")).replaceFirst("");
        n = TRAILING_INITIALS.matcher(n).replaceAll("");
        return TRAILING_ACRONYM.matcher(n).replaceAll("");
    }

    /**
     * Whether the title at {@code titleStart} runs on into what was read as a name: "Chief Executive Officer",
     * "General Manager" are titles, not a title before "Officer" or "Manager".
     */
    private boolean longerTitle(String sentence, int titleStart, int nameStart) {
        Matcher t = lexicon.titlePattern().matcher(sentence);
        t.region(titleStart, sentence.length());
        return t.lookingAt() && t.end() > nameStart;
    }

    private boolean organisational(String title) {
        Lexicon.Title t = lexicon.title(title);
        return t != null && ORGANISATION_OFFICES.contains(t.office());
    }

    /** The key of an organisation named right before a title, or empty. */
    private String organisationBefore(String sentence, int titleStart) {
        Matcher o = ORG_BEFORE.matcher(sentence.substring(0, titleStart));
        if (!o.find()) {
            return "";
        }
        // "Former CEO X", "Then chairman X": a capitalised common word opening the sentence is no organisation.
        if (o.start(1) == 0 && commonWord(o.group(1))) {
            return "";
        }
        return organisation(o.group(1));
    }

    /** The key of an organisation's name, or empty when it is a place, a title, a month or a function word. */
    private String organisation(String text) {
        String t = POSSESSIVE_S.matcher(text.strip()).replaceAll("");
        for (String token : SPACES.split(t)) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (NOT_NAMES.contains(lower) || lexicon.place(token) != null || lexicon.title(token) != null) {
                return "";
            }
        }
        return Lexicon.key(t);
    }

    private static boolean commonWord(String word) {
        org.crosscheck.nlp.WordSenses senses = org.crosscheck.nlp.WordSenses.shared();
        String lower = word.toLowerCase(Locale.ROOT);
        return senses.readings(lower).values().stream().anyMatch(r -> r.lemma().equals(lower)
                && r.senses().stream().mapToInt(org.crosscheck.nlp.WordSenses.Sense::uses).sum() >= COMMON_USES);
    }

    /** People named with their age in the sentence, in text order (computed once per sentence). */
    public List<Aged> ages(SentenceContext context) {
        return context.memo(AGES, () -> ages(context.sentence().text()));
    }

    /**
     * People named with their age: "Saman Kunan, 37,", "Saman, aged 38", "Kunan (37)", "the 37-year-old diver Saman
     * Kunan". The name is the run of capitalised words before (or after) the age, less the words before it that
     * describe rather than name ("Former Thai Navy SEAL Saman Kunan": a capitalised common word, a demonym or a
     * title ends the description).
     */
    public List<Aged> ages(String sentence) {
        List<Aged> out = new ArrayList<>();
        if (!AGE_GATE.mayMatch(LiteralGate.fold(sentence))) {
            return out;
        }
        Matcher n = name.matcher(sentence);
        while (n.find()) {
            String after = sentence.substring(n.end());
            Matcher a = AGE_AFTER.matcher(after);
            Matcher b = AGE_BEFORE.matcher(sentence.substring(0, n.start()));
            int age;
            int end;
            boolean bracketed = false;
            if (a.find()) {
                bracketed = a.group(2) != null;
                age = Integer.parseInt(a.group(1) != null ? a.group(1) : a.group(2));
                end = n.end() + (a.group(1) != null ? a.end(1) : a.end(2) + 1);
            } else if (b.find()) {
                age = Integer.parseInt(b.group(1));
                end = n.end();
            } else {
                continue;
            }
            int[] span = personalName(sentence, n.start(), n.end());
            if (span == null || age < 1 || age > MAX_AGE) {
                continue;
            }
            String who = trimName(sentence.substring(span[0], span[1]));
            boolean single = who.indexOf(' ') < 0;
            // "Amsteg (1), Sedrun (2)" numbers a list: a bracketed number is an age only after a full name; a lone
            // common word or adjective is no name ("the 33-year-old North Korean leader").
            if (!isName(who, sentence, span[1]) || lexicon.place(who) != null
                    || credit(sentence, span[0], span[0] + who.length())
                    || single && (bracketed || commonWord(who) || org.crosscheck.nlp.WordSenses.shared()
                    .readings(who.toLowerCase(Locale.ROOT)).containsKey(org.crosscheck.nlp.Tag.ADJ))) {
                continue;
            }
            out.add(new Aged(span[0], span[0] + who.length(), who, age, end));
        }
        return out;
    }

    /** The part of a capitalised run that names a person: its last words after any describing word. */
    private int[] personalName(String sentence, int start, int end) {
        String run = sentence.substring(start, end);
        String[] tokens = SPACES.split(run);
        int from = tokens.length;
        while (from > 0) {
            String t = POSSESSIVE_S.matcher(tokens[from - 1]).replaceAll("");
            if (lexicon.place(t) != null || lexicon.title(t) != null || commonWord(t) && from < tokens.length
                    || NOT_NAMES.contains(t.toLowerCase(Locale.ROOT))) {
                break;
            }
            from--;
        }
        if (from == tokens.length) {
            return null;
        }
        int offset = start;
        for (int i = 0; i < from; i++) {
            offset = sentence.indexOf(tokens[i], offset) + tokens[i].length();
        }
        int nameStart = sentence.indexOf(tokens[from], offset);
        return new int[] {nameStart, end};
    }

    /**
     * Whether a name stands in a byline, an agency credit or a photo credit ("By Jane Doe", "(AP Photo/Jane Doe)",
     * "UK Parliament/Jane Doe", "Jane Doe/AFP", "Jane Doe | Reuters"): the name of who wrote or took it, not of
     * someone the article speaks of.
     */
    static boolean credit(String sentence, int nameStart, int nameEnd) {
        int lineStart = sentence.lastIndexOf('\n', Math.max(0, nameStart - 1)) + 1;
        String before = sentence.substring(Math.max(lineStart, nameStart - 40), nameStart);
        return CREDIT_BEFORE.matcher(before).find() || CREDIT_AFTER.matcher(sentence.substring(nameEnd)).find();
    }

    /** Whether a person's name follows an offset ("..., CFO Ned Segal"), not a portfolio ("United Nations"). */
    private boolean nameNext(String sentence, int offset) {
        Matcher n = NAME_NEXT.matcher(sentence);
        n.region(offset, sentence.length());
        return n.lookingAt() && isName(n.group(1), sentence, n.end(1));
    }

    /** "3.30 pm IST": a short title written in lower case is another word ("PM", "IG", "MP" are capitals). */
    private static boolean lowerAcronym(String title) {
        return title.length() <= 3 && title.equals(title.toLowerCase(Locale.ROOT));
    }

    /** A title word opening an appositive name ("Ambassador Ana Lopez, Special Envoy") is not the name. */
    private String stripLeadingTitle(String name) {
        String rest = name;
        Matcher t = lexicon.titlePattern().matcher(rest);
        while (t.lookingAt() && t.end() < rest.length()) {
            rest = rest.substring(t.end()).strip();
            t = lexicon.titlePattern().matcher(rest);
        }
        return rest;
    }

    private boolean isName(String name, String sentence, int end) {
        if (name.isBlank() || INITIALS_ONLY.matcher(name).matches()) {
            return false;
        }
        String[] tokens = SPACES.split(name);
        for (int i = 0; i < tokens.length; i++) {
            String t = POSSESSIVE_S.matcher(tokens[i]).replaceAll("");
            String lower = t.toLowerCase(Locale.ROOT);
            // A month or weekday opens a date ("President Trump on Monday" aside, "May" ends "Theresa May").
            if (stopwords.contains(lower) || NOT_NAMES.contains(lower) && (i == 0 || tokens.length == 1)
                    || lexicon.place(t) != null
                    || lexicon.title(t) != null || lexicon.eventWord(t) != null) {
                return false;
            }
        }
        if (tokens.length == 1 && commonNoun(tokens[0])) {
            return false;
        }
        // "Special Secretary United Nations and Economic Coordination": a run joined by "and" to another
        // capitalised run is a portfolio.
        String rest = sentence.substring(Math.min(end, sentence.length()));
        return !AND_CAPITALISED.matcher(rest).matches();
    }
}
