package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key of an event, written as the subject of the claims about it:
 * {@code class:participants:name[#edition][@year][^][!][~local]}, e.g.
 * {@code meeting:india+vietnam:joint-commission-on-trade#12} or
 * {@code exercise:indonesia+turkey:sea-shield@2017}.
 *
 * <p>{@code class} is the event class of {@code event_words.csv}; {@code participants} the sorted country keys,
 * joined by {@code +}; {@code name} the canonical name of the series, body, agreement topic, equipment family or
 * visitor (lower case, hyphens); {@code #N} the edition number; {@code @YYYY} the year window of a recurring event
 * with no edition number. The marks {@code ^} (a definite mention with no name of its own, "the meeting", that
 * refers back), {@code !} (another instance of the series referred to, "the next round") and {@code *} as class (a claim with no event word in its sentence) occur only in keys from
 * extraction; grouping replaces them. {@code ~local} marks an event no other article can be shown to report (no
 * name, number or date): it is followed by the origin of its article, so it is never compared across sources.
 *
 * @param eventClass   event class, or {@code *} for "the event the article was last talking about"
 * @param participants sorted country keys
 * @param name         canonical name, empty when unnamed
 * @param edition      edition number, 0 when unknown
 * @param year         year window, empty when none
 * @param anaphoric    whether the mention refers back to an earlier one of its article
 * @param other        whether the mention is another instance than the one referred to ("the next round")
 * @param local        article-local disambiguator, empty for keys comparable across articles
 */
public record EventKey(String eventClass, List<String> participants, String name, int edition, String year,
                       boolean anaphoric, boolean other, String local) {
    private static final Pattern FORMAT = Pattern.compile(
            "([a-z*][a-z-]*):([a-z+-]*):([^:#@^~]*)(?:#(\\d+))?(?:@(\\d{4}))?(\\^)?(!)?(?:~(.*))?");

    public EventKey {
        participants = List.copyOf(new TreeSet<>(participants));
    }

    /** The written key. */
    public String format() {
        StringBuilder b = new StringBuilder(eventClass).append(':').append(String.join("+", participants))
                .append(':').append(name);
        if (edition > 0) {
            b.append('#').append(edition);
        }
        if (!year.isEmpty()) {
            b.append('@').append(year);
        }
        if (anaphoric) {
            b.append('^');
        }
        if (other) {
            b.append('!');
        }
        if (!local.isEmpty()) {
            b.append('~').append(local);
        }
        return b.toString();
    }

    /** The key of the series: no edition, year or marks. */
    public EventKey series() {
        return new EventKey(eventClass, participants, name, 0, "", false, false, "");
    }

    public EventKey withName(String newName) {
        return new EventKey(eventClass, participants, newName, edition, year, anaphoric, other, local);
    }

    public EventKey withParticipants(List<String> newParticipants) {
        return new EventKey(eventClass, newParticipants, name, edition, year, anaphoric, other, local);
    }

    /** The key as grouping writes it: resolved parts, no extraction marks. */
    public EventKey resolved(String newClass, String newName, int newEdition, String newYear, String newLocal) {
        return new EventKey(newClass, participants, newName, newEdition, newYear, false, false, newLocal);
    }

    /** Reads a key written by {@link #format()}; empty for subjects that are not event keys. */
    public static Optional<EventKey> parse(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(subject);
        if (!m.matches() || subject.startsWith("person:") || subject.startsWith("equipment:")) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String p : m.group(2).split("\\+")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return Optional.of(new EventKey(m.group(1), parts, m.group(3),
                m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), m.group(5) == null ? "" : m.group(5),
                m.group(6) != null, m.group(7) != null, m.group(8) == null ? "" : m.group(8)));
    }

    @Override
    public String toString() {
        return format();
    }
}
