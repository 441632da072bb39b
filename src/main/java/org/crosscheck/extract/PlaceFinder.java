package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.PlaceKinds;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.WordSenses;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.LiteralGate;
import org.crosscheck.vocab.Vocabulary;

/**
 * Finds the places a sentence names, in the gazetteer or not, with what the sentence says of each: its kind
 * (village, town, city, district, region, country, venue, water), the preposition that gives its role (venue after
 * "in", "at"; near after "near", "outside", "off"; origin after "from"; destination after "to", "into", "bound
 * for"), and the place the text puts it in ("Pollegio in the canton of Ticino", "Uttar Pradesh's Pukhrayan",
 * "Kathmandu, Nepal", "Pukhrayan, a village in Kanpur Dehat district").
 *
 * <p>A capitalised name the gazetteer ({@code places.csv}) lacks is a place when the text says so: a kind word next
 * to it ({@code place_words.csv}: "Pukhrayan village", "the town of X", "Lusail Stadium"), a head noun WordNet reads
 * as a structure, facility or location ("Far East Finance Centre"), a WordNet location reading of the name itself
 * ("California"), a container ("X in Ticino", "Odisha's X"), an apposition (", a village"), "near X", or a route
 * ("from X to Y"). A name that holds a person, a title, a month, an event word or an acronym is not one. Demonyms
 * are not places, but "Swiss towns X and Y" puts X and Y in Switzerland. Coordinated places ("in Russia and
 * Belarus") share a role.
 */
public final class PlaceFinder {

    /**
     * A place named in a sentence (sentence offsets).
     *
     * @param start         first character of the name (or of its kind word when it comes first: "Lake X")
     * @param end           just past the name and a kind word after it ("Capella hotel")
     * @param name          the name compared: canonical for a gazetteer place, else the name as written without a
     *                      kind word writers add or drop ("Capella" for "the Capella hotel")
     * @param type          kind of place: village, town, city, district, region, country, venue, water, or empty
     * @param known         whether the gazetteer lists it under this name and kind
     * @param role          venue, origin, destination, or empty when no preposition gives one
     * @param near          whether the role is approximate ("near X", "60 km from X", "north of X")
     * @param container     the place the text puts it in, or empty
     * @param containerType kind of the container, or empty
     * @param route         whether it is one end of a route stated whole ("from X to Y")
     * @param located       whether the gazetteer or WordNet knows the name as a place
     * @param moving        for an origin or destination, whether a word of motion or transfer governs it ("travelled
     *                      to", "the trip from", "bought from"): "a threat to X", "pressure from X" give no journey
     * @param via           where the preposition giving the role starts, or -1
     */
    public record Place(int start, int end, String name, String type, boolean known, String role, boolean near,
                        String container, String containerType, boolean route, boolean located, boolean moving,
                        int via) {

        public Place withRole(String r, boolean n) {
            return new Place(start, end, name, type, known, r, n, container, containerType, route, located, moving,
                    via);
        }

        Place withContainer(String c, String t) {
            return new Place(start, end, name, type, known, role, near, c, t, route, located, moving, via);
        }
    }

    /** The kind a place word gives and whether writers drop it. */
    private record Kind(String type, boolean drop) {
    }

    private static final String PART = "part";
    private static final Kind VENUE = new Kind("venue", false);
    private static final Kind NO_KIND = new Kind("", false);
    /** Kind of a name that is a place only if a container of a known kind follows it. */
    private static final String UNDECIDED = "?";
    /** Kind of a word that names no place though WordNet reads it as a location ("destination", "venue"). */
    private static final String NONE = "none";
    private static final Set<String> TYPES = Set.of("village", "town", "city", "district", "region", "venue",
            "water", PART, NONE);
    /** WordNet senses whose hyponyms are places a head noun can name: buildings, facilities, sites, ways. */
    private static final Set<String> VENUE_ROOTS = Set.of("structure.n.01", "facility.n.01", "location.n.01",
            "way.n.06", "geological_formation.n.01", "body_of_water.n.01");
    private static final double VENUE_SHARE = 0.5;
    private static final Set<String> MOTION_FILES = Set.of("verb.motion", "verb.possession");
    private static final Set<String> TRAVEL_ROOTS = Set.of("travel.n.01", "journey.n.01", "motion.n.06",
            "transportation.n.02", "delivery.n.01", "route.n.01");
    private static final double MOTION_SHARE = 0.3;
    private static final double DEVERBAL_SHARE = 0.5;
    private static final Set<String> ACT_FILES = Set.of("noun.act", "noun.event", "noun.possession");
    private static final Set<String> LOCATION_FILE = Set.of("noun.location");

