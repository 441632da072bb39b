package org.crosscheck.time;

import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Natty as a parser of explicit calendar dates in formats the tagger's own patterns do not cover
 * ({@code 12/14/2016}, {@code the third of March}). Natty is given only a short candidate, never a whole
 * sentence, and only its calendar fields are kept: it reads bare years as clock times, resolves year-less dates
 * forward and reports no granularity, so the tagger decides the year itself when none was written.
 *
 * <p>A Parser is created per call: Natty keeps parse state in the instance, and extraction runs in parallel.
 */
final class NattyDates {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    /** Any day will do as reference when there is no anchor: the caller ignores the year Natty infers. */
    private static final LocalDate NEUTRAL_REFERENCE = LocalDate.of(2000, 6, 15);

    /**
     * A calendar date Natty read in a candidate.
     *
     * @param date      the date; its year is Natty's guess when {@code yearGiven} is false
     * @param yearGiven whether the candidate wrote the year
     */
    record Parsed(LocalDate date, boolean yearGiven) {
    }

    private NattyDates() {
    }

    /** The day-precise date the whole candidate denotes, if Natty reads it as one. */
    static Optional<Parsed> parse(String candidate, LocalDate reference) {
        LocalDate base = reference == null ? NEUTRAL_REFERENCE : reference;
        Date noon = Date.from(base.atTime(12, 0).toInstant(ZoneOffset.UTC));
        List<DateGroup> groups = new Parser(UTC).parse(candidate, noon);
        for (DateGroup group : groups) {
            Map<String, ?> rules = group.getParseLocations();
            boolean dayAndMonth = rules.keySet().stream().anyMatch(k -> k.contains("day_of_month"))
                    && rules.keySet().stream().anyMatch(k -> k.contains("month"));
            // a partial read ("13.12.2016" as the clock time 13:12:20) is not the candidate's date
            if (!dayAndMonth || group.isDateInferred() || group.getDates().isEmpty()
                    || group.getText().length() < candidate.strip().length() * 3 / 4) {
                continue;
            }
            boolean yearGiven = rules.keySet().stream().anyMatch(k -> k.contains("year"));
            LocalDate date = group.getDates().get(0).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            return Optional.of(new Parsed(date, yearGiven));
        }
        return Optional.empty();
    }
}
