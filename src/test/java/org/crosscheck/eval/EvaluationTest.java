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

    @Test
    void malformedGoldRowNamesItsLine() {
        Path file = TestFiles.write(dir.resolve("gold.csv"), "gid,kind,accept,side_a,side_b,note\n"
                + "x,MAYBE,,000:a,001:b,\n");
        assertThatThrownBy(() -> GoldFile.read(file)).isInstanceOf(CrosscheckException.class)
                .hasMessageStartingWith(file + ":2: ");
    }
}
