package org.crosscheck.engine;

import java.util.List;
import org.crosscheck.CrosscheckException;

/** The rules do not compile; carries every problem with its file and line. Exit code 2. */
public final class RuleBuildException extends CrosscheckException {
    private final List<RuleProblem> problems;

    public RuleBuildException(List<RuleProblem> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).file(),
                problems.size() + " problem(s) in the rules", USAGE);
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    @Override
    public List<String> lines() {
        return problems.stream().map(RuleProblem::toString).toList();
    }
}
