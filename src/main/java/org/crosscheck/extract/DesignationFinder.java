package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * Finds equipment designations in text: a maker prefix and model number ({@code Mi-17}), an optional variant
 * suffix ({@code Mi-17M}) and an optional quoted or bracketed reporting name ({@code Mi-17 'Hip H'}).
 *
 * <p>Vocabulary: {@code designations.csv} ({@code prefix,maker,category,needs_noun}) lists the prefixes; a prefix
 * marked {@code needs_noun} counts only next to a word from {@code equipment_words.csv}; reporting names come
 * from {@code reporting_names.csv}.
 */
public final class DesignationFinder {

    /**
     * One designation (offsets relative to the searched text).
     *
     * @param family   canonical family ({@code Mi-17})
     * @param detail   variant suffix and/or reporting name, empty for a bare family
     * @param category equipment category of the prefix
     */
    public record Designation(int start, int end, String family, String detail, String category) {
    }

    private record Prefix(String canonical, String maker, String category, boolean needsNoun) {
    }

    private final Map<String, Prefix> prefixes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Pattern designation;
    private final Pattern nounNearby;

    public DesignationFinder(Vocabulary vocabulary) {
        DataTable table = vocabulary.table("designations.csv", "prefix", "maker", "category", "needs_noun");
        for (DataTable.Row row : table.rows()) {
            String needs = row.get("needs_noun").toLowerCase(Locale.ROOT);
            if (!needs.equals("yes") && !needs.equals("no")) {
                throw row.error("needs_noun must be yes or no");
            }
            prefixes.put(row.require("prefix"), new Prefix(row.require("prefix"), row.get("maker"),
                    row.require("category"), needs.equals("yes")));
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
                .map(Pattern::quote).toList();
        String reporting = names.isEmpty() ? "(?!)" : String.join("|", names);
        designation = Pattern.compile("(?<![\\p{L}\\d-])(" + String.join("|", alternatives)
                + ")[- ]?(\\d{1,4})(\\p{Lu}{1,3}\\d?)?(?![\\p{L}\\d])"
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
            Prefix prefix = prefixes.get(m.group(1));
            if (prefix == null) {
                continue;
            }
            // Case-insensitive prefixes let "MI-17" match; a variant suffix must still be written in capitals.
            String suffix = m.group(3) == null ? "" : m.group(3);
            if (!suffix.equals(suffix.toUpperCase(Locale.ROOT))) {
                if (!suffix.equals("s")) {
                    continue;
                }
                suffix = "";
            }
            if (prefix.needsNoun() && !nounNearby.matcher(text.substring(m.end())).find()) {
                continue;
            }
            String family = prefix.canonical() + "-" + m.group(2);
            String reportingName = m.group(4) == null ? "" : m.group(4).strip();
            String detail = suffix.isEmpty() ? reportingName
                    : reportingName.isEmpty() ? suffix : suffix + " " + reportingName;
            out.add(new Designation(m.start(), m.end(), family, detail, prefix.category()));
        }
        return out;
    }
}
