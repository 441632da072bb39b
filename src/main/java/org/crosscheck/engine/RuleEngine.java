package org.crosscheck.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.crosscheck.CrosscheckException;
import org.crosscheck.fact.Finding;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * Runs the rules over one group of facts in a fresh session and reads the findings out through the engine's
 * query. A consequence that throws, or a rule set that keeps firing past the limit, is reported with the rules
 * (file and line) and facts involved. Authors may fire only some rules ({@code --rule}) and record what each
 * finding joined ({@code --explain}).
 */
public final class RuleEngine {
    /** Default limit on rule firings per session; a rule set that reaches it is taken to loop. */
    public static final int DEFAULT_MAX_FIRINGS = 1_000_000;

    /** Sessions slower than this are logged (with --verbose) with their busiest rules: a rule set's hot spots. */
    private static final long SLOW_NANOS = 1_000_000_000L;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(RuleEngine.class.getName());

    /** Default limit on the wall time of one session. */
    public static final int DEFAULT_MAX_SESSION_SECONDS = 300;

    private final RuleBase rules;
    private final int maxFirings;
    private final SessionClock clock;
    private final Predicate<String> only;
    private final Consumer<Firing> recorder;

    /**
     * One firing that inserted a finding: the rule, the facts its patterns matched and its bindings.
     *
     * @param place    where the rule is declared ({@code rules/dates.drl:15}), empty if it is not a user rule
     * @param bindings the rule's bindings ({@code $a}, {@code $s}) to their values, in declaration order
     * @param facts    every fact the match joined, bound or not ({@code Within} in a positive pattern)
     */
    public record Firing(String rule, String place, Finding finding, Map<String, Object> bindings, List<Object> facts) {
    }

    public RuleEngine(RuleBase rules, int maxFirings) {
        this(rules, maxFirings, Duration.ofSeconds(DEFAULT_MAX_SESSION_SECONDS), null, null);
    }

