package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.AuditResult;
import org.crosscheck.Auditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit of the real-news development corpus ({@code eval/news}: excerpts of real articles on many stories, gold
 * written before the auditor saw them) holds every figure at or above its floor in {@code eval/news/floors.csv}:
 * the gold's pass rates, CONTRADICTION precision, event clusters, and the precision of the hand-labelled fact
 * sample ({@code eval/news/facts-sample.csv}).
 */
class RealNewsCorpusTest {
    private static final Path NEWS = Path.of("eval/news");
    private static AuditResult audit;
    private static Floors floors;

    @BeforeAll
    static void audit() {
        audit = Auditor.audit(Auditor.Options.of(NEWS, Path.of("rules"), null));
        floors = Floors.read(NEWS.resolve("floors.csv"));
    }

    @Test
    void everyFigureOfTheRealNewsCorpusReachesItsFloor() {
        List<GoldCase> gold = GoldFile.readAll(NEWS, NEWS);
        Evaluation evaluation = Evaluation.of(gold, audit);
        EventEvaluation events = EventEvaluation.of(EventGold.read(NEWS, NEWS), audit.claims());
        StringWriter printed = new StringWriter();
        PrintWriter out = new PrintWriter(printed);
        evaluation.print(out);
        events.print(out, false);
        List<String> shortfalls = floors.shortfalls(evaluation.figures(), events);
        assertThat(shortfalls).as(printed.toString()).isEmpty();
    }

    @Test
    void theLabelledFactSampleKeepsItsPrecisionFloor() {
        Path file = NEWS.resolve("facts-sample.csv");
        FactSample.Result sample = FactSample.read(file).compare(audit.claims());
        StringWriter printed = new StringWriter();
        sample.print(new PrintWriter(printed), file);
        assertThat(sample.labelled()).as("issue 11: at least 300 labelled facts").isGreaterThanOrEqualTo(300);
        assertThat(sample.articles()).as("issue 11: at least 10 articles").isGreaterThanOrEqualTo(10);
        assertThat(floors.floors()).containsKey(Floors.FACTS);
        assertThat(floors.factShortfalls(sample)).as(printed.toString()).isEmpty();
    }
}
