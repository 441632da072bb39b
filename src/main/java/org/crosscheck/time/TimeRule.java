package org.crosscheck.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.vocab.LiteralGate;

/**
 * One construction the tagger reads: a pattern that finds it and a resolver that turns a match into a value, or
 * rejects it (null) when the words are not a time after all ("may rise", "some 2000 people").
 *
 * @param name     what the construction is, for tests and explanations
 * @param gate     the pattern, searched only in sentences that hold one of its literals
 * @param resolver how a match resolves
 * @param anaphoric whether the resolver reads the times found before it (it then runs after the others)
 * @param anchors   whether what it finds is a time later anaphora may count from: a time counted from another
 *                  ("a year earlier") is not, so that "the quarter" after it still means the quarter reported on
 */
record TimeRule(String name, LiteralGate gate, Resolver resolver, boolean anaphoric, boolean anchors) {

    static TimeRule of(String name, Pattern pattern, Resolver resolver) {
        return new TimeRule(name, LiteralGate.of(pattern), resolver, false, true);
    }

    /** A rule that counts from the time spoken of last. */
    static TimeRule anaphoric(String name, Pattern pattern, Resolver resolver) {
        return new TimeRule(name, LiteralGate.of(pattern), resolver, true, false);
    }

    /** A rule that reads the times found before it but names a time of its own ("10 p.m." on their day). */
    static TimeRule late(String name, Pattern pattern, Resolver resolver) {
        return new TimeRule(name, LiteralGate.of(pattern), resolver, true, true);
    }

    Pattern pattern() {
        return gate.pattern();
    }

    /** Turns a match into a value in the context of its sentence. */
    @FunctionalInterface
    interface Resolver {
        Resolved resolve(Matcher m, Context c);
    }

    /** The TimeML types of expressions. */
    enum Type { DATE, TIME, DURATION, SET }

    /**
     * What a resolver made of a match.
     *
     * @param span  value, interval and granularity
     * @param how   how it was resolved, in words
     * @param parts the ends of a range ("1957" and "58" of "1957-58"), each a value of its own; empty otherwise
     * @param type  its TimeML type
     * @param start where the expression starts when it is not where the match starts (a range), else -1
     * @param fromSpokenOf whether it was counted from another time of the text, so that later anaphora must not
     *              count from it
     * @param end   where the expression ends when it is not where the match ends (a time counted from the
     *              expression after the match: "the day before Tuesday's hearing"), else -1
     */
    record Resolved(TimeSpan span, String how, List<Part> parts, Type type, int start, boolean fromSpokenOf,
                    int end) {
        Resolved(TimeSpan span, String how, List<Part> parts, Type type, int start, boolean fromSpokenOf) {
            this(span, how, parts, type, start, fromSpokenOf, -1);
        }

        Resolved(TimeSpan span, String how) {
            this(span, how, List.of(), Type.DATE, -1, false);
        }

        Resolved(TimeSpan span, String how, Type type) {
            this(span, how, List.of(), type, -1, false);
        }

        Resolved withParts(List<Part> newParts) {
            return new Resolved(span, how, newParts, type, start, fromSpokenOf, end);
        }

        /** The same resolution, the expression starting at {@code offset} rather than where the match starts. */
        Resolved startingAt(int offset) {
            return new Resolved(span, how, parts, type, offset, fromSpokenOf, end);
        }

        /** The same resolution, the expression ending at {@code offset} rather than where the match ends. */
        Resolved endingAt(int offset) {
            return new Resolved(span, how, parts, type, start, fromSpokenOf, offset);
        }

        /** The same resolution, marked as counted from another time of the text. */
        Resolved countedFromSpokenOf() {
            return new Resolved(span, how, parts, type, start, true, end);
        }
    }

    /** One end of a range: its offsets in the sentence and its own value. */
    record Part(int start, int end, TimeSpan span) {
    }
}
