package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.nlp.Tag;
import org.crosscheck.nlp.WordSenses;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * The event types of {@code event_types.csv}, and the type WordNet gives a noun or verb: a noun has the type one of
 * whose root senses most of its sense use lies below (the most specific root winning a tie), a verb the type of the
 * nouns WordNet derives from its senses. So "derailment", "collision" and "crash" are one type, and a new event word
 * needs no new row. Immutable after loading; the per-word answers are cached, so threads share one instance.
 */
public final class EventTypes {
    /** Least share of a word's sense use that must lie below a type's roots for the word to have the type. */
    static final double NOUN_SHARE = 0.3;
    static final double VERB_SHARE = 0.3;
    /** Two shares closer than this are a tie, which the more specific root wins. */
    private static final double TIE = 0.1;

    /**
     * One event type.
     *
     * @param name       the type as event keys write it
     * @param roots      the WordNet senses below which its words lie
     * @param compatible the types whose mentions may be the same event; {@code *} for every type
     * @param recurring  instances are told apart by edition or year
     * @param generic    the word stands for any event of its compatible types ("the incident")
     * @param secondary  reports or follows from another event (an announcement, a death), so it governs a claim
     *                   only when its sentence names no other event
     * @param topical    events of the type are told apart by their topic
     * @param personal   an event known by the person doing it ("Shoigu's visit")
     * @param momentary  an observation of a moment (shares trading at a price), never linked across articles
     * @param exact      only the root senses themselves have the type, not the senses below them
     * @param oneSeries  two parties mostly hold one series of the type (joint exercises)
     */
    public record Type(String name, List<String> roots, Set<String> compatible, boolean recurring, boolean generic,
                       boolean secondary, boolean topical, boolean personal, boolean momentary,
                       boolean exact, boolean oneSeries) {
    }

    private record Scored(Type type, double share, int depth) {
    }

    /**
     * A row of {@code event_frames.csv}: a verb holding {@code share} of its sense use at or below these senses, with
     * a subject (or an object) of those, names an event of the type.
     */
    private record Frame(Type type, Set<String> verbs, double share, boolean object, Set<String> nouns) {
    }

    private final Map<String, Type> types = new LinkedHashMap<>();
    private final Map<String, Integer> depths = new HashMap<>();
    private final WordSenses senses;
    private final Map<String, Optional<Type>> nouns = new ConcurrentHashMap<>();
    private final Map<String, Optional<Type>> verbs = new ConcurrentHashMap<>();
    /** {@link #framed} per verb, with a subject and with an object: asked for every verb of every clause. */
    private final Map<String, Boolean> framedWithSubject = new ConcurrentHashMap<>();
    private final Map<String, Boolean> framedWithObject = new ConcurrentHashMap<>();
    /** The types a role count belongs to ({@code count_events.csv}): the dead of a mishap, not of the trip. */
    private final Map<String, Set<String>> roles = new HashMap<>();
    /** The types among a role's that follow from another of them ({@code count_events.csv} follows). */
    private final Map<String, Set<String>> follows = new HashMap<>();
    private final List<Frame> frames = new ArrayList<>();
    /** The words opening a phrase set apart from a sentence's counts ({@code count_exclusions.csv}), lower case. */
    private final List<String> exclusions = new ArrayList<>();

