package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.Designations;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * Finds equipment designations in text: a maker prefix and model number ({@code Mi-17}, {@code Boeing 777},
 * {@code Airbus A320}, {@code Type 054}), an optional sub-model ({@code 777-300}), an optional variant suffix
 * ({@code Mi-17M}, {@code 777-300ER}, {@code 777-300 ER}, {@code 737 MAX 8}) and an optional quoted or bracketed
 * NATO reporting name ({@code Mi-17 'Hip H'}).
 *
 * <p>Wordings of one designation fold into one value: the family is written the canonical way of its prefix
 * ({@code MI-35} and {@code Mi 35} are {@code Mi-35}; {@code Airbus A320} and {@code A320} are {@code A320}), and the
 * variant without spaces or hyphens ({@code 300 ER} is {@code 300ER}). A reporting name names the family, not a
 * variant ({@code Su-30MK 'Flanker'} is {@code Su-30MK}); only a lettered one with no maker suffix beside it stands
 * for the variant ({@code Mi-35 'Hind E'}), since it is then all the text says of it.
 *
 * <p>Vocabulary: {@code designations.csv} ({@code prefix,maker,category,needs_noun,family,joiner}) lists the
 * prefixes, the canonical prefix each is written as ({@code family}, empty for itself) and what joins it to the
 * number ({@code hyphen}, {@code space} or {@code none}); a prefix marked {@code needs_noun} counts only next to a
 * word from {@code equipment_words.csv}; reporting names come from {@code reporting_names.csv}.
 */
public final class DesignationFinder {

    /**
     * One designation (offsets relative to the searched text).
     *
     * @param family   canonical family ({@code Mi-17}, {@code Boeing 777})
     * @param detail   the variant, folded ({@code M}, {@code 300ER}, {@code MAX8}, or a lettered reporting name
     *                 {@code Hind E}), empty for a bare family
     * @param category equipment category of the prefix
     * @param display  the designation as a reviewer reads it, one form for every wording ({@code Boeing 777-300ER},
     *                 {@code Mi-35 'Hind E'})
     */
    public record Designation(int start, int end, String family, String detail, String category, String display) {
    }

    private record Prefix(String canonical, String maker, String category, boolean needsNoun, String joiner) {
    }

    private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");
    /** A lettered reporting name: "Hind E", "Flanker-C" (a bare "Flanker" names the family). */
    private static final Pattern LETTERED = Pattern.compile(".+[ -]\\p{Lu}\\d?");

    private final Map<String, Prefix> prefixes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Pattern designation;
    private final Pattern nounNearby;

    public DesignationFinder(Vocabulary vocabulary) {
        DataTable table = vocabulary.table("designations.csv", "prefix", "maker", "category", "needs_noun", "family",
                "joiner");
        for (DataTable.Row row : table.rows()) {
            String needs = row.get("needs_noun").toLowerCase(Locale.ROOT);
            if (!needs.equals("yes") && !needs.equals("no")) {
                throw row.error("needs_noun must be yes or no");
            }
            String joiner = switch (row.get("joiner").toLowerCase(Locale.ROOT)) {
                case "", "hyphen" -> "-";
                case "space" -> " ";
                case "none" -> "";
                default -> throw row.error("joiner must be hyphen, space, none or empty");
            };
            String family = row.get("family").isEmpty() ? row.require("prefix") : row.get("family");
            prefixes.put(row.require("prefix"), new Prefix(family, row.get("maker"), row.require("category"),
                    needs.equals("yes"), joiner));
        }
        List<String> names = new ArrayList<>();
        for (DataTable.Row row : vocabulary.table("reporting_names.csv", "name", "family").rows()) {
            names.add(Pattern.quote(row.require("name")));
        }
        List<String> words = new ArrayList<>();
        for (DataTable.Row row : vocabulary.table("equipment_words.csv", "word", "category").rows()) {
            words.add(Pattern.quote(row.require("word")));
        }
        List<String> alternatives = prefixes.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).toList();
        String reporting = names.isEmpty() ? "(?!)" : String.join("|", names);
        // Groups: 1 prefix, 2 number, 3 sub-model after a hyphen, 4 suffix, 5 suffix after a space (only after a
        // sub-model: "777-300 ER"; "Boeing 777 PIA" names an airline), 6 MAX and its number, 7 reporting name.
        designation = Pattern.compile("(?<![\\p{L}\\d-])(" + String.join("|", alternatives)
                + ")[- ]?(\\d{1,4})(?:-(\\d{1,3})(?!\\d|-\\d))?(?:(\\p{Lu}{1,3}\\d?)|(?<=\\d)\\s((?-i:\\p{Lu}{2})))?"
                + "(?:\\s((?-i:MAX|Max)(?:\\s?\\d{1,2})?))?(?![\\p{L}\\d])"
                + "(?:\\s*[\u2018\u201C'\"(]\\s*((?:" + reporting + ")(?:[ -]\\p{Lu}\\d?)?)\\s*[\u2019\u201D'\")])?",
                Pattern.CASE_INSENSITIVE);
        nounNearby = Pattern.compile("^\\W*(?:[\\p{L}\\d'\u2019-]+\\W+){0,4}?(?:" + String.join("|", words) + ")",
                Pattern.CASE_INSENSITIVE);
    }

    /** The designations of a text, in order. */
    public List<Designation> find(String text) {
        List<Designation> out = new ArrayList<>();
        Matcher m = designation.matcher(text);
        while (m.find()) {
            Prefix prefix = prefixes.get(SPACES_OR_HYPHENS.matcher(m.group(1)).replaceAll(" "));
            if (prefix == null) {
                prefix = prefixes.get(m.group(1));
            }
            if (prefix == null) {
                continue;
            }
            // Case-insensitive prefixes let "MI-17" match; a variant suffix is written in capitals ("Su-30SM") or
            // is a lower-case word of two or three letters ("A320neo"); "Su-30s" is a plural. A spaced capital
            // pair counts only after a sub-model ("777-300 ER"; "Boeing 777 PIA flight" names an airline).
            String suffix = m.group(4) != null ? m.group(4) : m.group(5) != null && m.group(3) != null ? m.group(5) : "";
            if (!suffix.equals(suffix.toUpperCase(Locale.ROOT))) {
                if (suffix.equals("s")) {
                    suffix = "";
                } else if (suffix.length() >= 2 && suffix.equals(suffix.toLowerCase(Locale.ROOT))) {
                    suffix = suffix.toUpperCase(Locale.ROOT);
                } else {
                    continue;
                }
            }
            if (prefix.needsNoun() && !nounNearby.matcher(text.substring(m.end())).find()) {
                continue;
            }
            String family = prefix.canonical() + prefix.joiner() + m.group(2);
            String sub = m.group(3) == null ? "" : m.group(3);
            String max = m.group(6) == null ? "" : SPACES_OR_HYPHENS.matcher(m.group(6).toUpperCase(Locale.ROOT))
                    .replaceAll("");
            String reportingName = m.group(7) == null ? "" : m.group(7).strip();
            String variant = sub + suffix + max;
            boolean lettered = LETTERED.matcher(reportingName).matches();
            String detail = !variant.isEmpty() ? variant : lettered ? reportingName : "";
            out.add(new Designation(m.start(), m.end(), family, detail, prefix.category(),
                    Designations.display(family, detail)));
        }
        return out;
    }
}
