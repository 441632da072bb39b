package org.crosscheck.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.CrosscheckException;
import org.crosscheck.FileTrees;

/**
 * Writes a deterministic synthetic corpus of news-like articles and its gold file.
 *
 * <p>Each article reports one event of a {@link World} drawn by Zipf popularity, in one of several header
 * formats (a {@code Source : ... Date : 14-Dec-2016} line, a {@code date 2018-03-03 Author} line, a
 * {@code Published: March 3, 2018} line with a dateline, or a {@code Published in Outlet, March 3rd, 2018}
 * signature followed by teasers), with paraphrased fact sentences, absolute and relative dates, qualified counts,
 * names, titles, places and page furniture. A configured share of the articles (default 5%) states one fact
 * differently: the date in another year, another count, another variant of the equipment, or another venue. About
 * 3% are reposts of a recent article under another header.
 *
 * <p>The gold file ({@code gold.csv}, the {@code evaluate} format) holds one MUST row per distinct injected
 * conflicting value (a finding aggregates per value, so two articles giving the same wrong date are one row) and
 * one per pair of distinct injected values of one fact, CONSISTENT rows for agreeing dates and venues, TRAP rows
 * for look-alikes that are no conflict (consecutive editions of a series in different years; a planned count
 * against a delivered count) and FLAGGED_OR_STRIPPED rows for dated teasers under a signature. Each side names the
 * articles that a report row would quote: the earliest-published stating that value (publication dates never
 * decrease along the articles of an event, and ties go to the lower file name); a MUST side lists the
 * {@value #PER_WORDING} earliest per wording of the value. MUST rows are all listed; the other kinds are capped by a
 * deterministic sample.
 *
 * <p>The world is a fixed gazetteer of invented countries, each with its towns ({@code places.csv}, written next
 * to the articles in the format of {@code rules/data/places.csv}; see {@link Gazetteer}). Events are held in a town
 * of a party, a wrong venue is another town of the same country, and no two series (or agreements, or deals) share
 * their name and parties, as no two real ones do.
 *
 * <p>Articles are written one at a time and dropped; only per-event bookkeeping stays in memory. The same
 * article count and seed give byte-identical files.
 */
