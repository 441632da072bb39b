package org.crosscheck.vocab;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The calendar words of {@code rules/data/calendar.csv}: month and weekday names with their abbreviations,
 * seasons, parts of the day, units of time, number and ordinal words. Ingestion reads dates in headers with them
 * and the temporal layer builds its patterns from them, so a spelling added to the file is read everywhere.
 */
public final class CalendarWords {
    public static final String FILE = "calendar.csv";

    /**
     * A unit of time as a TimeML duration of one: {@code P1Y} is (1, "Y", false), {@code PT1H} (1, "H", true),
     * {@code P10Y} a decade.
     */
    public record Unit(int amount, String letter, boolean clock) {
        /** The TimeML duration of {@code n} of these units, {@code X} for a count not given. */
        public String duration(String n) {
            String count = n.equals("X") ? "X" : Integer.toString(Integer.parseInt(n) * amount);
            return (clock ? "PT" : "P") + count + letter;
        }

        /**
         * The TimeML duration of {@code n} and a half of these units: in this unit when whole ("two and a half
         * decades" {@code P25Y}), else the whole units and the half in the next smaller unit when it is whole there
         * ("two and a half years" {@code P2Y6M}, "an hour and a half" {@code PT1H30M}, as TimeBank writes them),
         * else a decimal of this unit ("two and a half weeks" {@code P2.5W}); half of one alone ({@code n} 0) in
         * this unit when whole (half a decade {@code P5Y}), else in the largest smaller unit where it is (half an
         * hour {@code PT30M}, half a year {@code P6M}, half a day {@code PT12H}), else a decimal (half a month
         * {@code P0.5M}).
         */
        public String andAHalf(int n) {
            double total = (n + 0.5) * amount;
            String unitLetter = letter;
            boolean clockUnit = clock;
            while (n == 0 && total != Math.rint(total)) {
                double factor;
                String smaller;
                boolean smallerClock = clockUnit;
                switch ((clockUnit ? "T" : "") + unitLetter) {
                    case "Y" -> { factor = 12; smaller = "M"; }
                    case "W" -> { factor = 7; smaller = "D"; }
                    case "D" -> { factor = 24; smaller = "H"; smallerClock = true; }
                    case "TH" -> { factor = 60; smaller = "M"; }
                    case "TM" -> { factor = 60; smaller = "S"; }
                    default -> { factor = 0; smaller = ""; }
                }
                if (factor == 0) {
                    break;
                }
                total *= factor;
                unitLetter = smaller;
                clockUnit = smallerClock;
            }
            if (n > 0 && total != Math.rint(total)) {
                // "two and a half years" P2Y6M, "an hour and a half" PT1H30M: the half in the next smaller unit
                // when it is whole there, as TimeML writes them
                String half = andAHalf(0);
                String smaller = switch ((clock ? "T" : "") + letter) {
                    case "Y", "TH" -> "M";
                    case "D" -> "H";
                    case "TM" -> "S";
                    default -> "";
                };
                if (!smaller.isEmpty() && half.endsWith(smaller) && !half.contains(".")) {
                    String whole = duration(Integer.toString(n));
                    String part = half.substring(half.startsWith("PT") ? 2 : 1);
                    return whole + (half.startsWith("PT") && !whole.startsWith("PT") ? "T" : "") + part;
                }
            }
            String count = total == Math.rint(total) ? Long.toString((long) total) : Double.toString(total);
            return (clockUnit ? "PT" : "P") + count + unitLetter;
        }
    }

    private final Map<String, Month> months = new HashMap<>();
    private final Map<Month, String> fullMonths = new LinkedHashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, DayOfWeek> weekdayAbbreviations = new HashMap<>();
    private final Map<String, String> seasons = new HashMap<>();
    private final Map<String, String> partsOfDay = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Set<String> vagueNumbers = new HashSet<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<String, Integer> decadeWords = new HashMap<>();

    private CalendarWords() {
    }

