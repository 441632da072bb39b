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
 * The audit of the real-news development corpus ({@code eval/news}: excerpts of real articles on many stories, gold
 * written before the auditor saw them) holds every figure at or above its floor in {@code eval/news/floors.csv}.
 */
class RealNewsCorpusTest {
    private static final Path NEWS = Path.of("eval/news");

    @Test
    void everyFigureOfTheRealNewsCorpusReachesItsFloor() {
        List<GoldCase> gold = GoldFile.readAll(NEWS, NEWS);
        AuditResult audit = Auditor.audit(Auditor.Options.of(NEWS, Path.of("rules"), null));
        Evaluation evaluation = Evaluation.of(gold, audit);
        EventEvaluation events = EventEvaluation.of(EventGold.read(NEWS, NEWS), audit.claims());
        StringWriter printed = new StringWriter();
        PrintWriter out = new PrintWriter(printed);
        evaluation.print(out);
        events.print(out, false);
        List<String> shortfalls = Floors.read(NEWS.resolve("floors.csv")).shortfalls(evaluation.figures(), events);
        assertThat(shortfalls).as(printed.toString()).isEmpty();
    }
}
