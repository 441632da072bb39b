package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.Claim;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * Reads equipment designations: a maker prefix and model number ({@code Mi-35}), an optional variant suffix
 * ({@code Mi-35M}) and an optional quoted or bracketed reporting name ({@code Mi-35 'Hind E'},
 * {@code Mi-24 (Hind)}). Emits one {@code designation} claim per mention: subject and value the family
 * ({@code Mi-35}), detail the variant ({@code M}, {@code Hind E}, or empty for a bare family), unit the category.
 *
 * <p>Vocabulary: {@code rules/data/designations.csv} ({@code prefix,maker,category,needs_noun}) lists the prefixes;
 * a prefix marked {@code needs_noun} (short, ambiguous ones like {@code F} or {@code T}) counts only next to a
 * word from {@code rules/data/equipment_words.csv} ({@code word,category}); {@code rules/data/reporting_names.csv}
 * ({@code name,family}) lists reporting names.
 */
public final class EquipmentExtractor implements Extractor {
    public static final String NAME = "equipment";

    private record Prefix(String canonical, String maker, String category, boolean needsNoun) {
    }

    private final Map<String, Prefix> prefixes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Pattern designation;
    private final Pattern nounNearby;

    public EquipmentExtractor(Vocabulary vocabulary) {
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
        nounNearby = Pattern.compile("^\\W*(?:[\\p{L}\\d'’-]+\\W+){0,4}?(?:" + String.join("|", words) + ")",
                Pattern.CASE_INSENSITIVE);
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        String text = context.sentence().text();
        List<Claim> out = new ArrayList<>();
        Matcher m = designation.matcher(text);
        while (m.find()) {
            Prefix prefix = prefixes.get(m.group(1));
            if (prefix == null) {
                continue;
            }
            // Case-insensitive prefixes let "MI-35" match; a variant suffix must still be written in capitals.
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
            out.add(context.claim(NAME, context.fileOffset(m.start()), context.fileOffset(m.end()))
                    .kind("EQUIPMENT")
                    .subject(family)
                    .attribute("designation")
                    .value(family)
                    .detail(detail)
                    .unit(prefix.category())
                    .build());
        }
        return out;
    }
}
