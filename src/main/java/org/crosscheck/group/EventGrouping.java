package org.crosscheck.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.fact.Claim;

/**
 * The corpus-level grouping stage run after {@link Origins}: people first ({@link PersonResolver}), so that
 * events named after a person use the resolved name, then events ({@link EventResolver}). Returns the claims with
 * resolved subjects, in the same order.
 */
public final class EventGrouping {
    private final EventResolver events;

    public EventGrouping(Lexicon lexicon) {
        this.events = new EventResolver(lexicon);
    }

    public List<Claim> resolve(List<Claim> claims) {
        Map<String, String> people = PersonResolver.resolve(claims);
        List<Claim> named = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            String person = people.get(c.subject());
            named.add(person == null || person.equals(c.subject()) ? c : c.withEvent(c.event(), person));
        }
        return events.resolve(named, people);
    }
}
