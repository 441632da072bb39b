package org.crosscheck.fact;

/**
 * An independent source places an event somewhere in a role: one per event, place, role and origin, whatever the
 * number of its claims saying so (identical claims are collapsed before the rules see them, so rules ask these
 * facts, not claims, what else a source says). {@code places.drl} adds the places that contain each place.
 *
 * @param subject the event key
 * @param place   the place (canonical name)
 * @param role    venue, origin or destination
 * @param origin  the independent source
 */
public record Placed(String subject, String place, String role, String origin) implements java.io.Serializable {
}
