package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.CrosscheckException;
import org.crosscheck.TestFiles;
import org.crosscheck.fact.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventEvaluationTest {
    @TempDir
    Path dir;

    private static Claim event(String source, int start, int end, String subject) {
        return Claim.builder().source(source).kind("EVENT").attribute("event").subject(subject).value("x")
                .quote("x".repeat(end - start), start, end).build();
    }

    @Test
    void goldMentionsTakeTheClusterOfTheEventClaimOverlappingThemMost() {
        Path story = dir.resolve("story");
        TestFiles.write(story.resolve("a.txt"), "The train derailed on Sunday. The crash killed 96.");
        TestFiles.write(story.resolve("b.txt"), "A derailment near Kanpur killed 145 people.");
        TestFiles.write(story.resolve("events.csv"), "file,fragment,cluster,note\n"
                + "a.txt,train derailed,kanpur,\n" + "a.txt,The crash,kanpur,\n" + "b.txt,A derailment,kanpur,\n");
        List<EventGold.Mention> gold = EventGold.read(dir, dir);
        assertThat(gold).extracting(EventGold.Mention::source).containsExactly("story/a.txt", "story/a.txt", "story/b.txt");
        assertThat(gold.get(0).start()).isEqualTo(4);
        List<Claim> claims = List.of(event("story/a.txt", 10, 18, "derail:india"),
                event("story/b.txt", 2, 12, "derail:india"));
        EventEvaluation e = EventEvaluation.of(gold, claims);
        // "The crash" has no event claim: a singleton, so the key's three-mention event is split in two.
        assertThat(e.aligned()).isEqualTo(2);
        assertThat(e.score().muc().recall()).isEqualTo(0.5);
        assertThat(e.score().muc().precision()).isEqualTo(1.0);
    }

    @Test
    void aFragmentThatOccursTwiceNamesItsLine() {
        TestFiles.write(dir.resolve("a.txt"), "the crash and the crash");
        TestFiles.write(dir.resolve("events.csv"), "file,fragment,cluster,note\na.txt,the crash,x,\n");
        assertThatThrownBy(() -> EventGold.read(dir, dir)).isInstanceOf(CrosscheckException.class)
                .hasMessageStartingWith(dir.resolve("events.csv").toAbsolutePath().normalize() + ":2: ")
                .hasMessageContaining("occurs more than once");
    }
}
