package org.crosscheck.report;

/**
 * Columns of facts.csv, in order. {@code time_direction} and {@code time_cue} say how an underspecified time was
 * resolved (PAST or FUTURE and the cue that chose it, empty when the words fixed it); {@code duration} is how long
 * what the claim dates lasted (a TimeML duration such as P2W, empty when not stated).
 */
public enum FactColumn {
    id, source, kind, subject, attribute, value, time, quote, start, end, sentence, extractor,
    time_start, time_end, granularity, modality, event, qualifier, detail, number, unit, negated, origin, resolution,
    attribution, time_direction, time_cue, duration
}
