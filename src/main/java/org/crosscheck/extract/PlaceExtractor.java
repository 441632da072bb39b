package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.Claim;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.Token;

/**
 * Reads where events happen and where places lie, from the places {@link PlaceFinder} reads in a sentence (in the
 * gazetteer or not). A place with a role (venue, origin, destination; approximate after "near") belongs to an event
 * mention of its clause: after the event word within {@value #WINDOW} words, right after an event verb ("visited
 * X"), or before the event word as a destination ("troops arrived in X for the exercise"). Emits:
 * <ul>
 *   <li>{@code place} claims (kind PLACE): subject the event key, value the place's name, detail the role, unit
 *       the kind of place, qualifier {@code ONLY} for an exclusive venue ("the only venue is X", "solely in X"),
 *       {@code NEAR} for an approximate one ("near X", "60 km from X"), {@code ROUTE} for an end of a
 *       route stated whole ("a line from X to Y");</li>
 *   <li>{@code within} claims (kind PLACE) for every containment the text states, event or not ("Pollegio in the
 *       canton of Ticino", "Uttar Pradesh's Pukhrayan"): subject {@code place:<name key>}, value the container,
 *       detail the place's name, unit the kind of the container. Rules treat them as the gazetteer's links.</li>
 * </ul>
 */
public final class PlaceExtractor implements Extractor {
    public static final String NAME = "place";
    /** Words after the event word within which a place still belongs to it. */
    static final int WINDOW = 12;
    /** Attribute of a containment the text states. */
    public static final String WITHIN = "within";
    /** Subject prefix of a place. */
    public static final String PLACE_PREFIX = "place:";
    /** Qualifier of an approximate location. */
    public static final String NEAR = "NEAR";
    /** Qualifier of an origin or destination stated with the other end ("from X to Y"). */
    public static final String ROUTE = "ROUTE";

    /** "the only venue is X", "solely in X": a venue that excludes every other. */
    private static final Pattern ONLY = Pattern.compile("(?i)(?:\\b(?:only|sole|exclusive)\\s+(?:venue|host|location)"
            + "(?:\\s+of\\s+[^,.;]{1,60}?)?\\s+(?:is|was|will\\s+be|would\\s+be)|\\b(?:only|solely|exclusively)\\s+(?:in|at))"
            + "\\s+(?:the\\s+)?$");
    private static final Pattern VERB_BEFORE = Pattern.compile("(?is)\\S+\\s+(?:in\\s+|to\\s+|near\\s+|at\\s+|from\\s+)?"
            + "(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}?(?:of\\s+)?");

    /** "the Capella hotel, where the summit was held": a relative clause names the place's event. */
    private static final Pattern WHERE = Pattern.compile("(?s)\\s*,?\\s+where\\s+(?:\\S+\\s+){0,5}?");