    /**
     * @param maxFirings   rule firings per session after which the rules are taken to loop
     * @param sessionLimit wall time per session after which it is stopped, naming the rule that was running
     * @param only         rules whose findings are wanted, by name; null for all. Rules that insert no finding
     *                     derive facts for the others and always fire.
     * @param firings      told of every firing that inserts a finding; null for none
     */
    public RuleEngine(RuleBase rules, int maxFirings, Duration sessionLimit, Predicate<String> only,
                      Consumer<Firing> firings) {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be positive");
        }
        this.rules = rules;
        this.maxFirings = maxFirings;
        this.clock = new SessionClock(rules, sessionLimit);
        this.only = only;
        this.recorder = firings;
    }

    /**
     * Throws the error of a session that outlived its time limit and did not stop when told to (a condition that
     * loops without ever waiting cannot be interrupted): callers waiting for sessions poll this so that such a
     * rule fails the run instead of hanging it.
     */
    public void checkTime() {
        clock.check();
    }

    /** Whether a rule fires under the {@code only} filter. */
    private boolean fires(String rule) {
        if (only == null || only.test(rule)) {
            return true;
        }
        RuleBase.RuleInfo info = rules.rule(rule);
        return info == null || !info.findings();
    }

    /** Inserts the facts, fires the rules and returns the findings they inserted. */
    public List<Finding> run(Collection<?> facts) {
        long started = System.nanoTime();
        KieSession session = rules.kieBase().newKieSession();
        Map<String, Integer> firings = new TreeMap<>();
        String[] firing = {""};
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                firing[0] = event.getMatch().getRule().getName();
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                firing[0] = "";
            }
        });
        if (recorder != null) {
            record(session);
        }
        SessionClock.Timer timer = clock.start(session);
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            int fired;
            try {
                fired = only == null ? session.fireAllRules(maxFirings)
                        : session.fireAllRules(match -> fires(match.getRule().getName()), maxFirings);
                timer.throwIfExpired();
            } catch (ConsequenceException e) {
                timer.throwIfExpired();
                String objects = e.getMatch() == null ? "" : e.getMatch().getObjects().stream()
                        .map(RuleEngine::describe).collect(Collectors.joining("; "));
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new CrosscheckException(where(e.getRule().getName()), "consequence failed with "
                        + CrosscheckException.describe(cause) + (objects.isEmpty() ? "" : " on " + objects),
                        CrosscheckException.FAILURE, e);
            }
            if (fired >= maxFirings) {
                String top = firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                        .orElse("");
                String at = place(top);
                throw new CrosscheckException(at.isEmpty() ? "rules" : at.substring(0, at.length() - 2), "stopped after "
                        + maxFirings + " rule firings (raise --max-firings if this is not a loop); firing: "
                        + busiest(firings), CrosscheckException.FAILURE);
            }
            long took = System.nanoTime() - started;
            if (took > SLOW_NANOS) {
                LOG.info(() -> "rule session of " + facts.size() + " facts took " + took / 1_000_000 + " ms and "
                        + fired + " firings: " + busiest(firings));
            }
            List<Finding> findings = new ArrayList<>();
            QueryResults results = session.getQueryResults("crosscheck findings");
            for (QueryResultsRow row : results) {
                findings.add((Finding) row.get("$finding"));
            }
            return findings;
        } catch (CrosscheckException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
            // Drools wraps only exceptions of consequences; a condition's exception, or any Error, comes out raw.
            timer.throwIfExpired();
            String rule = firing[0].isEmpty() ? clock.ruleIn(e.getStackTrace()) : firing[0];
            throw new CrosscheckException(where(rule),
                    (firing[0].isEmpty() ? "condition" : "consequence") + " failed with "
                            + CrosscheckException.describe(e), CrosscheckException.FAILURE, e);
        } catch (OutOfMemoryError e) {
            throw new CrosscheckException(where(firing[0]), "ran out of memory (" + e.getMessage() + ", maximum heap "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB) in a rule session of " + facts.size()
                    + " facts" + (firings.isEmpty() ? "" : "; fired: " + busiest(firings)),
                    CrosscheckException.FAILURE, e);
        } finally {
            timer.stop();
            session.dispose();
        }
    }

    /** {@code rules/x.drl:12: } for a user rule, else empty. */
    private String place(String rule) {
        RuleBase.RuleInfo info = rules.rule(rule);
        return info == null ? "" : info.place() + ": ";
    }

    /** Where an error of a rule is: {@code rules/x.drl:12: rule "name"}, or {@code rules} when no rule is known. */
    String where(String rule) {
        return rule == null || rule.isEmpty() ? "rules" : place(rule) + "rule \"" + rule + "\"";
    }

    /** Tells the recorder of each finding with the match that inserted it. */
    private void record(KieSession session) {
        Match[] current = new Match[1];
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                current[0] = event.getMatch();
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                current[0] = null;
            }
        });
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                Match m = current[0];
                if (m != null && event.getObject() instanceof Finding f) {
                    Map<String, Object> bindings = new java.util.LinkedHashMap<>();
                    for (String id : m.getDeclarationIds()) {
                        bindings.put(id, m.getDeclarationValue(id));
                    }
                    String rule = m.getRule().getName();
                    RuleBase.RuleInfo info = rules.rule(rule);
                    recorder.accept(new Firing(rule, info == null ? "" : info.place(), f, bindings,
                            List.copyOf(m.getObjects())));
                }
            }
        });
    }

    private static String busiest(Map<String, Integer> firings) {
        return firings.entrySet().stream()
                .sorted((a, b) -> b.getValue().compareTo(a.getValue()))
                .limit(5)
                .map(en -> "\"" + en.getKey() + "\" x" + en.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String describe(Object fact) {
        if (fact instanceof org.crosscheck.fact.Claim c) {
            return "Claim " + c.source() + ":" + c.start() + " " + c.attribute() + "=" + c.fullValue();
        }
        String text = String.valueOf(fact);
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
