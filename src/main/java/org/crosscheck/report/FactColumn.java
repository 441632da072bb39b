package org.crosscheck.report;

/** Columns of facts.csv, in order. */
public enum FactColumn {
    id, source, kind, subject, attribute, value, time, quote, start, end, sentence, extractor,
    time_start, time_end, granularity, modality, event, qualifier, detail, number, unit, negated, origin, resolution, attribution
}
