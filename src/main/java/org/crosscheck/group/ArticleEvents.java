package org.crosscheck.group;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.ClaimConventions;
import org.crosscheck.extract.EventKey;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.EventFrame;
import org.crosscheck.fact.TimeSpan;

/**
 * Which event mentions of one article are one event. Mentions are read in text order; each joins the article event
 * it can refer to, or starts a new one:
 * <ul>
 * <li>"another", "the next", "the previous" start a new event, of the series of the latest named event of a
 * compatible type ("the next round" of the High Level Cooperation Council);</li>
 * <li>a mention may join an event whose types are compatible with its own ({@code event_types.csv}) and with which
 * it does not conflict: no other name or topic, no other edition (the headline against the body excepted, which is a
 * finding), no time more than {@value #SAME_EVENT_DAYS} days apart (another year, for a recurring type);</li>
 * <li>an event the article never dates is taken to be recent news: a mention dated more than {@value #RECENT_DAYS}
 * days from the publication date is another event ("the May 2010 disaster"), and an undated mention does not join an
 * event dated that far away unless it is definite and follows its last mention ("... in 1981. The accident ...");</li>
 * <li>among the events it may join, a mention joins the one with its name, else the one with its word, else the most
 * mentioned, else the latest: "the accident", "the drills", "the vote" join the event the article is about.</li>
 * </ul>
 * Participants: an event with fewer than two countries named near its mentions is also said to involve the
 * article's most mentioned countries ("the two countries signed").
 */
final class ArticleEvents {
    static final long SAME_EVENT_DAYS = 7;
    static final long RECENT_DAYS = 45;
    /** How many of the latest events, and of the most mentioned, a mention may refer to. */
    static final int RECENT_EVENTS = 8;
    static final int MAIN_EVENTS = 3;

    /** The events of one article and the event each event claim was judged to be. */
    record Result(List<ArticleEvent> events, Map<Claim, ArticleEvent> byClaim) {
    }

    private final EventMatch match;

    ArticleEvents(EventMatch match) {
        this.match = match;
    }

    /** Resolves the event claims of one article ({@code claims} in text order); names mapped through people. */
    Result resolve(List<Claim> claims, Map<String, String> people) {
        List<ArticleEvent> events = new ArrayList<>();
        Map<Claim, ArticleEvent> byClaim = new IdentityHashMap<>();
        Map<String, Integer> countries = new LinkedHashMap<>();
        // A mention is compared with the events of its name, the latest few and the most mentioned few: an article
        // naming thousands of events costs linear time, not quadratic.
        Map<String, ArticleEvent> named = new HashMap<>();
        ArrayDeque<ArticleEvent> recent = new ArrayDeque<>();
        List<ArticleEvent> main = new ArrayList<>();
        ArticleEvent other = null;
        for (Claim c : claims) {
            if (!c.attribute().equals(ClaimConventions.EVENT)) {
                continue;
            }
            EventFrame f = c.frame() != null ? c.frame() : fromKey(c);
            if (f == null) {
                continue;
            }
            for (String p : f.participants()) {
                countries.merge(p, 1, Integer::sum);
            }
            String name = name(f, people);
            if (f.other() && name.isEmpty()) {
                // "the next round": another occurrence of the series the article spoke of, under its name.
                name = seriesName(candidates(recent, main, null), f);
            }
            boolean generic = match.types().generic(f.type());
            // Another occurrence starts a new event; the mentions after it in its sentence ("a month after 150 were
            // killed when 14 coaches derailed") are of that one when they can be.
            ArticleEvent e = !f.other() ? choose(candidates(recent, main, named.get(name)), f, name, published(c))
                    : other != null && other.lastSentence == f.sentence()
                    && match.compatible(f.type(), other.types.keySet(), other.generics) ? other : null;
            if (e == null) {
                e = new ArticleEvent(c.source(), c.origin(), published(c), c.start());
                events.add(e);
                if (f.other()) {
                    other = e;
                }
            }
            e.add(f, name, generic, c.quote());
            byClaim.put(c, e);
            if (!name.isEmpty()) {
                named.putIfAbsent(name, e);
            }
            recent.remove(e);
            recent.addFirst(e);
            if (recent.size() > RECENT_EVENTS) {
                recent.removeLast();
            }
            if (!main.contains(e)) {
                main.add(e);
            }
            main.sort(Comparator.comparingInt((ArticleEvent x) -> -x.mentions));
            if (main.size() > MAIN_EVENTS) {
                main.remove(main.size() - 1);
            }
        }
        Set<String> names = new java.util.TreeSet<>();
        for (ArticleEvent e : events) {
            names.addAll(e.names.keySet());
        }
        List<String> top = top(countries);
        for (ArticleEvent e : events) {
            e.articleNames = names;
            for (String t : top) {
                if (e.participants.size() + e.implied.size() >= 2) {
                    break;
                }
                if (!e.participants.containsKey(t)) {
                    e.implied.add(t);
                }
            }
        }
        return new Result(events, byClaim);
    }