    private static final Map<String, String> ROLES = Map.ofEntries(Map.entry("in", "venue"), Map.entry("at", "venue"),
            Map.entry("inside", "venue"), Map.entry("within", "venue"), Map.entry("on", "venue"),
            Map.entry("aboard", "venue"), Map.entry("near", "near"), Map.entry("outside", "near"),
            Map.entry("off", "near"), Map.entry("nearby", "near"), Map.entry("beside", "near"),
            Map.entry("from", "origin"), Map.entry("to", "destination"), Map.entry("into", "destination"),
            Map.entry("towards", "destination"), Map.entry("toward", "destination"));
    /** Verbs after which "for X" is where one is going ("bound for", "left for"). */
    private static final Set<String> HEADING = Set.of("bound", "headed", "heading", "left", "leaving", "departed",
            "sailed", "sailing");
    /** Verbs whose object is where one goes ("visited Minsk") or whence ("left Kabul"). */
    private static final Set<String> DESTINATION_VERBS = Set.of("visit", "reach", "enter", "tour");
    private static final Set<String> ORIGIN_VERBS = Set.of("leave", "depart", "flee");
    private static final Set<String> DISTANCE = Set.of("km", "kms", "kilometres", "kilometers", "kilometre",
            "kilometer", "miles", "mile", "metres", "meters", "nautical");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}s?");
    private static final Pattern COORDINATION = Pattern.compile("^\\s*(?:,|,?\\s+and|,?\\s+or|,?\\s+as well as)\\s+"
            + "(?:(?:the|in|at)\\s+)?$");
    /** Between a place and its container: "in", "on", a comma, "in the central canton of". */
    private static final String IN_PHRASE = "(?:in|on)\\s+(?:the\\s+)?(?:(?:[\\p{Ll}-]+\\s+){0,2}?\\p{Ll}+\\s+of\\s+)?";
    private static final Pattern CONTAINED = Pattern.compile("^\\s*(?:,|,\\s*(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){1,3}?"
            + IN_PHRASE + "|" + IN_PHRASE + ")\\s*$");
    private static final Pattern TO_AFTER = Pattern.compile("^\\s+to\\s+$");

    private static final Object MEMO = new Object();
    /** The most tokens a gazetteer name spans ("Bosnia and Herzegovina", "Saint Vincent and the Grenadines"). */
    private static final int MAX_NAME_TOKENS = 6;

    private final Lexicon lexicon;
    private final PersonFinder persons;
    private final WordSenses senses;
    private final Map<String, Kind> kinds = new HashMap<>();
    /** WordNet's answers per word, asked once per distinct word of a corpus (shared by threads). */
    private final Map<String, Kind> heads = new ConcurrentHashMap<>();
    private final Map<String, Boolean> locations = new ConcurrentHashMap<>();
    private final Map<String, Boolean> motion = new ConcurrentHashMap<>();
    private static final java.util.Set<String> INDEFINITE = java.util.Set.of("a", "an", "another");

    /** The kind words that state containment on their own ("village", "district"): sentences without an event
     * are read only when they hold one. */
    private final LiteralGate kindGate;

    public PlaceFinder(Lexicon lexicon, PersonFinder persons, Vocabulary vocabulary) {
        this(lexicon, persons, vocabulary, WordSenses.shared());
    }

    PlaceFinder(Lexicon lexicon, PersonFinder persons, Vocabulary vocabulary, WordSenses senses) {
        this.lexicon = lexicon;
        this.persons = persons;
        this.senses = senses;
        for (DataTable.Row row : vocabulary.table("place_words.csv", "word", "type", "drop").rows()) {
            String type = row.require("type").toLowerCase(Locale.ROOT);
            if (!TYPES.contains(type)) {
                throw row.error("type must be one of " + new java.util.TreeSet<>(TYPES));
            }
            String drop = row.get("drop").toLowerCase(Locale.ROOT);
            if (!drop.isEmpty() && !drop.equals("yes") && !drop.equals("no")) {
                throw row.error("drop must be yes, no or empty");
            }
            if (kinds.put(Lexicon.norm(row.require("word")), new Kind(type, drop.equals("yes"))) != null) {
                throw row.error("place word '" + row.get("word") + "' is listed twice");
            }
        }
        List<String> levels = new ArrayList<>();
        kinds.forEach((word, kind) -> {
            if (PlaceKinds.level(kind.type()) >= 1) {
                levels.add(Pattern.quote(word));
            }
        });
        kindGate = LiteralGate.of(Pattern.compile(levels.isEmpty() ? "(?!)" : "(?i)\\b(?:" + String.join("|", levels)
                + ")\\b"));
    }

    /** Whether a sentence with no event may still state where a place lies: it names a kind of place. */
    public boolean mayStateContainment(SentenceContext context) {
        return kindGate.mayMatch(context.folded());
    }

    /** The places of the context's sentence, in text order (computed once per sentence). */
    public List<Place> find(SentenceContext context) {
        return context.memo(MEMO, () -> find(context.sentence().text(), context.tokens(),
                persons.find(context)));
    }

    /** The places of a sentence, given its tokens and its titled people. */
    List<Place> find(String text, List<Token> tokens, List<PersonFinder.Mention> people) {
        if (!hasCapitalAfterFirst(text)) {
            return List.of();
        }
        List<int[]> gazetteer = gazetteer(text, tokens);

        List<Place> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = runEnd(tokens, i, gazetteer);
            if (j == i) {
                i++;
                continue;
            }
            Place p = place(text, tokens, i, j, gazetteer, people, out);
            if (p != null) {
                out.add(p);
            }
            i = Math.max(j, p == null ? j : tokenAt(tokens, p.end()));
        }
        return link(text, out);
    }

    /**
     * The gazetteer names of a sentence as [start, end) offsets, longest first at each capitalised token: a hash
     * lookup of up to {@value #MAX_NAME_TOKENS} tokens, far cheaper than running the gazetteer's alternation over
     * the text (tokens give the word bounds it tests).
     */
    private List<int[]> gazetteer(String text, List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            int found = 0;
            if (t.capitalised()) {
                for (int len = Math.min(MAX_NAME_TOKENS, tokens.size() - i); len >= 1 && found == 0; len--) {
                    Token last = tokens.get(i + len - 1);
                    if (lexicon.place(text.substring(t.start(), last.end())) != null) {
                        out.add(new int[] {t.start(), last.end()});
                        found = len;
                    }
                }
            }
            i += Math.max(1, found);
        }
        return out;
    }

    /** The end (exclusive token index) of the capitalised run starting at i, or i when none starts there. */
    private int runEnd(List<Token> tokens, int i, List<int[]> gazetteer) {
        int j = i;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            int[] g = spanAt(gazetteer, t.start());
            if (g != null) {
                j = tokenAt(tokens, g[1]);
                continue;
            }
            if (!nameToken(tokens, j)) {
                break;
            }
            j++;
        }
        return j;
    }

    private boolean nameToken(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (!t.capitalised() || !Character.isLetter(t.text().codePointAt(0))) {
            return false;
        }
        // A capitalised function word opens a sentence or a headline ("The", "In"); a proper noun may still.
        return t.tag() == Tag.PROPN || t.tag() == Tag.NOUN || t.tag() == Tag.ADJ || t.tag() == Tag.X
                || t.tag() == Tag.VERB && j > 0;
    }

    private Place place(String text, List<Token> tokens, int i, int j, List<int[]> gazetteer,
                        List<PersonFinder.Mention> people, List<Place> before) {
        int from = tokens.get(i).start();
        int to = tokens.get(j - 1).end();
        for (PersonFinder.Mention p : people) {
            if (p.nameStart() < to && p.end() > from) {
                return null;
            }
        }
        // A kind word closing the run ("Lusail Stadium") or right after it ("Capella hotel", "railway station").
        int nameEnd = j;
        int end = j;
        Kind head = null;
        if (j - i >= 2 && spanAt(gazetteer, tokens.get(j - 1).start()) == null) {
            head = headKind(tokens.get(j - 1).lower(), tokens.get(j - 1).lemma());
            if (head != null) {
                nameEnd = j - 1;
            }
        }
        if (head == null && j < tokens.size()) {
            if (j + 1 < tokens.size() && lowerNoun(tokens.get(j)) && lowerNoun(tokens.get(j + 1))) {
                Kind two = kinds.get(tokens.get(j).lower() + " " + tokens.get(j + 1).lemma());
                if (two != null && !two.type().equals(PART) && !two.type().equals(NONE)) {
                    head = two;
                    end = j + 2;
                }
            }
            if (head == null && lowerNoun(tokens.get(j))) {
                head = headKind(tokens.get(j).lower(), tokens.get(j).lemma());
                if (head != null) {
                    end = j + 1;
                }
            }
        }
        if (head != null && end > j && i > 0 && INDEFINITE.contains(tokens.get(i - 1).lower())) {
            // "a London tower block", "an Odisha village": a description of an unnamed place, not its name.
            return null;
        }
        if (head == null && j + 1 < tokens.size() && possessive(tokens.get(j)) && tokens.get(j + 1).capitalised()) {
            // "Uttar Pradesh's Pukhrayan": the possessor is the container of the next place, not a place in a role.
            return null;
        }
        List<Token> name = tokens.subList(i, head != null && head.drop() ? nameEnd : end);
        if (name.isEmpty() || excluded(text, tokens, name, head != null)) {
            return null;
        }
        String written = text.substring(name.get(0).start(), name.get(name.size() - 1).end());
        String type = head == null ? "" : head.type();
        boolean known = false;
        String canonical = written;
        String container = "";
        String containerType = "";
        Lexicon.Place whole = lexicon.place(written);
        if (whole != null && head == null && whole.type().equals("country") && attributive(tokens, end)) {
            return null; // "in the 2016 US elections", "from US sanctions": the country qualifies a noun
        }
        if (whole != null && !lexicon.isDemonym(written) && head == null) {
            canonical = whole.name();
            type = whole.type();
            known = true;
        } else if (whole != null && !lexicon.isDemonym(written) && head.drop() && !head.type().equals("venue")) {
            // "Balasore district", "Kanpur city": the gazetteer name with a kind word.
            canonical = whole.name();
            known = head.type().equals(whole.type());
        } else if (whole == null) {
            // "Capella Singapore": a name ending in a gazetteer place lies in it; "Hong Kong airport" in its city.
            int[] last = spanAt(gazetteer, name.get(name.size() - 1).start());
            int[] first = spanAt(gazetteer, name.get(0).start());
            if (last != null && last[0] > name.get(0).start() && last[1] == name.get(name.size() - 1).end()) {
                Lexicon.Place p = lexicon.place(text.substring(last[0], last[1]));
                String prefix = text.substring(name.get(0).start(), lastBefore(tokens, last[0])).strip();
                if (p != null && !lexicon.isDemonym(text.substring(last[0], last[1])) && !modifier(prefix)
                        && !name.get(0).lower().equals("the")) {
                    canonical = prefix;
                    container = p.name();
                    containerType = p.type();
                }
            } else if (first != null && head != null && head.drop() && head.type().equals("venue")
                    && first[1] < name.get(name.size() - 1).end() + 1) {
                Lexicon.Place p = lexicon.place(text.substring(first[0], first[1]));
                if (p != null && p.type().equals("city")) {
                    container = p.name();
                    containerType = p.type();
                }
            }
            if (lexicon.isDemonym(written)) {
                return null;
            }
        } else {
            return null;
        }
        Left left = left(text, tokens, i);
        if (!container.isEmpty() && head == null && left.role.isEmpty()) {
            return null;
        }
        if (type.isEmpty() && left.type != null) {
            type = left.type;
        }
        // A container in the name ("at the Capella Singapore") is evidence; a possessor or demonym before the name
        // is not ("France's Kylian Mbappe", "Russian MiG-35"), it only says where a place lies.
        boolean contained = !container.isEmpty() && (!left.role.isEmpty() || head != null);
        if (container.isEmpty() && left.container != null) {
            container = left.container;
            containerType = left.containerType;
        }
        String apposition = apposition(tokens, end);
        if (type.isEmpty() && apposition != null) {
            type = apposition;
        }
        boolean route = route(text, tokens, i, end, left);
        boolean located = whole != null || location(name);
        boolean evidence = known || !type.isEmpty() || contained || left.near || left.afterVenue || located || route;
        Place p = new Place(from, tokens.get(end - 1).end(), canonical, type, known, left.role, left.near, container,
                containerType, route, located, left.moving, left.via);
        if (!evidence) {
            // "a ceremony in Pollegio in the canton of Ticino": a container of a known kind after a name in a role
            // is evidence too; decided in link().
            return new Place(p.start(), p.end(), p.name(), UNDECIDED, false, p.role(), p.near(), "", "", false, false,
                    p.moving(), p.via());
        }
        return p;
    }

    /** What the words before a name say: role, nearness, kind ("the town of"), container ("Odisha's"). */
    private static final class Left {
        String role = "";
        boolean near;
        String type;
        String container;
        String containerType;
        String preposition = "";
        boolean afterVenue;
        boolean moving;
        int via = -1;
    }

    private Left left(String text, List<Token> tokens, int i) {
        Left out = new Left();
        int k = i - 1;
        int steps = 0;
        while (k >= 0 && steps++ < 7) {
            Token t = tokens.get(k);
            String lower = t.lower();
            if (possessive(t) && k > 0) {
                // "Uttar Pradesh's Pukhrayan", "Odisha's Balasore district": the possessor contains the place.
                int s = k - 1;
                while (s > 0 && tokens.get(s - 1).capitalised()) {
                    s--;
                }
                String possessor = text.substring(tokens.get(s).start(), tokens.get(k - 1).end());
                Lexicon.Place p = lexicon.place(possessor);
                // "the city's", "the State's": a kind word is no name.
                if (!tokens.get(k - 1).capitalised() || kinds.containsKey(tokens.get(k - 1).lower())
                        || p == null && !locationWords(tokens.subList(s, k))) {
                    break;
                }
                out.container = p == null ? possessor : p.name();
                out.containerType = p == null ? "" : p.type();
                k = s - 1;
                continue;
            }
            Kind kind = t.capitalised() ? null : kinds.get(t.lemma());
            if (kind == null && !t.capitalised()) {
                kind = kinds.get(lower);
            }
            boolean of = k + 1 < i && tokens.get(k + 1).lower().equals("of");
            if (kind != null && !kind.type().equals(NONE) && (!kind.type().equals("venue") || of)) {
                if (kind.type().equals(PART)) {
                    // "80 km northwest of X" is near X; "in the north of X" is in it.
                    out.near = out.near || direction(lower) && (k == 0 || tokens.get(k - 1).tag() != Tag.DET);
                } else if (out.type == null && !kind.type().equals("venue")) {
                    out.type = kind.type();
                }
                k--;
                continue;
            }
            if (lower.equals("of") || t.tag() == Tag.DET || t.tag() == Tag.ADJ && !t.capitalised()
                    || t.tag() == Tag.NUM) {
                k--;
                continue;
            }
            Lexicon.Place demonym = lexicon.isDemonym(t.text()) ? lexicon.place(t.text()) : null;
            if (demonym != null) {
                out.container = demonym.name();
                out.containerType = demonym.type();
                k--;
                continue;
            }
            if (DISTANCE.contains(lower)) {
                out.near = true;
                k--;
                continue;
            }
            String role = ROLES.get(lower);
            if (role != null && t.tag() == Tag.ADP || role != null && lower.equals("to")) {
                out.preposition = lower;
                out.via = t.start();
                out.moving = governedByMotion(tokens, k);
                // "60 km from X", "a few miles from X": a distance from X is near it, not a journey from it.
                if (lower.equals("from") && k > 0 && (DISTANCE.contains(tokens.get(k - 1).lower())
                        || tokens.get(k - 1).lower().equals("away"))) {
                    out.near = true;
                }
                // "the army school in Tarsk": a place a venue is in.
                if (!lower.equals("from") && !lower.equals("to") && k > 0 && lowerNoun(tokens.get(k - 1))
                        && headKind(tokens.get(k - 1).lower(), tokens.get(k - 1).lemma()) != null) {
                    out.afterVenue = true;
                }
                if (role.equals("near")) {
                    out.role = ClaimConventions.VENUE;
                    out.near = true;
                } else if (out.near) {
                    out.role = ClaimConventions.VENUE;
                } else {
                    out.role = role;
                }
                if (lower.equals("in") && k > 0 && tokens.get(k - 1).lemma().equals("arrive")) {
                    out.role = ClaimConventions.DESTINATION;
                    out.moving = true;
                }
                if (lower.equals("to") && k > 0 && tokens.get(k - 1).lower().equals("close")) {
                    out.role = ClaimConventions.VENUE;
                    out.near = true;
                }
                break;
            }
            if (lower.equals("for") && k > 0 && HEADING.contains(tokens.get(k - 1).lower())) {
                out.role = ClaimConventions.DESTINATION;
                out.preposition = lower;
                out.moving = true;
                out.via = t.start();
            } else if (t.tag() == Tag.VERB && DESTINATION_VERBS.contains(t.lemma())) {
                out.role = ClaimConventions.DESTINATION;
                out.moving = true;
            } else if (t.tag() == Tag.VERB && ORIGIN_VERBS.contains(t.lemma())) {
                out.role = ClaimConventions.ORIGIN;
                out.moving = true;
            }
            break;
        }
        if (out.role.isEmpty() && out.near) {
            out.role = ClaimConventions.VENUE;
        }
        return out;
    }

    /** ", a village", ", a town near ...": the kind an apposition after the name gives, or {@code null}. */
    private String apposition(List<Token> tokens, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).text().equals(",")) {
            return null;
        }
        int k = end + 1;
        if (tokens.get(k).tag() != Tag.DET) {
            return null;
        }
        for (int n = k + 1; n < tokens.size() && n <= k + 3; n++) {
            Token t = tokens.get(n);
            Kind kind = kinds.get(t.lemma());
            if (kind != null && !kind.type().equals(PART) && !kind.type().equals(NONE) && !t.capitalised()) {
                return kind.type();
            }
            if (t.tag() != Tag.ADJ && t.tag() != Tag.NOUN) {
                return null;
            }
        }
        return null;
    }

    /** "from X to Y": both ends of a route stated together are places. */
    private boolean route(String text, List<Token> tokens, int i, int end, Left left) {
        if (left.preposition.equals("from")) {
            return end + 1 < tokens.size() && TO_AFTER.matcher(" " + tokens.get(end).text() + " ").matches()
                    && tokens.get(end + 1).capitalised();
        }
        if (left.preposition.equals("to") && i >= 2) {
            for (int k = i - 2; k >= Math.max(0, i - 6); k--) {
                if (tokens.get(k).lower().equals("from")) {
                    return tokens.get(k + 1).capitalised();
                }
                if (!tokens.get(k).capitalised()) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Second pass: containers named after a place ("Pollegio in the canton of Ticino", "Kathmandu, Nepal"), roles
     * shared by coordinated places ("in Russia and Belarus"), and names kept only for the evidence a container
     * gives them.
     */
    private List<Place> link(String text, List<Place> found) {
        List<Place> out = new ArrayList<>(found);
        boolean[] isContainer = new boolean[out.size()];
        for (int n = 0; n + 1 < out.size(); n++) {
            Place a = out.get(n);
            Place b = out.get(n + 1);
            String between = text.substring(a.end(), b.start());
            if (b.type().equals(UNDECIDED) || !b.role().isEmpty() && !CONTAINED.matcher(between).matches()) {
                continue;
            }
            boolean larger = larger(b, a);
            boolean comma = between.strip().startsWith(",");
            // "a ceremony in Pollegio in the canton of Ticino"; not "the 1986 World Cup in Mexico".
            if (a.type().equals(UNDECIDED) && (a.role().isEmpty() || comma || b.type().isEmpty()
                    || b.type().equals("country") || b.known() && !b.type().equals("city"))) {
                continue;
            }
            // "Hong Kong, Macau and Zhuhai" is a list; "San Jose, California" a place in its state.
            if (comma && between.strip().equals(",") && (!b.located() || listContinues(text, b.end()))) {
                continue;
            }
            if (CONTAINED.matcher(between).matches() && larger) {
                Place contained = a.withContainer(b.name(), b.type());
                if (a.type().equals(UNDECIDED)) {
                    contained = new Place(a.start(), a.end(), a.name(), "", false, a.role(), a.near(), b.name(),
                            b.type(), false, false, a.moving(), a.via());
                }
                out.set(n, contained);
                isContainer[n + 1] = true;
            }
        }
        List<Place> result = new ArrayList<>();
        Place previous = null;
        for (int n = 0; n < out.size(); n++) {
            Place p = out.get(n);
            if (p.type().equals(UNDECIDED)) {
                previous = null;
                continue;
            }
            if (isContainer[n]) {
                p = p.withRole("", false);
            } else if (p.role().isEmpty() && previous != null && !previous.role().isEmpty()
                    && COORDINATION.matcher(text.substring(previous.end(), p.start())).matches()
                    && !larger(p, previous)) {
                p = p.withRole(previous.role(), previous.near());
            }
            result.add(p);
            previous = isContainer[n] ? previous : p;
        }
        return List.copyOf(result);
    }

    private static final Pattern LIST_CONTINUES = Pattern.compile("^(?:,?\\s+(?:and|or)\\s|,\\s*(\\p{Lu}\\p{L}*))");

    /** Whether a list goes on after an offset ("Hong Kong, Macau and mainland China"); a weekday does not. */
    private static boolean listContinues(String text, int offset) {
        Matcher m = LIST_CONTINUES.matcher(text.substring(offset));
        return m.find() && (m.group(1) == null || !CALENDAR.contains(m.group(1).toLowerCase(Locale.ROOT)));
    }

    /** Whether b can contain a: a higher level, or a level-less place around a venue or settlement. */
    private static boolean larger(Place b, Place a) {
        int lb = PlaceKinds.level(b.type());
        int la = PlaceKinds.level(a.type().equals(UNDECIDED) ? "" : a.type());
        if (lb >= 0 && la >= 0) {
            return lb > la;
        }
        return lb >= 1 && la < 0 || lb < 0 && la >= 0 && la <= 1 && !b.type().equals("water");
    }

    private boolean excluded(String text, List<Token> tokens, List<Token> name, boolean headed) {
        Token firstToken = name.get(0);
        if (name.size() == 1 && (direction(firstToken.lower()) || !headed && sentenceInitial(tokens, firstToken)
                && senses.reading(firstToken.lower(), Tag.NOUN) != null && lexicon.place(firstToken.text()) == null)) {
            return true;
        }
        // "U.S. Secretary of Defense James Mattis": a title that starts in the name, even if it runs on past it.
        int nameEnd = name.get(name.size() - 1).end();
        String around = text.substring(firstToken.start(), Math.min(text.length(), nameEnd + 40));
        if (lexicon.mayHoldTitle(around)) {
            Matcher title = lexicon.titlePattern().matcher(around);
            while (title.find()) {
                if (title.start() < nameEnd - firstToken.start()) {
                    return true;
                }
            }
        }
        for (Token t : name) {
            String lower = t.lower();
            int dash = t.text().indexOf('-');
            // "China-backed" modifies; "India-Russia" names a pair of countries, not a place.
            if (dash > 0 && dash + 1 < t.text().length() && (Character.isLowerCase(t.text().charAt(dash + 1))
                    || lexicon.place(t.text().substring(0, dash)) != null
                    && lexicon.place(t.text().substring(dash + 1)) != null)) {
                return true;
            }
            if (CALENDAR.contains(lower) || lexicon.title(t.text()) != null || lexicon.eventWord(t.text()) != null
                    || lexicon.person(t.text()) != null) {
                return true;
            }
        }
        String first = name.get(0).text();
        return name.size() == 1 && !headed && ACRONYM.matcher(first).matches() && lexicon.place(first) == null;
    }

    /** A WordNet place reading of the name: "California", "Uttar Pradesh". */
    private boolean location(List<Token> name) {
        StringBuilder joined = new StringBuilder();
        for (Token t : name) {
            if (joined.length() > 0) {
                joined.append('_');
            }
            joined.append(t.lower());
        }
        return locations.computeIfAbsent(joined.toString(), this::locationReading);
    }

    private boolean locationReading(String joined) {
        // WordNet's morphology finds a base form inside a longer name ("wall_street_journal" reads "wall street"):
        // only the whole name counts.
        WordSenses.Reading r = senses.reading(joined, Tag.NOUN);
        return r != null && r.lemma().replace(' ', '_').equals(joined) && r.share(LOCATION_FILE) >= VENUE_SHARE;
    }

    private boolean locationWords(List<Token> name) {
        return !name.isEmpty() && location(name);
    }

    /** Nouns of time that follow a place in its own role ("visit India today", "in Russia this week"). */
    private static final Set<String> TIME_NOUNS = Set.of("today", "tonight", "yesterday", "tomorrow", "morning",
            "afternoon", "evening", "night", "week", "weekend", "month", "year");

    /**
     * Whether the name ending before token {@code end} modifies the common noun after it ("US sanctions", "UK
     * voters"), which a place word does not make a place ("India port" is read as a kind of place before this).
     */
    private static boolean attributive(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(end);
        return next.tag() == Tag.NOUN && !next.capitalised() && !TIME_NOUNS.contains(next.lower());
    }

    /** The kind a head noun gives: from place_words.csv, else a venue when WordNet reads it mostly as one. */
    private Kind headKind(String lower, String lemma) {
        Kind k = kinds.get(lower);
        if (k == null) {
            k = kinds.get(lemma);
        }
        if (k != null) {
            return k.type().equals(PART) || k.type().equals(NONE) ? null : k;
        }
        Kind wordNet = heads.computeIfAbsent(lemma, w -> senses.reading(w, Tag.NOUN) != null
                && senses.reachShare(w, Tag.NOUN, VENUE_ROOTS) >= VENUE_SHARE ? VENUE : NO_KIND);
        return wordNet == NO_KIND ? null : wordNet;
    }

    /**
     * Whether a word governs a journey or a transfer: a verb mostly of motion or possession ("travelled", "bought")
     * or a noun of travel, transport or delivery ("trip", "flight", "delivery"), per WordNet.
     */
    private boolean moving(Token t) {
        if (t.tag() != Tag.VERB && t.tag() != Tag.NOUN) {
            return false;
        }
        return motion.computeIfAbsent(t.tag() + "|" + t.lemma(), k -> movingReading(t));
    }

    private boolean movingReading(Token t) {
        WordSenses.Reading verb = senses.reading(t.lemma(), Tag.VERB);
        if (t.tag() == Tag.VERB) {
            return verb != null && verb.share(MOTION_FILES) >= MOTION_SHARE;
        }
        if (t.tag() != Tag.NOUN) {
            return false;
        }
        if (senses.reachShare(t.lemma(), Tag.NOUN, TRAVEL_ROOTS) >= MOTION_SHARE) {
            return true;
        }
        // "the acquisition of X", "the supply of X": an act named after a verb of motion or possession.
        WordSenses.Reading noun = senses.reading(t.lemma(), Tag.NOUN);
        return verb != null && noun != null && verb.share(MOTION_FILES) >= DEVERBAL_SHARE
                && noun.share(ACT_FILES) >= MOTION_SHARE;
    }

    /**
     * Whether the word a "to" or "from" phrase hangs on is one of motion or transfer. The phrase hangs on the noun
     * before it ("invitations from X", "a threat to X"), through "of" on the noun before that ("the delivery of
     * five systems to X"), or on the verb whose object that noun is ("bought S-400 systems from X").
     */
    private boolean governedByMotion(List<Token> tokens, int preposition) {
        int k = preposition - 1;
        int steps = 0;
        while (k >= 0 && steps++ < 16) {
            Token t = tokens.get(k);
            if (t.tag() == Tag.DET || t.tag() == Tag.ADJ || t.tag() == Tag.NUM || t.tag() == Tag.PROPN
                    || t.capitalised() && t.tag() != Tag.VERB) {
                k--;
                continue;
            }
            if (t.tag() == Tag.VERB) {
                return moving(t);
            }
            if (t.tag() != Tag.NOUN) {
                return false;
            }
            if (moving(t)) {
                return true;
            }
            // Over the noun's modifiers to what governs it: "of" (the noun is an object of a noun) or a verb.
            int m = k - 1;
            while (m >= 0 && modifier(tokens.get(m))) {
                if (moving(tokens.get(m))) {
                    return true;
                }
                m--;
            }
            if (m >= 0 && tokens.get(m).lower().equals("of")) {
                k = m - 1;
                continue;
            }
            return m >= 0 && tokens.get(m).tag() == Tag.VERB && moving(tokens.get(m));
        }
        return false;
    }

    /** A word that can stand before a noun in its phrase: "four Mi-35 ‘Hind E’ combat and cargo helicopters". */
    private static boolean modifier(Token t) {
        return t.tag() == Tag.DET || t.tag() == Tag.ADJ || t.tag() == Tag.NUM || t.tag() == Tag.NOUN
                || t.tag() == Tag.PROPN || t.tag() == Tag.CCONJ
                || t.tag() == Tag.PUNCT && "'\"\u2018\u2019\u201C\u201D()".indexOf(t.text().charAt(0)) >= 0;
    }

    /** "Quake-Hit", "China-backed": a hyphenated modifier before a place, not a name. */
    private boolean modifier(String prefix) {
        int dash = prefix.lastIndexOf('-');
        if (dash < 0 || prefix.indexOf(' ') >= 0) {
            return false;
        }
        String last = prefix.substring(dash + 1).toLowerCase(Locale.ROOT);
        return last.endsWith("ed") || senses.reading(last, Tag.VERB) != null;
    }

    /** Whether a token opens the sentence or a quotation, where a common word is capitalised too. */
    private static boolean sentenceInitial(List<Token> tokens, Token t) {
        int k = t.index() - 1;
        while (k >= 0 && tokens.get(k).tag() == Tag.PUNCT) {
            k--;
        }
        return k < 0 || tokens.get(k).text().equals(".");
    }

    private static boolean possessive(Token t) {
        return t.tag() == Tag.PART && (t.lower().equals("'s") || t.lower().equals("\u2019s"));
    }

    private static boolean lowerNoun(Token t) {
        return !t.capitalised() && t.tag() == Tag.NOUN;
    }

    private static boolean direction(String lower) {
        return lower.startsWith("north") || lower.startsWith("south") || lower.equals("east")
                || lower.equals("west");
    }

    private static boolean hasCapitalAfterFirst(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int[] spanAt(List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (s[0] == offset) {
                return s;
            }
        }
        return null;
    }

    /** The index of the first token starting at or after an offset. */
    private static int tokenAt(List<Token> tokens, int offset) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() >= offset) {
                return k;
            }
        }
        return tokens.size();
    }

    /** The end of the last token before an offset. */
    private static int lastBefore(List<Token> tokens, int offset) {
        int end = 0;
        for (Token t : tokens) {
            if (t.end() <= offset) {
                end = t.end();
            }
        }
        return end;
    }
}
