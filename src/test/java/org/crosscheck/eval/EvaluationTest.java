package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.AuditResult;
import org.crosscheck.Auditor;
import org.crosscheck.CrosscheckException;
import org.crosscheck.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
    @TempDir
    Path dir;

    @Test
    void theSeedsPassEveryGoldRow() {
        List<GoldCase> gold = GoldFile.read(Path.of("src/test/resources/gold/seeds.csv"));
        AuditResult audit = Auditor.audit(Auditor.Options.of(Path.of("seeds"), Path.of("rules"), null));
        Evaluation evaluation = Evaluation.of(gold, audit);
        StringWriter printed = new StringWriter();
        evaluation.print(new PrintWriter(printed));
        assertThat(evaluation.results()).filteredOn(r -> !r.passed()).as(printed.toString()).isEmpty();
        assertThat(evaluation.unmatched()).as(printed.toString()).isEmpty();
        assertThat(gold).extracting(GoldCase::kind).contains(GoldCase.Kind.MUST, GoldCase.Kind.CONSISTENT,
                GoldCase.Kind.TRAP, GoldCase.Kind.FLAGGED_OR_STRIPPED);
    }

    @Test
    void aGoldRowTheAuditDoesNotSatisfyFails() {
        Path file = TestFiles.write(dir.resolve("gold.csv"), "gid,kind,accept,side_a,side_b,note\n"
                + "x,MUST,CONTRADICTION,000:Hind E,001:Mi-35M,the variant row is NEEDS_REVIEW not CONTRADICTION\n"
                + "y,CONSISTENT,,000:Gwadar,003:Nuclear Suppliers,no CONSISTENT row pairs them\n");
        AuditResult audit = Auditor.audit(Auditor.Options.of(Path.of("seeds"), Path.of("rules"), null));
        Evaluation evaluation = Evaluation.of(GoldFile.read(file), audit);
        assertThat(evaluation.allPassed()).isFalse();
        assertThat(evaluation.results()).allSatisfy(r -> assertThat(r.passed()).isFalse());
    }

    /**
     * FLAGGED_OR_STRIPPED rows are decided in one walk over the claims, which a large audit reads back from disk:
     * a walk per row made the evaluation of a 10,000-article bench outlast its audit.
     */
    @Test
    void flaggedRowsWalkTheClaimsOnce() {
        AuditResult audit = Auditor.audit(Auditor.Options.of(Path.of("seeds"), Path.of("rules"), null));
        int[] walks = new int[1];
        List<org.crosscheck.fact.Claim> counted = new java.util.AbstractList<>() {
            @Override
            public org.crosscheck.fact.Claim get(int i) {
                return audit.claims().get(i);
            }

            @Override
            public int size() {
                return audit.claims().size();
            }

            @Override
            public java.util.Iterator<org.crosscheck.fact.Claim> iterator() {
                walks[0]++;
                return super.iterator();
            }

            @Override
            public java.util.Spliterator<org.crosscheck.fact.Claim> spliterator() {
                walks[0]++;
                return super.spliterator();
            }
        };
        AuditResult wrapped = new AuditResult(audit.sources(), counted, audit.rows(), audit.origins(),
                audit.timings());
        StringBuilder csv = new StringBuilder("gid,kind,accept,side_a,side_b,note\n");
        for (int i = 0; i < 50; i++) {
            csv.append("f").append(i).append(",FLAGGED_OR_STRIPPED,,000:no such words ").append(i).append(",,\n");
        }
        csv.append("g,FLAGGED_OR_STRIPPED,,000:Hind E,,stated by a claim and quoted by no row\n");
        Evaluation evaluation = Evaluation.of(GoldFile.read(TestFiles.write(dir.resolve("gold.csv"), csv.toString())),
                wrapped);
        assertThat(walks[0]).isEqualTo(1);
        assertThat(evaluation.results()).hasSize(51);
        assertThat(evaluation.results().subList(0, 50)).allSatisfy(r -> assertThat(r.passed()).isTrue());
        assertThat(Evaluation.of(GoldFile.read(dir.resolve("gold.csv")), audit).results())
                .extracting(Evaluation.Result::passed).isEqualTo(evaluation.results().stream()
                        .map(Evaluation.Result::passed).toList());
    }

    @Test
    void aConsistentRowPassesOnAnyTwoFilesItListsWhicheverSideListsThem() {
        // the audit's CONSISTENT row on the Mi-35 quotes 000 and 001; the gold lists both on side a
        Path file = TestFiles.write(dir.resolve("gold.csv"), "gid,kind,accept,side_a,side_b,note\n"
                + "c,CONSISTENT,,000:four Mi-35|001:four Mi-35M,004:Mi-35,four helicopters in every report\n"
                + "d,CONSISTENT,,000:four Mi-35,004:Mi-35,only one file of the row is listed\n"
                + "e,CONSISTENT,,000:four Mi-35|001:twelve,004:Mi-35,the other file is listed with words it lacks\n");
        AuditResult audit = Auditor.audit(Auditor.Options.of(Path.of("seeds"), Path.of("rules"), null));
        Evaluation evaluation = Evaluation.of(GoldFile.read(file), audit);
        assertThat(evaluation.results()).extracting(r -> r.gold().gid() + "=" + r.passed())
                .containsExactly("c=true", "d=false", "e=false");
    }

    @Test
    void malformedGoldRowNamesItsLine() {
        Path file = TestFiles.write(dir.resolve("gold.csv"), "gid,kind,accept,side_a,side_b,note\n"
                + "x,MAYBE,,000:a,001:b,\n");
        assertThatThrownBy(() -> GoldFile.read(file)).isInstanceOf(CrosscheckException.class)
                .hasMessageStartingWith(file + ":2: ");
    }

    @Test
    void goldFilesInAStoryFolderNameTheArticlesOfThatFolder() throws java.io.IOException {
        Path input = dir.resolve("news");
        TestFiles.copyTree(Path.of("seeds"), input.resolve("story"));
        TestFiles.write(input.resolve("story").resolve("gold.csv"), "gid,kind,accept,side_a,side_b,note\n"
                + "s,STRETCH,NEEDS_REVIEW|CONTRADICTION,000:Hind E,001:Mi-35M,the variant\n"
                + "t,TRAP,,004:Nawaz,002:Imran,two prime ministers\n");
        List<GoldCase> gold = GoldFile.readAll(input, input);
        assertThat(gold).extracting(GoldCase::group).containsOnly("story");
        assertThat(gold.get(0).sideA()).extracting(GoldCase.Side::prefix).containsExactly("story/000");
        Evaluation evaluation = Evaluation.of(gold, Auditor.audit(Auditor.Options.of(input, Path.of("rules"), null)));
        assertThat(evaluation.allPassed()).isTrue();
        assertThat(evaluation.figures().rate(GoldCase.Kind.STRETCH)).isEqualTo(1.0);
    }

    @Test
    void aGidTwiceInAGoldFolderIsAnErrorNamingBothPlaces() {
        Path input = dir.resolve("news");
        TestFiles.write(input.resolve("a").resolve("gold.csv"), "gid,kind,accept,side_a,side_b,note\nx,TRAP,,1:a,2:b,\n");
        TestFiles.write(input.resolve("b").resolve("gold.csv"), "gid,kind,accept,side_a,side_b,note\nx,TRAP,,1:a,2:b,\n");
        assertThatThrownBy(() -> GoldFile.readAll(input, input)).isInstanceOf(CrosscheckException.class)
                .hasMessageContaining("b" + java.io.File.separator + "gold.csv:2: gid 'x' also at ")
                .hasMessageContaining("a" + java.io.File.separator + "gold.csv:2");
    }

    @Test
    void floorsFailOnlyTheFiguresBelowThem() {
        Path file = TestFiles.write(dir.resolve("floors.csv"), "measure,floor\n# comment\nMUST,0.5\nTRAP,1\nPRECISION,0.9\n");
        Floors floors = Floors.read(file);
        java.util.Map<GoldCase.Kind, int[]> counts = new java.util.EnumMap<>(GoldCase.Kind.class);
        counts.put(GoldCase.Kind.MUST, new int[] {1, 2});
        counts.put(GoldCase.Kind.TRAP, new int[] {2, 3});
        assertThat(floors.shortfalls(new Evaluation.Figures(counts, 10, 8), null))
                .containsExactly("TRAP 0.667 < floor 1.000", "PRECISION 0.800 < floor 0.900");
    }

    @Test
    void aFloorOutsideZeroToOneNamesItsLine() {
        Path file = TestFiles.write(dir.resolve("floors.csv"), "measure,floor\nMUST,90\n");
        assertThatThrownBy(() -> Floors.read(file)).hasMessage(file + ":2: floor must be a number from 0 to 1, not '90'");
    }

    @Test
    void aMeasureWithTwoFloorsNamesBothLines() {
        Path file = TestFiles.write(dir.resolve("floors.csv"), "measure,floor\nMUST,0.5\n# merged\nmust,0.6\n");
        assertThatThrownBy(() -> Floors.read(file))
                .hasMessage(file + ":4: MUST already has a floor on line 2; keep one");
    }
}
