package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.fact.Claim;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.WordSenses;
import org.crosscheck.time.TimeExpression;

/**
 * Reads counts, measures and durations: a number ({@link WrittenNumber}: digits, words, ranges, scales) and what it
 * counts, read by syntax from the sentence's tokens: the head noun of the counted phrase by its lemma, synonyms
 * grouped by {@code count_units.csv} ("14 coaches", "four bogies", "118 Conservative Party MPs"); a unit of
 * measure or time of {@code measures.csv} with the thing it measures ("the 57-km tunnel", "28 million tonnes of
 * rock", "the eight-day debate"); the role the predicate gives ({@link CountRoles}: "were killed", "killing 96",
 * "the death toll rose to 145"); a percentage with what it is a share of ("a turnout of 86 per cent").
 *
 * <p>Emits claims about the governing event (subject, time and modality from {@link EventFinder#claimAbout}):
 * {@code count} (kind COUNT, or TALLY for a running total): unit the role, the counted noun, or both
 * ({@code dead}, {@code coaches}, {@code rescued/student}); {@code measure}: unit the measure and the thing
 * ({@code km:tunnel}, {@code %:turnout}, {@code magnitude}), number converted to the unit; {@code duration}:
 * value a TimeML duration ({@code P17Y}), number in days, unit {@code day} and the thing measured
 * ({@code day:debate}). Every claim carries the qualifier ({@code qualifiers.csv} before the number: ABOUT,
 * ALMOST, AT_LEAST ...), the resolution of the written number, and a range in its value ({@code 10-12}); detail
 * {@code EACH} or {@code TOTAL} from a phrase after it, the side's country when a demonym leads the counted
 * phrase ("40 Uzbek troops"), or {@code PART} when a sentence breaks a count into parts whose holders are not
 * read. When a sentence gives two or more sides' counts of one unit and no total, a derived {@code TOTAL} claim
 * sums them. Numbers inside dates and clock times, after a currency, glued to a name ("Apollo 11") or that are
 * years are not counts.
 */
public final class CountExtractor implements Extractor {
    /** Qualifiers before a number that say whose share it is, not how exact it is: the number itself is exact. */
    static final Set<String> NOT_BOUNDS = Set.of("EACH", "TOTAL", ClaimConventions.PART);

    public static final String NAME = "count";
    public static final String MEASURE = "measure";
    public static final String DURATION = "duration";
    /** The unit {@code count_units.csv} gives nouns that count nothing a reader compares ("two sides"). */
    private static final String NOT_COUNTED = "-";
    /** The unit {@code count_units.csv} gives partitive nouns, which count what follows "of" ("680 pieces of"). */
    private static final String PARTITIVE = "of";
    /** Tokens that may stand between a number and its head noun. */
    private static final int MAX_MODIFIERS = 5;
    /** How far from a toll's number the place it is counted in may be ("died from the quake in India"). */
    private static final int SCOPE_REACH = 10;
    /** Nouns after a place name that keep it a place ("in the Tibet region"). */
    private static final Set<String> REGION_NOUNS = Set.of("region", "state", "province", "district", "area");
    private static final Set<String> PERCENT_WORDS = Set.of("%", "percent");
    private static final Set<String> CHANGE_WORDS = Set.of("up", "down", "rise", "fall", "jump", "surge", "gain",
            "lose", "drop", "climb", "increase", "decrease", "plunge", "soar", "slide", "slump", "rally", "tumble",
            "decline", "grow", "shrink", "cut", "raise", "lower", "add", "shed", "by");
    private static final Set<String> DURATION_VERBS = Set.of("last", "span", "run", "take", "stretch", "continue");
    private static final Set<String> REFERRING = Set.of("the", "these", "those", "their", "its", "our", "both");
    private static final Set<String> COORDINATORS = Set.of("to", "and", "or", "against", "vs", "versus");
    private static final Set<String> RATE_WORDS = Set.of("each", "every", "per", "a", "an");
    /** Modal verbs that make the figure a verb reaches a projection ("the toll could reach 10,000"). */
    private static final String PROJECTED = "EXPECTED";
    /** Pronouns that stand, as a partitive's whole, for what the sentence before counted ("78 of them"). */
    private static final Set<String> ANAPHORIC_WHOLES = Set.of("them", "these", "those");
    private static final Set<String> HEDGES = Set.of("could", "may", "might");
    private static final Set<String> HEDGE_ADVERBS = Set.of("well", "even", "soon", "eventually", "easily");
    /** Words between a verb of reaching and its figure ("rise to 300", "go past 50"). */
    private static final Set<String> TOWARDS = Set.of("to", "past", "beyond", "above");
    /** Verbs by which a figure is reached. */
    private static final Set<String> REACHING = Set.of("reach", "rise", "climb", "top", "exceed", "hit", "surpass",
            "pass", "double", "go", "grow", "increase", "soar", "mount", "cross");

    private final Lexicon lexicon;
    private final QuantityLexicon quantities;
    private final EventFinder events;
    private final ModalityDetector modality;
    private final Attribution attribution;
    private final CountRoles roles;
    private final ThingFinder things;

    public CountExtractor(Lexicon lexicon, QuantityLexicon quantities, EventFinder events, ModalityDetector modality,
                           Attribution attribution, ThingFinder things) {
        this.lexicon = lexicon;
        this.quantities = quantities;
        this.events = events;
        this.modality = modality;
        this.attribution = attribution;
        this.roles = new CountRoles(quantities);
        this.things = things;
    }