    /** The calendar words of a vocabulary. */
    public static CalendarWords from(Vocabulary vocabulary) {
        CalendarWords w = new CalendarWords();
        for (DataTable.Row row : vocabulary.table(FILE, "kind", "word", "value").rows()) {
            String kind = row.require("kind");
            String word = row.require("word").toLowerCase(Locale.ROOT);
            String value = row.require("value");
            switch (kind) {
                case "month" -> {
                    Month m = Month.of(number(row, value, 1, 12));
                    w.months.put(word, m);
                    String full = w.fullMonths.get(m);
                    if (full == null || word.length() > full.length()) {
                        w.fullMonths.put(m, word);
                    }
                }
                case "weekday" -> w.weekdays.put(word, DayOfWeek.of(number(row, value, 1, 7)));
                case "weekday_short" -> w.weekdayAbbreviations.put(word, DayOfWeek.of(number(row, value, 1, 7)));
                case "season" -> w.seasons.put(word, code(row, value, "SP|SU|FA|WI"));
                case "part_of_day" -> w.partsOfDay.put(word, code(row, value, "MO|AF|EV|NI|DT"));
                case "unit" -> w.units.put(word, unit(row, value));
                case "number" -> w.numbers.put(word, number(row, value, 0, 1000));
                case "vague_number" -> w.vagueNumbers.add(word);
                case "ordinal" -> w.ordinals.put(word, number(row, value, 1, 100));
                case "decade_word" -> w.decadeWords.put(word, number(row, value, 0, 90));
                default -> throw row.error("kind must be month, weekday, weekday_short, season, part_of_day, unit, "
                        + "number, vague_number, ordinal or decade_word, not '" + kind + "'");
            }
        }
        if (w.months.isEmpty() || w.weekdays.isEmpty()) {
            throw new org.crosscheck.CrosscheckException(vocabulary.label(FILE), "needs month and weekday rows",
                    org.crosscheck.CrosscheckException.USAGE);
        }
        return w;
    }

    private static int number(DataTable.Row row, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw row.error("value must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    private static String code(DataTable.Row row, String value, String allowed) {
        if (!value.matches(allowed)) {
            throw row.error("value must be one of " + allowed.replace('|', ' ') + ", not '" + value + "'");
        }
        return value;
    }

    private static final Pattern DURATION = Pattern.compile("P(T?)(\\d+)([YMWDHSQ])");

    private static Unit unit(DataTable.Row row, String value) {
        java.util.regex.Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            throw row.error("value must be a TimeML duration of one unit (P1Y, P10Y, PT1H), not '" + value + "'");
        }
        return new Unit(Integer.parseInt(m.group(2)), m.group(3), !m.group(1).isEmpty());
    }

    /**
     * A regular-expression alternation of words, factored by their common prefixes ("t(?:wo|hree|en)") so that a
     * position is rejected on its first letters, a longer word tried before a shorter one it starts with; each is
     * allowed a trailing period when asked. Spaces match any white space, hyphens a hyphen or white space.
     */
    public static String alternation(Collection<String> words, boolean abbreviationPeriod) {
        Trie root = new Trie();
        for (String w : words) {
            root.add(w);
        }
        return "(?:" + root.regex() + ")" + (abbreviationPeriod ? "\\.?" : "");
    }

    /** Words sharing prefixes, for {@link #alternation}. */
    private static final class Trie {
        private final java.util.TreeMap<Character, Trie> children = new java.util.TreeMap<>();
        private boolean end;

        void add(String word) {
            Trie node = this;
            for (char ch : word.toCharArray()) {
                node = node.children.computeIfAbsent(ch, k -> new Trie());
            }
            node.end = true;
        }

        int depth() {
            int d = 0;
            for (Trie t : children.values()) {
                d = Math.max(d, 1 + t.depth());
            }
            return d;
        }

        String regex() {
            List<Map.Entry<Character, Trie>> branches = new ArrayList<>(children.entrySet());
            branches.sort(Comparator.comparingInt((Map.Entry<Character, Trie> e) -> -e.getValue().depth())
                    .thenComparing(Map.Entry::getKey));
            List<String> parts = new ArrayList<>();
            for (Map.Entry<Character, Trie> b : branches) {
                parts.add(symbol(b.getKey()) + b.getValue().regexAfter());
            }
            return String.join("|", parts);
        }

        /** What may follow this node: its branches, then nothing when a word ends here. */
        private String regexAfter() {
            if (children.isEmpty()) {
                return "";
            }
            if (children.size() == 1 && !end) {
                Map.Entry<Character, Trie> only = children.firstEntry();
                return symbol(only.getKey()) + only.getValue().regexAfter();
            }
            return "(?:" + regex() + (end ? "|" : "") + ")";
        }

        private static String symbol(char ch) {
            return switch (ch) {
                case ' ' -> "\\s+";
                case '-' -> "[\\s-]";
                case '.' -> "\\.";
                case '\'', '\u2019' -> "['\u2019]";
                default -> Character.isLetterOrDigit(ch) ? String.valueOf(ch) : java.util.regex.Pattern.quote(
                        String.valueOf(ch));
            };
        }
    }

