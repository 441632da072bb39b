package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.Claim;

/**
 * Reads where events happen: a gazetteer place ({@code places.csv}; demonyms are not places) introduced by a
 * preposition or a movement verb, in the clause of an event mention. Roles: {@code destination} after
 * "visited", "arrived in", "reached", "travelled to", "to"; {@code origin} after "from"; {@code venue} after
 * "in" or "at". A place after the event word counts within {@value #WINDOW} words of it; before the event word,
 * only as a destination ("troops arrived in X for the exercise"). Emits {@code place} claims (kind PLACE): value the
 * canonical name, detail the role, unit the place type, subject the event key, qualifier {@code ONLY} for an
 * exclusive venue ("the only venue is X", "solely in X").
 */
public final class PlaceExtractor implements Extractor {
    public static final String NAME = "place";
    /** Words after the event word within which a place still belongs to it. */
    static final int WINDOW = 12;

    private static final Pattern DESTINATION = Pattern.compile("(?i)(?:\\bvisit(?:ed|ing|s)?|\\barriv(?:ed|es|e|ing)"
            + "\\s+in|\\breach(?:ed|es)?|\\btravel(?:l?ed|s)?\\s+to|\\bflew\\s+to|\\bcame\\s+to|\\bto)\\s+(?:the\\s+)?$");
    private static final Pattern ORIGIN = Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+)?$");
    private static final Pattern VENUE = Pattern.compile("(?i)\\b(?:in|at)\\s+(?:the\\s+)?$");
    /** "the only venue is X", "solely in X": a venue that excludes every other. */
    private static final Pattern ONLY = Pattern.compile("(?i)(?:\\b(?:only|sole|exclusive)\\s+(?:venue|host|location)"
            + "(?:\\s+of\\s+[^,.;]{1,60}?)?\\s+(?:is|was|will\\s+be|would\\s+be)|\\b(?:only|solely|exclusively)\\s+(?:in|at))"
            + "\\s+(?:the\\s+)?$");

    private final Lexicon lexicon;
    private final EventFinder events;
    private final ModalityDetector modality;

    public PlaceExtractor(Lexicon lexicon, EventFinder events, ModalityDetector modality) {
        this.lexicon = lexicon;
        this.events = events;
        this.modality = modality;
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        String text = context.sentence().text();
        List<EventFinder.Mention> mentions = events.find(context);
        if (mentions.isEmpty()) {
            return List.of();
        }
        List<int[]> clauses = Clauses.fine(text);
        List<Claim> out = new ArrayList<>();
        Matcher m = lexicon.placePattern().matcher(text);
        while (m.find()) {
            String form = m.group();
            Lexicon.Place place = lexicon.place(form);
            if (place == null || lexicon.isDemonym(form) || partOfCompound(text, m.start(), m.end())) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            boolean only = ONLY.matcher(text.substring(Math.max(0, m.start() - 100), m.start())).find();
            String role = only ? ClaimConventions.VENUE
                    : DESTINATION.matcher(before).find() ? ClaimConventions.DESTINATION
                    : ORIGIN.matcher(before).find() ? ClaimConventions.ORIGIN
                    : VENUE.matcher(before).find() ? ClaimConventions.VENUE : "";
            if (role.isEmpty()) {
                continue;
            }
            EventFinder.Mention event = null;
            for (EventFinder.Mention e : mentions) {
                if (!Clauses.same(clauses, m.start(), e.start())) {
                    continue;
                }
                boolean after = e.end() <= m.start() && words(text.substring(e.end(), m.start())) <= WINDOW;
                boolean verbBefore = e.start() >= m.end() && role.equals(ClaimConventions.DESTINATION);
                boolean verb = e.start() < m.start() && e.end() >= m.start() - 40
                        && text.substring(e.start(), m.start()).matches("(?is)\\S+\\s+(?:in\\s+|to\\s+)?(?:the\\s+)?");
                if ((after || verbBefore || verb) && (event == null
                        || Math.abs(e.start() - m.start()) < Math.abs(event.start() - m.start()))) {
                    event = e;
                }
            }
            if (event == null) {
                continue;
            }
            ModalityDetector.Modality mod = modality.at(context, event.start(), event.end());
            out.add(context.claim(NAME, context.fileOffset(m.start()), context.fileOffset(m.end()))
                    .kind(ClaimConventions.KIND_PLACE)
                    .subject(event.key().format())
                    .attribute(ClaimConventions.PLACE)
                    .value(place.name())
                    .detail(role)
                    .qualifier(only ? ClaimConventions.ONLY : "")
                    .unit(place.type())
                    .modality(mod.modality())
                    .negated(mod.negated())
                    .time(event.timeSpan())
                    .build());
        }
        return out;
    }

    /** "India-France group", "Paris's offer": a place inside a compound or possessive is not a location. */
    private static boolean partOfCompound(String text, int start, int end) {
        boolean hyphenBefore = start > 0 && text.charAt(start - 1) == '-';
        boolean hyphenAfter = end < text.length() && text.charAt(end) == '-';
        boolean possessive = text.startsWith("'s", end) || text.startsWith("\u2019s", end);
        return hyphenBefore || hyphenAfter || possessive;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
