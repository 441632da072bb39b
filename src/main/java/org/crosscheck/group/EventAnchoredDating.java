package org.crosscheck.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.TimeSpan;
import org.crosscheck.ingest.PublishedBasis;
import org.crosscheck.ingest.SourceSummary;
import org.crosscheck.time.TemporalTagger;
import org.crosscheck.time.TimeExpression;

/**
 * Dates an article whose text gives no date from the events it shares with dated articles: when other sources,
 * dated by their own text or metadata, give an event one day D, and the undated article speaks of that event with a
 * word relative to its own day ("yesterday", "last night", "on Saturday"), the article was published on the day P
 * from which that word reads D. The words are not listed here: the sentence is tagged again at each candidate day
 * (D-1 to D+7) and the days on which the event's own time phrase resolves to D are kept. The windows of all the
 * article's anchored mentions must meet; one day decides. A weekday leaves a week open: its earliest day is taken
 * only when every other relative time of the article reads the same on each day of the window, so that the choice
 * changes no claim. Mentions that disagree ("last night" and "tonight" of one event) leave the article undated.
 */
public final class EventAnchoredDating {
    /** Candidate publication days around the event's day: a report of the eve, up to a week after. */
    private static final int DAYS_BEFORE = 1;
    private static final int DAYS_AFTER = 7;
    /**
     * Independent dated sources that must give the event its day, and no other day: one source's day of an event
     * that lasted several days, or of a cluster that joined two, is no evidence.
     */
    private static final int WITNESSES = 2;
    /** A time value whose day depends on the publication day ("yesterday", "on Saturday", "last night"). */
    private static final String UNKNOWN_DAY = "XXXX-XX-XX";

    private final TemporalTagger tagger;