    /** Month names and abbreviations, each optionally followed by a period ({@code Sept.}). */
    public String monthPattern() {
        return alternation(months.keySet(), true);
    }

    /** Full month names only ({@code September}, not {@code Sept}). */
    public String fullMonthPattern() {
        return alternation(fullMonths.values(), false);
    }

    public String weekdayPattern() {
        return alternation(weekdays.keySet(), false);
    }

    /** Weekday names and their abbreviations ({@code Mon}, {@code Tues.}). */
    public String anyWeekdayPattern() {
        List<String> all = new ArrayList<>(weekdays.keySet());
        all.addAll(weekdayAbbreviations.keySet());
        return alternation(all, true);
    }

    public String seasonPattern() {
        return alternation(seasons.keySet(), false);
    }

    public String partOfDayPattern() {
        return alternation(partsOfDay.keySet(), false);
    }

    public String unitPattern() {
        return alternation(units.keySet(), false);
    }

    public String numberPattern() {
        return alternation(numbers.keySet(), false);
    }

    /** Two-word numbers under a hundred ("twenty-four", "forty five"), from the tens and units words. */
    public String compoundNumberPattern() {
        List<String> tens = new ArrayList<>();
        List<String> units = new ArrayList<>();
        numbers.forEach((w, n) -> {
            if (w.matches("[a-z]+") && n >= 20 && n < 100 && n % 10 == 0) {
                tens.add(w);
            } else if (w.matches("[a-z]+") && n >= 1 && n <= 9 && w.length() > 2) {
                units.add(w);
            }
        });
        return tens.isEmpty() || units.isEmpty() ? "(?!)"
                : alternation(tens, false) + "[\\s-]+" + alternation(units, false);
    }

    public String vagueNumberPattern() {
        return alternation(vagueNumbers, false);
    }

    public String ordinalPattern() {
        return alternation(ordinals.keySet(), false);
    }

    public String decadeWordPattern() {
        return alternation(decadeWords.keySet(), false);
    }

    /** The month a name or abbreviation stands for, or null ({@code Sept.} is September). */
    public Month month(String word) {
        return months.get(clean(word));
    }

    /** The weekday of a name or abbreviation, or null. */
    public DayOfWeek weekday(String word) {
        String w = clean(word);
        DayOfWeek d = weekdays.get(w);
        return d != null ? d : weekdayAbbreviations.get(w);
    }

    /** The TimeML season code of a season name, or null. */
    public String season(String word) {
        return seasons.get(clean(word));
    }

    /** The TimeML code of a part of the day, or null. */
    public String partOfDay(String word) {
        return partsOfDay.get(clean(word));
    }

    /** The unit a word names, or null. */
    public Unit unit(String word) {
        return units.get(clean(word));
    }

    /** The value of a number word or digits, {@code X} for a vague count, or null. */
    public String count(String word) {
        String w = clean(word);
        if (w.matches("\\d{1,6}|\\d{1,3},\\d{3}")) {
            return Integer.toString(Integer.parseInt(w.replace(",", "")));
        }
        if (vagueNumbers.contains(w)) {
            return "X";
        }
        Integer n = numbers.get(w);
        if (n != null) {
            return n.toString();
        }
        // "twenty-four", "twenty four"
        String[] parts = w.split("[\\s-]+");
        if (parts.length == 2) {
            Integer tens = numbers.get(parts[0]);
            Integer ones = numbers.get(parts[1]);
            if (tens != null && ones != null && tens % 10 == 0 && tens >= 20 && ones > 0 && ones < 10) {
                return Integer.toString(tens + ones);
            }
        }
        return null;
    }

    /** The number a word stands for when it is a plain number word (not "a", "dozen"), or null. */
    public Integer numberWord(String word) {
        return numbers.get(clean(word));
    }

    /** The number of an ordinal word ({@code third}, {@code twenty-first}), or null. */
    public Integer ordinal(String word) {
        return ordinals.get(clean(word).replaceAll("[\\s-]+", "-"));
    }

    /** The first year within a century of a decade word ({@code nineties} is 90), or null. */
    public Integer decadeWord(String word) {
        return decadeWords.get(clean(word));
    }

    private static String clean(String word) {
        return word.strip().replaceAll("\\.$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
