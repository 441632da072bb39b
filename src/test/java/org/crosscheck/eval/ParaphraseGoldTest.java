package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.AuditResult;
import org.crosscheck.Auditor;
import org.junit.jupiter.api.Test;

/**
 * The held-out paraphrase corpus: eight stories on other topics and other countries (frigates, a naval exercise,
 * border talks, an earthquake, a trade agreement, a summit, an acquisition, an election), each told by two to four
 * articles with injected contradictions and traps. Every TRAP must hold and no CONTRADICTION may match no gold row
 * (no false alarms); MUST and CONSISTENT rows the auditor does not reach yet are listed in {@link #KNOWN_MISSES}.
 */
class ParaphraseGoldTest {
    private static final Path GOLD = Path.of("src/test/resources/gold/paraphrases.csv");
    private static final Path INPUT = Path.of("src/test/resources/gold/paraphrases");
    /**
     * Recall misses, each needing a reading the extractors do not make yet (see the gold notes): the G7 summit's
     * edition is written "the 47th G7 summit" in two articles and "the 48th" in one, but one of the 47th mentions
     * names the summit after Carbis Bay and the other does not, so the two numbers never meet one subject; the
     * acquisition prices are said of "the deal" in one article and of "the takeover" in another with no date, name
     * or party in common; the party election names Kishida's votes in sentences that name no event.
     */
    private static final List<String> KNOWN_MISSES = List.of(
            "must-summit-number", "must-acquisition-price", "cons-acquisition-price", "cons-party-votes",
            // Dates of one event a day apart are now for review, not a contradiction (dates.drl: on real news such
            // gaps were mostly phases of one event or one weekday read against two publication dates).
            "must-talks-date", "must-quake-day", "must-fta-signing-date",
            // Two final tolls of one day attributed to different parties are reported disagreement, for review.
            "must-quake-final-toll");

    @Test
    void everyTrapHoldsAndThereAreNoFalseAlarms() {
        List<GoldCase> gold = GoldFile.read(GOLD);
        AuditResult audit = Auditor.audit(Auditor.Options.of(INPUT, Path.of("rules"), null));
        Evaluation evaluation = Evaluation.of(gold, audit);
        StringWriter printed = new StringWriter();
        evaluation.print(new PrintWriter(printed));
        assertThat(evaluation.unmatched()).as(printed.toString()).isEmpty();
        assertThat(evaluation.results()).filteredOn(r -> !r.passed())
                .extracting(r -> r.gold().gid()).as(printed.toString())
                .allMatch(KNOWN_MISSES::contains);
        assertThat(evaluation.results()).filteredOn(r -> r.gold().kind() == GoldCase.Kind.TRAP)
                .as(printed.toString()).allMatch(Evaluation.Result::passed);
        assertThat(gold).extracting(GoldCase::kind).contains(GoldCase.Kind.MUST, GoldCase.Kind.CONSISTENT,
                GoldCase.Kind.TRAP, GoldCase.Kind.FLAGGED_OR_STRIPPED);
    }
}