    public EventAnchoredDating(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    /**
     * A publication day inferred from a shared event.
     *
     * @param source    the article dated
     * @param date      its publication day
     * @param datedBy   the article whose own date gave the event's day
     * @param reasoning in words, for sources.csv
     */
    public record Inference(String source, LocalDate date, String datedBy, String reasoning) {
    }

    /** One undated mention of an event with a time phrase relative to publication. */
    private record Mention(String subject, String sentence, String phrase) {
    }

    /** The day a dated source gives an event, and who gives it. */
    private record Given(String source, String origin) {
    }

    /**
     * The articles of {@code sources} with no publication date that the shared events date, by source.
     *
     * @param claims  the grouped claims (subjects resolved), read once
     * @param sources every article's summary
     * @param origins source to independent source
     */
    public Map<String, Inference> infer(Iterable<Claim> claims, List<SourceSummary> sources,
                                        Map<String, String> origins) {
        Set<String> ownDated = new HashSet<>();
        Set<String> undated = new HashSet<>();
        for (SourceSummary s : sources) {
            if (s.publication().date() == null) {
                undated.add(s.source());
            } else if (s.publication().basis() != PublishedBasis.INFERRED) {
                ownDated.add(s.source());
            }
        }
        if (undated.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<LocalDate, List<Given>>> days = new HashMap<>();
        Map<String, Set<Mention>> mentions = new TreeMap<>();
        Map<String, Set<String>> relativeSentences = new HashMap<>();
        for (Claim c : claims) {
            TimeSpan t = c.time();
            if (t == null || t.value() == null) {
                continue;
            }
            if (undated.contains(c.source())) {
                if (t.value().startsWith(UNKNOWN_DAY) && !t.phrase().isEmpty()) {
                    relativeSentences.computeIfAbsent(c.source(), k -> new LinkedHashSet<>()).add(c.sentence());
                    if (isEventTime(c)) {
                        mentions.computeIfAbsent(c.source(), k -> new LinkedHashSet<>())
                                .add(new Mention(c.subject(), c.sentence(), t.phrase()));
                    }
                }
            } else if (ownDated.contains(c.source()) && isEventTime(c) && oneDay(t)) {
                List<Given> given = days.computeIfAbsent(c.subject(), k -> new TreeMap<>())
                        .computeIfAbsent(t.start(), k -> new ArrayList<>());
                // The first WITNESSES + 1 independent sources of a day are enough to leave WITNESSES besides any
                // article's own copies: a day a thousand reports give costs each undated mention no more.
                String origin = origins.getOrDefault(c.source(), c.source());
                if (given.size() <= WITNESSES && given.stream().noneMatch(g -> g.origin().equals(origin))) {
                    given.add(new Given(c.source(), origin));
                }
            }
        }
        Map<String, Inference> inferred = new LinkedHashMap<>();
        for (Map.Entry<String, Set<Mention>> e : mentions.entrySet()) {
            String source = e.getKey();
            infer(source, origins.getOrDefault(source, source), e.getValue(), days,
                    relativeSentences.getOrDefault(source, Set.of())).ifPresent(i -> inferred.put(source, i));
        }
        return inferred;
    }

    private Optional<Inference> infer(String source, String origin, Set<Mention> mentions,
                                      Map<String, Map<LocalDate, List<Given>>> days, Set<String> relative) {
        Map<String, List<TimeExpression>> tagged = new HashMap<>();
        TreeSet<LocalDate> window = null;
        List<String> reasons = new ArrayList<>();
        String datedBy = null;
        for (Mention m : mentions) {
            Map<LocalDate, List<Given>> given = independent(days.get(m.subject()), origin);
            if (given.size() != 1 || given.values().iterator().next().size() < WITNESSES) {
                continue; // dated sources that disagree, or one alone: the event's day is not decided
            }
            LocalDate day = given.keySet().iterator().next();
            TreeSet<LocalDate> reads = new TreeSet<>();
            for (LocalDate p = day.minusDays(DAYS_BEFORE); !p.isAfter(day.plusDays(DAYS_AFTER)); p = p.plusDays(1)) {
                if (resolvesTo(tag(tagged, m.sentence(), p), m.phrase(), day)) {
                    reads.add(p);
                }
            }
            if (window == null) {
                window = reads;
            } else {
                window.retainAll(reads);
            }
            if (window.isEmpty()) {
                return Optional.empty(); // the article's words put the event on other days than its sources do
            }
            Given first = given.get(day).get(0);
            if (datedBy == null) {
                datedBy = first.source();
            }
            reasons.add(first.source() + " dates " + m.subject() + " " + day + "; '" + m.phrase() + "' reads it "
                    + (reads.size() == 1 ? "on " + reads.first() : "on any day of " + reads.first() + ".." + reads.last()));
        }
        if (window == null) {
            return Optional.empty();
        }
        String how = "publication date inferred: " + String.join("; ", reasons);
        if (window.size() > 1) {
            if (!readAlike(tagged, relative, window)) {
                return Optional.empty();
            }
            how += "; the article's other relative times read alike on every day of " + window.first() + ".."
                    + window.last() + ", so the earliest";
        }
        return Optional.of(new Inference(source, window.first(), datedBy, how));
    }

    /** The days dated sources other than the article's own copies give the event. */
    private static Map<LocalDate, List<Given>> independent(Map<LocalDate, List<Given>> given, String origin) {
        if (given == null) {
            return Map.of();
        }
        Map<LocalDate, List<Given>> kept = new TreeMap<>();
        for (Map.Entry<LocalDate, List<Given>> e : given.entrySet()) {
            List<Given> others = e.getValue().stream().filter(g -> !g.origin().equals(origin)).toList();
            if (!others.isEmpty()) {
                kept.put(e.getKey(), others);
            }
        }
        return kept;
    }

    private boolean readAlike(Map<String, List<TimeExpression>> tagged, Set<String> sentences,
                              TreeSet<LocalDate> window) {
        for (String sentence : sentences) {
            List<String> first = null;
            for (LocalDate p : window) {
                List<String> values = tag(tagged, sentence, p).stream()
                        .map(x -> x.span() == null ? "" : String.valueOf(x.span().value())).toList();
                if (first == null) {
                    first = values;
                } else if (!first.equals(values)) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<TimeExpression> tag(Map<String, List<TimeExpression>> tagged, String sentence, LocalDate day) {
        return tagged.computeIfAbsent(day + "\n" + sentence, k -> tagger.tag(sentence, day));
    }

    /** Whether the expression read as {@code phrase} in the tagged sentence falls on {@code day}. */
    private static boolean resolvesTo(List<TimeExpression> expressions, String phrase, LocalDate day) {
        String wanted = phrase.toLowerCase(Locale.ROOT);
        for (TimeExpression x : expressions) {
            String text = x.text().toLowerCase(Locale.ROOT);
            if ((wanted.equals(text) || wanted.endsWith(" " + text)) && !x.dayAssumed() && x.span() != null
                    && oneDay(x.span())
                    && day.equals(x.span().start())) {
                return true;
            }
        }
        return false;
    }

    /** The time an event claim gives its own event (an event mention, or a date of the event). */
    private static boolean isEventTime(Claim c) {
        return !c.event().isEmpty() && c.subject().equals(c.event())
                && (c.attribute().equals("event") || c.attribute().equals("date"));
    }

    /** A time on one known day: a date, or a clock time or part of a day on its day. */
    private static boolean oneDay(TimeSpan t) {
        return t.start() != null && t.start().equals(t.end()) && t.value() != null && !t.value().startsWith("X")
                && (t.granularity().equals("DAY") || t.granularity().equals("TIME"));
    }
}
