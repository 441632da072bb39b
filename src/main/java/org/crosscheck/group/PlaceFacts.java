package org.crosscheck.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.ClaimConventions;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.extract.PlaceExtractor;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Placed;
import org.crosscheck.fact.Within;

/**
 * The facts about places a rule session needs beside its claims: which place lies within which (the gazetteer's
 * links and the {@code within} claims of the whole corpus: "Pollegio in the canton of Ticino" in one article lets
 * another's "Pollegio" and a third's "Ticino" agree), and where each independent source places each event
 * ({@link Placed}, one per origin of every claim a representative stands for).
 */
public final class PlaceFacts {
    private final Lexicon lexicon;
    /** Containers the corpus's texts give each place, by canonical name. */
    private final Map<String, Set<String>> stated = new HashMap<>();

    private PlaceFacts(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Reads the containment every article of the corpus states. */
    public static PlaceFacts of(List<Claim> claims, Lexicon lexicon) {
        PlaceFacts facts = new PlaceFacts(lexicon);
        for (Claim c : claims) {
            if (c.attribute().equals(PlaceExtractor.WITHIN) && !c.detail().isEmpty()) {
                facts.stated.computeIfAbsent(c.detail(), k -> new LinkedHashSet<>()).add(c.value());
            }
        }
        return facts;
    }

    /** The containment links above every place the claims name, from the gazetteer and the corpus's texts. */
    public Set<Within> containment(List<Claim> claims) {
        Set<Within> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>();
        for (Claim c : claims) {
            if (c.attribute().equals(ClaimConventions.PLACE)) {
                todo.add(c.value());
            }
        }
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String place = todo.remove(todo.size() - 1);
            if (!seen.add(place)) {
                continue;
            }
            Lexicon.Place known = lexicon.place(place);
            if (known != null && !known.within().isEmpty()) {
                out.add(new Within(place, known.within()));
                todo.add(known.within());
            }
            for (String container : stated.getOrDefault(place, Set.of())) {
                out.add(new Within(place, container));
                todo.add(container);
            }
        }
        return out;
    }

    /** Where the sources behind each representative place claim place its event. */
    public static Set<Placed> placements(List<Claim> representatives, ClaimGroups groups) {
        Set<Placed> out = new LinkedHashSet<>();
        for (Claim c : representatives) {
            if (!c.attribute().equals(ClaimConventions.PLACE)) {
                continue;
            }
            ClaimGroups.Group g = groups.group(c);
            for (String origin : g == null ? Set.of(c.origin()) : g.origins()) {
                out.add(new Placed(c.subject(), c.value(), c.detail(), origin));
            }
        }
        return out;
    }
}
