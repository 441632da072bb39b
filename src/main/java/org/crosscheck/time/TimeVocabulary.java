package org.crosscheck.time;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.vocab.CalendarWords;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * Everything the temporal layer reads from {@code rules/data/}: calendar words ({@code calendar.csv}), tense cues
 * ({@code time_cues.csv}), the words for the present, past and future ({@code time_references.csv}), holidays
 * ({@code holidays.csv}), time zone names ({@code time_zones.csv}) and the countries of {@code places.csv}, by
 * which a holiday several countries keep is told apart.
 */
public final class TimeVocabulary {
    static final String CUES = "time_cues.csv";
    static final String REFERENCES = "time_references.csv";
    static final String ZONES = "time_zones.csv";
    static final String PLACES = "places.csv";

    /** A pattern for the present, past or future ("recently" is PAST_REF). */
    record Reference(Pattern pattern, String value) {
    }

    private final CalendarWords calendar;
    private final Holidays holidays;
    private final Map<String, Set<String>> cues = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();
    private final Map<String, ZoneOffset> zones = new HashMap<>();
    private final Map<String, String> referenceZones = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();

    private TimeVocabulary(CalendarWords calendar, Holidays holidays) {
        this.calendar = calendar;
        this.holidays = holidays;
    }

    /** The temporal vocabulary of the data files of a rules folder. */
    public static TimeVocabulary load(Path rulesDir) {
        return from(Vocabulary.load(rulesDir));
    }

    public static TimeVocabulary from(Vocabulary vocabulary) {
        TimeVocabulary v = new TimeVocabulary(CalendarWords.from(vocabulary), Holidays.from(vocabulary));
        for (DataTable.Row row : vocabulary.table(CUES, "kind", "word").rows()) {
            v.cues.computeIfAbsent(row.require("kind"), k -> new HashSet<>())
                    .add(row.require("word").toLowerCase(Locale.ROOT));
        }
        for (DataTable.Row row : vocabulary.table(REFERENCES, "pattern", "value").rows()) {
            String value = row.require("value");
            if (!value.matches("PRESENT_REF|PAST_REF|FUTURE_REF")) {
                throw row.error("value must be PRESENT_REF, PAST_REF or FUTURE_REF, not '" + value + "'");
            }
            v.references.add(new Reference(row.pattern("pattern"), value));
        }
        if (vocabulary.has(ZONES)) {
            for (DataTable.Row row : vocabulary.table(ZONES, "zone", "offset").rows()) {
                String zone = row.require("zone").toUpperCase(Locale.ROOT);
                try {
                    v.zones.put(zone, ZoneOffset.of(row.require("offset")));
                } catch (DateTimeException e) {
                    throw row.error("offset must be like +05:30 or -08:00, not '" + row.get("offset") + "'");
                }
                if (!row.get("reference").isEmpty()) {
                    v.referenceZones.put(zone, row.get("reference").toLowerCase(Locale.ROOT));
                }
            }
        }
        if (vocabulary.has(PLACES)) {
            for (DataTable.Row row : vocabulary.table(PLACES, "name", "aliases", "type", "demonyms").rows()) {
                if (!row.get("type").equals("country")) {
                    continue;
                }
                String name = row.require("name");
                v.countries.put(name.toLowerCase(Locale.ROOT), name);
                for (String alias : row.list("aliases")) {
                    v.countries.putIfAbsent(alias.toLowerCase(Locale.ROOT), name);
                }
                for (String demonym : row.list("demonyms")) {
                    v.countries.putIfAbsent(demonym.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        return v;
    }

    public CalendarWords calendar() {
        return calendar;
    }

    Holidays holidays() {
        return holidays;
    }

    /** The cue words of one kind of {@code time_cues.csv}, lower case; empty when the file lists none. */
    Set<String> cues(String kind) {
        return cues.getOrDefault(kind, Set.of());
    }

    List<Reference> references() {
        return references;
    }

    /** The offset a time zone name stands for, or null. */
    ZoneOffset zone(String name) {
        return zones.get(name.toUpperCase(Locale.ROOT));
    }

    /**
     * The reference zone a clock time's words name ("1900 GMT" is {@code gmt}, "2:15 a.m. ET" {@code et}): the
     * first zone word of {@code time_zones.csv} with a reference name; empty for local or unstated time.
     */
    String referenceZone(String words) {
        java.util.regex.Matcher m = ZONE_WORD.matcher(words);
        while (m.find()) {
            String reference = referenceZones.get(m.group());
            if (reference != null) {
                return reference;
            }
        }
        return "";
    }

    private static final Pattern ZONE_WORD = Pattern.compile("(?<![A-Za-z])[A-Z]{1,5}(?![A-Za-z])");

    /** Time zone names, for patterns. */
    Set<String> zoneNames() {
        return zones.keySet();
    }

    /** The country a name, alias or demonym stands for ({@code Pakistani} is Pakistan), or null. */
    String country(String word) {
        return countries.get(word.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", ""));
    }
}
