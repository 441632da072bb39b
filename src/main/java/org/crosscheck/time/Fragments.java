package org.crosscheck.time;

import java.util.Locale;
import org.crosscheck.vocab.CalendarWords;

/**
 * Pieces of patterns shared by the rules: the vocabulary's words as alternations (months, weekdays, units,
 * number words, zones, holidays) and the fixed shapes of days, years and modifiers.
 */
final class Fragments {
    static final int FLAGS = java.util.regex.Pattern.CASE_INSENSITIVE;
    static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?!\\d|[:.]\\d)";
    static final String YEAR = "(?:1[1-9]\\d\\d|20\\d\\d)(?![\\d%]|[.,]\\d)";
    /** Where in a unit: kept in the expression's text, it does not change the TimeML value. */
    static final String MOD = "(?:early|late|mid|earlier\\s+in|later\\s+in|earlier|later"
            + "|(?:at\\s+)?the\\s+(?:end|beginning|start|middle)\\s+of)";
    private static final String UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final String TEENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen)";
    private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    /** A year in words: "nineteen ninety-six", "nineteen oh five", "two thousand and one", "twenty twenty". */
    static final String SPELLED_YEAR = "(?:(?:eighteen|nineteen|twenty)[\\s-]+(?:hundred|" + TEENS + "|" + TENS
            + "(?:[\\s-]+" + UNITS + ")?|(?:oh|o)[\\s-]+" + UNITS + ")|two[\\s-]+thousand(?:[\\s-]+(?:and[\\s-]+)?(?:"
            + TEENS + "|" + TENS + "(?:[\\s-]+" + UNITS + ")?|" + UNITS + "))?)(?![\\s-]+(?:" + UNITS + "|percent|per))";

    final String month;
    final String monthFull;
    final String weekday;
    final String anyWeekday;
    final String season;
    final String partOfDay;
    final String unit;
    /** A count: digits, a number word ("twenty-four" too) or a vague count ("several"). */
    final String count;
    final String ordinal;
    final String decadeWord;
    final String zone;
    /** Holiday names in small groups, one rule each (see {@link Holidays#namePatterns}). */
    final java.util.List<String> holidayGroups;
    /** A year in digits or words. */
    final String anyYear;

    Fragments(TimeVocabulary v) {
        CalendarWords w = v.calendar();
        month = w.monthPattern();
        monthFull = w.fullMonthPattern();
        weekday = w.weekdayPattern();
        anyWeekday = w.anyWeekdayPattern();
        season = w.seasonPattern();
        partOfDay = w.partOfDayPattern();
        unit = w.unitPattern();
        String numbers = w.numberPattern();
        // a count in digits may group its thousands ("43,800 hours")
        count = "(?:\\d{1,3}(?:,\\d{3})++(?![\\d,])|\\d{1,4}(?:\\.\\d+)?|" + w.compoundNumberPattern() + "|" + numbers + "|" + w.vagueNumberPattern() + ")";
        ordinal = w.ordinalPattern();
        decadeWord = w.decadeWordPattern();
        zone = CalendarWords.alternation(v.zoneNames(), false);
        holidayGroups = v.holidays().namePatterns(12);
        anyYear = "(?:" + YEAR + "|" + SPELLED_YEAR + ")";
    }

    /** The year a digit or word form denotes, or -1. */
    static int year(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
        if (t.matches("\\d{4}")) {
            return Integer.parseInt(t);
        }
        String[] words = t.split(" ");
        if (words[0].equals("two") && words.length >= 2 && words[1].equals("thousand")) {
            int rest = 0;
            for (int i = 2; i < words.length; i++) {
                if (!words[i].equals("and")) {
                    rest += small(words[i]);
                }
            }
            return 2000 + rest;
        }
        int century = small(words[0]);
        if (century < 0 || words.length < 2) {
            return -1;
        }
        int rest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("hundred") || words[i].equals("oh") || words[i].equals("o")) {
                continue;
            }
            int n = small(words[i]);
            if (n < 0) {
                return -1;
            }
            rest += n;
        }
        return century * 100 + rest;
    }

    private static int small(String word) {
        return switch (word) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            case "thirteen" -> 13;
            case "fourteen" -> 14;
            case "fifteen" -> 15;
            case "sixteen" -> 16;
            case "seventeen" -> 17;
            case "eighteen" -> 18;
            case "nineteen" -> 19;
            case "twenty" -> 20;
            case "thirty" -> 30;
            case "forty" -> 40;
            case "fifty" -> 50;
            case "sixty" -> 60;
            case "seventy" -> 70;
            case "eighty" -> 80;
            case "ninety" -> 90;
            default -> -1;
        };
    }
}
