package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.crosscheck.ingest.ArticleParser;
import org.crosscheck.ingest.PublishedBasis;
import org.crosscheck.ingest.SourceSummary;
import org.crosscheck.report.AuditRow;
import org.crosscheck.fact.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publication dates the text does not give, decided by the corpus and by metadata.csv, through the whole audit. */
class PublicationInferenceTest {
    private static final String STORY = "Defence Minister Sergei Shoigu of Russia landed in Islamabad for talks on "
            + "defence ties. The visit is meant to deepen cooperation between the two armies. Officials said the "
            + "delegation would tour a training centre and meet the army chief before flying home.";

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private AuditResult audit() {
        return Auditor.audit(Auditor.Options.of(dir, Path.of("rules"), dir.resolve("reports")));
    }

    private static SourceSummary source(AuditResult r, String name) {
        return r.sources().stream().filter(s -> s.source().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aRepostOfADatedArticleTakesItsDate() throws IOException {
        write("a.txt", "Talks resume\nPublished: March 3, 2018\n\n" + STORY);
        write("b.txt", "Talks resume\n\n" + STORY);
        SourceSummary b = source(audit(), "b.txt");
        assertThat(b.publication().date()).isEqualTo(LocalDate.of(2018, 3, 3));
        assertThat(b.publication().basis()).isEqualTo(PublishedBasis.INFERRED);
        assertThat(b.publication().datedBy()).isEqualTo("a.txt");
        assertThat(b.warnings()).contains("publication date inferred: the same article as a.txt, published 2018-03-03")
                .doesNotContain(ArticleParser.NO_DATE);
    }

    @Test
    void aRepostWithAYearlessDatelineKeepsItsOwnDayInTheCopysYear() throws IOException {
        write("a.txt", "Talks resume\nPublished: March 3, 2018\n\n" + STORY);
        write("b.txt", "Talks resume\n\nISLAMABAD, Mar 2 (APP): " + STORY);
        SourceSummary b = source(audit(), "b.txt");
        assertThat(b.publication().date()).isEqualTo(LocalDate.of(2018, 3, 2));
    }

    @Test
    void noDateWarningIsNotGivenWhenMetadataGivesTheDate() throws IOException {
        write("a.txt", "Just a sentence without any dates, long enough to be one.");
        write("b.txt", "Another sentence without any dates, also long enough to be one.");
        write("metadata.csv", "file,published,outlet,url\na.txt,2020-05-01,,\n");
        AuditResult r = audit();
        assertThat(source(r, "a.txt").warnings()).doesNotContain(ArticleParser.NO_DATE);
        assertThat(source(r, "a.txt").publication().basis()).isEqualTo(PublishedBasis.METADATA);
        assertThat(source(r, "b.txt").warnings()).contains(ArticleParser.NO_DATE);
    }

    private static final String DATED = "Talks in Rawalpindi\nPublished: December 14, 2016\n\nRelations have grown "
            + "closer since the Russian Defence Minister Vaskor Lendorma visited Pakistan in 2014 and met the army "
            + "chief in Rawalpindi. The two armies have held joint drills every year since then.";
    private static final String YEARLESS_BODY = "Russian Defence Minister Vaskor Lendorma arrived on a day-long "
            + "visit to Pakistan on Thursday for talks with the army chief in Rawalpindi. The two sides would meet again next week, officials said.";

    @Test
    void aYearlessDatelineTakesTheYearTheCorpusSupportsWithItsReasoning() throws IOException {
        write("a.txt", DATED);
        write("b.txt", "ISLAMABAD, Nov 20 (INP): " + YEARLESS_BODY);
        SourceSummary b = source(audit(), "b.txt");
        // of the years in which 20 November is a Thursday (2003, 2008, 2014, ...), a.txt names 2014 for the visit
        assertThat(b.publication().date()).isEqualTo(LocalDate.of(2014, 11, 20));
        assertThat(b.publication().basis()).isEqualTo(PublishedBasis.INFERRED);
        assertThat(b.publication().datedBy()).isEqualTo("a.txt");
        assertThat(b.warnings()).anySatisfy(w -> assertThat(w).startsWith("publication year inferred:")
                .contains("Thursday").contains("2014 is supported by a.txt"))
                .noneSatisfy(w -> assertThat(w).endsWith("with no year; year unknown"));
    }

    @Test
    void aYearlessDatelineWithoutEvidenceKeepsAnUnknownYear() throws IOException {
        write("a.txt", "Harvest report\nPublished: December 14, 2016\n\nFarmers in Sindh expect a larger wheat "
                + "crop than in 2014, the provincial agriculture office said.");
        write("b.txt", "ISLAMABAD, Nov 20 (INP): " + YEARLESS_BODY);
        SourceSummary b = source(audit(), "b.txt");
        assertThat(b.publication().date()).isNull();
        assertThat(b.warnings()).anySatisfy(w -> assertThat(w).endsWith("with no year; year unknown"));
    }

    @Test
    void aDateInferredFromAnArticleNeverCorroboratesThatArticle() throws IOException {
        write("a.txt", DATED);
        write("b.txt", "ISLAMABAD, Nov 20 (INP): " + YEARLESS_BODY);
        assertThat(dateRowsBetween(audit(), "a.txt", "b.txt", Verdict.CONSISTENT)).isEmpty();
        // the same two articles, b.txt dated by its own dateline: now its agreement with a.txt is evidence
        write("b.txt", "ISLAMABAD, Nov 20, 2014 (INP): " + YEARLESS_BODY);
        assertThat(dateRowsBetween(audit(), "a.txt", "b.txt", Verdict.CONSISTENT)).isNotEmpty();
    }

    private static java.util.List<AuditRow> dateRowsBetween(AuditResult r, String x, String y, Verdict verdict) {
        return r.rows().stream().filter(row -> row.verdict() == verdict && row.category().equals("date"))
                .filter(row -> row.b() != null && (row.a().source().equals(x) && row.b().source().equals(y)
                        || row.a().source().equals(y) && row.b().source().equals(x)))
                .toList();
    }
}