    /**
     * The frame of an event claim built without one (by a caller that only wrote its key): what its key says, its
     * year as its time. {@code null} when the subject is no event key.
     */
    private static EventFrame fromKey(Claim c) {
        return EventKey.parse(c.subject()).filter(k -> !k.eventClass().equals(ClaimConventions.ANY_EVENT)).map(k -> {
            TimeSpan time = null;
            if (k.year().matches("\\d{4}")) {
                int y = Integer.parseInt(k.year());
                time = new TimeSpan(k.year(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "YEAR");
            }
            return new EventFrame(k.eventClass(), c.value(), false, k.anaphoric(), k.other(), k.name(), "",
                    k.edition(), 0, k.participants(), List.of(), time, 0);
        }).orElse(null);
    }

    /** The frame's name with a person's name resolved ("visit" named after the visitor). */
    private static String name(EventFrame f, Map<String, String> people) {
        String person = people.get(ClaimConventions.PERSON_PREFIX + f.name());
        return person != null ? person.substring(ClaimConventions.PERSON_PREFIX.length()) : f.name();
    }

    private static LocalDate published(Claim c) {
        if (c.published().isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(c.published());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The name of the latest named event a mention of another occurrence may continue, or empty. */
    private String seriesName(List<ArticleEvent> events, EventFrame f) {
        for (ArticleEvent e : events) {
            if (!e.names.isEmpty() && match.compatible(f.type(), e.types.keySet(), e.generics)) {
                return e.names.keySet().iterator().next();
            }
        }
        return "";
    }

    /** The events a mention is compared with, latest first. */
    private static List<ArticleEvent> candidates(ArrayDeque<ArticleEvent> recent, List<ArticleEvent> main,
                                                 ArticleEvent named) {
        List<ArticleEvent> out = new ArrayList<>(recent);
        for (ArticleEvent e : main) {
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        if (named != null && !out.contains(named)) {
            out.add(named);
        }
        return out;
    }

    private ArticleEvent choose(List<ArticleEvent> events, EventFrame f, String name, LocalDate published) {
        ArticleEvent best = null;
        int bestScore = Integer.MIN_VALUE;
        for (ArticleEvent e : events) {
            match.compared();
            if (!match.compatible(f.type(), e.types.keySet(), e.generics) || conflict(f, name, e, published)) {
                continue;
            }
            int score = 0;
            if (!name.isEmpty() && e.names.containsKey(name)) {
                score += 100;
            }
            if (e.words.stream().anyMatch(w -> w.equalsIgnoreCase(f.lemma()))) {
                score += 4;
            }
            if (e.types.containsKey(f.type())) {
                score += 3;
            }
            score += Math.min(e.mentions, 5);
            // A generic word ("the event") stands for what the article is about, not for the last thing named.
            boolean generic = match.types().generic(f.type());
            if (generic) {
                score += Math.min(e.mentions, 5);
            } else if (e.lastSentence >= f.sentence() - 1) {
                score += 2;
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** Topics that say a mention is another event than those spoken of: a closed class of adjectives. */
    private static final Set<String> OTHER_THAN = Set.of("other", "different", "separate");

    private boolean conflict(EventFrame f, String name, ArticleEvent e, LocalDate published) {
        String type = f.type();
        if (!name.isEmpty() && !e.names.isEmpty() && !match.anySameName(List.of(name), e.names.keySet(), type)) {
            return true;
        }
        if (match.topical(List.of(type)) && !f.topic().isEmpty() && !e.topics.isEmpty()
                && !match.anySameTopic(List.of(f.topic()), e.topics, type)) {
            return true;
        }
        // "eight other agreements" are not the accord the article has spoken of, whatever else agrees.
        if (OTHER_THAN.contains(f.topic()) && !e.topics.contains(f.topic())) {
            return true;
        }
        // The headline and the body numbering one edition two ways is a finding, not two editions.
        boolean headline = f.sentence() == 0 || e.lastSentence == 0;
        if (f.edition() > 0 && !e.editions.isEmpty() && !e.editions.containsKey(f.edition()) && !headline) {
            return true;
        }
        // "the defeat ... a second European referendum": a numbered instance of another type than the unnumbered
        // event before it is another occurrence, not a mention of that event.
        // A shared name says otherwise: "launched Eastern Bastion, their second joint exercise" is one exercise.
        boolean sameName = !name.isEmpty() && e.names.containsKey(name);
        if (f.edition() > 0 && e.editions.isEmpty() && !e.types.isEmpty() && !e.types.containsKey(type) && !headline
                && !sameName) {
            return true;
        }
        // One name and one edition are one instance: its dates disagreeing is a finding, not two events.
        if (sameName && f.edition() > 0 && e.editions.containsKey(f.edition())) {
            return false;
        }
        TimeSpan ft = ArticleEvent.known(f.time()) ? f.time() : null;
        TimeSpan et = e.time();
        boolean recurring = match.recurring(List.of(type)) || match.recurring(e.types.keySet());
        if (ft != null && et != null) {
            return recurring && ft.start().getYear() != et.start().getYear()
                    || EventMatch.gap(ft, et) > SAME_EVENT_DAYS || monthApart(ft, et);
        }
        if (published == null) {
            return false;
        }
        if (ft != null) {
            return EventMatch.gap(ft, published) > RECENT_DAYS;
        }
        if (et != null && EventMatch.gap(et, published) > RECENT_DAYS) {
            return !(f.definite() && e.lastSentence >= f.sentence() - 1);
        }
        return false;
    }

    /**
     * Whether one article dates two mentions to a month and to a day outside it: "signed on Friday" (5 October) and
     * "purchased last month" (September) are two events, whichever few days lie between the two.
     */
    static boolean monthApart(TimeSpan a, TimeSpan b) {
        boolean monthAndDay = EventMatch.precise(a) != EventMatch.precise(b) && Math.max(a.days(), b.days()) <= 31;
        return monthAndDay && EventMatch.gap(a, b) > 0;
    }

    /** The article's two most mentioned countries (ties: the first mentioned). */
    private static List<String> top(Map<String, Integer> counts) {
        List<String> order = new ArrayList<>(counts.keySet());
        order.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        return order.subList(0, Math.min(2, order.size()));
    }
}
