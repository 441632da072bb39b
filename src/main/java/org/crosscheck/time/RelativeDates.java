package org.crosscheck.time;

import static org.crosscheck.time.Fragments.FLAGS;
import static org.crosscheck.time.Fragments.MOD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TenseCues.Direction;
import org.crosscheck.time.TimeRule.Resolved;
import org.crosscheck.vocab.CalendarWords;

/**
 * Times counted from the anchor: "last year", "next week", "this quarter", "the end of the year", "two years ago",
 * "yesterday", "today", "tonight", "this morning", and the words for the present, past and future of
 * {@code time_references.csv} ("now", "recently", "in the future").
 */
final class RelativeDates {

    private RelativeDates() {
    }

    static List<TimeRule> rules(Fragments f, TimeVocabulary v) {
        List<TimeRule> rules = new ArrayList<>(List.of(
                TimeRule.of("last or next unit", Pattern.compile("\\b(?:(" + MOD + ")\\s+)?(?:the\\s+)?(last|next|this"
                        + "|coming|current|past)\\s+(fiscal\\s+)?(year|month|week|quarter|decade|century)\\b(?!\\s+of\\b)",
                        FLAGS), RelativeDates::relativeUnit),
                TimeRule.of("part of a unit", Pattern.compile("\\b(?:the\\s+)?(end|beginning|start|middle)\\s+of\\s+"
                        + "(?:the\\s+)?(fiscal\\s+)?(year|month|week)\\b|\\byear(?:[\\s-]|['\u2019]s\\s+)end\\b",
                        FLAGS),
                        RelativeDates::partOfUnit),
                TimeRule.late("ago", Pattern.compile("\\b(" + f.count + ")\\s+(" + f.unit + ")\\s+(?:or\\s+(?:so|two|three)\\s+)?ago\\b",
                        FLAGS),
                        RelativeDates::ago),
                TimeRule.anaphoric("in units", Pattern.compile("\\bin\\s+((" + f.count + ")\\s+(" + f.unit + "))(?:['\u2019]?\\s+"
                        + "time)?\\b(?!\\s+(?:of|to|and)\\b)|\\b((" + f.count + ")\\s+(" + f.unit + "))\\s+from\\s+(?:now"
                        + "|today)\\b", FLAGS), RelativeDates::inUnits),
                TimeRule.of("day word", Pattern.compile("\\b((?:yesterday|tomorrow)\\s+(" + f.partOfDay + ")|this\\s+("
                        + f.partOfDay + ")|yesterday|tomorrow|tonight|today|last\\s+night)\\b(?!['\u2019]s\\s+(?:world|"
                        + "society|economy|market|generation))", FLAGS), RelativeDates::dayWord)));
        // "today is the eighth day of the operation", "It's the second day of an offensive": a count of days
        // named in the present is today
        rules.add(TimeRule.of("the nth day today", Pattern.compile("(?<=\\b(?:today|it|this)\\s(?:is|marks)\\s"
                + "|\\bit['\u2019]s\\s)the\\s+(?:" + f.ordinal + ")\\s+(?:straight\\s+|consecutive\\s+)?day\\b"
                + "(?!\\s+(?:after|before|since)\\b)", FLAGS), RelativeDates::today));
        // before the references, so that of two readings of the same words this one is tried first
        rules.add(TimeRule.of("recent units in a perfect", Pattern.compile("(?<=\\b(?:in|over|during|throughout)"
                + "\\s(?:the\\s)?)recent\\s+(years|months|weeks|days|decades|quarters)\\b(?!\\s+(?:and|or)\\b)",
                FLAGS), RelativeDates::recentInPerfect));
        for (TimeVocabulary.Reference r : v.references()) {
            rules.add(TimeRule.of("reference " + r.value(), r.pattern(), (m, c) -> reference(r.value(), c)));
        }
        return rules;
    }

    /**
     * A perfect: "has", "have" or "had" and a participle, an adverb or "not" between ("have expressed", "has
     * been", "had risen", "have not yet recovered").
     */
    private static final Pattern PERFECT = Pattern.compile("\\b(?:has|have|had|hasn't|haven't|hadn't|'ve)\\s+"
            + "(?:(?:not|never|also|already|just|yet|since|\\p{L}+ly)\\s+){0,2}(?:been|\\p{L}{2,}ed|taken|given|seen"
            + "|fallen|risen|driven|written|chosen|broken|proven|shown|grown|known|thrown|drawn|flown|gone|done|become"
            + "|come|begun|run|won|lost|made|held|built|brought|paid|sold|told|met|left|kept|spent|sent|led|fought"
            + "|found|felt|heard|hit|cut|set|put|said|struck|caught|taught|bought|thought|sought|stood|fled|slid)\\b",
            FLAGS);

