package org.crosscheck.time;

import org.crosscheck.ingest.DateOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TenseCues.Direction;
import org.crosscheck.vocab.CalendarWords;
import org.crosscheck.vocab.LiteralGate;

/**
 * One sentence being tagged and what its expressions resolve against: the document's anchor, the time the text
 * spoke of last (for "that year", "a week later"), the order of numeric dates the document uses, and the
 * sentence's tense cues, read when an expression first needs a direction.
 */
final class Context {
    final String text;
    final String folded;
    final Anchor anchorTime;
    /** The anchor's day, or null when the document has none. */
    final LocalDate anchor;
    final TimeVocabulary vocabulary;
    final DateOrder order;
    /** The times the text spoke of before this sentence, latest last. */
    private final List<TimeSpan> discourse;
    /** The quarter a report is about, named before this sentence, or null. */
    private final TimeSpan reportedQuarter;
    /** Expressions of this sentence found so far, for anaphora inside the sentence. */
    private final List<Mention> found = new ArrayList<>();
    private TenseCues cues;
    private Boolean lowerCaseText;
    /** The direction the expression being resolved asked for, or null. */
    private Direction used;

    Context(String text, Anchor anchor, TimeVocabulary vocabulary, DateOrder order, Discourse discourse) {
        this.text = text;
        this.folded = LiteralGate.fold(text);
        this.anchorTime = anchor;
        this.anchor = anchor == null ? null : anchor.day();
        this.vocabulary = vocabulary;
        this.order = order;
        this.discourse = discourse == null ? List.of() : discourse.references();
        this.reportedQuarter = discourse == null ? null : discourse.reportedQuarter();
    }

    /**
     * Whether a word is written as a name ("May", "Christmas" rather than "may", "christmas"): a name is capitalised,
     * unless the whole text is written in lower case, as a query or a caption may be.
     */
    boolean capitalised(String word) {
        if (lowerCaseText == null) {
            lowerCaseText = text.chars().noneMatch(Character::isUpperCase);
        }
        return ExplicitDates.capitalised(word) || lowerCaseText && !word.isEmpty();
    }

