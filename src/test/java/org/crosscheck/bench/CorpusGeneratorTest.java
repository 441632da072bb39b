package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.eval.GoldCase;
import org.crosscheck.eval.GoldFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void theSameSizeAndSeedGiveByteIdenticalFiles() throws Exception {
        new CorpusGenerator(300, 7, 0.05).write(dir.resolve("one"), null);
        new CorpusGenerator(300, 7, 0.05).write(dir.resolve("two"), null);
        List<Path> files = list(dir.resolve("one"));
        assertThat(files).hasSize(303).contains(dir.resolve("one").resolve(Gazetteer.FILE),
                dir.resolve("one").resolve(CorpusGenerator.MARKER));
        for (Path f : files) {
            assertThat(Files.readAllBytes(dir.resolve("two").resolve(f.getFileName())))
                    .as(f.getFileName().toString()).isEqualTo(Files.readAllBytes(f));
        }
        new CorpusGenerator(300, 8, 0.05).write(dir.resolve("three"), null);
        assertThat(Files.readAllBytes(dir.resolve("three/000010.txt")))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("one/000010.txt")));
    }

    @Test
    void goldRowsNameFilesThatExistAndFragmentsThatOccurInThem() throws Exception {
        Path out = dir.resolve("c");
        CorpusGenerator.Summary summary = new CorpusGenerator(1000, 3, 0.05).write(out, null);
        List<GoldCase> gold = GoldFile.read(out.resolve(CorpusGenerator.GOLD));
        assertThat(gold).hasSize(summary.gold().values().stream().mapToInt(Integer::intValue).sum());
        assertThat(gold).extracting(GoldCase::kind).contains(GoldCase.Kind.MUST, GoldCase.Kind.CONSISTENT,
                GoldCase.Kind.TRAP, GoldCase.Kind.FLAGGED_OR_STRIPPED);
        for (GoldCase g : gold) {
            for (GoldCase.Side side : concat(g.sideA(), g.sideB())) {
                Path file = out.resolve(side.prefix());
                assertThat(file).as(g.gid()).isRegularFile();
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(g.gid()).contains(side.fragment());
            }
        }
    }

    @Test
    void aWrongVenueIsAnotherTownOfTheSameCountry() throws Exception {
        Path out = dir.resolve("v");
        new CorpusGenerator(2000, 4, 0.10).write(out, null);
        java.util.regex.Pattern venue = java.util.regex.Pattern.compile("E\\d+/venue: (\\w+) injected against (\\w+)");
        int seen = 0;
        for (GoldCase g : GoldFile.read(out.resolve(CorpusGenerator.GOLD))) {
            java.util.regex.Matcher m = venue.matcher(g.note());
            if (m.matches()) {
                seen++;
                assertThat(m.group(1)).isNotEqualTo(m.group(2));
                assertThat(Vocab.countryOf(m.group(1))).as(g.note()).isEqualTo(Vocab.countryOf(m.group(2)));
            }
        }
        assertThat(seen).isPositive();
    }

    @Test
    void eventsAreHeldInATownOfAPartyAndNoTwoSeriesShareTheirNameAndParties() {
        World world = new World(3, 200_000);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (World.Event e : world.events) {
            String host = Vocab.countryOf(e.city());
            String parties = e.a().compareTo(e.b()) < 0 ? e.a() + "+" + e.b() : e.b() + "+" + e.a();
            String identity = switch (e.type()) {
                case FORUM -> {
                    assertThat(host).isEqualTo(e.a());
                    assertThat(e.series()).startsWith(e.city() + " Forum");
                    yield "forum/" + e.city() + "#" + e.edition();
                }
                case VISIT -> {
                    assertThat(host).isEqualTo(e.b());
                    yield "";
                }
                case MEETING -> "meeting/" + parties + "/" + e.topic() + "#" + e.edition();
                case EXERCISE -> "exercise/" + parties + "/" + e.series() + "#" + e.edition();
                case AGREEMENT -> "agreement/" + parties + "/" + e.field();
                case DEAL -> "deal/" + parties + "/" + e.family();
            };
            if (e.type() != World.Type.FORUM) {
                assertThat(host).as(e.toString()).isIn(e.a(), e.b());
            }
            if (!identity.isEmpty()) {
                assertThat(seen.add(identity)).as(identity).isTrue();
            }
        }
    }

    @Test
    void contradictionsAreInjectedAtTheConfiguredRate() {
        CorpusGenerator.Summary summary = new CorpusGenerator(2000, 5, 0.10).write(dir.resolve("r"), null);
        double rate = (double) summary.contradictions() / (summary.articles() - summary.reposts());
        assertThat(rate).isBetween(0.08, 0.12);
        assertThat(summary.reposts()).isBetween(20, 110);
        // One MUST row per injected value against the truth, at most one per contradicting article; the rest pair
        // two injected values of one fact.
        long againstTruth = GoldFile.read(dir.resolve("r").resolve(CorpusGenerator.GOLD)).stream()
                .filter(g -> g.note().contains(" injected against ")).count();
        assertThat(againstTruth).isPositive().isLessThanOrEqualTo(summary.contradictions());
        assertThat(summary.gold().get("MUST")).isGreaterThanOrEqualTo((int) againstTruth);
    }

    @Test
    void popularEventsAreReportedByManyArticles() {
        World world = new World(1, 100_000);
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            counts.merge(world.draw(rnd).id(), 1, Integer::sum);
        }
        assertThat(counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(5000);
        assertThat(counts.values().stream().filter(c -> c <= 10).count()).isGreaterThan(1000);
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static List<GoldCase.Side> concat(List<GoldCase.Side> a, List<GoldCase.Side> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