    private EventTypes(Vocabulary vocabulary, WordSenses senses) {
        this.senses = senses;
        DataTable table = vocabulary.table("event_types.csv", "type", "roots", "compatible", "traits");
        for (DataTable.Row row : table.rows()) {
            String name = row.require("type").toLowerCase(Locale.ROOT);
            Set<String> traits = new HashSet<>(row.list("traits"));
            for (String t : traits) {
                if (!Set.of("recurring", "generic", "secondary", "topical", "personal", "momentary", "exact", "one-series").contains(t)) {
                    throw row.error("trait '" + t + "' is not recurring, generic, secondary, topical, personal, momentary, exact or one-series");
                }
            }
            List<String> roots = row.list("roots");
            for (String root : roots) {
                if (senses.sense(root).isEmpty()) {
                    throw row.error("WordNet has no sense '" + root + "' (write word.n.NN or word.v.NN)");
                }
                depths.put(root, senses.depth(root));
            }
            Type type = new Type(name, List.copyOf(roots), Set.copyOf(row.list("compatible")),
                    traits.contains("recurring"), traits.contains("generic"), traits.contains("secondary"),
                    traits.contains("topical"), traits.contains("personal"), traits.contains("momentary"),
                    traits.contains("exact"), traits.contains("one-series"));
            if (types.put(name, type) != null) {
                throw row.error("type '" + name + "' is listed twice");
            }
        }
        for (DataTable.Row row : table.rows()) {
            for (String other : row.list("compatible")) {
                if (!other.equals("*") && !types.containsKey(other)) {
                    throw row.error("compatible names '" + other + "', which is not a type of the file");
                }
            }
        }
        if (vocabulary.has("event_frames.csv")) {
            for (DataTable.Row row : vocabulary.table("event_frames.csv", "type", "verbs", "share", "role", "nouns")
                    .rows()) {
                Type type = types.get(row.require("type").toLowerCase(Locale.ROOT));
                if (type == null) {
                    throw row.error("type '" + row.require("type") + "' is not a type of event_types.csv");
                }
                String role = row.require("role");
                if (!role.equals("subject") && !role.equals("object")) {
                    throw row.error("role '" + role + "' is not subject or object");
                }
                double share;
                try {
                    share = Double.parseDouble(row.require("share"));
                } catch (NumberFormatException e) {
                    throw row.error("share '" + row.require("share") + "' is not a number");
                }
                List<String> verbs = row.list("verbs");
                List<String> nouns = row.list("nouns");
                for (String key : verbs) {
                    if (!key.contains(".v.") || senses.sense(key).isEmpty()) {
                        throw row.error("WordNet has no verb sense '" + key + "' (write word.v.NN)");
                    }
                }
                for (String key : nouns) {
                    if (!key.contains(".n.") || senses.sense(key).isEmpty()) {
                        throw row.error("WordNet has no noun sense '" + key + "' (write word.n.NN)");
                    }
                }
                frames.add(new Frame(type, Set.copyOf(verbs), share, role.equals("object"), Set.copyOf(nouns)));
            }
        }
        for (DataTable.Row row : vocabulary.table("count_events.csv", "role", "types", "follows").rows()) {
            for (String type : row.list("types")) {
                if (!types.containsKey(type)) {
                    throw row.error("'" + type + "' is not a type of event_types.csv");
                }
                roles.computeIfAbsent(row.require("role"), k -> new HashSet<>()).add(type);
            }
            for (String type : row.list("follows")) {
                if (!row.list("types").contains(type)) {
                    throw row.error("'" + type + "' follows but is not among the row's types");
                }
                follows.computeIfAbsent(row.require("role"), k -> new HashSet<>()).add(type);
            }
        }
        for (DataTable.Row row : vocabulary.table("count_exclusions.csv", "phrase").rows()) {
            exclusions.add(row.require("phrase").toLowerCase(Locale.ROOT));
        }
    }

    /** Reads {@code event_types.csv}; a bad row or an unknown WordNet sense is reported by file and line. */
    public static EventTypes load(Vocabulary vocabulary, WordSenses senses) {
        return new EventTypes(vocabulary, senses);
    }

    /** The types, in file order. */
    public java.util.Collection<Type> all() {
        return types.values();
    }

    /** The type of that name, or {@code null}. */
    public Type type(String name) {
        return types.get(name);
    }

    /** The type WordNet gives a noun (its dictionary form), if any. */
    public Optional<Type> ofNoun(String lemma) {
        return nouns.computeIfAbsent(lemma, l -> best(l, false));
    }

    /** The type WordNet gives a verb through the nouns derived from it, if any. */
    public Optional<Type> ofVerb(String lemma) {
        return verbs.computeIfAbsent(lemma, l -> best(l, true));
    }