    /** A short opening adjunct that ends where its place begins: "On 07-Jan-2014 in", "Early on Monday at". */
    private static final Pattern FRONTED = Pattern.compile("(?iU)\\s*(?:on|in|at|early|late)\\s+(?:[\\w'’.-]+\\s+){0,5}?"
            + "(?:in|at)\\s+(?:the\\s+)?");
    /** A place as the subject of a verb of hosting: "Belmont hosted", "Doha will host", "played host to". */
    private static final Pattern HOSTED = Pattern.compile("(?i)\\s+(?:(?:has|had|will|would|is|was)\\s+(?:been\\s+)?)?"
            + "(?:hosted|hosts|host|hosting|played\\s+host\\s+to|plays\\s+host\\s+to)\\s+");
    private static final Pattern COMMA_AFTER = Pattern.compile("\\s*,\\s");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:who|whom|whose|which|that|where)\\b");

    private final PlaceFinder places;
    private final EventFinder events;
    private final ModalityDetector modality;

    public PlaceExtractor(PlaceFinder places, EventFinder events, ModalityDetector modality) {
        this.places = places;
        this.events = events;
        this.modality = modality;
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        String text = context.sentence().text();
        List<EventFinder.Mention> mentions = events.find(context);
        // Without an event a sentence gives only containment, which needs a kind word ("a village in X").
        if (mentions.isEmpty() && !places.mayStateContainment(context)) {
            return List.of();
        }
        List<PlaceFinder.Place> found = places.find(context);
        if (found.isEmpty()) {
            return List.of();
        }
        List<int[]> clauses = Clauses.fine(text);
        List<Claim> out = new ArrayList<>();
        for (PlaceFinder.Place p : found) {
            if (!p.container().isEmpty() && !p.container().equals(p.name())) {
                out.add(context.claim(NAME, context.fileOffset(p.start()), context.fileOffset(p.end()))
                        .kind(ClaimConventions.KIND_PLACE)
                        .subject(PLACE_PREFIX + Lexicon.key(p.name()))
                        .attribute(WITHIN)
                        .value(p.container())
                        .detail(p.name())
                        .unit(p.containerType())
                        .build());
            }
            if (mentions.isEmpty()) {
                continue;
            }
            boolean only = ONLY.matcher(text.substring(Math.max(0, p.start() - 100), p.start())).find();
            Matcher host = HOSTED.matcher(text).region(p.end(), text.length());
            boolean hosted = p.role().isEmpty() && host.lookingAt();
            if (only || hosted) {
                p = p.withRole(ClaimConventions.VENUE, false);
            }
            if (p.role().isEmpty()) {
                continue;
            }
            EventFinder.Mention event = hosted ? hostedEvent(text, mentions, host.end())
                    : governing(text, clauses, mentions, p);
            if (event == null && !hosted) {
                event = fronted(context, mentions, p);
            }
            if (event == null || !journey(text, p, event) || ofAnotherNoun(text, p, event)) {
                continue;
            }
            String role = p.role();
            out.add(events.claimAbout(NAME, context, List.of(event), modality, p.start(), p.end())
                    .kind(ClaimConventions.KIND_PLACE)
                    .attribute(ClaimConventions.PLACE)
                    .value(p.name())
                    .detail(role)
                    .qualifier(only ? ClaimConventions.ONLY : p.near() ? NEAR : p.route() ? ROUTE : "")
                    .unit(p.type())
                    .build());
        }
        return out;
    }

    /**
     * The event a place belongs to: the nearest mention of its clause that the place follows within the window,
     * that is the verb right before it, or, for a destination, that follows it.
     */
    private static EventFinder.Mention governing(String text, List<int[]> clauses, List<EventFinder.Mention> mentions,
                                                 PlaceFinder.Place p) {
        EventFinder.Mention event = null;
        for (EventFinder.Mention e : mentions) {
            if (!Clauses.same(clauses, p.start(), e.start())) {
                continue;
            }
            boolean after = e.end() <= p.start() && words(text.substring(e.end(), p.start())) <= WINDOW;
            boolean verbBefore = e.start() >= p.end() && p.role().equals(ClaimConventions.DESTINATION);
            boolean verb = e.start() < p.start() && e.end() >= p.start() - 40
                    && VERB_BEFORE.matcher(text.substring(e.start(), p.start())).matches();
            boolean where = e.start() >= p.end() && WHERE.matcher(text.substring(p.end(), e.start())).matches();
            if ((after || verbBefore || verb || where) && (event == null
                    || Math.abs(e.start() - p.start()) < Math.abs(event.start() - p.start()))) {
                event = e;
            }
        }
        return event;
    }

    /** "Belmont hosted the second round of talks": the first event the host verb takes, within the window. */
    private static EventFinder.Mention hostedEvent(String text, List<EventFinder.Mention> mentions, int from) {
        EventFinder.Mention first = firstFrom(mentions, from);
        return first != null && words(text.substring(from, first.start())) <= WINDOW ? first : null;
    }

    /** The mention that starts first at or after {@code from}, or {@code null}. */
    private static EventFinder.Mention firstFrom(List<EventFinder.Mention> mentions, int from) {
        EventFinder.Mention first = null;
        for (EventFinder.Mention e : mentions) {
            if (e.start() >= from && (first == null || e.start() < first.start())) {
                first = e;
            }
        }
        return first;
    }

    /**
     * "On 7 January in X, the two sides signed an accord": a venue in a fronted adjunct, before the comma that opens
     * the main clause, is the venue of the first event of that clause.
     */
    private static EventFinder.Mention fronted(SentenceContext context, List<EventFinder.Mention> mentions,
                                               PlaceFinder.Place p) {
        String text = context.sentence().text();
        if (!p.role().equals(ClaimConventions.VENUE) || !FRONTED.matcher(text.substring(0, p.start())).matches()
                || !COMMA_AFTER.matcher(text.substring(p.end())).lookingAt()) {
            return null;
        }
        // No verb in the adjunct: "At least 61 people died in India, ..." opens with a clause, not an adjunct.
        for (Token t : context.tokens()) {
            if (t.start() < p.start() && (t.tag() == Tag.VERB || t.tag() == Tag.AUX)) {
                return null;
            }
        }
        // An event in the adjunct ("After the talks in X, ...") is what the place belongs to, if anything.
        if (mentions.stream().anyMatch(e -> e.start() < p.end())) {
            return null;
        }
        EventFinder.Mention first = firstFrom(mentions, p.end());
        if (first == null) {
            return null;
        }
        // The main clause's own event, not one of a relative clause inside it ("a plaque to those who died").
        String between = text.substring(p.end(), first.start());
        return words(between) <= WINDOW && !RELATIVE.matcher(between).find() ? first : null;
    }

    /**
     * Whether an origin or destination is one of the event's: a word of motion or transfer governs it ("the
     * delivery of five systems to X"), it ends a stated route, or the event word itself governs it ("his visit to
     * X"). "A threat to X", "pressure from X", "representatives from X" are not.
     */
    private static boolean journey(String text, PlaceFinder.Place p, EventFinder.Mention event) {
        if (p.role().equals(ClaimConventions.VENUE) || p.moving() || p.route()) {
            return true;
        }
        // Goods go to the buyer: "the sale of four helicopters to X".
        if (p.role().equals(ClaimConventions.DESTINATION)
                && event.word().needsEquipment()) {
            return true;
        }
        return p.via() >= event.end() && text.substring(event.end(), p.via()).isBlank();
    }

    /**
     * "covering the summit at the international media centre in the F1 Pit Building": a place after an unnamed
     * place of its own between it and the event (a centre, an office, a block) locates that place, not the event.
     */
    private static boolean ofAnotherNoun(String text, PlaceFinder.Place p, EventFinder.Mention event) {
        return p.role().equals(ClaimConventions.VENUE) && event.end() <= p.start()
                && NOUN_BETWEEN.matcher(text.substring(event.end(), p.start())).matches();
    }

    /** A preposition and a lower-case noun phrase, then the place's preposition: "at the media centre in". */
    private static final Pattern NOUN_BETWEEN = Pattern.compile("\\s+(?:at|in|inside|on)\\s+(?:the\\s+|an?\\s+)?"
            + "(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}\\p{Ll}[\\p{Ll}-]*\\s+(?:at|in|inside|on)\\s+(?:the\\s+)?");

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
