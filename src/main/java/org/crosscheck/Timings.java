package org.crosscheck;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall-clock time per pipeline stage, in pipeline order: {@code rules build} (the KieBase),
 * {@code vocabulary} (data tables, lexicon and extractors), {@code ingest},
 * {@code time+extract}, {@code group}, {@code rules}, {@code report}. Reading and extraction run fused in one
 * parallel pass per article; their shares of that pass's wall time are apportioned by the CPU time each took.
 *
 * @param stages stage name to duration, in pipeline order
 */
public record Timings(Map<String, Duration> stages) {
    public static final String RULES_BUILD = "rules build";
    public static final String VOCABULARY = "vocabulary";
    public static final String INGEST = "ingest";
    public static final String EXTRACT = "time+extract";
    public static final String GROUP = "group";
    public static final String RULES = "rules";
    public static final String REPORT = "report";

    public Timings {
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    public Duration get(String stage) {
        return stages.getOrDefault(stage, Duration.ZERO);
    }

    /** The sum of all stages. */
    public Duration total() {
        return stages.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
