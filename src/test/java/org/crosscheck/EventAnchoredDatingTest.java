package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.crosscheck.fact.Verdict;
import org.crosscheck.ingest.ArticleParser;
import org.crosscheck.ingest.PublishedBasis;
import org.crosscheck.ingest.SourceSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undated articles dated from an event two dated articles give a day (EventAnchoredDating), through the audit. */
class EventAnchoredDatingTest {
    private static final String DATED_A = "date 2014-04-16\n\nThe Sewol ferry capsized off the coast of Korea on "
            + "Wednesday.\n";
    private static final String DATED_B = "date 2014-04-16\n\nThe Sewol ferry sank off the coast of Korea on Wednesday, "
            + "officials said.\n";

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private AuditResult audit(boolean eventDates) {
        return Auditor.audit(Auditor.Options.of(dir, Path.of("rules"), null).withEventDates(eventDates));
    }

    private static SourceSummary source(AuditResult r, String name) {
        return r.sources().stream().filter(s -> s.source().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void yesterdayDatesTheArticleTheDayAfterTheEventsDay() throws IOException {
        write("a.txt", DATED_A);
        write("b.txt", DATED_B);
        write("c.txt", "Ferry sinks\n\nThe Sewol ferry capsized off the coast of Korea yesterday.\n");
        SourceSummary c = source(audit(true), "c.txt");
        assertThat(c.publication().date()).isEqualTo(LocalDate.of(2014, 4, 17));
        assertThat(c.publication().basis()).isEqualTo(PublishedBasis.INFERRED);
        assertThat(c.publication().datedBy()).isEqualTo("a.txt");
        assertThat(c.warnings()).doesNotContain(ArticleParser.NO_DATE)
                .anyMatch(w -> w.startsWith("publication date inferred: a.txt dates ")
                        && w.contains("2014-04-16; 'yesterday' reads it on 2014-04-17"));
    }

    @Test
    void withoutTheOptionTheArticleStaysUndated() throws IOException {
        write("a.txt", DATED_A);
        write("b.txt", DATED_B);
        write("c.txt", "Ferry sinks\n\nThe Sewol ferry capsized off the coast of Korea yesterday.\n");
        assertThat(source(audit(false), "c.txt").publication().date()).isNull();
    }

    @Test
    void oneDatedSourceAloneDecidesNothing() throws IOException {
        write("a.txt", DATED_A);
        write("c.txt", "Ferry sinks\n\nThe Sewol ferry capsized off the coast of Korea yesterday.\n");
        assertThat(source(audit(true), "c.txt").publication().date()).isNull();
    }

    @Test
    void conflictingRelativeDaysLeaveTheArticleUndated() throws IOException {
        write("a.txt", DATED_A);
        write("b.txt", DATED_B);
        write("c.txt", "Ferry sinks\n\nThe Sewol ferry capsized off the coast of Korea last night. Divers reached the "
                + "Sewol ferry, which capsized off the coast of Korea tonight.\n");
        SourceSummary c = source(audit(true), "c.txt");
        assertThat(c.publication().date()).isNull();
        assertThat(c.warnings()).contains(ArticleParser.NO_DATE);
    }

    @Test
    void aWeekdayTakesTheEarliestDayOfItsWeekWhenNothingElseDependsOnIt() throws IOException {
        write("a.txt", DATED_A);
        write("b.txt", DATED_B);
        write("c.txt", "Ferry sinks\n\nThe Sewol ferry capsized off the coast of Korea on Wednesday.\n");
        SourceSummary c = source(audit(true), "c.txt");
        assertThat(c.publication().date()).isEqualTo(LocalDate.of(2014, 4, 16));
        assertThat(c.warnings()).anyMatch(w -> w.contains("read alike on every day of 2014-04-16..")
                && w.endsWith("so the earliest"));
    }

    @Test
    void aWeekdayLeavesTheArticleUndatedWhenAnotherRelativeDayWouldReadDifferently() throws IOException {
        write("a.txt", DATED_A);
        write("b.txt", DATED_B);
        write("c.txt", "Ferry sinks\n\nThe Sewol ferry capsized off the coast of Korea on Wednesday. Relatives gathered "
                + "at the port of Jindo yesterday.\n");
        assertThat(source(audit(true), "c.txt").publication().date()).isNull();
    }

    @Test
    void anInferredSideNeverCorroboratesTheDateItWasInferredFrom() throws IOException {
        write("a.txt", DATED_A);
        write("b.txt", DATED_B);
        write("c.txt", "Ferry sinks\n\nThe Sewol ferry capsized off the coast of Korea yesterday.\n");
        AuditResult r = audit(true);
        assertThat(source(r, "c.txt").publication().date()).isEqualTo(LocalDate.of(2014, 4, 17));
        assertThat(r.rows()).filteredOn(row -> row.verdict() == Verdict.CONSISTENT
                        && row.rule().equals("Independent sources date the same event consistently"))
                .isNotEmpty()
                .allMatch(row -> !row.a().source().equals("c.txt") && !row.b().source().equals("c.txt")
                        && !row.originsA().contains("c.txt") && !row.originsB().contains("c.txt"));
    }
}