    private Optional<Type> best(String lemma, boolean verb) {
        List<Scored> scored = new ArrayList<>();
        for (Type t : types.values()) {
            if (t.roots().isEmpty()) {
                continue;
            }
            Set<String> roots = Set.copyOf(t.roots());
            boolean exact = t.generic() || t.exact();
            double share = verb ? senses.derivedReachShare(lemma, roots)
                    : exact ? senses.exactShare(lemma, Tag.NOUN, roots) : senses.reachShare(lemma, Tag.NOUN, roots);
            if (share >= (verb ? VERB_SHARE : NOUN_SHARE) && !(verb && exact)) {
                int depth = 0;
                for (String r : t.roots()) {
                    depth = Math.max(depth, depths.getOrDefault(r, 0));
                }
                scored.add(new Scored(t, share, depth));
            }
        }
        Scored best = null;
        for (Scored s : scored) {
            if (best == null || s.share() > best.share() + TIE
                    || Math.abs(s.share() - best.share()) <= TIE && s.depth() > best.depth()) {
                best = s;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.type());
    }

    /**
     * Whether some frame of {@code event_frames.csv} may take the verb (its dictionary form or "go_down") with a
     * subject ({@code object} false) or an object.
     */
    public boolean framed(String verb, boolean object) {
        return (object ? framedWithObject : framedWithSubject).computeIfAbsent(verb, v -> anyFrameTakes(v, object));
    }

    private boolean anyFrameTakes(String verb, boolean object) {
        for (Frame f : frames) {
            if (f.object() == object && senses.reachShare(verb, Tag.VERB, f.verbs()) >= f.share()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The type a verb names with that subject (or object) noun through {@code event_frames.csv} ("the ferry sank" is
     * an accident, "fired the chief executive" a dismissal), if any: the verb holds the frame's share of its sense use
     * below the frame's verb senses, and most of the noun's use lies below its noun senses.
     */
    public Optional<Type> ofFrame(String verb, String noun, boolean object) {
        for (Frame f : frames) {
            if (f.object() == object && senses.reachShare(verb, Tag.VERB, f.verbs()) >= f.share()
                    && senses.reachShare(noun, Tag.NOUN, f.nouns()) >= NOUN_SHARE) {
                return Optional.of(f.type());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether mentions of the two types may be one event: the same type, a type either lists as compatible, or a
     * generic type that stands for the other. Unknown types are compatible only with themselves.
     */
    public boolean compatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Type x = types.get(a);
        Type y = types.get(b);
        if (x == null || y == null) {
            return false;
        }
        return x.compatible().contains(b) || y.compatible().contains(a)
                || x.generic() && x.compatible().contains("*") || y.generic() && y.compatible().contains("*");
    }

    /**
     * The event types a count with that unit is about, by its role, the part before any '/' ("dead",
     * "aboard/passengers"; {@code count_events.csv}: people are dead or aboard because of a mishap, not of the trip
     * they were on); empty for a role the file does not list.
     */
    public Set<String> ofRole(String unit) {
        return roles.getOrDefault(role(unit), Set.of());
    }

    /**
     * The types among those of a count's role that follow from another of them ({@code count_events.csv} follows:
     * the rescue of a mishap, for the rescued); empty when none.
     */
    public Set<String> followsOfRole(String unit) {
        return follows.getOrDefault(role(unit), Set.of());
    }

    /** The role part of a count's unit: "aboard" of "aboard/passengers". */
    private static String role(String unit) {
        int slash = unit.indexOf('/');
        return slash < 0 ? unit : unit.substring(0, slash);
    }

    /**
     * The spans of a sentence (offsets in it) that set something apart from its counts: from a word of
     * {@code count_exclusions.csv} ("not including", "apart from") to the next comma, semicolon or the sentence's
     * end. "... 2,430 people died, not including the 18 dead in the avalanche": the avalanche is in one.
     */
    public List<int[]> excluded(String sentence) {
        List<int[]> out = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String phrase : exclusions) {
            for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
                int after = at + phrase.length();
                if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))
                        || after < lower.length() && Character.isLetterOrDigit(lower.charAt(after))) {
                    continue;
                }
                int end = after;
                // A comma between digits ("2,430") is part of a number, not the phrase's end.
                while (end < lower.length() && lower.charAt(end) != ';' && (lower.charAt(end) != ','
                        || end > 0 && end + 1 < lower.length() && Character.isDigit(lower.charAt(end - 1))
                        && Character.isDigit(lower.charAt(end + 1)))) {
                    end++;
                }
                out.add(new int[] {at, end});
            }
        }
        return out;
    }

    /** Whether the type is generic ("the incident"); unknown types are not. */
    public boolean generic(String name) {
        Type t = types.get(name);
        return t != null && t.generic();
    }

    /** Whether instances of the type are told apart by edition or year; unknown types are not. */
    public boolean recurring(String name) {
        Type t = types.get(name);
        return t != null && t.recurring();
    }

    /** Whether the type reports or follows from another event (an announcement, a death). */
    public boolean secondary(String name) {
        Type t = types.get(name);
        return t != null && t.secondary();
    }

    /** Whether an event of the type is known by the person doing it ("Shoigu's visit"). */
    public boolean personal(String name) {
        Type t = types.get(name);
        return t != null && t.personal();
    }

    /** Whether the type is an observation of a moment that no two articles report as one. */
    public boolean momentary(String name) {
        Type t = types.get(name);
        return t != null && t.momentary();
    }

    /** Whether two parties mostly hold one series of the type, so an unnamed occurrence is of their named one. */
    public boolean oneSeries(String name) {
        Type t = types.get(name);
        return t != null && t.oneSeries();
    }

    /** Whether events of the type are told apart by their topic. */
    public boolean topical(String name) {
        Type t = types.get(name);
        return t != null && t.topical();
    }
}
