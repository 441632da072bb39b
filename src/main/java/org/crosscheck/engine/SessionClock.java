package org.crosscheck.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.crosscheck.CrosscheckException;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * The wall-time limit of rule sessions ({@code --max-session-seconds}). When a session reaches it, the session is
 * halted and its thread interrupted, which stops a rule that waits (a sleep, I/O) inside a condition or a
 * consequence; the session then fails naming the rule, found in the thread's stack (Drools compiles each rule's
 * conditions and consequence into classes named after the rule). A rule that loops without waiting cannot be
 * interrupted: {@link #check} reports it a few seconds later to whoever waits for the sessions, so the run still
 * ends, with the same error.
 */
final class SessionClock {
    /** How long a session may go on after being told to stop before it is reported as stuck. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(3);

    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "crosscheck-session-clock");
        t.setDaemon(true);
        return t;
    });

    private final RuleBase rules;
    private final Duration limit;
    private final Set<Timer> running = ConcurrentHashMap.newKeySet();
    private volatile List<String[]> legalNames;
    private volatile CrosscheckException stuck;

    SessionClock(RuleBase rules, Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the session limit must be positive");
        }
        this.rules = rules;
        this.limit = limit;
    }

    /** Starts timing a session run by the current thread. */
    Timer start(KieSession session) {
        Timer t = new Timer(Thread.currentThread(), session);
        running.add(t);
        t.alarm = ALARMS.schedule(t::expire, limit.toNanos(), TimeUnit.NANOSECONDS);
        return t;
    }

    /** Throws the error of a session that was told to stop and is still running after the grace period. */
    void check() {
        if (stuck != null) {
            throw stuck;
        }
        long now = System.nanoTime();
        for (Timer t : running) {
            long at = t.expiredAt;
            if (at != 0 && now - at > GRACE_NANOS) {
                stuck = t.error();
                throw stuck;
            }
        }
    }

    /** The time of one session. */
    final class Timer {
        private final Thread thread;
        private final KieSession session;
        private volatile ScheduledFuture<?> alarm;
        private volatile boolean done;
        private volatile long expiredAt;
        private volatile String rule = "";

        private Timer(Thread thread, KieSession session) {
            this.thread = thread;
            this.session = session;
        }

        private void expire() {
            if (done) {
                return;
            }
            rule = ruleIn(thread.getStackTrace());
            expiredAt = System.nanoTime();
            session.halt();
            thread.interrupt();
        }

        /** Throws the time-limit error if the session was stopped by the clock. */
        void throwIfExpired() {
            if (expiredAt != 0) {
                Thread.interrupted();
                throw error();
            }
        }

        void stop() {
            done = true;
            ScheduledFuture<?> a = alarm;
            if (a != null) {
                a.cancel(false);
            }
            running.remove(this);
            if (expiredAt != 0) {
                Thread.interrupted();
            }
        }

        private CrosscheckException error() {
            RuleBase.RuleInfo info = rule.isEmpty() ? null : rules.rule(rule);
            String what = rule.isEmpty() ? "rules"
                    : (info == null ? "" : info.place() + ": ") + "rule \"" + rule + "\"";
            return new CrosscheckException(what, "still running after " + limit.toSeconds()
                    + " s in one rule session (--max-session-seconds); a condition or consequence that waits or "
                    + "loops", CrosscheckException.FAILURE);
        }
    }

    /** The rule whose generated class is highest on the stack, or empty. */
    String ruleIn(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String cls = frame.getClassName();
            String simple = cls.substring(cls.lastIndexOf('.') + 1);
            if (!simple.startsWith("Rule_")) {
                continue;
            }
            String best = "";
            int bestLength = -1;
            for (String[] rule : legalNames()) {
                if (simple.startsWith("Rule_" + rule[1]) && rule[1].length() > bestLength) {
                    best = rule[0];
                    bestLength = rule[1].length();
                }
            }
            if (bestLength >= 0) {
                return best;
            }
        }
        return "";
    }

    /** Each rule's name and the name Drools gives its classes: characters Java identifiers lack become '_'. */
    private List<String[]> legalNames() {
        List<String[]> names = legalNames;
        if (names == null) {
            names = new ArrayList<>();
            for (KiePackage p : rules.kieBase().getKiePackages()) {
                for (Rule r : p.getRules()) {
                    StringBuilder legal = new StringBuilder();
                    r.getName().chars().forEach(c -> legal.append(Character.isJavaIdentifierPart(c) ? (char) c : '_'));
                    names.add(new String[] {r.getName(), legal.toString()});
                }
            }
            legalNames = names;
        }
        return names;
    }
}
