package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.SentenceSplitter;
import org.crosscheck.vocab.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeEvaluationTest {
    /** TempEval-3 platinum, beside the clone in CI; read in place, never copied into the project. */
    private static final Path PLATINUM = Path.of("../shared/eval/temporal/te3_platinum.tsv");
    private static final Vocabulary VOCABULARY = Vocabulary.load(Path.of("rules"));
    private static final NewsTemporalTagger TAGGER = new NewsTemporalTagger(TimeVocabulary.from(VOCABULARY));
    private static final SentenceSplitter SPLITTER = SentenceSplitter.from(VOCABULARY);

    @TempDir
    Path dir;

    @Test
    void scoresEachTypeDateAndTimeOnlyWithADct() throws IOException {
        Path tsv = dir.resolve("eval.tsv");
        Files.write(tsv, List.of(
                "doc_id\tdct\texpression\ttype\texpected_value\tsentence\tnote",
                "d1\t2016-12-14\tTuesday\tDATE\t2016-12-13\tThe delegation met officials on Tuesday.\t",
                "d2\t2016-12-14\tlast year\tDATE\t2014\tPrices fell last year.\t",
                "d3\t2016-12-14\ttwo years\tDURATION\tP2Y\tIt took two years.\t",
                "d4\t\tthree days\tDURATION\tP3D\tIt took three days.\t",
                "d5\t\tTuesday\tDATE\tXXXX-XX-XX\tThey met on Tuesday.\t",
                "d6\t2016-12-14\t2:40pm\tTIME\t2016-12-14T14:40\tThey met at 2:40pm.\t",
                "d7\t2016-12-14\tevery year\tSET\tP1Y\tThey meet every year.\t"));
        TimeEvaluation.Result result = TimeEvaluation.evaluate(tsv, TAGGER, SPLITTER);
        assertThat(result.total()).isEqualTo(2);
        assertThat(result.correct()).isEqualTo(1);
        assertThat(result.scores()).containsEntry("DURATION", new TimeEvaluation.Score(2, 2))
                .containsEntry("TIME", new TimeEvaluation.Score(1, 1)).containsEntry("SET", new TimeEvaluation.Score(1, 1));
        assertThat(result.misses()).singleElement().satisfies(m -> {
            assertThat(m.line()).isEqualTo(3);
            assertThat(m.actual()).isEqualTo("2015");
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("accuracy 0.500 (1/2 DATE rows with a dct)");
        assertThat(printed).contains("DURATION        2      2     1.000");
    }

    @Test
    void platinumDateAccuracyIsAtLeastNinetyFourPercent() {
        assumeTrue(Files.exists(PLATINUM), "TempEval-3 platinum not found beside the project");
        TimeEvaluation.Result result = TimeEvaluation.evaluate(PLATINUM, TAGGER, SPLITTER);
        assertThat(result.total()).isGreaterThan(0);
        assertThat(result.accuracy()).isGreaterThanOrEqualTo(0.94);
    }
}
