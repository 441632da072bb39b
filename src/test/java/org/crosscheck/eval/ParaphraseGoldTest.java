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
     * Recall misses, each needing event identity the extractors do not read yet (see the gold notes). The two
     * earthquake rows need the quake of s4c and s4d linked although neither names a place the gazetteer knows nor
     * the event: such anonymous events stay local to their article, because linking every unnamed earthquake of a
     * year across a corpus made false alarms by the hundred on the synthetic benchmark corpus.
     */
    private static final List<String> KNOWN_MISSES = List.of(
            "must-frigate-venue", "must-summit-number", "must-acquisition-price", "cons-frigate-price", "cons-exercise-personnel",
            "cons-summit-number", "cons-acquisition-price", "cons-party-votes", "must-quake-day", "must-quake-final-toll");

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
