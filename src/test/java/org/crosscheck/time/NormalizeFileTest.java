package org.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.CrosscheckException;
import org.crosscheck.ingest.SentenceSplitter;
import org.crosscheck.vocab.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizeFileTest {
    private static final Vocabulary VOCABULARY = Vocabulary.load(Path.of("rules"));
    private static final NewsTemporalTagger TAGGER = new NewsTemporalTagger(TimeVocabulary.from(VOCABULARY));
    private static final SentenceSplitter SPLITTER = SentenceSplitter.from(VOCABULARY);

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, List.of(lines));
        return file;
    }

    private NormalizeFile.Normalized run(Path in) {
        return NormalizeFile.run(in, dir.resolve("out.tsv"), TAGGER, SPLITTER);
    }

    @Test
    void addsValueColumnAndKeepsOtherColumns() throws IOException {
        Path in = write("in.tsv",
                "id\tdct\texpression\tsentence\tnote",
                "a\t2016-12-14\tTuesday\tThe delegation met officials on Tuesday.\tt1",
                "b\t\tlast year\t\"He said prices fell last year.\t",
                "c\t2016-12-14\tlast year\t\"He said prices fell last year.\tquote kept");
        run(in);
        assertThat(Files.readAllLines(dir.resolve("out.tsv"))).containsExactly(
                "id\tdct\texpression\tsentence\tnote\tvalue",
                "a\t2016-12-14\tTuesday\tThe delegation met officials on Tuesday.\tt1\t2016-12-13",
                "b\t\tlast year\t\"He said prices fell last year.\t\tXXXX",
                "c\t2016-12-14\tlast year\t\"He said prices fell last year.\tquote kept\t2015");
    }

    @Test
    void anyIsoDateOrDateTimeIsADct() throws IOException {
        Path in = write("dcts.tsv", "dct\texpression\tsentence",
                "1998-03-01T14:11\tyesterday\tThe minister resigned yesterday.",
                "1998-03-01T14:11:00\tyesterday\tThe minister resigned yesterday.",
                "2013-02-12T04:30:00-02:00\tyesterday\tThe minister resigned yesterday.",
                "2019-03-25T10:00:00Z\tlast month\tExports fell last month.",
                "19980301\tyesterday\tThe minister resigned yesterday.");
        NormalizeFile.Normalized n = run(in);
        assertThat(n.values()).containsExactly("1998-02-28", "1998-02-28", "2013-02-11", "2019-02", "1998-02-28");
        assertThat(n.warnings()).isEmpty();
    }

    @Test
    void anUnderspecifiedDctGivesWhatItDeterminesAndWarnsOfWhatNeedsTheDay() throws IOException {
        Path in = write("partial.tsv", "doc_id\tdct\texpression\tsentence",
                "a\t1998-04-XX\tlast month\tExports fell last month.",
                "a\t1998-04-XX\ttoday\tThe minister resigned today.",
                "a\t1998-04-XX\ttomorrow\tThe talks resume tomorrow.",
                "a\t1998-04-XX\tSaturday\tThe talks resume Saturday.",
                "b\t1998-XX-XX\tlast year\tExports fell last year.",
                "b\t1998-XX-XX\t1996\tExports fell in 1996.",
                "b\t1998-XX-XX\tlast month\tExports fell last month.");
        NormalizeFile.Normalized n = run(in);
        assertThat(n.values()).containsExactly("1998-03", "1998-04-XX", "", "", "1997", "1996", "");
        assertThat(n.warnings()).containsExactly(
                in + ":4: 'tomorrow' needs the day that dct '1998-04-XX' does not give; value left empty",
                in + ":5: 'Saturday' needs the day that dct '1998-04-XX' does not give; value left empty",
                in + ":8: 'last month' needs the day that dct '1998-XX-XX' does not give; value left empty");
    }

    @Test
    void anUnusableDctIsAWarningAndAnEmptyValueNotTheEndOfTheRun() throws IOException {
        Path in = write("baddct.tsv", "dct\texpression\tsentence", "2016-12-14\tTuesday\tOn Tuesday.", "",
                "14/12/2016\tTuesday\tOn Tuesday.", "T12:00\t2016\tIn 2016.");
        NormalizeFile.Normalized n = run(in);
        assertThat(n.values()).containsExactly("2016-12-13", "", "");
        assertThat(n.warnings()).containsExactly(
                in + ":4: dct '14/12/2016' is not an ISO 8601 date or date-time; value left empty",
                in + ":5: dct 'T12:00' is not an ISO 8601 date or date-time; value left empty");
    }

    @Test
    void rowsOfOneDocumentAreReadInOrder() throws IOException {
        Path in = write("doc.tsv", "doc_id\tdct\texpression\tsentence",
                "d1\t2016-12-14\tMarch 3, 2001\tThe treaty was signed on March 3, 2001.",
                "d1\t2016-12-14\tthe following year\tIt came into force the following year.",
                "d2\t2016-12-14\tthe following year\tIt came into force the following year.");
        assertThat(run(in).values()).containsExactly("2001-03-03", "2002", "2017");
    }

    @Test
    void missingColumnNamesTheHeaderLine() throws IOException {
        Path in = write("nodct.tsv", "expression\tsentence", "Tuesday\tOn Tuesday.");
        assertThatThrownBy(() -> run(in))
                .isInstanceOfSatisfying(CrosscheckException.class, e -> {
                    assertThat(e.location()).isEqualTo(in + ":1");
                    assertThat(e.exitCode()).isEqualTo(CrosscheckException.FAILURE);
                    assertThat(e.getMessage()).contains("dct");
                });
    }

    @Test
    void shortRowNamesItsLine() throws IOException {
        Path in = write("short.tsv", "dct\texpression\tsentence", "2016-12-14\tTuesday");
        assertThatThrownBy(() -> run(in)).isInstanceOfSatisfying(CrosscheckException.class,
                e -> assertThat(e.location()).isEqualTo(in + ":2"));
    }

    @Test
    void timeMlIsReadAsRowsWithTheDocumentCreationTime() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("tml"));
        Files.writeString(folder.resolve("doc1.tml"), """
                <?xml version="1.0" ?>
                <TimeML>
                <DOCID>doc1</DOCID>
                <DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-01T14:11:00" functionInDocument="CREATION_TIME">March 1</TIMEX3></DCT>
                <TEXT>
                The minister <EVENT eid="e1">resigned</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-28">yesterday</TIMEX3>.
                Talks lasted <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> and resumed today at
                <TIMEX3 tid="t3" type="TIME" value="1998-03-01T14:40">2:40pm</TIMEX3>.
                </TEXT>
                </TimeML>
                """);
        NormalizeFile.Normalized n = run(folder);
        assertThat(n.values()).containsExactly("1998-02-28", "P2W", "1998-03-01T14:40");
        TimeEvaluation.Result r = TimeEvaluation.score(n);
        assertThat(r.scores().get("DATE")).isEqualTo(new TimeEvaluation.Score(1, 1));
        assertThat(r.scores().get("DURATION")).isEqualTo(new TimeEvaluation.Score(1, 1));
        assertThat(r.scores().get("TIME")).isEqualTo(new TimeEvaluation.Score(1, 1));
        assertThat(Files.readAllLines(dir.resolve("out.tsv")).get(1))
                .startsWith("doc1\t1998-03-01T14:11:00\tyesterday\tDATE\t1998-02-28\tThe minister resigned yesterday.");
    }
}
