package org.crosscheck.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.ingest.DateLiterals;
import org.crosscheck.time.TenseCues.Direction;
import org.crosscheck.vocab.LiteralGate;

/**
 * Rule-based temporal tagger for English news. Patterns find the constructions news uses for time (explicit
 * dates, bare years and year ranges, months, weekdays, seasons, quarters, decades, centuries, "last year",
 * "two years ago", "recently", "now", ...); each is resolved against the publication date. Underspecified
 * expressions ("on Friday", "in September", "April 7") take their direction from the sentence's tense and cues
 * ({@link TenseCues}); explicit dates in unusual formats are read by Natty ({@link NattyDates}).
 *
 * <p>Stateless and thread-safe: every call works on its own objects.
 */
public final class NewsTemporalTagger implements TemporalTagger {

    private static final String MONTH = DateLiterals.MONTH;
    private static final String MONTH_FULL =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?!\\d|[:.]\\d)";
    private static final String YEAR = "(?:1[1-9]\\d\\d|20\\d\\d)(?![\\d%]|[.,]\\d)";
    /** Where in a unit: kept in the expression's text, it does not change the TimeML value. */
    private static final String MOD = "(?:early|late|mid|earlier\\s+in|later\\s+in|earlier|later"
            + "|(?:at\\s+)?the\\s+(?:end|beginning|start|middle)\\s+of)";
    private static final String NUMBER = "(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
            + "|fifty|a\\s+couple\\s+of|a\\s+few|several|some|many)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    /** A yearless day this close before publication is the one meant, whatever a future cue elsewhere says. */
    private static final int RECENT_DAYS = 14;

    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+)?(?:the\\s+)?("
            + DAY + ")(?:\\s+of)?[-/ ]+(" + MONTH + ")[-/ ,]+(" + YEAR + ")", FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+)?(" + MONTH
            + ")\\s*(" + DAY + "),?\\s+(" + YEAR + ")", FLAGS);
    private static final Pattern MONTH_DAY_RANGE = Pattern.compile("\\b(" + MONTH + ")\\s*(" + DAY
            + ")\\s*(?:-|\u2013|to|through|until|till|and)\\s*(?:(" + MONTH + ")\\s*)?(" + DAY + ")(?:,?\\s+("
            + YEAR + "))?", FLAGS);
    private static final Pattern DAY_MONTH_RANGE = Pattern.compile("\\b(" + DAY
            + ")\\s*(?:-|\u2013|to|and)\\s*(" + DAY + ")\\s+(?:of\\s+)?(" + MONTH + ")(?:,?\\s+(" + YEAR + "))?",
            FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+)?(" + MONTH
            + ")\\s*(" + DAY + ")\\b(?!\\s*(?:%|percent|per\\s*cent))", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:the\\s+)?(" + DAY + ")(?:\\s+of)?\\s+("
            + MONTH_FULL + "|" + MONTH + "(?=\\s))", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:(" + MOD + ")[\\s-]+)?(" + MONTH
            + ")(?:,?\\s+|\\s+of\\s+)(" + YEAR + ")", FLAGS);
    private static final Pattern BARE_MONTH = Pattern.compile("\\b(?:(" + MOD + ")[\\s-]+)?(?:(last|next|this"
            + "|coming|past)\\s+)?(" + MONTH_FULL + ")\\b(?:\\s+(?:of\\s+)?(last|this|next)\\s+year\\b)?", FLAGS);
    private static final Pattern WEEKDAY_PATTERN = Pattern.compile("\\b(?:(last|next|this|coming|past)\\s+)?("
            + WEEKDAY + ")\\b", FLAGS);
    private static final Pattern SEASON = Pattern.compile("\\b(?:(" + MOD + ")[\\s-]+)?(?:(last|next|this|coming"
            + "|past|the)\\s+)?(spring|summer|autumn|fall|winter)\\b(?:\\s+(?:of\\s+)?(?:(" + YEAR
            + ")|(last|this|next)\\s+year\\b))?", FLAGS);
    private static final Pattern ORDINAL_QUARTER = Pattern.compile("\\b(?:the\\s+)?(first|second|third|fourth"
            + "|final|last|1st|2nd|3rd|4th)[\\s-]+(?:fiscal\\s+)?quarter\\b(?:\\s+of\\s+(?:(?:the\\s+)?(?:fiscal\\s+)?"
            + "(?:year\\s+)?(" + YEAR + ")|(?:the\\s+)?(last|this|next|current)\\s+(?:fiscal\\s+)?year\\b"
            + "|the\\s+(?:fiscal\\s+)?year\\b))?", FLAGS);
    private static final Pattern Q_QUARTER = Pattern.compile("\\b(?:Q([1-4])(?:\\s*|-|/)(?:(" + YEAR
            + ")|['\u2019](\\d\\d))?|(" + YEAR + ")\\s*-?\\s*Q([1-4]))\\b");
    private static final Pattern DECADE = Pattern.compile("\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(1[0-9]"
            + "\\d0|20\\d0)s|['\u2019](\\d0)s|(\\d0)s|(twenties|thirties|forties|fifties|sixties|seventies|eighties"
            + "|nineties))\\b", FLAGS);
    private static final Pattern CENTURY = Pattern.compile("\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(\\d{1,2})"
            + "(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            + "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
            + "|twenty[\\s-]first|twenty[\\s-]second))[\\s-]+century\\b", FLAGS);
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\w$\u00a3\u20ac\u00a5#.,/-])(" + YEAR
            + ")\\s*(-|\u2013|/|to|through|and)\\s*(" + YEAR + "|\\d\\d(?![\\d%-]|[.,]\\d))", FLAGS);
    private static final Pattern YEAR_PATTERN = Pattern.compile("(?<![\\w$\u00a3\u20ac\u00a5#.,/-])(?:(" + MOD
            + ")[\\s-]+)?(?:(fiscal|FY)\\s*(?:year\\s+)?)?(?:the\\s+year\\s+)?(" + YEAR + ")(?!-\\d)", FLAGS);
    private static final Pattern RELATIVE_UNIT = Pattern.compile("\\b(?:(" + MOD + ")\\s+)?(?:the\\s+)?(last|next"
            + "|this|coming|current)\\s+(fiscal\\s+)?(year|month|week|quarter|decade|century)\\b(?!\\s+of\\b)",
            FLAGS);
    private static final Pattern PART_OF_UNIT = Pattern.compile("\\b(?:the\\s+)?(end|beginning|start|middle)"
            + "\\s+of\\s+(?:the\\s+)?(fiscal\\s+)?(year|month|week)\\b|\\byear[\\s-]end\\b", FLAGS);
    private static final Pattern WEEKEND = Pattern.compile("\\b(the|this|last|next|past|coming)\\s+weekend\\b",
            FLAGS);
    private static final Pattern AGO = Pattern.compile("\\b(" + NUMBER + ")\\s+(year|month|week|day|decade"
            + "|centur)(?:s|ies|y)?\\s+ago\\b", FLAGS);
    private static final Pattern DAY_WORD = Pattern.compile("\\b(yesterday|tomorrow|tonight|today|this\\s+(?:morning"
            + "|afternoon|evening)|last\\s+night)\\b", FLAGS);
    private static final Pattern PRESENT = Pattern.compile("\\b(now|currently|nowadays|presently|at\\s+present"
            + "|at\\s+the\\s+moment|these\\s+days)\\b", FLAGS);
    private static final Pattern PAST = Pattern.compile("\\b(recently|lately|(?:the\\s+)?recent\\s+past"
            + "|at\\s+(?:the|that)\\s+time|recent\\s+(?:years|months|weeks|days|times|decades)|the\\s+past)\\b"
            + "(?!\\s+(?:\\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|year"
            + "|month|week|day|decade|centur|generation|quarter|hour|season|half)|-)", FLAGS);
    private static final Pattern FUTURE = Pattern.compile("(?<=\\b(?:in|into|for)\\s)(?:(?:the\\s+)?(?:near\\s+"
            + "|distant\\s+|foreseeable\\s+|immediate\\s+)?future|the\\s+(?:coming|next\\s+few)\\s+(?:years|months"
            + "|weeks|days)|the\\s+years\\s+ahead)\\b|(?<!\\bas\\s)\\bsoon\\b(?!\\s+(?:as|after|afterwards))", FLAGS);
    /** Stems one of which every time expression holds, unless it holds a digit: a cheap gate before the rules. */
    private static final Pattern MAY_HOLD_TIME = Pattern.compile("\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
            + "|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|year|month|week|day|today|tonight|yesterday|tomorrow|night"
            + "|morning|afternoon|evening|now|current|present|moment|these|recent|late|past|time|future|soon|ahead"
            + "|spring|summer|autumn|fall|winter|season|quarter|decade|centur|fiscal|ago|twenties|thirties|forties"
            + "|fifties|sixties|seventies|eighties|nineties)", FLAGS);
    /** Date-like candidates only Natty reads: numeric dates and spelled ordinals of a month. */
    private static final Pattern NATTY_CANDIDATE = Pattern.compile("(?<![\\d/.])(?:\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})"
            + "|\\d{4}/\\d{1,2}/\\d{1,2})(?![\\d/])|\\b(?:the\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh"
            + "|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
            + "|eighteenth|nineteenth|twentieth|twenty[\\s-](?:first|second|third|fourth|fifth|sixth|seventh"
            + "|eighth|ninth)|thirtieth|thirty[\\s-]first)\\s+of\\s+" + MONTH_FULL + "(?:,?\\s+" + YEAR + ")?",
            FLAGS);

    private static final Pattern RELATION_BEFORE = Pattern.compile("\\b(since|until|till|through|thru|up\\s+to"
            + "|up\\s+until|by|before|prior\\s+to|ahead\\s+of|after|following|starting(?:\\s+(?:in|from|on))?"
            + "|beginning\\s+(?:in|from|on)|from)\\s+$", FLAGS);
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*([A-Za-z%]+)");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("([A-Za-z$#\u00a3\u20ac.]+)[\\s-]*$");
    private static final Pattern ONWARDS = Pattern.compile("\\s*onwards?\\b", FLAGS);
    private static final Pattern FROM_ON = Pattern.compile("\\s*(?:onwards?|on)\\b", FLAGS);

    /** Words after a month name that show "May"/"March" to be the month (the verbs are written lowercase). */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "since", "until", "till", "through", "by",
            "from", "during", "of", "before", "after", "early", "late", "mid", "between", "and", "to", "on", "last",
            "next", "this", "throughout", "for", "or", "around", "as", "that");
    /** Words before a number that make it a quantity rather than a year. */
    private static final Set<String> QUANTIFIERS = Set.of("about", "around", "some", "over", "nearly", "almost",
            "approximately", "roughly", "than", "least", "estimated", "another", "additional", "extra", "total",
            "no", "number", "resolution", "flight", "route", "article", "section", "room", "highway", "model",
            "chapter", "rule", "bill", "page", "pages", "code", "score");
    /** Words that introduce a year rather than a count before a plural noun ("the 2010 elections"). */
    private static final Set<String> YEAR_PRECEDERS = Set.of("in", "since", "of", "by", "until", "till", "from",
            "the", "its", "their", "his", "her", "our", "for", "during", "before", "after", "between", "and", "to",
            "through", "a", "an", "year", "fiscal", "early", "late", "mid", "that", "this", "as", "at", "on");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("a couple of", 2));
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second");
    private static final List<String> DECADE_WORDS = List.of("twenties", "thirties", "forties", "fifties",
            "sixties", "seventies", "eighties", "nineties");

    /** A found expression before conversion; {@code parts} are the ends of a range ("1957" and "58"). */
    private record Mention(int start, int end, TimeSpan span, String relation, String anchor, List<Mention> parts) {
        int length() {
            return end - start;
        }

        boolean covers(int from, int to) {
            return start <= from && to <= end;
        }
    }

    /** What a rule resolved, before the relation is applied. */
    private record Resolved(TimeSpan span, String how, List<Mention> parts) {
        Resolved(TimeSpan span, String how) {
            this(span, how, List.of());
        }
    }

    /** The text being tagged, its anchor and its tense cues. */
    private static final class Context {
        final String text;
        final String folded;
        final LocalDate anchor;
        /** Read when an expression needs a direction; most sentences have none. */
        private TenseCues cues;

        Context(String text, LocalDate anchor) {
            this.text = text;
            this.folded = LiteralGate.fold(text);
            this.anchor = anchor;
        }

        TenseCues cues() {
            if (cues == null) {
                cues = new TenseCues(text);
            }
            return cues;
        }

        Direction direction(int start, int end) {
            String relation = relation(text, start, end);
            if (relation.equals("SINCE")) {
                return Direction.past("'since' looks back");
            }
            Direction d = cues().direction(start, end);
            if (d == Direction.DEFAULT_PAST && relation.equals("UNTIL")) {
                return Direction.future("'until' looks forward");
            }
            return d;
        }

        String publication() {
            return "publication " + anchor;
        }
    }

    private interface Rule extends BiFunction<Matcher, Context, Resolved> {
    }

    private static final List<Map.Entry<Pattern, Rule>> RULE_PATTERNS = List.of(
            Map.entry(ISO, NewsTemporalTagger::iso),
            Map.entry(DAY_MONTH_YEAR, (m, c) -> fullDate(m.group(3), m.group(2), m.group(1))),
            Map.entry(MONTH_DAY_YEAR, (m, c) -> fullDate(m.group(3), m.group(1), m.group(2))),
            Map.entry(MONTH_DAY_RANGE, NewsTemporalTagger::monthDayRange),
            Map.entry(DAY_MONTH_RANGE, NewsTemporalTagger::dayMonthRange),
            Map.entry(MONTH_DAY, (m, c) -> monthDay(m.group(1), m.group(2), m.start(1), m.end(), c)),
            Map.entry(DAY_MONTH, (m, c) -> monthDay(m.group(2), m.group(1), m.start(), m.end(2), c)),
            Map.entry(MONTH_YEAR, NewsTemporalTagger::monthYear),
            Map.entry(BARE_MONTH, NewsTemporalTagger::bareMonth),
            Map.entry(WEEKDAY_PATTERN, NewsTemporalTagger::weekday),
            Map.entry(SEASON, NewsTemporalTagger::season),
            Map.entry(ORDINAL_QUARTER, NewsTemporalTagger::ordinalQuarter),
            Map.entry(Q_QUARTER, NewsTemporalTagger::qQuarter),
            Map.entry(DECADE, NewsTemporalTagger::decade),
            Map.entry(CENTURY, NewsTemporalTagger::century),
            Map.entry(YEAR_RANGE, NewsTemporalTagger::yearRange),
            Map.entry(YEAR_PATTERN, NewsTemporalTagger::year),
            Map.entry(RELATIVE_UNIT, NewsTemporalTagger::relativeUnit),
            Map.entry(PART_OF_UNIT, NewsTemporalTagger::partOfUnit),
            Map.entry(WEEKEND, NewsTemporalTagger::weekend),
            Map.entry(AGO, NewsTemporalTagger::ago),
            Map.entry(DAY_WORD, NewsTemporalTagger::dayWord),
            Map.entry(PRESENT, (m, c) -> reference("PRESENT_REF", c)),
            Map.entry(PAST, (m, c) -> reference("PAST_REF", c)),
            Map.entry(FUTURE, (m, c) -> reference("FUTURE_REF", c)),
            Map.entry(NATTY_CANDIDATE, NewsTemporalTagger::natty));
    /** The rules with the literals one of which each needs, so that a sentence is searched only for its candidates. */
    private static final List<Map.Entry<LiteralGate, Rule>> RULES = RULE_PATTERNS.stream()
            .map(r -> Map.entry(LiteralGate.of(r.getKey()), r.getValue())).toList();

    /** The rules' patterns, in order (for tests of their gates). */
    static List<Pattern> rulePatterns() {
        return RULE_PATTERNS.stream().map(Map.Entry::getKey).toList();
    }

    @Override
    public List<TimeExpression> tag(String sentence, LocalDate anchor) {
        List<TimeExpression> out = new ArrayList<>();
        for (Mention m : mentions(new Context(sentence, anchor))) {
            out.add(new TimeExpression(sentence.substring(m.start(), m.end()), m.start(), m.end(), m.span(),
                    m.relation(), m.anchor()));
        }
        return out;
    }

    @Override
    public String normalize(String expression, String sentence, LocalDate anchor) {
        String expr = expression.strip();
        if (expr.isEmpty()) {
            return "";
        }
        int at = sentence.indexOf(expr);
        if (at < 0) {
            at = sentence.toLowerCase(Locale.ROOT).indexOf(expr.toLowerCase(Locale.ROOT));
        }
        // an expression its sentence does not hold is read alone; one it holds is read in context only
        List<Mention> mentions = mentions(at >= 0 ? new Context(sentence, anchor) : new Context(expr, anchor));
        int from = Math.max(at, 0);
        return valueAt(mentions, from, from + expr.length()).orElse("");
    }

    /** The value of the mention matching {@code [from, to)}: the same span, one covering it, or one inside it. */
    private static Optional<String> valueAt(List<Mention> mentions, int from, int to) {
        Mention covering = null;
        Mention inside = null;
        for (Mention m : mentions) {
            if (m.covers(from, to)) {
                for (Mention part : m.parts()) {
                    if (part.start() == from && part.end() == to) {
                        return Optional.of(part.span().value());
                    }
                }
                covering = m;
            } else if (from <= m.start() && m.end() <= to && (inside == null || m.length() > inside.length())) {
                inside = m;
            }
        }
        Mention best = covering != null ? covering : inside;
        return best == null ? Optional.empty() : Optional.of(best.span().value());
    }

    private static List<Mention> mentions(Context c) {
        List<Mention> found = new ArrayList<>();
        Matcher[] candidates = new Matcher[RULES.size()];
        boolean any = false;
        for (int i = 0; i < candidates.length; i++) {
            candidates[i] = RULES.get(i).getKey().matcher(c.text, c.folded);
            any |= candidates[i] != null;
        }
        // Every rule needs a digit or one of these stems; most sentences have none, and one scan spares the rules.
        if (!any || !MAY_HOLD_TIME.matcher(c.text).find()) {
            return found;
        }
        for (int i = 0; i < candidates.length; i++) {
            Matcher m = candidates[i];
            while (m != null && m.find()) {
                Resolved r = RULES.get(i).getValue().apply(m, c);
                if (r != null) {
                    int start = r.parts().isEmpty() ? m.start() : Math.min(m.start(), r.parts().get(0).start());
                    found.add(mention(c, start, m.end(), r));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : found) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    private static Mention mention(Context c, int start, int end, Resolved r) {
        String relation = r.parts().isEmpty() ? relation(c.text, start, end) : "";
        TimeSpan span = r.span();
        String how = r.how();
        if (!relation.isEmpty() && !span.granularity().equals("REF")) {
            span = applyRelation(span, relation, c.anchor);
            how = how + "; " + relation.toLowerCase(Locale.ROOT) + " -> "
                    + (span.start() == null ? "open" : span.start()) + " to " + (span.end() == null ? "open" : span.end());
        }
        return new Mention(start, end, span, relation, how, r.parts());
    }

    private static String relation(String text, int start, int end) {
        String after = text.substring(end);
        Matcher m = RELATION_BEFORE.matcher(text.substring(Math.max(0, start - 20), start));
        if (!m.find()) {
            return ONWARDS.matcher(after).lookingAt() ? "SINCE" : "";
        }
        String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (word.equals("from")) {
            // "from 2016 on" opens an interval; "data from 2016" does not
            return FROM_ON.matcher(after).lookingAt() ? "SINCE" : "";
        }
        if (word.equals("since") || word.startsWith("starting") || word.startsWith("beginning")) {
            return "SINCE";
        }
        if (word.equals("before") || word.equals("prior to") || word.equals("ahead of")) {
            return "BEFORE";
        }
        if (word.equals("after") || word.equals("following")) {
            return "AFTER";
        }
        return "UNTIL";
    }

    /** Since 2016: from 2016 to publication; until/by March 17: up to its end; before/after: open beyond. */
    private static TimeSpan applyRelation(TimeSpan span, String relation, LocalDate anchor) {
        LocalDate start = span.start();
        LocalDate end = span.end();
        return switch (relation) {
            case "SINCE" -> new TimeSpan(span.value(), start,
                    anchor != null && start != null && !anchor.isBefore(start) ? anchor : null, span.granularity());
            case "UNTIL" -> new TimeSpan(span.value(), null, end, span.granularity());
            case "BEFORE" -> new TimeSpan(span.value(), null, start == null ? null : start.minusDays(1),
                    span.granularity());
            case "AFTER" -> new TimeSpan(span.value(), end == null ? null : end.plusDays(1), null,
                    span.granularity());
            default -> span;
        };
    }

    // ---- explicit dates

    private static Resolved iso(Matcher m, Context c) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return new Resolved(Granularity.DAY.spanOf(d), "explicit date");
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Resolved fullDate(String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), DateLiterals.month(month), dayOf(day));
            return new Resolved(Granularity.DAY.spanOf(d), "explicit date");
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Resolved monthDay(String monthText, String dayText, int start, int end, Context c) {
        if (!capitalised(monthText)) {
            return null;
        }
        Month month = DateLiterals.month(monthText);
        int day = dayOf(dayText);
        if (day > month.maxLength()) {
            return null;
        }
        return yearlessDay(month, day, c.direction(start, end), c);
    }

    /** A month and day without year: the nearest such day before or after the anchor, as the tense says. */
    private static Resolved yearlessDay(Month month, int day, Direction d, Context c) {
        if (c.anchor == null) {
            return new Resolved(Granularity.DAY.unresolved(String.format(Locale.ROOT, "XXXX-%02d-%02d", month.getValue(), day)),
                    "no anchor");
        }
        LocalDate date = nearestYearlessDay(month, day, d.future(), c.anchor);
        String reason = d.reason();
        boolean future = d.future();
        // "The deal Britain signed on December 16 will cut tariffs", written on December 20: the future cue
        // belongs to another clause. A day a year ahead would be written with its year; one a few days back not.
        LocalDate recent = nearestYearlessDay(month, day, false, c.anchor);
        if (future && !date.equals(recent) && !recent.isBefore(c.anchor.minusDays(RECENT_DAYS))) {
            date = recent;
            future = false;
            reason = reason + ", but a year ahead; the day " + ChronoUnit.DAYS.between(recent, c.anchor)
                    + " days back is meant";
        }
        return new Resolved(Granularity.DAY.spanOf(date),
                c.publication() + ", " + reason + " -> " + (future ? "next " : "most recent ")
                        + month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day);
    }

    private static LocalDate nearestYearlessDay(Month month, int day, boolean future, LocalDate anchor) {
        for (int k = 0; k <= 8; k++) {
            int year = anchor.getYear() + (future ? k : -k);
            try {
                LocalDate date = LocalDate.of(year, month, day);
                if (future ? !date.isBefore(anchor) : !date.isAfter(anchor)) {
                    return date;
                }
            } catch (DateTimeException e) {
                // 29 February in a common year: try the next candidate year
            }
        }
        return LocalDate.of(anchor.getYear(), month, Math.min(day, 28));
    }

    private static Resolved monthDayRange(Matcher m, Context c) {
        if (!capitalised(m.group(1))) {
            return null;
        }
        Month first = DateLiterals.month(m.group(1));
        Month second = m.group(3) == null ? first : DateLiterals.month(m.group(3));
        return dayRange(first, dayOf(m.group(2)), m.start(1), m.end(2), second, dayOf(m.group(4)), m.start(4),
                m.end(4), m.group(5), c);
    }

    private static Resolved dayMonthRange(Matcher m, Context c) {
        if (!capitalised(m.group(3))) {
            return null;
        }
        Month month = DateLiterals.month(m.group(3));
        return dayRange(month, dayOf(m.group(1)), m.start(1), m.end(1), month, dayOf(m.group(2)), m.start(2),
                m.end(2), m.group(4), c);
    }

    /** "Sept 05 to 06", "March 3 to 14, 2018": the value of the first day, the span to the last. */
    private static Resolved dayRange(Month m1, int d1, int s1, int e1, Month m2, int d2, int s2, int e2,
                                     String year, Context c) {
        if (d1 > m1.maxLength() || d2 > m2.maxLength() || (m1 == m2 && d2 <= d1)) {
            return null;
        }
        LocalDate from;
        String how;
        if (year != null) {
            try {
                from = LocalDate.of(Integer.parseInt(year), m1, d1);
            } catch (DateTimeException e) {
                return null;
            }
            how = "explicit date range";
        } else {
            Resolved start = yearlessDay(m1, d1, c.direction(s1, e2), c);
            if (start.span().start() == null) {
                TimeSpan end = Granularity.DAY.unresolved(String.format(Locale.ROOT, "XXXX-%02d-%02d", m2.getValue(), d2));
                return new Resolved(start.span(), start.how(), List.of(
                        new Mention(s1, e1, start.span(), "", start.how(), List.of()),
                        new Mention(s2, e2, end, "", start.how(), List.of())));
            }
            from = start.span().start();
            how = start.how() + " to " + m2.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d2;
        }
        LocalDate to;
        try {
            to = LocalDate.of(from.getYear(), m2, d2);
        } catch (DateTimeException e) {
            return null;
        }
        if (to.isBefore(from)) {
            to = to.plusYears(1);
        }
        TimeSpan span = new TimeSpan(from.toString(), from, to, "DAY");
        return new Resolved(span, how, List.of(
                new Mention(s1, e1, Granularity.DAY.spanOf(from), "", how, List.of()),
                new Mention(s2, e2, Granularity.DAY.spanOf(to), "", how, List.of())));
    }

    private static Resolved natty(Matcher m, Context c) {
        Optional<NattyDates.Parsed> parsed = NattyDates.parse(m.group(), c.anchor);
        if (parsed.isEmpty()) {
            return null;
        }
        LocalDate date = parsed.get().date();
        if (parsed.get().yearGiven()) {
            return new Resolved(Granularity.DAY.spanOf(date), "explicit date (read by Natty)");
        }
        return yearlessDay(date.getMonth(), date.getDayOfMonth(), c.direction(m.start(), m.end()), c);
    }

    // ---- months, weekdays, seasons, quarters

    private static Resolved monthYear(Matcher m, Context c) {
        if (!capitalised(m.group(2))) {
            return null;
        }
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(3)), DateLiterals.month(m.group(2)));
        return new Resolved(Granularity.MONTH.spanOf(ym.atDay(1)), "explicit month");
    }

    private static Resolved bareMonth(Matcher m, Context c) {
        String name = m.group(3);
        String mod = lower(m.group(1));
        String which = lower(m.group(2));
        String yearWord = lower(m.group(4));
        if (!capitalised(name)) {
            return null;
        }
        if ((name.equals("May") || name.equals("March")) && mod == null && which == null && yearWord == null
                && !TIME_PREPOSITIONS.contains(wordBefore(c.text, m.start()))) {
            return null;
        }
        Month month = DateLiterals.month(name);
        if (c.anchor == null) {
            return new Resolved(Granularity.MONTH.unresolved(String.format(Locale.ROOT, "XXXX-%02d", month.getValue())),
                    "no anchor");
        }
        int anchorMonth = c.anchor.getMonthValue();
        int year;
        String how;
        if (yearWord != null) {
            year = c.anchor.getYear() + yearOffset(yearWord);
            how = yearWord + " year";
        } else if (which != null && !which.equals("past") && !which.equals("coming")) {
            year = switch (which) {
                case "last" -> month.getValue() < anchorMonth ? c.anchor.getYear() : c.anchor.getYear() - 1;
                case "next" -> month.getValue() > anchorMonth ? c.anchor.getYear() : c.anchor.getYear() + 1;
                default -> c.anchor.getYear();
            };
            how = "'" + which + "' " + name;
        } else {
            Direction d = modDirection(mod, which);
            if (d == null) {
                d = c.direction(m.start(3), m.end(3));
            }
            if (d.future()) {
                year = month.getValue() >= anchorMonth ? c.anchor.getYear() : c.anchor.getYear() + 1;
            } else {
                year = month.getValue() <= anchorMonth ? c.anchor.getYear() : c.anchor.getYear() - 1;
            }
            how = d.reason() + " -> " + (d.future() ? "next " : "most recent ") + name;
        }
        return new Resolved(Granularity.MONTH.spanOf(LocalDate.of(year, month, 1)), c.publication() + ", " + how);
    }

    /** The direction a modifier or determiner fixes by itself ("earlier in", "coming"), or null. */
    private static Direction modDirection(String mod, String which) {
        if ("past".equals(which) || (mod != null && mod.startsWith("earlier"))) {
            return Direction.past("'" + (which != null ? which : "earlier") + "'");
        }
        if ("coming".equals(which) || (mod != null && mod.startsWith("later"))) {
            return Direction.future("'" + (which != null ? which : "later") + "'");
        }
        return null;
    }

    private static Resolved weekday(Matcher m, Context c) {
        String name = m.group(2);
        if (!capitalised(name)) {
            return null;
        }
        DayOfWeek dow = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        String which = lower(m.group(1));
        if (c.anchor == null) {
            return new Resolved(Granularity.DAY.unresolved("XXXX-XX-XX"), "no anchor");
        }
        LocalDate date;
        String how;
        if ("last".equals(which) || "past".equals(which)) {
            date = c.anchor.with(TemporalAdjusters.previous(dow));
            how = "'" + which + "' -> previous " + name;
        } else if ("next".equals(which) || "coming".equals(which)) {
            date = c.anchor.with(TemporalAdjusters.next(dow));
            how = "'" + which + "' -> next " + name;
        } else if ("this".equals(which)) {
            date = Granularity.WEEK.first(c.anchor).with(TemporalAdjusters.nextOrSame(dow));
            how = "'this' -> " + name + " of the publication week";
        } else {
            Direction d = c.direction(m.start(2), m.end(2));
            date = c.anchor.with(d.future() ? TemporalAdjusters.nextOrSame(dow)
                    : TemporalAdjusters.previousOrSame(dow));
            how = d.reason() + " -> " + (date.equals(c.anchor) ? "same day, a " : d.future() ? "next " : "previous ")
                    + name;
        }
        return new Resolved(Granularity.DAY.spanOf(date), c.publication() + ", " + how);
    }

    private static Resolved season(Matcher m, Context c) {
        String mod = lower(m.group(1));
        String which = lower(m.group(2));
        String name = m.group(3).toLowerCase(Locale.ROOT);
        String year = m.group(4);
        String yearWord = lower(m.group(5));
        boolean explicitTime = year != null || yearWord != null || (which != null && !which.equals("the"));
        String before = wordBefore(c.text, m.start());
        boolean prepositional = Set.of("in", "during", "over", "since", "until", "through", "by", "throughout")
                .contains(before);
        // "spring" and "fall" are also common nouns and verbs: a season needs a year, a determiner, a modifier
        // or a time preposition
        if (!explicitTime && !prepositional && mod == null) {
            return null;
        }
        if (name.equals("fall") && !explicitTime && !"the".equals(which)) {
            return null;
        }
        int firstMonth = switch (name) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            default -> 12;
        };
        String code = Granularity.seasonCode(firstMonth);
        if (year != null) {
            return new Resolved(Granularity.SEASON.spanOf(LocalDate.of(Integer.parseInt(year), firstMonth, 1)),
                    "explicit season");
        }
        if (c.anchor == null) {
            return new Resolved(Granularity.SEASON.unresolved("XXXX-" + code), "no anchor");
        }
        if (yearWord != null) {
            int y = c.anchor.getYear() + yearOffset(yearWord);
            return new Resolved(Granularity.SEASON.spanOf(LocalDate.of(y, firstMonth, 1)),
                    c.publication() + ", " + name + " of " + yearWord + " year");
        }
        LocalDate current = Granularity.SEASON.first(c.anchor);
        int k = seasonsAhead(current.getMonthValue(), firstMonth);
        String how;
        if ("last".equals(which) || "past".equals(which)) {
            k = k == 0 ? -4 : k - 4;
            how = "'" + which + "' -> previous " + name;
        } else if ("next".equals(which) || "coming".equals(which)) {
            k = k == 0 ? 4 : k;
            how = "'" + which + "' -> next " + name;
        } else if ("this".equals(which)) {
            k = k > 2 ? k - 4 : k;
            how = "'this' -> nearest " + name;
        } else {
            Direction d = modDirection(mod, which);
            if (d == null) {
                d = c.direction(m.start(3), m.end(3));
            }
            k = d.future() ? k : (k == 0 ? 0 : k - 4);
            how = d.reason() + " -> " + (d.future() ? "next " : "most recent ") + name;
        }
        return new Resolved(Granularity.SEASON.shifted(current, k), c.publication() + ", " + how);
    }

    /** How many seasons from the season starting in {@code fromMonth} to the next one starting in {@code toMonth}. */
    private static int seasonsAhead(int fromMonth, int toMonth) {
        return Math.floorMod(toMonth / 3 - fromMonth / 3, 4);
    }

    private static Resolved ordinalQuarter(Matcher m, Context c) {
        String ord = m.group(1).toLowerCase(Locale.ROOT);
        boolean last = ord.equals("last") || ord.equals("final");
        boolean ofYear = m.group(2) != null || m.group(3) != null || m.group(0).toLowerCase(Locale.ROOT)
                .matches(".*\\bof\\s+the\\s+(fiscal\\s+)?year$");
        if (last && !ofYear) {
            return null;
        }
        int q = switch (ord) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
        if (m.group(2) != null) {
            return new Resolved(Granularity.QUARTER.spanOf(LocalDate.of(Integer.parseInt(m.group(2)), q * 3 - 2, 1)),
                    "explicit quarter");
        }
        if (c.anchor == null) {
            return new Resolved(Granularity.QUARTER.unresolved("XXXX-Q" + q), "no anchor");
        }
        int year;
        String how;
        int anchorQuarter = (c.anchor.getMonthValue() - 1) / 3 + 1;
        if (m.group(3) != null) {
            String w = m.group(3).toLowerCase(Locale.ROOT);
            year = c.anchor.getYear() + yearOffset(w);
            how = "quarter of " + w + " year";
        } else if (ofYear) {
            year = c.anchor.getYear();
            how = "quarter of the publication year";
        } else {
            Direction d = c.direction(m.start(), m.end());
            year = d.future() ? (q >= anchorQuarter ? c.anchor.getYear() : c.anchor.getYear() + 1)
                    : (q <= anchorQuarter ? c.anchor.getYear() : c.anchor.getYear() - 1);
            how = d.reason() + " -> " + (d.future() ? "next" : "most recent") + " Q" + q;
        }
        return new Resolved(Granularity.QUARTER.spanOf(LocalDate.of(year, q * 3 - 2, 1)),
                c.publication() + ", " + how);
    }

    private static Resolved qQuarter(Matcher m, Context c) {
        int q = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(5));
        String yearText = m.group(1) != null ? m.group(2) : m.group(4);
        Integer year = yearText != null ? Integer.valueOf(yearText)
                : m.group(3) != null ? Integer.valueOf(2000 + Integer.parseInt(m.group(3))) : null;
        if (year != null) {
            return new Resolved(Granularity.QUARTER.spanOf(LocalDate.of(year, q * 3 - 2, 1)), "explicit quarter");
        }
        if (c.anchor == null) {
            return new Resolved(Granularity.QUARTER.unresolved("XXXX-Q" + q), "no anchor");
        }
        Direction d = c.direction(m.start(), m.end());
        int anchorQuarter = (c.anchor.getMonthValue() - 1) / 3 + 1;
        int y = d.future() ? (q >= anchorQuarter ? c.anchor.getYear() : c.anchor.getYear() + 1)
                : (q <= anchorQuarter ? c.anchor.getYear() : c.anchor.getYear() - 1);
        return new Resolved(Granularity.QUARTER.spanOf(LocalDate.of(y, q * 3 - 2, 1)),
                c.publication() + ", " + d.reason() + " -> Q" + q);
    }

    // ---- decades, centuries, years

    private static Resolved decade(Matcher m, Context c) {
        String text = m.group().toLowerCase(Locale.ROOT);
        boolean withThe = text.startsWith("the");
        if (m.group(1) != null) {
            int start = Integer.parseInt(m.group(1));
            if (start % 100 == 0 && start < 2000) {
                return new Resolved(Granularity.CENTURY.spanOf(LocalDate.of(start, 1, 1)), "explicit century");
            }
            return new Resolved(Granularity.DECADE.spanOf(LocalDate.of(start, 1, 1)), "explicit decade");
        }
        int tens;
        if (m.group(2) != null) {
            tens = Integer.parseInt(m.group(2));
        } else if (withThe && m.group(3) != null) {
            tens = Integer.parseInt(m.group(3));
        } else if (withThe && m.group(4) != null) {
            tens = (DECADE_WORDS.indexOf(m.group(4).toLowerCase(Locale.ROOT)) + 2) * 10;
        } else {
            return null;
        }
        // a two-digit decade ("the '90s", "the 10s") is the latest one not after the publication year
        int year = 1900 + tens;
        if (c.anchor != null && 2000 + tens <= c.anchor.getYear()) {
            year = 2000 + tens;
        }
        return new Resolved(Granularity.DECADE.spanOf(LocalDate.of(year, 1, 1)), "decade written with two digits");
    }

    private static Resolved century(Matcher m, Context c) {
        int n = m.group(1) != null ? Integer.parseInt(m.group(1))
                : ORDINALS.indexOf(m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", "-")) + 1;
        if (n < 1 || n > 22) {
            return null;
        }
        return new Resolved(Granularity.CENTURY.spanOf(LocalDate.of((n - 1) * 100, 1, 1)), "explicit century");
    }

    private static Resolved yearRange(Matcher m, Context c) {
        String connector = m.group(2).toLowerCase(Locale.ROOT);
        if (connector.equals("and") && !wordBefore(c.text, m.start()).equals("between")) {
            return null;
        }
        int from = Integer.parseInt(m.group(1));
        String second = m.group(3);
        int to = second.length() == 2 ? from / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
        if (to <= from || to - from > 50 || quantity(c.text, m.start(1), m.end(3))) {
            return null;
        }
        TimeSpan first = Granularity.YEAR.spanOf(LocalDate.of(from, 1, 1));
        TimeSpan last = Granularity.YEAR.spanOf(LocalDate.of(to, 1, 1));
        TimeSpan span = new TimeSpan(first.value(), first.start(), last.end(), "YEAR");
        String how = "explicit year range";
        return new Resolved(span, how, List.of(new Mention(m.start(1), m.end(1), first, "", how, List.of()),
                new Mention(m.start(3), m.end(3), last, "", how, List.of())));
    }

    private static Resolved year(Matcher m, Context c) {
        if (m.group(2) == null && quantity(c.text, m.start(3), m.end(3))) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        String mod = lower(m.group(1));
        return new Resolved(Granularity.YEAR.spanOf(LocalDate.of(year, 1, 1)),
                mod == null ? "explicit year" : "explicit year (" + mod + ")");
    }

    /** Whether a four-digit number reads as a count or a label ("some 1500 people", "Resolution 1540"). */
    private static boolean quantity(String text, int start, int end) {
        String before = wordBefore(text, start);
        if (QUANTIFIERS.contains(before)) {
            return true;
        }
        Matcher after = NEXT_WORD.matcher(text.substring(end));
        if (!after.find()) {
            return false;
        }
        String next = after.group(1);
        if (next.equals("%") || next.equalsIgnoreCase("percent") || next.matches("(?i)hours|hrs|GMT|UTC|[A-Z]{2}T")) {
            return true;
        }
        boolean pluralNoun = next.length() > 3 && next.endsWith("s") && Character.isLowerCase(next.charAt(0))
                && !next.endsWith("ss");
        return pluralNoun && !before.isEmpty() && !YEAR_PRECEDERS.contains(before)
                && !capitalised(previousWordRaw(text, start));
    }

    // ---- relative units and references

    private static Resolved relativeUnit(Matcher m, Context c) {
        String mod = lower(m.group(1));
        String which = m.group(2).toLowerCase(Locale.ROOT);
        String unit = m.group(4).toLowerCase(Locale.ROOT);
        Granularity g = Granularity.valueOf(unit.toUpperCase(Locale.ROOT));
        int steps = switch (which) {
            case "last" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        if (c.anchor == null) {
            return new Resolved(g.unresolved(unresolvedValue(g)), "no anchor");
        }
        String how = c.publication() + ", " + which + " " + unit + (mod == null ? "" : " (" + mod + ")");
        return new Resolved(g.shifted(c.anchor, steps), how);
    }

    /** "the end of the year": the latest such part not after publication (past) or the next one (future). */
    private static Resolved partOfUnit(Matcher m, Context c) {
        String part = m.group(1) == null ? "end" : m.group(1).toLowerCase(Locale.ROOT);
        Granularity g = m.group(3) == null ? Granularity.YEAR
                : Granularity.valueOf(m.group(3).toUpperCase(Locale.ROOT));
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

    /** A weekend as the Saturday and Sunday of its ISO week ({@code 2016-W49-WE}). */
    private static Resolved weekend(Matcher m, Context c) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        if (c.anchor == null) {
            return new Resolved(Granularity.WEEK.unresolved("XXXX-WXX-WE"), "no anchor");
        }
        boolean weekendNow = c.anchor.getDayOfWeek().getValue() >= 6;
        String how = "'" + which + " weekend'";
        int steps;
        switch (which) {
            case "last", "past" -> steps = -1;
            case "next", "coming" -> steps = weekendNow ? 1 : 0;
            case "this" -> steps = 0;
            default -> {
                Direction d = c.direction(m.start(), m.end());
                steps = d.future() || weekendNow ? 0 : -1;
                how = d.reason();
            }
        }
        TimeSpan week = Granularity.WEEK.shifted(c.anchor, steps);
        TimeSpan span = new TimeSpan(week.value() + "-WE", week.end().minusDays(1), week.end(), "WEEK");
        return new Resolved(span, c.publication() + ", " + how + " -> weekend of " + week.value());
    }

    private static Resolved ago(Matcher m, Context c) {
        String number = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Integer n = number.matches("\\d+") ? Integer.valueOf(number) : NUMBER_WORDS.get(number);
        if (n == null) {
            return reference("PAST_REF", c);
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        Granularity g = switch (unit) {
            case "day" -> Granularity.DAY;
            case "week" -> Granularity.WEEK;
            case "month" -> Granularity.MONTH;
            case "decade" -> Granularity.DECADE;
            case "centur" -> Granularity.CENTURY;
            default -> Granularity.YEAR;
        };
        if (c.anchor == null) {
            return new Resolved(g.unresolved(unresolvedValue(g)), "no anchor");
        }
        LocalDate then = switch (g) {
            case DAY -> c.anchor.minusDays(n);
            case WEEK -> c.anchor.minusWeeks(n);
            case MONTH -> c.anchor.minusMonths(n);
            case DECADE -> c.anchor.minusYears(10L * n);
            case CENTURY -> c.anchor.minusYears(100L * n);
            default -> c.anchor.minusYears(n);
        };
        return new Resolved(g.spanOf(then), c.publication() + " minus " + n + " " + unit + (unit.equals("centur")
                ? "ies" : "s"));
    }

    private static Resolved dayWord(Matcher m, Context c) {
        String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (word.equals("today") && !c.cues().pastVerbAdjacent(m.start(), m.end())) {
            return reference("PRESENT_REF", c);
        }
        if (c.anchor == null) {
            return new Resolved(Granularity.DAY.unresolved("XXXX-XX-XX"), "no anchor");
        }
        int offset = switch (word) {
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        return new Resolved(Granularity.DAY.spanOf(c.anchor.plusDays(offset)), c.publication() + ", " + word);
    }

    /** PRESENT_REF is the publication day; PAST_REF ends and FUTURE_REF starts there. */
    private static Resolved reference(String value, Context c) {
        LocalDate a = c.anchor;
        TimeSpan span = switch (value) {
            case "PAST_REF" -> new TimeSpan(value, null, a, "REF");
            case "FUTURE_REF" -> new TimeSpan(value, a, null, "REF");
            default -> new TimeSpan(value, a, a, "REF");
        };
        return new Resolved(span, a == null ? "no anchor" : c.publication() + ", " + value.toLowerCase(Locale.ROOT)
                .replace("_ref", ""));
    }

    // ---- helpers

    private static String unresolvedValue(Granularity g) {
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

    private static int yearOffset(String word) {
        return switch (word) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static int dayOf(String text) {
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The word just before {@code offset}, lower-cased, or empty. */
    private static String wordBefore(String text, int offset) {
        return previousWordRaw(text, offset).toLowerCase(Locale.ROOT);
    }

    private static String previousWordRaw(String text, int offset) {
        Matcher m = PREVIOUS_WORD.matcher(text.substring(0, offset));
        return m.find() ? m.group(1).replaceAll("\\.$", "") : "";
    }
}
