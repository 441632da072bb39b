package org.crosscheck.group;

import java.util.List;
import java.util.Map;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.fact.Claim;

/**
 * The corpus-level grouping stage run after {@link Origins}: spellings of places ({@link PlaceResolver}), then
 * people ({@link PersonResolver}), so that events named after a person use the resolved name, then events
 * ({@link EventResolver}).
 */
public final class EventGrouping {
    private final EventResolver events;
    private final Lexicon lexicon;

    public EventGrouping(Lexicon lexicon) {
        this.events = new EventResolver(lexicon);
        this.lexicon = lexicon;
    }

    /** Resolves the subjects of {@code claims} in place (a corpus's claims are not copied) and returns the list. */
    public List<Claim> resolve(List<Claim> claims) {
        PlaceResolver.resolve(claims, lexicon);
        PersonResolver.inArticles(claims);
        Map<String, String> people = PersonResolver.resolve(claims);
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            String person = people.get(c.subject());
            if (person != null && !person.equals(c.subject())) {
                claims.set(i, c.withEvent(c.event(), person));
            }
        }
        events.resolve(claims, people);
        return claims;
    }
}
