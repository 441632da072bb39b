package org.crosscheck.time;

import org.crosscheck.ingest.DateOrder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crosscheck.time.TimeRule.Part;

/**
 * Rule-based temporal tagger for English news, in three stages: finding expressions ({@link ExpressionFinder}
 * over the rules of {@link ExplicitDates}, {@link CalendarNames}, {@link Halves}, {@link Weekdays}, {@link HolidayNames},
 * {@link RelativeDates}, {@link Anaphora},
 * {@link Durations} and {@link ClockTimes}); resolving each kind against the anchor and the time the text spoke
 * of last ({@link Discourse}); and choosing the direction of underspecified ones from the tense and cues
 * ({@link TenseCues}, {@link Occurrences}, {@link Relations}). Words come from {@link TimeVocabulary}.
 *
 * <p>Stateless and thread-safe: every call works on its own objects.
 */
public final class NewsTemporalTagger implements TemporalTagger {
    private final ExpressionFinder finder;
    private final TimeVocabulary vocabulary;

    public NewsTemporalTagger(TimeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        Fragments f = new Fragments(vocabulary);
        List<TimeRule> rules = new ArrayList<>();
        rules.addAll(ExplicitDates.rules(f));
        rules.addAll(CalendarNames.rules(f));
        rules.addAll(Halves.rules());
        rules.addAll(Weekdays.rules(f));
        rules.addAll(HolidayNames.rules(f));
        rules.addAll(RelativeDates.rules(f, vocabulary));
        rules.addAll(Durations.rules(f));
        rules.addAll(Anaphora.rules(f));
        rules.addAll(ClockTimes.rules(f));
        this.finder = new ExpressionFinder(rules);
    }

    /** The tagger with the vocabulary of a rules folder's data files. */
    public static NewsTemporalTagger load(Path rulesDir) {
        return new NewsTemporalTagger(TimeVocabulary.load(rulesDir));
    }

    /** The rules' patterns, in the order they run (for tests of their gates). */
    List<Pattern> rulePatterns() {
        return finder.rules().stream().map(TimeRule::pattern).toList();
    }

    @Override
    public List<TimeExpression> tag(String sentence, LocalDate anchor) {
        return tagDocument(List.of(sentence), Anchor.of(anchor), DateOrder.UNKNOWN).get(0);
    }