    /**
     * A count read from a sentence (sentence offsets).
     *
     * @param attribute count, measure or duration
     * @param value     the number as text, a range as {@code low-high}, a duration as TimeML
     */
    private record Count(int start, int end, String attribute, String value, double number, double resolution,
                         String unit, String qualifier, String detail, boolean tally) {
        Count withDetail(String newDetail) {
            return new Count(start, end, attribute, value, number, resolution, unit, qualifier, newDetail, tally);
        }
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        List<Token> tokens = context.tokens();
        List<WrittenNumber> numbers = WrittenNumber.find(context);
        if (numbers.isEmpty()) {
            return List.of();
        }
        List<EventFinder.Mention> mentions = events.find(context);
        List<int[]> clauses = Clauses.of(context);
        List<Count> counts = new ArrayList<>();
        Count[] read = new Count[numbers.size()];
        List<ClockTimes.Clock> clocks = ClockTimes.find(context);
        for (int i = 0; i < numbers.size(); i++) {
            WrittenNumber n = numbers.get(i);
            boolean clock = clocks.stream().anyMatch(c -> n.start() < c.end() && c.start() < n.end());
            if (!clock && !insideTime(context, n) && !notACount(tokens, n)) {
                read[i] = read(tokens, n, Clauses.around(clauses, n.start()));
            }
        }
        coordinated(tokens, numbers, read);
        for (int i = 0; i < numbers.size(); i++) {
            if (read[i] != null) {
                read[i] = ofThem(context, tokens, numbers.get(i), read[i]);
            }
        }
        for (Count c : read) {
            if (c != null) {
                counts.add(c);
            }
        }
        Set<Count> projected = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Count c : counts) {
            if (projected(tokens, c)) {
                projected.add(c);
            }
        }
        counts = parts(counts, projected);
        List<Claim> out = new ArrayList<>();
        for (Count c : counts) {
            // parts() hands a projected count back as it was, so identity finds it
            out.add(claim(context, mentions, c, projected.contains(c)));
        }
        out.addAll(derivedTotals(context, mentions, counts));
        return out;
    }

    /**
     * "by 432 votes to 202", "325 to 306 votes", "four or five coaches": a bare number joined to a count by "to",
     * "and", "or" or "against" counts what its partner counts.
     */
    private static void coordinated(List<Token> tokens, List<WrittenNumber> numbers, Count[] read) {
        for (int i = 0; i + 1 < numbers.size(); i++) {
            WrittenNumber a = numbers.get(i);
            WrittenNumber b = numbers.get(i + 1);
            boolean joined = false;
            int gap = b.first() - a.last();
            if (gap == 2 && COORDINATORS.contains(tokens.get(a.last() + 1).lower())) {
                joined = true;
            }
            int aEnd = read[i] == null ? a.last() : lastToken(tokens, read[i].end());
            if (!joined && read[i] != null && b.first() - aEnd == 2
                    && COORDINATORS.contains(tokens.get(aEnd + 1).lower())) {
                joined = true;
            }
            if (!joined || (read[i] == null) == (read[i + 1] == null)) {
                continue;
            }
            if (read[i] == null && read[i + 1].attribute().equals(ClaimConventions.COUNT)) {
                Count p = read[i + 1];
                read[i] = new Count(a.start(), a.end(), p.attribute(), Numbers.text(a.value()), a.value(),
                        a.resolution(), p.unit(), p.qualifier(), "", p.tally());
            } else if (read[i] != null && read[i].attribute().equals(ClaimConventions.COUNT)) {
                Count p = read[i];
                read[i + 1] = new Count(b.start(), b.end(), p.attribute(), Numbers.text(b.value()), b.value(),
                        b.resolution(), p.unit(), ClaimConventions.EXACT, "", p.tally());
            }
        }
    }

    /**
     * "Among the passengers were 325 students from Danwon High School. So far, 78 of them are known to have been
     * rescued": a count in a role whose whole is a pronoun counts what the sentence before counted, when it counted
     * one kind of thing (rescued/student); people in general add nothing to the role. The count as read otherwise.
     */
    private Count ofThem(SentenceContext context, List<Token> tokens, WrittenNumber n, Count c) {
        int of = n.last() + 1;
        if (!c.attribute().equals(ClaimConventions.COUNT) || c.unit().contains("/") || of + 1 >= tokens.size()
                || !tokens.get(of).lower().equals("of") || !ANAPHORIC_WHOLES.contains(tokens.get(of + 1).lower())
                || lexicon.eventTypes().ofRole(c.unit()).isEmpty()) {
            return c;
        }
        List<org.crosscheck.ingest.Sentence> sentences = context.article().sentences();
        int index = sentences.indexOf(context.sentence());
        if (index < 1) {
            return c;
        }
        List<Token> before = org.crosscheck.nlp.Tagger.standard().tag(sentences.get(index - 1).text());
        String counted = null;
        for (int k = 0; k + 1 < before.size(); k++) {
            if (before.get(k).tag() != Tag.NUM) {
                continue;
            }
            int head = headOfRun(before, k + 1);
            if (head < 0 || before.get(head).tag() != Tag.NOUN || before.get(head).lemma().equals(before.get(head).lower())
                    && !before.get(head).lower().endsWith("s")) {
                continue;
            }
            PhraseTable.Match<QuantityLexicon.Unit> u = quantities.unitAt(before, head);
            String noun = u != null && u.last() == head ? u.value().unit() : before.get(head).lemma().toLowerCase(Locale.ROOT);
            if (u != null && !u.value().refinable().equals("NO") || counted != null && !counted.equals(noun)) {
                return c;
            }
            counted = noun;
        }
        return counted == null ? c : new Count(c.start(), c.end(), c.attribute(), c.value(), c.number(),
                c.resolution(), c.unit() + "/" + counted, c.qualifier(), c.detail(), c.tally());
    }

    private static int lastToken(List<Token> tokens, int end) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).end() == end) {
                return k;
            }
        }
        return -1;
    }

    /** A number inside a date or clock time the temporal layer found ("14-20 September", "2015"). */
    private static boolean insideTime(SentenceContext context, WrittenNumber n) {
        int base = context.sentence().start();
        for (TimeExpression t : context.times()) {
            if (n.start() < t.end() - base && t.start() - base < n.end()) {
                return true;
            }
        }
        return false;
    }

    /** A sum of money ("$44", "Rs. 615", "20 million US dollars"), glued to a name ("Apollo 11"), or a year. */
    private boolean notACount(List<Token> tokens, WrittenNumber n) {
        Token prev = n.first() > 0 ? tokens.get(n.first() - 1) : null;
        if (prev != null && (quantities.isCurrencySign(prev) || prev.text().equals(".") && n.first() > 1
                && quantities.currencySign(tokens.get(n.first() - 2).text() + ".") != null)
                || quantities.currencyWordAt(tokens, n.last() + 1) != null) {
            return true;
        }
        if (prev != null && !n.words() && prev.tag() == Tag.PROPN && prev.end() >= n.start() - 1 && n.first() > 1
                && !(n.last() + 1 < tokens.size() && isPercent(tokens, n.last() + 1))) {
            // "Su 30", "Zapad 2017": a number right after a name is its number, unless it is a share ("Turnout 84.6%").
            return true;
        }
        if (!n.words() && !n.range() && tokens.get(n.first()).text().matches("\\d{4,}") && n.last() + 1 < tokens.size()
                && tokens.get(n.last() + 1).tag() == Tag.PROPN && !lexicon.isDemonym(tokens.get(n.last() + 1).text())) {
            // "12841 Shalimar-Chennai Coromandel Express": a long unseparated number before a name is its number.
            return true;
        }
        if (prev != null && prev.lower().equals("at") && n.words() && n.value() == 1) {
            // "at one time", "at one point": an idiom of time, no count.
            return true;
        }
        if (n.words() && n.value() == 1 && superlativeOf(tokens, n.last() + 1)) {
            // "one of South Korea's biggest ferry disasters" ranks the event; it counts no one.
            return true;
        }
        if (prev != null && REFERRING.contains(prev.lower()) && n.value() <= 3 && !n.range()) {
            // "the two countries", "these three men": a reference to what was named, not a count.
            return true;
        }
        boolean yearLike = !n.words() && !n.range() && n.value() >= 1000 && n.value() <= 2100
                && n.value() == Math.rint(n.value()) && tokens.get(n.first()).text().matches("\\d{4}");
        if (yearLike && quantities.qualifierBefore(tokens, n.first() - 1) != null) {
            // "over 1000 pieces", "some 1500 people": a qualified number is a count, not a year.
            return false;
        }
        return yearLike && (prev == null || prev.tag() == Tag.ADP || prev.tag() == Tag.DET || prev.tag() == Tag.PUNCT
                || prev.tag() == Tag.PROPN);
    }

    /** Whether "of" and a superlative start at token {@code k}: "of the worst", "of South Korea's biggest". */
    private static boolean superlativeOf(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).lower().equals("of")) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + 5; j++) {
            Token t = tokens.get(j);
            if (t.lower().equals("most") || t.tag() == Tag.ADJ && t.lower().endsWith("est")) {
                return true;
            }
            if (t.tag() == Tag.NOUN || t.tag() == Tag.VERB || t.tag() == Tag.PUNCT) {
                return false;
            }
        }
        return false;
    }

    private Count read(List<Token> tokens, WrittenNumber n, int[] clause) {
        PhraseTable.Match<QuantityLexicon.Qualifier> q = quantities.qualifierBefore(tokens, n.first() - 1);
        String qualifier = q == null || NOT_BOUNDS.contains(q.value().qualifier())
                ? ClaimConventions.EXACT : q.value().qualifier();
        String value = n.range() ? Numbers.text(n.value()) + "-" + Numbers.text(n.high()) : Numbers.text(n.value());
        int next = n.last() + 1;
        if (next < tokens.size() && isPercent(tokens, next)) {
            return percent(tokens, n, value, qualifier);
        }
        String suffix = n.suffix().replaceAll("-(?:long|old|strong)$", "");
        QuantityLexicon.Measure glued = quantities.measureOf(suffix);
        if (glued != null && glued.duration() && n.suffix().endsWith("-old")) {
            // "the 50-year-old billionaire", "an 80-year-old agreement": an age, not how long an event lasted.
            return null;
        }
        if (glued != null) {
            return measure(tokens, n, value, qualifier, glued, n.last() + 1, n.last(), clause);
        }
        if (!n.suffix().isEmpty()) {
            return null;
        }
        PhraseTable.Match<QuantityLexicon.Measure> m = quantities.measureAt(tokens, next);
        if (m != null && m.value().duration() && m.last() + 1 < tokens.size()
                && tokens.get(m.last() + 1).lower().equals("old")) {
            // "a boy of 12 years old": an age.
            return null;
        }
        if (m != null) {
            return measure(tokens, n, value, qualifier, m.value(), m.last() + 1, m.last(), clause);
        }
        return count(tokens, n, value, qualifier, clause);
    }

    private static boolean isPercent(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        return PERCENT_WORDS.contains(w) || w.equals("per") && i + 1 < tokens.size()
                && tokens.get(i + 1).lower().equals("cent");
    }

    /**
     * A capitalised word the tagger took for a name that WordNet knows only as a common noun: the label of a results
     * line ("No 55.3% Yes 44.7% Turnout 84.6%").
     */
    private static boolean commonNoun(Token t) {
        if (t.tag() != Tag.PROPN) {
            return false;
        }
        WordSenses.Reading r = WordSenses.shared().reading(t.lower(), Tag.NOUN);
        return r != null && r.lemma().equals(t.lower()) && r.senses().stream().noneMatch(WordSenses.Sense::proper);
    }

    /** "a turnout of 86 per cent", "the 86% turnout", "Turnout 84.6%", "a 9.2% stake"; not a change ("up 3.6%"). */
    private Count percent(List<Token> tokens, WrittenNumber n, String value, String qualifier) {
        int after = n.last() + (tokens.get(n.last() + 1).lower().equals("per") ? 3 : 2);
        int before = n.first() - 1;
        PhraseTable.Match<QuantityLexicon.Qualifier> q = quantities.qualifierBefore(tokens, before);
        if (q != null) {
            before = q.first() - 1;
        }
        if (before >= 0 && CHANGE_WORDS.contains(tokens.get(before).lemma())) {
            return null;
        }
        String topic = "";
        int k = after;
        while (k < tokens.size() && tokens.get(k).tag() == Tag.ADJ) {
            k++;
        }
        if (k < tokens.size() && tokens.get(k).tag() == Tag.NOUN) {
            while (k + 1 < tokens.size() && tokens.get(k + 1).tag() == Tag.NOUN) {
                k++;
            }
            topic = tokens.get(k).lemma();
        } else if (after + 1 < tokens.size() && tokens.get(after).lower().equals("of")) {
            int j = after + 1;
            while (j < tokens.size() && (tokens.get(j).tag() == Tag.DET || tokens.get(j).tag() == Tag.ADJ)) {
                j++;
            }
            if (j < tokens.size() && tokens.get(j).nominal()) {
                topic = tokens.get(j).lemma();
            }
        }
        if (topic.isEmpty()) {
            int j = before;
            if (j >= 0 && tokens.get(j).lower().equals("of")) {
                j--;
            }
            while (j >= 0 && (tokens.get(j).tag() == Tag.AUX || tokens.get(j).tag() == Tag.ADV)) {
                j--;
            }
            if (j >= 0 && tokens.get(j).tag() == Tag.NOUN) {
                topic = tokens.get(j).lemma();
            } else if (j >= 0 && commonNoun(tokens.get(j))) {
                topic = tokens.get(j).lower();
            }
        }
        if (topic.isEmpty()) {
            return null;
        }
        int end = tokens.get(Math.min(after, tokens.size()) - 1).end();
        return new Count(n.start(), end, MEASURE, value, n.value(), n.resolution(), "%:" + topic, qualifier, "",
                false);
    }

    /**
     * A measure or a duration: "the 57-km tunnel", "28 million tonnes of rock", "15.5 tonnes of debris on each
     * floor", "a 12-day drill", "five days of debate", "took 17 years to build", "a trial that spanned three months".
     */
    private Count measure(List<Token> tokens, WrittenNumber n, String value, String qualifier,
                          QuantityLexicon.Measure measure, int from, int unitToken, int[] clause) {
        int k = from;
        // "The 57.1-km (35.5 mile)-long Gotthard Base Tunnel": past a bracketed conversion and "-long".
        if (k < tokens.size() && tokens.get(k).text().equals("(")) {
            while (k < tokens.size() && !tokens.get(k).text().equals(")")) {
                k++;
            }
            k++;
        }
        while (k < tokens.size() && (tokens.get(k).text().equals("-") || Set.of("long", "-long", "high", "deep",
                "wide", "tall").contains(tokens.get(k).lower()))) {
            k++;
        }
        String thing = "";
        int end = tokens.get(unitToken).end();
        boolean compound = k < tokens.size() && (n.suffix().length() > 0 || k > unitToken + 1
                || !tokens.get(unitToken).lower().endsWith("s")) && !(k < tokens.size()
                && tokens.get(k).lower().equals("of"));
        if (compound) {
            int head = headOfRun(tokens, k);
            if (head >= 0) {
                // A length of time is of the event its noun names ("the eight-day Brexit debate": debate); a
                // measure of a named thing keeps the name (the Seikan tunnel is not the Gotthard tunnel).
                thing = measure.duration() ? tokens.get(head).lemma() : thingKey(tokens, k, head);
                end = tokens.get(head).end();
            }
        } else if (k + 1 < tokens.size() && (tokens.get(k).lower().equals("of")
                || tokens.get(k).lower().equals("under"))) {
            int j = k + 1;
            while (j < tokens.size() && (tokens.get(j).tag() == Tag.DET || tokens.get(j).tag() == Tag.ADJ
                    || tokens.get(j).tag() == Tag.CCONJ && j + 1 < tokens.size() && tokens.get(j + 1).tag() == Tag.ADJ)) {
                j++;
            }
            int head = headOfRun(tokens, j);
            if (head >= 0) {
                thing = tokens.get(head).lemma();
                end = tokens.get(head).end();
                k = head + 1;
            }
        } else if (measure.duration() && k + 1 < tokens.size() && tokens.get(k).lower().equals("to")
                && tokens.get(k + 1).tag() == Tag.VERB) {
            thing = tokens.get(k + 1).lemma();
        } else if (!measure.duration() && k + 1 < tokens.size() && isDistanceWord(tokens, k)) {
            thing = "distance";
        }
        if (thing.isEmpty() && measure.duration()) {
            thing = relativeClauseNoun(tokens, n.first(), clause);
        }
        if (thing.isEmpty()) {
            thing = nounOfBefore(tokens, n.first());
        }
        String rate = rate(tokens, k);
        String unit = measure.unit().equals("magnitude") ? "magnitude"
                : measure.unit() + (thing.isEmpty() ? "" : ":" + thing) + rate;
        double number = n.value() * measure.factor();
        double resolution = n.resolution() * measure.factor();
        if (measure.duration()) {
            String written = tokens.get(unitToken).lemma().replaceAll("-(?:long|old)$", "");
            String iso = n.range() ? value : isoDuration(n.value(), suffixOr(n.suffix(), written));
            return new Count(n.start(), end, DURATION, iso, number, resolution, unit, qualifier, "", false);
        }
        String shown = n.range() ? value : Numbers.text(number);
        return new Count(n.start(), end, MEASURE, shown, number, resolution, unit, qualifier, "", false);
    }

    private static String suffixOr(String suffix, String word) {
        String s = suffix.replaceAll("-(?:long|old)$", "");
        return s.isEmpty() ? word : s;
    }

    /** "about 40 miles from the capital", "80 km north-west of Kathmandu". */
    private static boolean isDistanceWord(List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        return w.equals("from") || w.equals("away") || w.matches("(?:north|south|east|west|north-?east|north-?west"
                + "|south-?east|south-?west)(?:ern)?") && k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("of");
    }

    /** "the trial that spanned three months", "the exercise will last six days": the noun the duration measures. */
    private static String relativeClauseNoun(List<Token> tokens, int first, int[] clause) {
        int k = first - 1;
        while (k >= 0 && (tokens.get(k).tag() == Tag.ADP || tokens.get(k).tag() == Tag.ADV)) {
            k--;
        }
        if (k < 0 || tokens.get(k).tag() != Tag.VERB || !DURATION_VERBS.contains(tokens.get(k).lemma())) {
            return "";
        }
        k--;
        while (k >= 0 && (tokens.get(k).tag() == Tag.AUX || Set.of("that", "which", "will", "would", "to")
                .contains(tokens.get(k).lower()))) {
            k--;
        }
        return k >= 0 && tokens.get(k).tag() == Tag.NOUN && tokens.get(k).start() >= clause[0] ? tokens.get(k).lemma()
                : "";
    }

    /** "a depth of 14.9km", "a length of 55 km": the noun whose value the number is. */
    private static String nounOfBefore(List<Token> tokens, int first) {
        if (first >= 2 && tokens.get(first - 1).lower().equals("of") && tokens.get(first - 2).tag() == Tag.NOUN) {
            return tokens.get(first - 2).lemma();
        }
        return "";
    }

    /** "on each floor", "per day", "a year": a rate's denominator as {@code /floor}, else empty. */
    private static String rate(List<Token> tokens, int k) {
        int j = k;
        if (j < tokens.size() && Set.of("on", "in", "for", "at").contains(tokens.get(j).lower())) {
            j++;
        }
        if (j + 1 < tokens.size() && RATE_WORDS.contains(tokens.get(j).lower())
                && tokens.get(j + 1).tag() == Tag.NOUN && (j > k || !tokens.get(j).lower().startsWith("a"))
                && !tokens.get(j + 1).lemma().equals("time")) {
            return "/" + tokens.get(j + 1).lemma();
        }
        return "";
    }

    /** The last noun of a run of modifiers and nouns starting at {@code k}, or -1. */
    private static int headOfRun(List<Token> tokens, int k) {
        int head = -1;
        for (int j = k; j < tokens.size() && j < k + MAX_MODIFIERS; j++) {
            Token t = tokens.get(j);
            if (t.nominal()) {
                head = j;
            } else if (head < 0 && (t.tag() == Tag.ADJ || isQuote(t))) {
                continue;
            } else {
                break;
            }
        }
        return head;
    }

    /** The measured thing: its head lemma, with the names before it ("gotthard-base-tunnel", "seikan-tunnel"). */
    private static String thingKey(List<Token> tokens, int from, int head) {
        List<String> parts = new ArrayList<>();
        for (int j = from; j < head; j++) {
            if (tokens.get(j).tag() == Tag.PROPN) {
                parts.add(tokens.get(j).lower());
            }
        }
        parts.add(tokens.get(head).lemma());
        return String.join("-", parts);
    }

    private static boolean isQuote(Token t) {
        return t.tag() == Tag.PUNCT && "'\"\u2018\u2019\u201c\u201d".indexOf(t.text().charAt(0)) >= 0;
    }

    /** A TimeML duration ({@code P17Y}, {@code PT38M}) for a number of a time unit. */
    static String isoDuration(double n, String unitWord) {
        String u = unitWord.toLowerCase(Locale.ROOT);
        String num = Numbers.text(n);
        if (u.startsWith("decade")) {
            return "P" + Numbers.text(n * 10) + "Y";
        }
        if (u.startsWith("fortnight")) {
            return "P" + Numbers.text(n * 2) + "W";
        }
        if (u.startsWith("year")) {
            return "P" + num + "Y";
        }
        if (u.startsWith("month")) {
            return "P" + num + "M";
        }
        if (u.startsWith("week")) {
            return "P" + num + "W";
        }
        if (u.startsWith("day")) {
            return "P" + num + "D";
        }
        if (u.startsWith("hour")) {
            return "PT" + num + "H";
        }
        if (u.startsWith("minute")) {
            return "PT" + num + "M";
        }
        return "PT" + num + "S";
    }

    /** Whether a unit of the table follows within a few modifiers, before any number. */
    private boolean unitAhead(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + MAX_MODIFIERS; k++) {
            if (tokens.get(k).tag() == Tag.NUM) {
                return false;
            }
            if (quantities.unitAt(tokens, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** A count of a noun or of a role: "14 coaches", "83 people perished", "killing 96", "the toll rose to 145". */
    private Count count(List<Token> tokens, WrittenNumber n, String value, String qualifier, int[] clause) {
        int head = -1;
        int headEnd = -1;
        QuantityLexicon.Unit tableUnit = null;
        String side = "";
        // The counted phrase: modifiers, names and quoted names up to its head noun ("four Mi-35 'Hind E' attack
        // helicopters", "118 Conservative Party MPs"); "and" joins modifiers only on the way to a unit of the table
        // ("four KT-40M combat and cargo helicopters").
        for (int k = n.last() + 1; k < tokens.size() && k <= n.last() + MAX_MODIFIERS + 2; k++) {
            Token t = tokens.get(k);
            PhraseTable.Match<QuantityLexicon.Unit> u = quantities.unitAt(tokens, k);
            if (u != null) {
                head = u.first();
                headEnd = u.last();
                tableUnit = u.value();
                break;
            }
            if (k == n.last() + 1 && lexicon.isDemonym(t.text()) && lexicon.place(t.text()) != null) {
                side = lexicon.place(t.text()).countryKey();
            }
            if (t.nominal()) {
                head = k;
                headEnd = k;
                continue;
            }
            boolean modifier = t.tag() == Tag.ADJ || isQuote(t) || t.tag() == Tag.VERB && t.lower().endsWith("ed")
                    && k + 1 < tokens.size() && tokens.get(k + 1).nominal();
            if (modifier && (head < 0 || unitAhead(tokens, k + 1))) {
                continue;
            }
            if ((t.tag() == Tag.CCONJ || t.tag() == Tag.VERB) && unitAhead(tokens, k + 1)) {
                continue;
            }
            break;
        }
        if (tableUnit != null && tableUnit.unit().equals(NOT_COUNTED)) {
            return null;
        }
        QuantityLexicon.Role group = roles.group(tokens, n.first());
        if (head < 0 && group != null) {
            // "Among the rescued, 75 were students": the noun after the copula is what the number counts.
            int k = n.last() + 1;
            if (k + 1 < tokens.size() && CountRoles.COPULA.contains(tokens.get(k).lower())) {
                int noun = k + 1;
                while (noun < tokens.size() && tokens.get(noun).tag() == Tag.ADJ) {
                    noun++;
                }
                if (noun < tokens.size() && tokens.get(noun).tag() == Tag.NOUN) {
                    PhraseTable.Match<QuantityLexicon.Unit> u = quantities.unitAt(tokens, noun);
                    head = u != null ? u.first() : noun;
                    headEnd = u != null ? u.last() : noun;
                    tableUnit = u != null ? u.value() : null;
                }
            }
        }
        boolean partitive = false;
        if (tableUnit != null && tableUnit.unit().equals(PARTITIVE)) {
            int[] whole = ofPhrase(tokens, headEnd + 1);
            if (whole != null) {
                partitive = true;
                head = whole[0];
                headEnd = whole[1];
                PhraseTable.Match<QuantityLexicon.Unit> u = quantities.unitAt(tokens, whole[0]);
                tableUnit = u != null && u.last() == whole[1] ? u.value() : null;
            } else {
                tableUnit = null;
            }
        }
        if (tableUnit == null && head >= 0 && !partitive) {
            Token h = tokens.get(headEnd);
            boolean plural = !h.lemma().equals(h.lower()) || h.lower().endsWith("s") && h.lower().length() > 3;
            if (h.tag() == Tag.PROPN && !h.lower().endsWith("s") || n.value() != 1 && !plural) {
                // "the 2014 referendum", "Chandrayaan 3 Mission": a number before a singular noun counts nothing.
                return null;
            }
        }
        int phraseEnd = head >= 0 ? headEnd : n.last();
        QuantityLexicon.Role role = roles.of(tokens, n.first(), n.last(), phraseEnd, clause);
        if (role == null) {
            role = group;
        }
        String r = role == null ? "" : role.role();
        if (r.isEmpty() && n.words() && n.value() == 1 && head >= 0 && (attribution.speaks(tokens, phraseEnd)
                || n.first() > 1 && tokens.get(n.first() - 2).tag() == Tag.PUNCT
                && attribution.reportingVerb(tokens, n.first() - 1))) {
            // "One witness said", "One student, Lim Hyung-min, told YTN", "..., said one protester": a speaker, no
            // figure.
            return null;
        }
        CountRoles.Predicate predicate = head >= 0 && r.isEmpty() && (tableUnit == null
                || tableUnit.refinable().equals("NO") && !tableUnit.tally())
                ? roles.predicate(tokens, n.first(), phraseEnd, clause) : CountRoles.Predicate.NONE;
        String unit;
        boolean generic = false;
        if (head < 0) {
            if (r.isEmpty()) {
                return null;
            }
            unit = r;
        } else {
            String noun = tableUnit != null ? tableUnit.unit() : tokens.get(headEnd).lemma().toLowerCase(Locale.ROOT);
            String refinable = tableUnit == null ? "NO" : tableUnit.refinable();
            // A noun whose unit is itself a role ("passengers and crew": aboard) names its role.
            if (r.isEmpty() && refinable.equals("YES") && lexicon.eventTypes().ofRole(noun).isEmpty()) {
                // "600 people", "79 people": people in general in no role read are no count a reader compares.
                unit = noun;
                generic = true;
            } else if (r.isEmpty() && !predicate.verb().isEmpty()) {
                // "14 coaches derailed", "four coaches were damaged": what happened to them is part of what is counted.
                unit = predicate.verb() + "/" + noun;
            } else if (r.isEmpty() || tableUnit != null && tableUnit.tally()) {
                unit = noun;
            } else if (refinable.equals("YES") || refinable.equals("TALLY") && role.tally()) {
                unit = r;
            } else {
                unit = r + "/" + noun;
            }
        }
        int end = tokens.get(phraseEnd).end();
        // "casualties were reported from two coaches, which were severely damaged": the aside describes the coaches
        // the clause is about, not how many were damaged.
        boolean described = predicate.aside() && n.first() > 0 && tokens.get(n.first() - 1).tag() == Tag.ADP;
        String detail = generic || predicate.severalHolders() || described || subset(tokens, n, phraseEnd, role)
                ? ClaimConventions.PART : side;
        PhraseTable.Match<QuantityLexicon.Qualifier> after = quantities.qualifierAfter(tokens, phraseEnd + 1);
        if (after == null && detail.isEmpty() && head >= 0) {
            detail = holder(tokens, phraseEnd + 1);
        }
        if (detail.isEmpty() && role != null && role.tally()) {
            // "61 people died in India": a toll of one place of the event, compared with tolls of that place only.
            String place = placeScope(tokens, n, phraseEnd, clause);
            detail = place.isEmpty() ? detail : ClaimConventions.IN_PLACE + place;
        }
        if (after != null && !generic) {
            detail = after.value().qualifier();
        } else {
            unit = unit + rate(tokens, phraseEnd + 1);
        }
        String kindUnit = unit.contains("/") ? unit.substring(0, unit.indexOf('/')) : unit;
        return new Count(n.start(), end, ClaimConventions.COUNT, value, n.value(), n.resolution(), unit, qualifier,
                detail, quantities.isTally(kindUnit));
    }

    /**
     * The noun phrase after a partitive's "of" ("pieces of military hardware"), as its first token and its head, a
     * unit of {@code count_units.csv} when one starts there; {@code null} when no "of" and noun follow.
     */
    private int[] ofPhrase(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).lower().equals("of")) {
            return null;
        }
        int j = k + 1;
        while (j < tokens.size() && tokens.get(j).tag() == Tag.DET) {
            j++;
        }
        for (int i = j; i < tokens.size() && i < j + MAX_MODIFIERS; i++) {
            PhraseTable.Match<QuantityLexicon.Unit> u = quantities.unitAt(tokens, i);
            if (u != null) {
                return new int[] {u.first(), u.last()};
            }
            if (tokens.get(i).tag() != Tag.ADJ && !tokens.get(i).nominal()) {
                break;
            }
        }
        int head = headOfRun(tokens, j);
        return head < 0 ? null : new int[] {j, head};
    }

    /**
     * Whose share of a whole the count is, when a phrase after the counted noun says it: a country it comes from
     * ("7,200 troops from Belarus": belarus) or a side it is for ("1.6 million votes for independence",
     * "1,617,989 votes for 'Yes'": for:independence, for:yes), not a purpose ("troops for the exercise"). Empty
     * when none.
     */
    private String holder(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return "";
        }
        String word = tokens.get(k).lower();
        int j = k + 1;
        while (j < tokens.size() && (tokens.get(j).lower().equals("the") || isQuote(tokens.get(j)))) {
            j++;
        }
        if (j >= tokens.size()) {
            return "";
        }
        Token t = tokens.get(j);
        if (word.equals("from")) {
            Lexicon.Place place = t.tag() == Tag.PROPN ? lexicon.place(t.text()) : null;
            return place == null || place.countryKey().isEmpty() ? "" : place.countryKey();
        }
        boolean quoted = isQuote(tokens.get(j - 1));
        if (word.equals("for") && (t.tag() == Tag.PROPN || quoted || t.tag() == Tag.NOUN
                && WordSenses.shared().eventShare(t.lower()) < 0.5) && !lexicon.isDemonym(t.text())) {
            return "for:" + t.lemma();
        }
        return "";
    }

    /**
     * The place a toll is counted in, as a key ({@code india}), or empty: "in" and a place of the gazetteer after the
     * count in its clause ("61 people died from the quake in India", "killed at least 34 people in India") or between
     * a toll noun and its number ("the number known to have died in Nepal had risen to 1,953"); "there" and "in that
     * country" stand for the last place the sentence named before ("Officials in India said the toll there now stood
     * at 53"). A name that goes on as a possessive or a compound ("in Nepal's earthquake") is no place of the count.
     */
    private String placeScope(List<Token> tokens, WrittenNumber n, int phraseEnd, int[] clause) {
        for (int k = phraseEnd + 1; k < tokens.size() && k <= phraseEnd + SCOPE_REACH
                && tokens.get(k).start() < clause[1]; k++) {
            Token t = tokens.get(k);
            if (t.tag() == Tag.NUM || t.tag() == Tag.PUNCT) {
                break;
            }
            String place = placeAt(tokens, k, n.first());
            if (place != null) {
                return place;
            }
        }
        boolean toll = false;
        String place = null;
        for (int k = n.first() - 1; k >= 0 && k >= n.first() - SCOPE_REACH && tokens.get(k).start() >= clause[0];
                k--) {
            Token t = tokens.get(k);
            if (t.tag() == Tag.NUM || t.tag() == Tag.PUNCT && !t.text().equals(",")) {
                break;
            }
            // "the toll in Nepal", "the number known to have died in Nepal", not "the toll of the earthquake in Nepal".
            Token before = k > 0 ? tokens.get(k - 1) : null;
            if (place == null && (!t.lower().equals("in") || before != null && (before.tag() == Tag.VERB
                    || before.tag() == Tag.ADV || CountRoles.TALLY_NOUNS.contains(before.lemma())))) {
                place = placeAt(tokens, k, n.first());
            }
            if (CountRoles.TALLY_NOUNS.contains(t.lemma())) {
                toll = true;
                break;
            }
        }
        return toll && place != null ? place : "";
    }

    /**
     * The place key that the words at {@code k} give a toll: "in" and a gazetteer name, "in that country" or
     * "there" (the last gazetteer name before {@code before}, the count's number); {@code null} when they give none.
     */
    private String placeAt(List<Token> tokens, int k, int before) {
        Token t = tokens.get(k);
        if (t.lower().equals("there") && t.tag() != Tag.PRON) {
            return namedBefore(tokens, k);
        }
        if (!t.lower().equals("in") || k + 1 >= tokens.size() || describesIndefinite(tokens, k)) {
            return null;
        }
        int j = k + 1;
        if (j + 1 < tokens.size() && tokens.get(j).lower().equals("that") && tokens.get(j + 1).lemma().equals("country")) {
            return namedBefore(tokens, Math.min(k, before));
        }
        if (tokens.get(j).lower().equals("the")) {
            j++;
        }
        for (int last = Math.min(tokens.size() - 1, j + 2); last >= j; last--) {
            Lexicon.Place p = gazetteerName(tokens, j, last);
            if (p == null) {
                continue;
            }
            Token next = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
            boolean goesOn = next != null && (next.text().startsWith("'") || next.text().startsWith("\u2019")
                    || next.tag() == Tag.PROPN || next.tag() == Tag.NOUN && !REGION_NOUNS.contains(next.lower()));
            return goesOn ? null : Lexicon.key(p.name());
        }
        return null;
    }

    /**
     * Whether the "in" at {@code k} ends an indefinite noun phrase ("died in a powerful earthquake in Nepal"): the
     * place describes what the phrase introduces, not where the count was made.
     */
    private static boolean describesIndefinite(List<Token> tokens, int k) {
        int i = k - 1;
        if (i < 0 || tokens.get(i).tag() != Tag.NOUN) {
            return false;
        }
        while (i >= 0 && (tokens.get(i).tag() == Tag.NOUN || tokens.get(i).tag() == Tag.ADJ
                || tokens.get(i).tag() == Tag.ADV)) {
            i--;
        }
        return i >= 0 && (tokens.get(i).lower().equals("a") || tokens.get(i).lower().equals("an"));
    }

    /** The last place of the gazetteer named before token {@code k} of the sentence, as a key; {@code null} if none. */
    private String namedBefore(List<Token> tokens, int k) {
        for (int i = k - 1; i >= 0; i--) {
            if (tokens.get(i).tag() != Tag.PROPN) {
                continue;
            }
            Lexicon.Place p = gazetteerName(tokens, i, i);
            if (p != null && !lexicon.isDemonym(tokens.get(i).text())) {
                return Lexicon.key(p.name());
            }
        }
        return null;
    }

    /** The gazetteer place that proper-name tokens {@code from..to} spell, or {@code null}. */
    private Lexicon.Place gazetteerName(List<Token> tokens, int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (tokens.get(i).tag() != Tag.PROPN) {
                return null;
            }
            name.append(i == from ? "" : " ").append(tokens.get(i).text());
        }
        Lexicon.Place p = lexicon.place(name.toString());
        return p == null || lexicon.isDemonym(name.toString()) ? null : p;
    }

    /**
     * Whether the count is a subset of a larger one: a {@code PART} word of {@code qualifiers.csv} before the number
     * or among its modifiers ("the remaining eight boys", "200 other passengers"), or the whole of a partitive whose
     * predicate holds for its part only ("convicted on four of 11 counts": 11 counts were not convicted). A whole
     * in a role that says who they are, not what happened to them ("291 of the 459 people on the ferry", "three of
     * the 40 who took part"), is the whole count in that role.
     */
    private boolean subset(List<Token> tokens, WrittenNumber n, int phraseEnd, QuantityLexicon.Role role) {
        PhraseTable.Match<QuantityLexicon.Qualifier> q = quantities.qualifierBefore(tokens, n.first() - 1);
        if (q != null && q.value().qualifier().equals(ClaimConventions.PART)) {
            return true;
        }
        QuantityLexicon.Qualifier inside = quantities.qualifierInside(tokens, n.last() + 1, phraseEnd - 1);
        if (inside != null && inside.qualifier().equals(ClaimConventions.PART)) {
            return true;
        }
        int of = n.first() - 1;
        if (of >= 1 && tokens.get(of).lower().equals("the")) {
            of--;
        }
        return of >= 1 && tokens.get(of).lower().equals("of") && tokens.get(of - 1).tag() == Tag.NUM
                && (role == null || role.tally());
    }

    private Claim claim(SentenceContext context, List<EventFinder.Mention> mentions, Count c, boolean projected) {
        Claim.Builder claim = eventClaim(context, mentions, c);
        if (projected) {
            claim.modality(PROJECTED);
        }
        ThingFinder.Thing thing = thingOf(context, c);
        if (thing == null) {
            return claim.build();
        }
        // A measure of a named thing is its attribute, compared with what other sources say of that thing.
        String measured = c.unit().replaceFirst(":.*", "");
        String unit = c.attribute().equals(MEASURE) ? measured + (thing.dimension().isEmpty()
                || !measured.equals("km") ? "" : ":" + thing.dimension()) : c.unit();
        // A thing's size or parts hold whenever its sentence's event happened ("was built in 1974 and contains 120
        // flats"): no time of that event is theirs.
        return claim.subject(thing.key()).unit(unit).time(null).build().withBasis(thing.basis());
    }

    /** The named thing a measure or a count of parts is of ("the 6,825-ton ferry Sewol", "contains 120 flats"). */
    private ThingFinder.Thing thingOf(SentenceContext context, Count c) {
        boolean measure = c.attribute().equals(MEASURE) && !c.unit().startsWith("%") && !c.unit().equals("magnitude")
                && !c.unit().contains("/") && !c.unit().endsWith(":distance");
        boolean count = c.attribute().equals(ClaimConventions.COUNT) && !c.tally() && c.detail().isEmpty();
        if (!measure && !count) {
            return null;
        }
        List<Token> tokens = context.tokens();
        int first = -1;
        int last = -1;
        for (Token t : tokens) {
            if (t.start() == c.start()) {
                first = t.index();
            }
            if (t.end() == c.end()) {
                last = t.index();
            }
        }
        if (first < 0 || last < 0) {
            return null;
        }
        return measure ? things.of(context, first, first, ThingFinder.Figure.MEASURE)
                : things.of(context, first, last, ThingFinder.Figure.COUNT);
    }

    private Claim.Builder eventClaim(SentenceContext context, List<EventFinder.Mention> mentions, Count c) {
        return events.claimAbout(NAME, context, about(context, mentions, c), modality, c.start(), c.end())
                .kind(c.attribute().equals(ClaimConventions.COUNT) && c.tally() ? ClaimConventions.KIND_TALLY
                        : ClaimConventions.KIND_COUNT)
                .attribute(c.attribute())
                .value(c.value())
                .number(c.number())
                .resolution(c.resolution())
                .unit(c.unit())
                .qualifier(c.qualifier())
                .detail(c.detail())
                .attribution(attribution.at(context, c.start()));
    }

    /**
     * The mentions a count may be about: all of the sentence's, unless the count is in a role that
     * {@code count_events.csv} gives to events of some types ("dead", "aboard") and the mention that governs it is
     * of none of them while another of the sentence is: then the nearest of those. "A ferry carrying 462 people on
     * a trip to Jeju capsized" counts the people of the capsizing, not of the trip; "found guilty of killing 304
     * people in the sinking" the dead of the sinking, not of the verdict.
     */
    private List<EventFinder.Mention> about(SentenceContext context, List<EventFinder.Mention> mentions, Count c) {
        if (mentions.size() < 2 || !c.attribute().equals(ClaimConventions.COUNT)) {
            return mentions;
        }
        Set<String> types = lexicon.eventTypes().ofRole(c.unit());
        if (types.isEmpty()) {
            return mentions;
        }
        EventFinder.Mention governing = EventFinder.governing(mentions, context, c.start());
        if (governing == null || types.contains(governing.key().eventClass())) {
            return mentions;
        }
        EventFinder.Mention best = null;
        for (EventFinder.Mention m : mentions) {
            if (types.contains(m.key().eventClass()) && (best == null
                    || Math.abs(m.start() - c.start()) < Math.abs(best.start() - c.start()))) {
                best = m;
            }
        }
        return best == null ? mentions : List.of(best);
    }

    /**
     * "X won 257 votes, while Y won 170 votes": a sentence that gives different numbers of one unit, none of them
     * marked as a side's, each side's or the total, breaks a count into parts whose holders are not read; each is
     * a {@code PART}, which rules compare with nothing but an equal number.
     */
    private static List<Count> parts(List<Count> counts, Set<Count> projected) {
        List<Count> out = new ArrayList<>();
        for (Count c : counts) {
            // "could reach 10,000 ... as the death toll hit 4,349": a projection and a figure are not parts of one.
            boolean part = c.detail().isEmpty() && !projected.contains(c) && counts.stream().anyMatch(o -> o != c
                    && !projected.contains(o) && o.unit().equals(c.unit()) && o.attribute().equals(c.attribute())
                    && (o.detail().isEmpty() || o.detail().equals(ClaimConventions.PART)) && o.number() != c.number());
            out.add(part ? c.withDetail(ClaimConventions.PART) : c);
        }
        return out;
    }

    /**
     * Whether a modal verb projects the figure: "the toll could reach 10,000", "may rise to 300", "might well top
     * 50". Such a figure is expected, not counted.
     */
    private boolean projected(List<Token> tokens, Count c) {
        int k = -1;
        for (Token t : tokens) {
            if (t.start() == c.start()) {
                k = t.index() - 1;
            }
        }
        PhraseTable.Match<QuantityLexicon.Qualifier> q = k >= 0 ? quantities.qualifierBefore(tokens, k) : null;
        if (q != null) {
            k = q.first() - 1;
        }
        if (k >= 1 && TOWARDS.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k < 1 || !REACHING.contains(tokens.get(k).lemma())) {
            return false;
        }
        k--;
        while (k >= 1 && (tokens.get(k).tag() == Tag.ADV || HEDGE_ADVERBS.contains(tokens.get(k).lower()))) {
            k--;
        }
        return k >= 0 && HEDGES.contains(tokens.get(k).lower());
    }

    /** "40 Uzbek troops joining 110 Tajik troops": the sides' counts add up to a total. */
    private List<Claim> derivedTotals(SentenceContext context, List<EventFinder.Mention> mentions, List<Count> counts) {
        List<Claim> out = new ArrayList<>();
        List<String> units = counts.stream().map(Count::unit).distinct().toList();
        for (String unit : units) {
            List<Count> sides = counts.stream().filter(c -> c.unit().equals(unit)).toList();
            boolean hasTotal = sides.stream().anyMatch(c -> c.detail().equals(ClaimConventions.TOTAL));
            // Tolls of several places ("34 people in India, 12 in Tibet") are parts of a toll whose main place the
            // sentence does not count: no total.
            List<Count> perSide = sides.stream().filter(c -> !c.detail().isEmpty()
                    && !c.detail().equals(ClaimConventions.EACH) && !c.detail().equals(ClaimConventions.TOTAL)
                    && !c.detail().equals(ClaimConventions.PART)
                    && !c.detail().startsWith(ClaimConventions.IN_PLACE)).toList();
            if (hasTotal || perSide.size() < 2 || perSide.stream().map(Count::detail).distinct().count() < perSide.size()) {
                continue;
            }
            double sum = perSide.stream().mapToDouble(Count::number).sum();
            double resolution = perSide.stream().mapToDouble(Count::resolution).max().orElse(1);
            boolean exact = perSide.stream().allMatch(c -> c.qualifier().equals(ClaimConventions.EXACT));
            Count first = perSide.get(0);
            Count last = perSide.get(perSide.size() - 1);
            Count total = new Count(first.start(), last.end(), first.attribute(), Numbers.text(sum), sum, resolution,
                    unit, exact ? ClaimConventions.EXACT : "ABOUT", ClaimConventions.TOTAL, first.tally());
            out.add(claim(context, mentions, total, false));
        }
        return out;
    }
}
