package org.crosscheck.fact;

import java.util.List;

/**
 * What one event mention says about its event, read from its sentence alone: the frame grouping compares to decide
 * which mentions are one event. Carried by the {@code event} claim of the mention; rules never read it.
 *
 * @param type         the event type ({@code event_types.csv}), e.g. {@code accident} for "derailment"
 * @param lemma        the event word's dictionary form ("derailment", "derail")
 * @param verb         whether the event is named by a verb ("the train derailed")
 * @param definite     whether the mention is definite or demonstrative ("the accident", "this summit")
 * @param other        whether it names another instance than the one the article speaks of ("another", "next",
 *                     "previous")
 * @param name         the canonical proper name of the event or series (aliases applied), empty when unnamed
 * @param topic        the canonical topic words of an unnamed event ("defence-cooperation"), empty when none
 * @param edition      the edition number, 0 when none
 * @param nameYear     a year that is part of the name ("X-2021"), 0 when none
 * @param participants sorted country keys named near the mention
 * @param entities     sorted keys of the proper names and places of the mention's sentence that are not countries,
 *                     one per run of name words joined by {@code -}, words WordNet knows as common words prefixed
 *                     {@code ~} ({@code grenfell-~tower})
 * @param time         the time attached to the mention, or {@code null}
 * @param sentence     the index of the mention's sentence in its article (0 is the headline)
 */
public record EventFrame(String type, String lemma, boolean verb, boolean definite, boolean other, String name,
                         String topic, int edition, int nameYear, List<String> participants, List<String> entities,
                         TimeSpan time, int sentence) implements java.io.Serializable {
    public EventFrame {
        type = type.intern();
        lemma = lemma.intern();
        name = name.intern();
        topic = topic.intern();
        participants = List.copyOf(participants);
        entities = List.copyOf(entities);
    }

    /** Whether the mention refers back to an event named before ("the accident", "the drills"). */
    public boolean anaphoric() {
        return definite && name.isEmpty() && edition == 0;
    }
}
