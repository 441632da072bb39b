package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.AuditResult;
import org.crosscheck.InlineAudit;
import org.crosscheck.fact.Claim;
import org.crosscheck.fact.Verdict;
import org.junit.jupiter.api.Test;

class AttendanceExtractorTest {
    private static final String HELD = "date 2022-04-02\n\nThe summit between Egypt and Japan was held in Cairo on Friday.";
    private static final String ABSENT =
            "date 2022-04-03\n\nPresident Ana Lopez did not attend the summit between Egypt and Japan in Cairo on Friday.";
    private static final String PRESENT =
            "date 2022-04-03\n\nPresident Ana Lopez attended the summit between Egypt and Japan in Cairo on Friday.";

    @Test
    void stayingAwayIsAboutThePersonNotTheEvent() {
        AuditResult r = InlineAudit.of("a.txt", HELD, "b.txt", ABSENT);
        assertThat(r.claims()).filteredOn(c -> c.attribute().equals("attendance")).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("person:ana-lopez");
            assertThat(c.negated()).isTrue();
        });
        assertThat(r.claims()).filteredOn(c -> c.attribute().equals("event")).extracting(Claim::negated)
                .containsOnly(false);
        assertThat(InlineAudit.rows(r, Verdict.CONTRADICTION, "modality")).isEmpty();
    }

    @Test
    void attendedAgainstDidNotAttendContradicts() {
        AuditResult r = InlineAudit.of("b.txt", ABSENT, "c.txt", PRESENT);
        assertThat(InlineAudit.rows(r, Verdict.CONTRADICTION, "modality")).singleElement()
                .satisfies(row -> assertThat(row.explanation()).contains("person:ana-lopez").contains("stayed away"));
    }

    @Test
    void boycottedIsStayingAway() {
        AuditResult r = InlineAudit.of("c.txt", PRESENT, "d.txt",
                "date 2022-04-03\n\nPresident Ana Lopez boycotted the summit between Egypt and Japan in Cairo on Friday.");
        assertThat(InlineAudit.rows(r, Verdict.CONTRADICTION, "modality")).hasSize(1);
    }
}
