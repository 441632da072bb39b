package org.crosscheck.stage;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.crosscheck.AuditContext;
import org.crosscheck.Runner;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Finding;
import org.crosscheck.fact.SourceInfo;
import org.crosscheck.group.ClaimGroups;
import org.crosscheck.report.AuditRow;
import org.crosscheck.report.FindingAggregator;

/**
 * The rules stage. In: {@link GroupStage.Grouped}. Out: the audit rows. The rules run one session per batch of
 * whole series ({@link SessionPlan}), in parallel through the {@link Runner}: rules join claims on their subject or
 * series, so no finding needs two sessions. Findings fold into rows session by session
 * ({@link FindingAggregator}); a single-source finding of a representative that stands for several claims is set
 * aside, and its group's claims are run again on their own, so that each gets its own finding.
 */
public final class RuleStage {
    private RuleStage() {
    }

    /**
     * The independent sources behind a side, without those whose publication date was inferred from other
     * articles when the side is a date: such an article's relative dates restate the days it was dated from.
     */
    private static BiFunction<Claim, Claim, Set<String>> supportOwnDates(
            ClaimGroups groups, Map<String, SourceInfo> infos) {
        Set<String> inferred = new HashSet<>();
        Set<String> own = new HashSet<>();
        for (SourceInfo i : infos.values()) {
            (i.datedBy().isEmpty() ? own : inferred).add(i.origin());
        }
        inferred.removeAll(own);
        if (inferred.isEmpty()) {
            return groups::support;
        }
        return (side, partner) -> {
            Set<String> support = groups.support(side, partner);
            if (side == null || side.time() == null || !side.attribute().equals("date")) {
                return support;
            }
            Set<String> kept = new TreeSet<>(support);
            kept.removeAll(inferred);
            return kept.isEmpty() ? support : kept;
        };
    }

    public static List<AuditRow> run(Runner runner, AuditContext.Key key, GroupStage.Grouped grouped) {
        ClaimGroups groups = grouped.groups();
        AuditContext context = key.context();
        FindingAggregator.Accumulator accumulator = new FindingAggregator.Accumulator(
                supportOwnDates(groups, grouped.infos()));
        Set<ClaimGroups.Group> rerun = Collections.newSetFromMap(new IdentityHashMap<>());
        SessionPlan.Plan plan = SessionPlan.sessions(groups, grouped.infos(), context.lexicon());
        // Sessions are built as the workers take them and their findings folded as they come: the heap holds the
        // sessions running, not every session's facts.
        runAll(runner, key, IntStream.range(0, plan.size()).mapToObj(plan::session), findings -> {
            for (Finding f : findings) {
                ClaimGroups.Group g = groups.group(f.a());
                if (f.b() == null && g != null && g.size() > 1) {
                    synchronized (rerun) {
                        rerun.add(g);
                    }
                } else {
                    accumulator.add(f);
                }
            }
        });
        if (!rerun.isEmpty()) {
            runAll(runner, key, SessionPlan.singleSource(groups.members(rerun, grouped.claims()).values(),
                    grouped.infos()).stream(), findings -> {
                for (Finding f : findings) {
                    if (f.b() == null) {
                        accumulator.add(f);
                    }
                }
            });
        }
        return accumulator.rows();
    }

    private static void runAll(Runner runner, AuditContext.Key key, Stream<List<Object>> sessions,
                               Consumer<List<Finding>> sink) {
        runner.map(sessions, facts -> key.context().engine().run(facts), sink,
                key.context().engine()::checkTime);
    }
}