    @Override
    public List<List<TimeExpression>> tagDocument(List<String> sentences, Anchor anchor, DateOrder given) {
        DateOrder order = given == DateOrder.UNKNOWN ? orderWritten(sentences) : given;
        Discourse discourse = new Discourse(anchor == null ? null : anchor.day());
        List<List<TimeExpression>> out = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            Context c = new Context(sentence, anchor, vocabulary, order, discourse);
            List<Mention> mentions = finder.find(c);
            discourse.after(mentions);
            List<TimeExpression> times = new ArrayList<>(mentions.size());
            for (Mention m : mentions) {
                // a length of time is read forward by the same cues as a date ("over the coming days", "expected
                // to last six days"); a recurrence is no single stretch to place
                boolean timed = m.type() != TimeRule.Type.SET;
                boolean forward = m.direction() != null ? m.direction().future()
                        : timed && c.cues().direction(m.start(), m.end()).future();
                String text = sentence.substring(m.start(), m.end());
                String zone = m.type() == TimeRule.Type.TIME ? vocabulary.referenceZone(text) : "";
                times.add(new TimeExpression(text, m.start(), m.end(), m.span(), m.relation(), m.how(),
                        m.type().name(), forward, zone));
            }
            out.add(times);
        }
        return out;
    }

    @Override
    public String normalize(String expression, String sentence, LocalDate anchor) {
        return normalizeDocument(List.of(new Occurrence(expression, sentence)), Anchor.of(anchor)).get(0);
    }

    @Override
    public List<String> normalizeDocument(List<Occurrence> occurrences, Anchor anchor) {
        // the document's sentences in order, each once
        List<String> sentences = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Occurrence o : occurrences) {
            index.computeIfAbsent(o.sentence(), s -> {
                sentences.add(s);
                return sentences.size() - 1;
            });
        }
        List<List<Mention>> mentions = new ArrayList<>(sentences.size());
        Discourse discourse = new Discourse(anchor == null ? null : anchor.day());
        DateOrder order = orderWritten(sentences);
        for (String s : sentences) {
            List<Mention> found = finder.find(new Context(s, anchor, vocabulary, order, discourse));
            discourse.after(found);
            mentions.add(found);
        }
        List<String> values = new ArrayList<>(occurrences.size());
        Map<String, Integer> searchedFrom = new HashMap<>();
        for (Occurrence o : occurrences) {
            String expr = o.expression().strip();
            if (expr.isEmpty()) {
                values.add("");
                continue;
            }
            String key = o.sentence() + "\u0000" + expr;
            int from = searchedFrom.getOrDefault(key, 0);
            int at = find(o.sentence(), expr, from);
            if (at < 0) {
                at = find(o.sentence(), expr, 0);
            }
            String value;
            if (at >= 0) {
                searchedFrom.put(key, at + 1);
                value = valueAt(mentions.get(index.get(o.sentence())), at, at + expr.length()).orElse("");
            } else {
                // an expression its sentence does not hold is read alone
                List<Mention> alone = finder.find(new Context(expr, anchor, vocabulary, order, null));
                value = valueAt(alone, 0, expr.length()).orElse("");
            }
            values.add(timeMl(value));
        }
        return values;
    }

    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(?:\\d{4}"
            + "|\\d{2})(?![\\d/-])");

    /**
     * The order a document's own numeric dates show: one whose first number is over 12 writes the day first, one
     * whose second is, the month; when they disagree or none shows it, UNKNOWN.
     */
    static DateOrder orderWritten(List<String> sentences) {
        DateOrder seen = DateOrder.UNKNOWN;
        for (String s : sentences) {
            if (s.indexOf('/') < 0 && s.indexOf('.') < 0 && s.indexOf('-') < 0) {
                continue;
            }
            java.util.regex.Matcher m = NUMERIC_DATE.matcher(s);
            while (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                DateOrder o = a > 12 && b <= 12 ? DateOrder.DAY_FIRST : b > 12 && a <= 12 ? DateOrder.MONTH_FIRST
                        : DateOrder.UNKNOWN;
                if (o != DateOrder.UNKNOWN) {
                    if (seen != DateOrder.UNKNOWN && seen != o) {
                        return DateOrder.UNKNOWN;
                    }
                    seen = o;
                }
            }
        }
        return seen;
    }

    private static int find(String sentence, String expr, int from) {
        int at = sentence.indexOf(expr, from);
        return at >= 0 ? at : sentence.toLowerCase(Locale.ROOT).indexOf(expr.toLowerCase(Locale.ROOT), from);
    }

    /** A value as TimeML annotates news: clock times in local time, without the zone's offset. */
    static String timeMl(String value) {
        return value.replaceFirst("(T\\d{2}(?::\\d{2}){1,2})(?:Z|[+-]\\d{2}:\\d{2})$", "$1");
    }

    /** The value of the mention matching {@code [from, to)}: the same span, one covering it, or one inside it. */
    private static Optional<String> valueAt(List<Mention> mentions, int from, int to) {
        Mention covering = null;
        Mention inside = null;
        for (Mention m : mentions) {
            if (m.covers(from, to)) {
                for (Part part : m.parts()) {
                    if (part.start() == from && part.end() == to) {
                        return Optional.of(part.span().value());
                    }
                }
                covering = m;
            } else if (from <= m.start() && m.end() <= to && (inside == null || m.length() > inside.length())) {
                inside = m;
            } else if (covering == null && inside == null && m.start() < to && from < m.end()) {
                inside = m;
            }
        }
        Mention best = covering != null ? covering : inside;
        return best == null ? Optional.empty() : Optional.of(best.span().value());
    }
}
