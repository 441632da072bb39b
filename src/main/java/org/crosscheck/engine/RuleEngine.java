package org.crosscheck.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crosscheck.CrosscheckException;
import org.crosscheck.fact.Finding;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * Runs the rules over one group of facts in a fresh session and reads the findings out through the engine's
 * query. A consequence that throws, or a rule set that keeps firing past the limit, is reported with the rules
 * and facts involved.
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

    public RuleEngine(RuleBase rules, int maxFirings) {
        this(rules, maxFirings, Duration.ofSeconds(DEFAULT_MAX_SESSION_SECONDS));
    }

    /**
     * @param maxFirings   rule firings per session after which the rules are taken to loop
     * @param sessionLimit wall time per session after which it is stopped, naming the rule that was running
     */
    public RuleEngine(RuleBase rules, int maxFirings, Duration sessionLimit) {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be positive");
        }
        this.rules = rules;
        this.maxFirings = maxFirings;
        this.clock = new SessionClock(rules, sessionLimit);
    }

    /**
     * Throws the error of a session that outlived its time limit and did not stop when told to (a condition that
     * loops without ever waiting cannot be interrupted): callers waiting for sessions poll this so that such a
     * rule fails the run instead of hanging it.
     */
    public void checkTime() {
        clock.check();
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
        SessionClock.Timer timer = clock.start(session);
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            int fired;
            try {
                fired = session.fireAllRules(maxFirings);
                timer.throwIfExpired();
            } catch (ConsequenceException e) {
                timer.throwIfExpired();
                String objects = e.getMatch() == null ? "" : e.getMatch().getObjects().stream()
                        .map(RuleEngine::describe).collect(Collectors.joining("; "));
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new CrosscheckException("rule \"" + e.getRule().getName() + "\"",
                        "consequence failed with " + CrosscheckException.describe(cause)
                                + (objects.isEmpty() ? "" : " on " + objects), CrosscheckException.FAILURE, e);
            }
            if (fired >= maxFirings) {
                throw new CrosscheckException("rules", "stopped after " + maxFirings
                        + " rule firings (raise --max-firings if this is not a loop); firing: " + busiest(firings),
                        CrosscheckException.FAILURE);
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
            throw new CrosscheckException(rule.isEmpty() ? "rules" : "rule \"" + rule + "\"",
                    (firing[0].isEmpty() ? "condition" : "consequence") + " failed with "
                            + CrosscheckException.describe(e), CrosscheckException.FAILURE, e);
        } catch (OutOfMemoryError e) {
            throw new CrosscheckException(firing[0].isEmpty() ? "rules" : "rule \"" + firing[0] + "\"",
                    "ran out of memory (" + e.getMessage() + ", maximum heap "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB) in a rule session of " + facts.size()
                    + " facts" + (firings.isEmpty() ? "" : "; fired: " + busiest(firings)),
                    CrosscheckException.FAILURE, e);
        } finally {
            timer.stop();
            session.dispose();
        }
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
