package org.crosscheck.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.time.TenseCues.Direction;
import org.crosscheck.time.TimeRule.Resolved;
import org.crosscheck.time.TimeRule.Type;

/**
 * Finds the time expressions of a sentence: every rule is searched where its literals occur (most sentences hold
 * none), each match is resolved, and of overlapping expressions the longest is kept ("March 3, 2018" over
 * "March 3" and "2018"). Rules that read earlier times ("that year") run after the others, so that a date earlier
 * in the same sentence is there for them. The relation ("since", "until") is applied last.
 */
final class ExpressionFinder {
    private final List<TimeRule> rules;

    ExpressionFinder(List<TimeRule> rules) {
        List<TimeRule> ordered = new ArrayList<>();
        rules.stream().filter(r -> !r.anaphoric()).forEach(ordered::add);
        rules.stream().filter(TimeRule::anaphoric).forEach(ordered::add);
        this.rules = List.copyOf(ordered);
    }

    List<TimeRule> rules() {
        return rules;
    }

    /** The expressions of the sentence in text order, none overlapping another. */
    List<Mention> find(Context c) {
        List<Mention> found = new ArrayList<>();
        boolean anaphoricPhase = false;
        for (TimeRule rule : rules) {
            Matcher m = rule.gate().matcher(c.text, c.folded);
            if (m == null) {
                continue;
            }
            if (rule.anaphoric() && !anaphoricPhase) {
                anaphoricPhase = true;
                for (Mention f : keepLongest(found)) {
                    c.add(f);
                }
            }
            int from = -1;
            while (from < 0 ? m.find() : from <= c.text.length() && m.find(from)) {
                from = -1;
                c.startResolving();
                Resolved r = rule.resolver().resolve(m, c);
                if (r == null) {
                    // the words matched are not a time, but a shorter match inside them may be ("a two-week")
                    from = m.start() + 1;
                    continue;
                }
                int start = r.start() >= 0 ? r.start() : r.parts().isEmpty() ? m.start()
                        : Math.min(m.start(), r.parts().get(0).start());
                Mention mention = mention(c, start, r.end() >= 0 ? r.end() : m.end(), r, c.directionUsed(),
                        rule.anchors() && !r.fromSpokenOf());
                found.add(mention);
                if (anaphoricPhase) {
                    c.add(mention);
                }
            }
        }
        return keepLongest(found);
    }

    private static List<Mention> keepLongest(List<Mention> found) {
        List<Mention> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            if (kept.stream().noneMatch(k -> k.overlaps(m))) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    private static Mention mention(Context c, int start, int end, Resolved r, Direction direction,
                                   boolean anchors) {
        boolean point = r.type() == Type.DATE || r.type() == Type.TIME;
        String relation = r.parts().isEmpty() && point ? Relations.of(c.text, start, end) : "";
        TimeSpan span = r.span();
        String how = r.how();
        if (c.anchorTime != null && c.anchorTime.precision() != Granularity.DAY && how.startsWith("publication")) {
            span = new TimeSpan(c.anchorTime.mask(span.value()), span.start(), span.end(), span.granularity());
        }
        if (!relation.isEmpty() && !span.granularity().equals("REF")) {
            span = Relations.apply(span, relation, c.anchor);
            how = how + "; " + relation.toLowerCase(Locale.ROOT) + " -> "
                    + (span.start() == null ? "open" : span.start()) + " to " + (span.end() == null ? "open" : span.end());
        }
        if (direction != null) {
            span = span.withDirection(direction.label(), direction.reason());
        }
        return new Mention(start, end, span, relation, how, r.parts(), r.type(), direction, anchors);
    }
}