public final class CorpusGenerator {
    /** Name of the gold file written next to the articles. */
    public static final String GOLD = "gold.csv";
    /** Marks a folder this generator wrote, which it may empty and write again. */
    public static final String MARKER = ".crosscheck-corpus";
    public static final double DEFAULT_CONTRADICTION_RATE = 0.05;
    static final double REPOST_RATE = 0.03;
    static final int MAX_CONSISTENT = 1000;
    static final int MAX_TRAP = 1000;
    static final int MAX_FLAGGED = 200;
    private static final int RECENT = 64;
    static final int PER_WORDING = 3;
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};

    /**
     * What was written.
     *
     * @param articles       articles written
     * @param reposts        of which reposts of an earlier article
     * @param contradictions original (non-repost) articles that state one fact differently
     * @param bytes          total bytes of the articles
     * @param gold           gold rows per kind
     */
    public record Summary(int articles, int reposts, int contradictions, long bytes, Map<String, Integer> gold) {
    }

    /**
     * One fact an article states: a key (event and attribute), its value, a fragment quoting it, and its wording
     * (the sentence that states it, empty until the body is complete).
     */
    private record Stated(String key, String value, String fragment, String wording) {
        Stated(String key, String value, String fragment) {
            this(key, value, fragment, "");
        }
    }

    /** The earliest-published article stating a value, as a report would quote it. */
    private record Ref(LocalDate published, String file, String fragment) {
        static final Comparator<Ref> ORDER = Comparator.comparing(Ref::published).thenComparing(Ref::file);
    }

    private record Recipe(int index, LocalDate published, boolean contradicts) {
    }

    private record Body(String text, List<Stated> facts) {
    }

    private final int articles;
    private final long seed;
    private final double rate;
    private final World world;
    private final int width;
    /** key -> value -> earliest ref. */
    private final Map<String, Map<String, Ref>> refs = new HashMap<>();
    /**
     * key -> value -> wording -> the {@value #PER_WORDING} earliest refs: the article a report quotes depends on how
     * the value is worded and on whether the claim could be read in its article.
     */
    private final Map<String, Map<String, TreeMap<String, List<Ref>>>> forms = new HashMap<>();
    /** key NUL value -> the second-earliest article stating it (a different file from the earliest). */
    private final Map<String, Ref> seconds = new HashMap<>();
    /** key -> true value. */
    private final Map<String, String> truth = new HashMap<>();
    /** key -> values stated by injected contradictions. */
    private final Map<String, TreeMap<String, Boolean>> wrong = new HashMap<>();
    private final Map<Integer, LocalDate> lastPublished = new HashMap<>();
    private final List<Ref> teasers = new ArrayList<>();

    public CorpusGenerator(int articles, long seed, double contradictionRate) {
        if (articles < 1) {
            throw new CrosscheckException("--articles", "must be at least 1", CrosscheckException.USAGE);
        }
        this.articles = articles;
        this.seed = seed;
        this.rate = contradictionRate;
        this.world = new World(seed, articles);
        this.width = Math.max(6, Integer.toString(articles - 1).length());
    }

    /** File name of article {@code i}. */
    public String fileName(int i) {
        return String.format(Locale.ROOT, "%0" + width + "d.txt", i);
    }

    /**
     * Writes the articles and gold.csv into {@code dir}; {@code progress} hears each article written. The folder
     * must be new, empty, or one this generator wrote (it holds {@value #MARKER}), which is then emptied first so
     * that no article of an earlier, larger corpus stays; any other folder is refused, never overwritten.
     */
    public Summary write(Path dir, IntConsumer progress) {
        try {
            if (Files.isDirectory(dir)) {
                boolean empty;
                try (var entries = Files.list(dir)) {
                    empty = entries.findAny().isEmpty();
                }
                if (!empty && !Files.isRegularFile(dir.resolve(MARKER))) {
                    throw new CrosscheckException(dir.toString(), "the folder is not empty and was not written by "
                            + "generate; give a new or empty folder", CrosscheckException.USAGE);
                }
                if (!empty) {
                    FileTrees.delete(dir);
                }
            } else if (Files.exists(dir)) {
                throw new CrosscheckException(dir.toString(), "not a folder", CrosscheckException.USAGE);
            }
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARKER), "written by crosscheck generate\n", StandardCharsets.UTF_8);
            int reposts = 0;
            int contradictions = 0;
            long bytes = 0;
            Deque<Recipe> recent = new ArrayDeque<>();
            for (int i = 0; i < articles; i++) {
                SplittableRandom rnd = rnd(i);
                String file = fileName(i);
                String text;
                boolean repost = !recent.isEmpty() && rnd.nextDouble() < REPOST_RATE;
                if (repost) {
                    Recipe original = pickRecent(recent, rnd);
                    LocalDate published = original.published().plusDays(rnd.nextInt(2));
                    Body body = body(original.index(), original.published(), original.contradicts());
                    text = frame(rnd, world.draw(eventRnd(original.index())), body.text(), published, file, false);
                    reposts++;
                } else {
                    boolean contradicts = rnd.nextDouble() < rate;
                    World.Event e = world.draw(eventRnd(i));
                    LocalDate published = e.date().plusDays(rnd.nextInt(4));
                    LocalDate last = lastPublished.get(e.id());
                    if (last != null && last.isAfter(published)) {
                        published = last;
                    }
                    lastPublished.put(e.id(), published);
                    Body body = body(i, published, contradicts);
                    text = frame(rnd, e, body.text(), published, file, true);
                    for (Stated s : body.facts()) {
                        Ref ref = new Ref(published, file, s.fragment());
                        List<Ref> earliest = forms.computeIfAbsent(s.key(), k -> new HashMap<>())
                                .computeIfAbsent(s.value(), k -> new TreeMap<>())
                                .computeIfAbsent(s.wording(), k -> new ArrayList<>());
                        if (earliest.stream().noneMatch(r -> r.file().equals(file))) {
                            earliest.add(ref);
                            earliest.sort(Ref.ORDER);
                            if (earliest.size() > PER_WORDING) {
                                earliest.remove(PER_WORDING);
                            }
                        }
                        Map<String, Ref> stated = refs.computeIfAbsent(s.key(), k -> new HashMap<>());
                        Ref first = stated.get(s.value());
                        if (first == null || Ref.ORDER.compare(ref, first) < 0) {
                            stated.put(s.value(), ref);
                            if (first != null && !first.file().equals(file)) {
                                seconds.put(s.key() + "\u0000" + s.value(), first);
                            }
                        } else if (!first.file().equals(file)) {
                            seconds.merge(s.key() + "\u0000" + s.value(), ref,
                                    (x, y) -> Ref.ORDER.compare(x, y) <= 0 ? x : y);
                        }
                    }
                    if (contradicts) {
                        contradictions++;
                    }
                    recent.addLast(new Recipe(i, published, contradicts));
                    if (recent.size() > RECENT) {
                        recent.removeFirst();
                    }
                }
                byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve(file), encoded);
                bytes += encoded.length;
                if (progress != null) {
                    progress.accept(i + 1);
                }
            }
            Map<String, Integer> gold = writeGold(dir.resolve(GOLD));
            Gazetteer.write(dir.resolve(Gazetteer.FILE));
            return new Summary(articles, reposts, contradictions, bytes, gold);
        } catch (IOException e) {
            throw new CrosscheckException(dir.toString(), "cannot write the corpus: " + e.getMessage(),
                    CrosscheckException.FAILURE, e);
        }
    }

    private SplittableRandom rnd(int i) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 1);
    }

    private static Recipe pickRecent(Deque<Recipe> recent, SplittableRandom rnd) {
        int k = rnd.nextInt(recent.size());
        for (Recipe r : recent) {
            if (k-- == 0) {
                return r;
            }
        }
        throw new IllegalStateException();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The article body: a pure function of the article index, its publication date and whether it contradicts,
    // so that a repost regenerates the same text.
    // ---------------------------------------------------------------------------------------------------------

    private Body body(int index, LocalDate published, boolean contradicts) {
        SplittableRandom rnd = new SplittableRandom(rnd(index).nextLong() ^ 0x5DEECE66DL);
        World.Event e = world.draw(eventRnd(index));
        List<Stated> facts = new ArrayList<>();
        String conflict = contradicts ? conflictKind(rnd, e) : "";
        String a = e.a();
        String b = e.b();

        // Date of the event as this article writes it.
        LocalDate date = e.date();
        String dateText;
        if (conflict.equals("date")) {
            int shift = rnd.nextBoolean() ? 1 + rnd.nextInt(2) : -1 - rnd.nextInt(2);
            date = safeYear(date, date.getYear() + shift);
            dateText = absolute(rnd, date);
            wrong("date", e, date.toString());
        } else {
            dateText = dateExpression(rnd, date, published);
        }
        String dateFrag = dateText.startsWith("on ") || dateText.startsWith("in ") ? dateText.substring(3) : dateText;
        facts.add(new Stated(e.key() + "/date", date.toString(), dateFrag));
        truth.putIfAbsent(e.key() + "/date", e.date().toString());

        String city = e.city();
        if (conflict.equals("venue")) {
            city = World.otherTown(rnd, e.city());
            wrong("venue", e, city);
        }
        facts.add(new Stated(e.key() + "/venue", city, city));
        truth.putIfAbsent(e.key() + "/venue", e.city());

        List<String> sentences = new ArrayList<>();
        String person = e.title() + " " + e.person();
        String ord = e.edition() > 0 && e.edition() < Vocab.ORDINAL_WORDS.size() ? Vocab.ORDINAL_WORDS.get(e.edition())
                : e.edition() + "th";
        String lead = switch (e.type()) {
            case MEETING -> World.pick(rnd, List.of(
                    "The " + ord + " meeting of the " + e.series() + " was held in " + city + " " + dateText + ".",
                    city + " hosted the " + ord + " round of the " + e.series() + " " + dateText + ".",
                    "Officials from " + a + " and " + b + " met " + dateText + " in " + city + " for the " + ord
                            + " session of the " + e.series() + "."));
            case VISIT -> World.pick(rnd, List.of(
                    a + "'s " + person + " arrived in " + city + " " + dateText + " on a two-day official visit to " + b + ".",
                    dateCap(dateText) + ", " + person + " of " + a + " began a visit to " + b + ", landing in " + city + ".",
                    person + " visited " + b + " " + dateText + ", holding talks in " + city + "."));
            case EXERCISE -> World.pick(rnd, List.of(
                    "The " + ord + " edition of the joint exercise " + e.series() + " between " + a + " and " + b
                            + " opened in " + city + " " + dateText + ".",
                    "Troops of " + a + " and " + b + " began the " + e.series() + "-" + Vocab.ROMAN.get(Math.min(e.edition(), 15))
                            + " drills near " + city + " " + dateText + ".",
                    dateCap(dateText) + ", the armed forces of " + a + " and " + b + " launched " + e.series()
                            + ", their " + ord + " joint exercise, in " + city + "."));
            case AGREEMENT -> World.pick(rnd, List.of(
                    a + " and " + b + " signed a memorandum of understanding on " + e.field() + " in " + city + " "
                            + dateText + ".",
                    "A memorandum of understanding on cooperation in " + e.field() + " was signed by " + a + " and "
                            + b + " " + dateText + " in " + city + ".",
                    dateCap(dateText) + " in " + city + ", " + a + " and " + b + " inked an MoU on " + e.field() + "."));
            case DEAL -> World.pick(rnd, List.of(
                    a + " and " + b + " signed an arms deal in " + city + " " + dateText + ".",
                    "An arms contract between " + a + " and " + b + " was signed in " + city + " " + dateText + ".",
                    dateCap(dateText) + ", officials of " + a + " and " + b + " sealed a defence deal in " + city + "."));
            case FORUM -> World.pick(rnd, List.of(
                    "The " + ord + " " + e.series() + " opened in " + city + " " + dateText + ".",
                    dateCap(dateText) + ", " + city + " welcomed delegates to the " + ord + " " + e.series() + ".",
                    "Delegates gathered in " + city + " " + dateText + " for the " + ord + " " + e.series() + "."));
        };
        sentences.add(lead);

        if (e.type() == World.Type.DEAL) {
            Vocab.Family f = Vocab.FAMILIES.get(e.family());
            String variant = f.variants().get(0);
            if (conflict.equals("variant")) {
                variant = f.variants().get(1 + rnd.nextInt(f.variants().size() - 1));
                wrong("variant", null, f.family() + "\u0000" + variant);
            }
            String designation = f.family() + variant;
            String variantKey = "F/" + f.family() + "/variant";
            truth.putIfAbsent(variantKey, f.variants().get(0));
            facts.add(new Stated(variantKey, variant, designation));
            int count = e.count();
            if (conflict.equals("count")) {
                count = count * 2 + 3;
                wrong("count", e, Integer.toString(count));
            }
            String delivered = (count < Vocab.NUMBER_WORDS.size() && rnd.nextBoolean() ? Vocab.NUMBER_WORDS.get(count)
                    : Integer.toString(count)) + " " + designation;
            truth.putIfAbsent(e.key() + "/count", Integer.toString(e.count()));
            String planned = "up to " + e.planned() + " " + designation;
            boolean statesPlan = rnd.nextInt(3) > 0;
            boolean statesDelivery = !statesPlan || rnd.nextBoolean() || !conflict.isEmpty();
            if (statesPlan) {
                sentences.add(World.pick(rnd, List.of(
                        b + " plans to buy " + planned + " " + f.noun() + " over the coming years.",
                        "Under the deal, " + b + " intends to acquire " + planned + " " + f.noun() + ".",
                        "The contract envisages " + planned + " " + f.noun() + " for the " + demonym(b) + " forces.")));
                facts.add(new Stated(e.key() + "/planned", Integer.toString(e.planned()), planned));
            }
            if (statesDelivery) {
                sentences.add(World.pick(rnd, List.of(
                        a + " has delivered " + delivered + " " + f.noun() + " to " + b + ".",
                        "So far " + delivered + " " + f.noun() + " have been handed over to " + b + ".",
                        "The first batch of " + delivered + " " + f.noun() + " reached " + b + " under the deal.")));
                facts.add(new Stated(e.key() + "/delivered", Integer.toString(count), delivered));
                facts.add(new Stated(e.key() + "/count", Integer.toString(count), delivered));
            }
        } else if (e.type() != World.Type.AGREEMENT) {
            int count = e.count();
            if (conflict.equals("count")) {
                count = count * 2 + 10;
                wrong("count", e, Integer.toString(count));
            }
            String countText;
            int style = conflict.equals("count") ? 0 : rnd.nextInt(3);
            if (style == 1) {
                countText = World.pick(rnd, List.of("about ", "around ", "nearly ")) + count + " " + e.unit();
            } else if (style == 2 && count % 2 == 0) {
                countText = count / 2 + " " + e.unit() + " from each side";
            } else {
                countText = count + " " + e.unit();
            }
            facts.add(new Stated(e.key() + "/count", Integer.toString(count), countText));
            truth.putIfAbsent(e.key() + "/count", Integer.toString(e.count()));
            sentences.add(World.pick(rnd, List.of(
                    (style == 1 ? "In all, " : "Some ") + countText + " took part.",
                    "The event brought together " + countText + ".",
                    "According to the organisers, " + countText + " attended.")));
        }

        if (e.type() != World.Type.VISIT) {
            sentences.add(World.pick(rnd, List.of(
                    "The " + demonym(a) + " side was led by " + person + ".",
                    person + " of " + a + " headed the delegation.",
                    "Speaking on the occasion, " + person + " said the two countries had a shared agenda.")));
        }
        int fillers = 4 + rnd.nextInt(6);
        List<String> pool = new ArrayList<>(Vocab.FILLER);
        for (int k = 0; k < fillers; k++) {
            String s = pool.remove(rnd.nextInt(pool.size()))
                    .replace("{A}", a).replace("{B}", b).replace("{a}", demonym(a)).replace("{b}", demonym(b))
                    .replace("{P}", rnd.nextBoolean() ? person : e.person())
                    .replace("{T}", e.topic().toLowerCase(Locale.ROOT));
            sentences.add(s);
        }
        if (!e.series().isEmpty() && rnd.nextInt(3) == 0) {
            sentences.add(World.pick(rnd, List.of(
                    "The next round is expected to be held in " + e.next() + " next year.",
                    "Both sides agreed to hold the next edition next year.")));
        }
        // Keep the lead first; shuffle the rest lightly so paragraphs vary.
        for (int k = sentences.size() - 1; k > 1; k--) {
            if (rnd.nextInt(3) == 0) {
                int j = 1 + rnd.nextInt(k);
                String t = sentences.get(k);
                sentences.set(k, sentences.get(j));
                sentences.set(j, t);
            }
        }
        List<Stated> worded = new ArrayList<>();
        for (Stated f : facts) {
            String wording = sentences.stream().filter(x -> x.contains(f.fragment())).findFirst().orElseThrow();
            worded.add(new Stated(f.key(), f.value(), f.fragment(), wording));
        }
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < sentences.size(); k++) {
            if (k > 0) {
                text.append(rnd.nextInt(3) == 0 ? "\n\n" : " ");
            }
            text.append(sentences.get(k));
        }
        return new Body(text.toString(), worded);
    }

    /** The event of an article, drawn from a stream that depends on the index only. */
    private SplittableRandom eventRnd(int index) {
        return new SplittableRandom(seed * 0xD1B54A32D192ED03L + index * 0x94D049BB133111EBL + 2);
    }

    private String conflictKind(SplittableRandom rnd, World.Event e) {
        List<String> kinds = new ArrayList<>(List.of("date", "venue"));
        if (e.type() != World.Type.AGREEMENT) {
            kinds.add("count");
        }
        if (e.type() == World.Type.DEAL) {
            kinds.add("variant");
            kinds.add("variant");
        }
        return World.pick(rnd, kinds);
    }

    private void wrong(String attribute, World.Event e, String value) {
        String key;
        String v = value;
        if (e == null) {
            int cut = value.indexOf('\u0000');
            key = "F/" + value.substring(0, cut) + "/" + attribute;
            v = value.substring(cut + 1);
        } else {
            key = e.key() + "/" + attribute;
        }
        wrong.computeIfAbsent(key, k -> new TreeMap<>()).put(v, true);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Header, dateline and page furniture around a body.
    // ---------------------------------------------------------------------------------------------------------

    private String frame(SplittableRandom rnd, World.Event e, String body, LocalDate published, String file,
                         boolean recordTeasers) {
        String outlet = World.pick(rnd, Vocab.OUTLETS);
        String author = World.person(rnd);
        // Filed from a town of either party, as a correspondent covering the event would be.
        String city = World.venue(rnd, e.a(), e.b());
        String title = World.pick(rnd, List.of("Talks held", "Ties deepen", "Cooperation reviewed", "Officials meet",
                "New steps agreed")) + " as " + World.pick(rnd, List.of(e.a(), e.b())) + " looks to partners";
        StringBuilder out = new StringBuilder();
        int style = rnd.nextInt(4);
        switch (style) {
            case 0 -> out.append(title).append("\n Source : ").append(World.pick(rnd, Vocab.AGENCIES))
                    .append("  Date : ").append(String.format(Locale.ROOT, "%02d-%s-%d", published.getDayOfMonth(),
                            MONTHS[published.getMonthValue() - 1].substring(0, 3), published.getYear()))
                    .append("\n\n").append(city).append(", ").append(MONTHS[published.getMonthValue() - 1])
                    .append(' ').append(published.getDayOfMonth()).append(": ").append(body);
            case 1 -> out.append(" date ").append(published).append(' ').append(author).append("\n\n")
                    .append(city).append("\n\n").append(body);
            case 2 -> out.append(city.toUpperCase(Locale.ROOT)).append(": ").append(body);
            default -> out.append(title).append("\n\nPublished: ").append(MONTHS[published.getMonthValue() - 1])
                    .append(' ').append(published.getDayOfMonth()).append(", ").append(published.getYear())
                    .append("\n\n").append(city.toUpperCase(Locale.ROOT)).append(", ")
                    .append(MONTHS[published.getMonthValue() - 1], 0, 3).append(' ')
                    .append(published.getDayOfMonth()).append(" (").append(World.pick(rnd, Vocab.AGENCIES))
                    .append("): ").append(body);
        }
        out.append("\n");
        if (style == 2) {
            out.append("\nPublished in ").append(outlet).append(", ").append(MONTHS[published.getMonthValue() - 1])
                    .append(' ').append(ordinalDay(published.getDayOfMonth())).append(", ").append(published.getYear())
                    .append('\n');
            int teasersCount = 2 + rnd.nextInt(3);
            for (int k = 0; k < teasersCount; k++) {
                String headline = World.pick(rnd, List.of("Flood warnings", "Budget debate", "Market rally",
                        "Heatwave ahead", "Transport strike", "Harvest outlook")) + " in " + World.city(rnd);
                String day = (1 + rnd.nextInt(28)) + " " + MONTHS[rnd.nextInt(12)] + ", " + (2023 + rnd.nextInt(2));
                out.append(headline).append('\n').append(rnd.nextBoolean() ? "Updated " : "").append(day)
                        .append("\n\n").append(headline).append("\n\n")
                        .append(World.pick(rnd, List.of("OFFICIALS said on Monday that",
                                "WITH temperatures rising this week,", "THE government has announced that")))
                        .append(" the situation was being watched closely...\n");
                if (recordTeasers && k == 0) {
                    teasers.add(new Ref(published, file, day));
                }
            }
        } else {
            switch (rnd.nextInt(4)) {
                case 0 -> out.append("\nShare:\n");
                case 1 -> out.append("\nAbout the Author\n");
                case 2 -> out.append("\nRelated Stories\n").append(title).append('\n');
                default -> {
                }
            }
        }
        return out.toString();
    }

    private static String dateExpression(SplittableRandom rnd, LocalDate date, LocalDate published) {
        long delta = ChronoUnit.DAYS.between(date, published);
        int choice = rnd.nextInt(5);
        if (choice < 2 && delta >= 1 && delta <= 6) {
            return "on " + WEEKDAYS[date.getDayOfWeek().getValue() - 1];
        }
        return "on " + absolute(rnd, date);
    }

    private static String absolute(SplittableRandom rnd, LocalDate d) {
        String month = MONTHS[d.getMonthValue() - 1];
        return switch (rnd.nextInt(4)) {
            case 0 -> month + " " + d.getDayOfMonth() + ", " + d.getYear();
            case 1 -> d.getDayOfMonth() + " " + month + " " + d.getYear();
            case 2 -> String.format(Locale.ROOT, "%02d-%s-%d", d.getDayOfMonth(), month.substring(0, 3), d.getYear());
            default -> month + " " + ordinalDay(d.getDayOfMonth()) + ", " + d.getYear();
        };
    }

    private static String ordinalDay(int day) {
        String suffix = (day % 100 >= 11 && day % 100 <= 13) ? "th" : switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return day + suffix;
    }

    private static LocalDate safeYear(LocalDate d, int year) {
        return d.getMonthValue() == 2 && d.getDayOfMonth() == 29 ? LocalDate.of(year, 2, 28) : d.withYear(year);
    }

    private static String dateCap(String dateText) {
        return Character.toUpperCase(dateText.charAt(0)) + dateText.substring(1);
    }

    static String demonym(String country) {
        return country + "n";
    }

    // ---------------------------------------------------------------------------------------------------------
    // Gold rows.
    // ---------------------------------------------------------------------------------------------------------

    private Map<String, Integer> writeGold(Path file) throws IOException {
        List<List<String>> must = new ArrayList<>();
        List<List<String>> consistent = new ArrayList<>();
        List<List<String>> trap = new ArrayList<>();
        List<List<String>> flagged = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(wrong.keySet())) {
            Map<String, Ref> stated = refs.getOrDefault(key, Map.of());
            List<String> values = wrong.get(key).keySet().stream().filter(stated::containsKey).toList();
            if (stated.containsKey(truth.get(key))) {
                for (String value : values) {
                    must.add(List.of("must-" + key + "-" + value, "MUST", "CONTRADICTION|NEEDS_REVIEW",
                            sides(key, value), sides(key, truth.get(key)),
                            key + ": " + value + " injected against " + truth.get(key)));
                }
            }
            // Two injected values conflict with each other as much as with the truth.
            for (int x = 0; x < values.size(); x++) {
                for (int y = x + 1; y < values.size(); y++) {
                    must.add(List.of("must-" + key + "-" + values.get(x) + "-" + values.get(y), "MUST",
                            "CONTRADICTION|NEEDS_REVIEW", sides(key, values.get(x)), sides(key, values.get(y)),
                            key + ": " + values.get(x) + " and " + values.get(y) + " both injected (true value "
                                    + truth.get(key) + ")"));
                }
            }
        }
        // Agreeing dates and venues: the two earliest articles stating the true value. A report row pairing a
        // value with itself quotes the earliest claim of each side, which may be either of them.
        for (World.Event e : world.events) {
            for (String attribute : List.of("date", "venue")) {
                String key = e.key() + "/" + attribute;
                String value = truth.get(key);
                Ref first = value == null ? null : refs.getOrDefault(key, Map.of()).get(value);
                Ref second = value == null ? null : seconds.get(key + "\u0000" + value);
                if (first == null || second == null) {
                    continue;
                }
                String both = side(first) + "|" + side(second);
                consistent.add(List.of("cons-" + key, "CONSISTENT", "", both, both,
                        key + ": " + truth.get(key) + " stated alike by independent sources"));
            }
            if (e.type() == World.Type.DEAL) {
                Ref plan = refs.getOrDefault(e.key() + "/planned", Map.of()).get(Integer.toString(e.planned()));
                Ref done = refs.getOrDefault(e.key() + "/delivered", Map.of()).get(Integer.toString(e.count()));
                if (plan != null && done != null && !plan.file().equals(done.file())) {
                    trap.add(List.of("trap-" + e.key() + "-planned", "TRAP", "", side(plan), side(done),
                            "up to " + e.planned() + " planned vs " + e.count() + " delivered are different stages"));
                }
            }
        }
        for (int i = 1; i < world.events.size(); i++) {
            World.Event prev = world.events.get(i - 1);
            World.Event e = world.events.get(i);
            if (!e.series().isEmpty() && e.series().equals(prev.series()) && e.edition() == prev.edition() + 1) {
                Ref x = refs.getOrDefault(prev.key() + "/date", Map.of()).get(prev.date().toString());
                Ref y = refs.getOrDefault(e.key() + "/date", Map.of()).get(e.date().toString());
                if (x != null && y != null && !x.file().equals(y.file())) {
                    trap.add(List.of("trap-" + e.key() + "-edition", "TRAP", "", side(x), side(y),
                            e.series() + ": edition " + prev.edition() + " (" + prev.date() + ") and edition "
                                    + e.edition() + " (" + e.date() + ") are different events"));
                }
            }
        }
        for (Ref t : teasers) {
            flagged.add(List.of("footer-" + t.file(), "FLAGGED_OR_STRIPPED", "", side(t), "",
                    "a teaser dated " + t.fragment() + " under the signature must be stripped or flagged"));
        }
        Map<String, Integer> counts = new TreeMap<>();
        List<List<String>> rows = new ArrayList<>();
        // Every injected conflict is listed: precision counts a contradiction that pairs no MUST row as a false alarm.
        rows.addAll(sample(must, Integer.MAX_VALUE, counts, "MUST"));
        rows.addAll(sample(consistent, MAX_CONSISTENT, counts, "CONSISTENT"));
        rows.addAll(sample(trap, MAX_TRAP, counts, "TRAP"));
        rows.addAll(sample(flagged, MAX_FLAGGED, counts, "FLAGGED_OR_STRIPPED"));
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader("gid", "kind", "accept", "side_a", "side_b", "note").get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return counts;
    }

    /** A deterministic sample of at most {@code max} rows, kept in their original order. */
    private List<List<String>> sample(List<List<String>> rows, int max, Map<String, Integer> counts, String kind) {
        List<List<String>> out = rows;
        if (rows.size() > max) {
            SplittableRandom rnd = new SplittableRandom(seed ^ kind.hashCode());
            boolean[] keep = new boolean[rows.size()];
            for (int chosen = 0; chosen < max; ) {
                int k = rnd.nextInt(rows.size());
                if (!keep[k]) {
                    keep[k] = true;
                    chosen++;
                }
            }
            out = new ArrayList<>();
            for (int k = 0; k < rows.size(); k++) {
                if (keep[k]) {
                    out.add(rows.get(k));
                }
            }
        }
        counts.put(kind, out.size());
        return out;
    }

    private static String side(Ref r) {
        return r.file() + ":" + r.fragment();
    }

    /**
     * A MUST side: the earliest articles stating the value in each of its wordings (sentences). A report keeps
     * wordings that normalise differently ("some 600 troops", "300 troops from each side") as separate values,
     * one row each, and quotes the earliest claim it could read (a claim may be lost to its context), so any of
     * these articles may stand for the value; every such row reports the same injected conflict.
     */
    private String sides(String key, String value) {
        List<String> out = new ArrayList<>();
        for (List<Ref> refs : forms.get(key).get(value).values()) {
            for (Ref r : refs) {
                String s = side(r);
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return String.join("|", out);
    }
}