    /** Words before a lower-case calendar name that show it is one ("next saturday", "last november"). */
    private static final Set<String> NAME_MARKS = Set.of("last", "next", "this", "coming",
            "past", "every", "each");
    /** A day number, a year or a clock time right after a name ("may 5", "monday 1:00 pm", "march 2009"). */
    private static final Pattern NUMBER_AFTER = Pattern.compile(
            "\\s*,?\\s*(?:the\\s+|at\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?|\\d{4})\\b(?!\\s*(?:%|percent|per\\s*cent))");
    /** A day number or a clock time right before a name ("14 march", "the 4th of july", "9 pm wednesday"). */
    private static final Pattern NUMBER_BEFORE = Pattern.compile(
            "(?<![\\d.,])(?:\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?)\\s*,?\\s*(?:of\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether a month or weekday name at {@code [start, end)} is read as one. A capitalised name is; one written in
     * lower case inside mixed-case text ("next saturday", "monday night" in a chat line) is when the words beside
     * it show a date: a day number, a year or a clock time next to it, or, for a full name that is no common word
     * ("saturday", "november", not "may", "march" or "sun"), "last", "next", "this" or a part of the day.
     */
    boolean readAsName(String name, int start, int end, boolean commonWord) {
        if (capitalised(name)) {
            return true;
        }
        if (NUMBER_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()
                || NUMBER_BEFORE.matcher(Words.window(text, start, 14)).find()) {
            return true;
        }
        if (commonWord) {
            return false;
        }
        String after = Words.next(text, end).toLowerCase(Locale.ROOT);
        return NAME_MARKS.contains(Words.previous(text, start))
                || !after.isEmpty() && calendar().partOfDay(after) != null;
    }

    CalendarWords calendar() {
        return vocabulary.calendar();
    }

    TenseCues cues() {
        if (cues == null) {
            cues = new TenseCues(text, TenseCues.Lexicon.from(vocabulary));
        }
        return cues;
    }

    /** The direction of an underspecified expression: its relation word first ("since" looks back), then the tense. */
    Direction direction(int start, int end) {
        String relation = Relations.of(text, start, end);
        Direction d;
        if (relation.equals("SINCE")) {
            d = Direction.fixed(false, "'since' looks back");
        } else {
            d = cues().direction(start, end);
            if (d.strength() == TenseCues.Strength.DEFAULT && relation.equals("UNTIL")) {
                d = Direction.future("'until' looks forward");
            }
        }
        used = d;
        return d;
    }

    /** Starts resolving another expression: no direction asked for yet. */
    void startResolving() {
        used = null;
    }

    /** The direction the expression being resolved asked for, or null when its words fixed its value. */
    Direction directionUsed() {
        return used;
    }

    String publication() {
        return "publication " + anchorTime.day();
    }

    void add(Mention m) {
        found.add(m);
    }

    /**
     * The time the text spoke of last before {@code offset} that is at least as fine as {@code needed} ("the next
     * day" counts from the last day spoken of, not from a year): a time of this sentence ending before it, else one
     * of the sentences before; null when there is none.
     */
    TimeSpan referenceBefore(int offset, Granularity needed) {
        TimeSpan inSentence = inSentenceBefore(offset, needed);
        if (inSentence != null) {
            return inSentence;
        }
        for (int i = discourse.size() - 1; i >= 0; i--) {
            if (fineEnough(discourse.get(i), needed)) {
                return discourse.get(i);
            }
        }
        return null;
    }

    /** How many earlier times a report's period is looked for among ("a year ago" of the quarter reported on). */
    private static final int PERIOD_REACH = 6;

    /**
     * The period a report speaks of before {@code offset}: a quarter or month of this sentence, or of the last
     * few times before it, or a day that ends a quarter ("the period ended Sept. 30"), as that quarter; or null,
     * also when the sentence measures a period of its own first ("for the nine months").
     */
    TimeSpan reportedPeriod(int offset) {
        TimeSpan best = null;
        for (Mention m : found) {
            if (m.end() > offset) {
                continue;
            }
            if (m.type() == TimeRule.Type.DURATION) {
                // "for the nine months ... a year earlier": the period is the one the sentence measures
                return null;
            }
            TimeSpan p = Discourse.canAnchor(m) ? period(m.span()) : null;
            if (p != null) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        for (int i = discourse.size() - 1; best == null && i >= Math.max(0, discourse.size() - PERIOD_REACH); i--) {
            best = period(discourse.get(i));
        }
        // of two quarters, the one the report is about
        return best != null && best.granularity().equals("QUARTER") && reportedQuarter != null ? reportedQuarter : best;
    }

    /** The quarter a report is about, named in the sentences before this one, or null (see {@link Discourse}). */
    TimeSpan reportedQuarter() {
        return reportedQuarter;
    }

    private static TimeSpan period(TimeSpan s) {
        if (s.start() == null) {
            return null;
        }
        if (s.granularity().equals("QUARTER") || s.granularity().equals("MONTH")) {
            return s;
        }
        if (s.granularity().equals("DAY") && s.start().equals(Granularity.QUARTER.spanOf(s.start()).end())) {
            return Granularity.QUARTER.spanOf(s.start());
        }
        return null;
    }

    private static boolean fineEnough(TimeSpan span, Granularity needed) {
        String g = span.granularity().equals("TIME") ? "DAY" : span.granularity();
        return Granularity.valueOf(g).ordinal() <= needed.ordinal();
    }

    /** A time of this sentence ending before {@code offset}, at least as fine as {@code needed}; or null. */
    TimeSpan inSentenceBefore(int offset, Granularity needed) {
        Mention best = null;
        for (Mention m : found) {
            if (m.end() <= offset && Discourse.canAnchor(m) && fineEnough(m.span(), needed)
                    && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        return best == null ? null : best.span();
    }

    /** The expression of this sentence found so far that starts at {@code offset}, or null. */
    Mention inSentenceAt(int offset) {
        for (Mention m : found) {
            if (m.start() == offset) {
                return m;
            }
        }
        return null;
    }

    /** A time of this sentence that anaphora may count from, before or after {@code offset}, the nearest; or null. */
    TimeSpan inSentenceNear(int offset) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : found) {
            int distance = m.end() <= offset ? offset - m.end() : m.start() - offset;
            if (Discourse.canAnchor(m) && distance >= 0 && distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.span();
    }
}