    /**
     * "have suffered ... in recent years", "has been a tough business in recent quarters": in a clause of the
     * perfect the recent units are the stretch up to now, a length of them ({@code PXY}, as TimeML writes it);
     * without one ("killed in recent days") null, and the words are the past they refer to ({@code PAST_REF}).
     */
    private static Resolved recentInPerfect(Matcher m, Context c) {
        if (!PERFECT.matcher(c.text).find()) {
            return null;
        }
        CalendarWords.Unit unit = c.calendar().unit(m.group(1));
        return unit == null ? null : Durations.duration(unit, "X", m.group());
    }

    private static Resolved today(Matcher m, Context c) {
        return c.anchor == null ? new Resolved(Granularity.DAY.unresolved("XXXX-XX-XX"), "no anchor")
                : new Resolved(Granularity.DAY.spanOf(c.anchor), c.publication() + ", the day counted is today");
    }

    /** Prepositions before "the past decade" that make it a stretch of time rather than the decade before this. */
    private static final java.util.Set<String> STRETCH = java.util.Set.of("over", "throughout");

    private static Resolved relativeUnit(Matcher m, Context c) {
        String mod = CalendarNames.lower(m.group(1));
        String which = m.group(2).toLowerCase(Locale.ROOT);
        String unit = m.group(4).toLowerCase(Locale.ROOT);
        Granularity g = Granularity.valueOf(unit.toUpperCase(Locale.ROOT));
        int steps = switch (which) {
            case "last", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        if (g == Granularity.DECADE && mod == null && !which.equals("this") && !which.equals("current")
                && STRETCH.contains(Words.previous(c.text, m.start())) && m.group().regionMatches(true, 0, "the", 0, 3)) {
            // "over the past decade", "over the next decade": the ten years up to or from now, a length
            return Durations.duration(c.calendar().unit("decade"), "1", m.group());
        }
        if (which.equals("next") && mod == null && m.group().regionMatches(true, 0, "the", 0, 3) && g != Granularity.CENTURY) {
            // "the next year" may count from the time a story spoke of: Anaphora reads it
            return null;
        }
        if (c.anchor == null) {
            return new Resolved(g.unresolved(unresolvedValue(g)), "no anchor");
        }
        String how = c.publication() + ", " + which + " " + unit + (mod == null ? "" : " (" + mod + ")");
        return new Resolved(g.shifted(c.anchor, steps), how);
    }

    /** "the end of the year": the latest such part not after publication (past) or the next one (future). */
    private static Resolved partOfUnit(Matcher m, Context c) {
        String part = m.group(1) == null ? "end" : m.group(1).toLowerCase(Locale.ROOT);
        Granularity g = m.group(3) == null ? Granularity.YEAR : Granularity.valueOf(m.group(3).toUpperCase(Locale.ROOT));
        if (c.anchor == null) {
            return new Resolved(g.unresolved(unresolvedValue(g)), "no anchor");
        }
        TimeSpan unit = g.spanOf(c.anchor);
        long length = unit.end().toEpochDay() - unit.start().toEpochDay() + 1;
        double from = switch (part) {
            case "beginning", "start" -> 0;
            case "middle" -> 1 / 3.0;
            default -> 2 / 3.0;
        };
        LocalDate partStart = unit.start().plusDays((long) (length * from));
        LocalDate partEnd = unit.start().plusDays((long) (length * (from + 1 / 3.0)) - 1);
        Direction d = c.direction(m.start(), m.end());
        int steps;
        if (d.future()) {
            steps = partEnd.isBefore(c.anchor) ? 1 : 0;
        } else {
            steps = partStart.isAfter(c.anchor) ? -1 : 0;
        }
        return new Resolved(g.shifted(c.anchor, steps), c.publication() + ", " + d.reason() + " -> "
                + (steps == 0 ? "current " : steps < 0 ? "previous " : "next ") + g.name().toLowerCase(Locale.ROOT));
    }

    private static Resolved ago(Matcher m, Context c) {
        String count = c.calendar().count(m.group(1));
        CalendarWords.Unit unit = c.calendar().unit(m.group(2));
        if (count == null || unit == null) {
            return null;
        }
        if (count.equals("X")) {
            return reference("PAST_REF", c);
        }
        return Anaphora.shift(c.anchor == null ? null : Granularity.DAY.spanOf(c.anchor), unit,
                -Integer.parseInt(count), true, spokenOf(m.start(), c), c.anchor == null ? "no anchor"
                        : c.publication() + " minus " + count + " " + m.group(2).toLowerCase(Locale.ROOT));
    }

    /**
     * The period "a year ago" may be the one of: a quarter or month of its sentence; else a quarter a report spoke
     * of in the sentences before ("Net rose to $94 million from $85 million a year ago" after "third-quarter net").
     */
    private static TimeSpan spokenOf(int offset, Context c) {
        TimeSpan near = c.inSentenceNear(offset);
        if (near != null && (near.granularity().equals("QUARTER") || near.granularity().equals("MONTH"))) {
            return near;
        }
        TimeSpan reported = c.reportedPeriod(offset);
        return reported != null && reported.granularity().equals("QUARTER") ? reported : near;
    }

    /**
     * "in five years", "three weeks from now": the time that far ahead of publication; the words "five years"
     * keep their own value as a duration ({@code P5Y}), which TimeML annotates them as.
     */
    private static Resolved inUnits(Matcher m, Context c) {
        int g = m.group(1) != null ? 1 : 4;
        String count = c.calendar().count(m.group(g + 1));
        CalendarWords.Unit unit = c.calendar().unit(m.group(g + 2));
        if (count == null || unit == null || count.contains(".")) {
            return null;
        }
        TimeRule.Part duration = new TimeRule.Part(m.start(g), m.end(g),
                Durations.duration(unit, count, m.group(g)).span());
        java.util.List<TimeRule.Part> parts = new java.util.ArrayList<>(java.util.List.of(duration));
        int now = g == 4 ? Math.max(m.group().toLowerCase(Locale.ROOT).lastIndexOf("now"),
                m.group().toLowerCase(Locale.ROOT).lastIndexOf("today")) : -1;
        if (now >= 0) {
            // "eight years from now": "now" is the present of its own
            String word = m.group().substring(now);
            parts.add(new TimeRule.Part(m.start() + now, m.end(), word.equalsIgnoreCase("now")
                    ? reference("PRESENT_REF", c).span() : c.anchor == null ? Granularity.DAY.unresolved("XXXX-XX-XX")
                    : Granularity.DAY.spanOf(c.anchor)));
        }
        if (count.equals("X") || unit.clock() || g == 1 && afterAFirst(m, c)) {
            return Durations.duration(unit, count, m.group(g)).withParts(parts);
        }
        return Anaphora.shift(c.anchor == null ? null : Granularity.DAY.spanOf(c.anchor), unit,
                Integer.parseInt(count), true, null, c.anchor == null ? "no anchor"
                        : c.publication() + " plus " + m.group(g).toLowerCase(Locale.ROOT)).withParts(parts);
    }

    /**
     * "The first visit in 20 years", "its highest level in a decade": after a first or a superlative, "in" counts the
     * time back to the last such occurrence, a length of time, not a date ahead.
     */
    private static boolean afterAFirst(Matcher m, Context c) {
        Set<String> words = c.vocabulary.cues("superlative");
        Set<String> suffixes = c.vocabulary.cues("superlative_suffix");
        for (String w : Words.before(c.text, m.start(), 6)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (words.contains(lower) || lower.length() > 5 && suffixes.stream().anyMatch(lower::endsWith)) {
                return true;
            }
        }
        return false;
    }

    private static Resolved dayWord(Matcher m, Context c) {
        String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String partWord = m.group(2) != null ? m.group(2) : m.group(3);
        String part = partWord != null ? c.calendar().partOfDay(partWord)
                : word.equals("tonight") || word.equals("last night") ? "NI" : null;
        if (word.equals("today") && genericToday(m, c)) {
            return reference("PRESENT_REF", c);
        }
        if (c.anchor == null) {
            return new Resolved(Granularity.DAY.unresolved("XXXX-XX-XX"), "no anchor");
        }
        int offset = word.startsWith("yesterday") || word.equals("last night") ? -1 : word.startsWith("tomorrow") ? 1 : 0;
        Resolved day = new Resolved(Granularity.DAY.spanOf(c.anchor.plusDays(offset)), c.publication() + ", " + word);
        return part == null ? day : Weekdays.partOfDay(day, part);
    }

    /**
     * "Today" is the publication day, except in a comparison with the present in general ("faster than can be
     * done today").
     */
    private static boolean genericToday(Matcher m, Context c) {
        return Words.before(c.text, m.start(), 4).contains("than");
    }

    /** PRESENT_REF is the publication day; PAST_REF ends and FUTURE_REF starts there. */
    static Resolved reference(String value, Context c) {
        LocalDate a = c.anchor;
        TimeSpan span = switch (value) {
            case "PAST_REF" -> new TimeSpan(value, null, a, "REF");
            case "FUTURE_REF" -> new TimeSpan(value, a, null, "REF");
            default -> new TimeSpan(value, a, a, "REF");
        };
        return new Resolved(span, a == null ? "no anchor" : c.publication() + ", " + value.toLowerCase(Locale.ROOT)
                .replace("_ref", ""));
    }

    static String unresolvedValue(Granularity g) {
        return switch (g) {
            case DAY -> "XXXX-XX-XX";
            case WEEK -> "XXXX-WXX";
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
            default -> "XXXX";
        };
    }
}
