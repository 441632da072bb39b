package org.crosscheck.fact;

/**
 * One thing one article states, in a generic shape rules can compare without knowing the extractor.
 *
 * <p>Rules join claims on {@code subject} and {@code attribute} (hash-indexed equality) and compare
 * {@code value}, {@code detail}, {@code number} and {@code time}. {@code origin} identifies the independent
 * source: copies of one article share an origin, so they neither corroborate nor contradict each other. Each
 * component's {@link FactField} is its documentation: the fact-model reference in rules/README.md is generated
 * from it.
 */
@FactField("one thing one article states")
public record Claim(
        @FactField(value = "stable identifier (hash of source, offsets, attribute and value); `id > $a.id` makes each pair fire once",
                example = "3f9c2a71b0de") String id,
        @FactField(value = "article file name, relative to the input folder", example = "001_70d7bb2ad96e1bf1.txt")
        String source,
        @FactField(value = "independent source: reposts of one article share it; compare `origin != $o`, never `source`",
                example = "001_70d7bb2ad96e1bf1.txt") String origin,
        @FactField(value = "fact kind: EVENT, EQUIPMENT, COUNT, TALLY (a running total), MONEY, ORDINAL, PERSON, PLACE, TIME",
                example = "COUNT") String kind,
        @FactField(value = "what the claim is about: the resolved event key or entity key; join on it with `subject == $s`",
                example = "arms-transfer:orlan+vesk:kt-40") String subject,
        @FactField(value = "the property claimed: event, date, since, place, count, measure, duration, clock, money, "
                + "ordinal, first, previous, designation, title, attendance, time, weekday", example = "count") String attribute,
        @FactField(value = "the normalised value compared (a TimeML value for dates, a family for designations, a title, a place)",
                example = "4") String value,
        @FactField(value = "the finer part of the value: the variant of a designation, the role of a place (venue), "
                + "EACH, TOTAL, PART, a side's country, for:<side> or in:<place> (a toll of one place) for counts; empty "
                + "when unstated",
                example = "TOTAL") String detail,
        @FactField(value = "the quantity, NaN when the claim is not one (test with `Double.isNaN(number)`)", example = "4.0")
        double number,
        @FactField(value = "what is counted with its role (`dead`, `aboard/passengers`), the measure and what it "
                + "measures (`km:tunnel`), the currency with its rate and scope (`USD:financing`), the office group of a "
                + "title or the type of a place; empty when none", example = "helicopters") String unit,
        @FactField(value = "how exact a quantity is: EXACT, ABOUT, ALMOST, UP_TO, AT_LEAST, OVER, UNDER (ONLY for "
                + "an exclusive venue); empty otherwise", example = "EXACT") String qualifier,
        @FactField(value = "HAPPENED, SIGNED, AGREED, DELIVERED, REPORTED, EXPECTED, PLANNED, SCHEDULED, INTENDED, PROPOSED, "
                + "DRAFT, CONDITIONAL, DENIED, CANCELLED, ABSENT, PARTIAL", example = "DELIVERED") String modality,
        @FactField(value = "stated as not having happened (\"did not attend\")", example = "false") boolean negated,
        @FactField(value = "when the claim holds; null when it states no time", example = "TimeSpan(2017, 2017-01-01, 2017-12-31, YEAR)")
        TimeSpan time,
        @FactField(value = "the resolved event key the claim was grouped under; empty for claims about no event",
                example = "arms-transfer:orlan+vesk:kt-40") String event,
        @FactField(value = "the subject without its edition, year or local mark: what since, first-ever and previous claims "
                + "speak of", example = "meeting:orlan+vesk:joint-working-group") String series,
        @FactField(value = "the exact text of the claim", example = "four KT-40M combat and cargo helicopters") String quote,
        @FactField(value = "offset of quote in the article file (characters, inclusive)", example = "812") int start,
        @FactField(value = "offset just past quote in the article file", example = "851") int end,
        @FactField(value = "the sentence holding the claim, verbatim",
                example = "Russia has provided four KT-40M combat and cargo helicopters to Pakistan.") String sentence,
        @FactField(value = "the article's publication date as ISO text; empty when unknown", example = "2018-03-03")
        String published,
        @FactField(value = "the extractor that produced the claim", example = "count") String extractor,
        @FactField(value = "the place value of the last digit a quantity was written to, in its unit (1 for \"142\", "
                + "100 for \"2,400\", 1e8 for \"$12.2 billion\"), so that a rounded figure agrees with its exact value; "
                + "NaN when unknown or not a quantity", example = "1.0") double resolution,
        @FactField(value = "who the sentence says states the claim (\"police\", \"local media\"), lower case; empty "
                + "when the article states it in its own voice", example = "police") String attribution,
        @FactField(value = "what an event claim's mention says of its event (type, name, edition, participants, time), "
                + "read by grouping and dropped after it; null otherwise and in every rule session",
                example = "null") EventFrame frame,
        @FactField(value = "why the claim's event is its subject's, as grouping decided (facts.csv event_basis, "
                + "audit.csv why_same); empty for claims about no event",
                example = "s1.txt: 2 mentions ('exercise', 'drills'); joined exercise:orlan+vesk:amber-watch by type "
                        + "exercise, names amber-watch = amber-watch") String basis)
        implements java.io.Serializable {

    /**
     * Local mark of the subject of a figure whose sentence names no event, in an article about one event
     * ({@code fire:united-kingdom:grenfell-tower~figure:measure:storeys:24}): it meets only the same figure of that
     * event.
     */
    public static final String FIGURE_MARK = "~figure:";

    private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile("#(\\d+)");

    /**
     * One shared copy of a value many claims repeat (subjects, attributes, modalities, dates, short quotes): a
     * corpus holds millions of claims over a few thousand distinct subjects, and the copies would dominate the heap.
     */
    private static String canonical(String s) {
        return s == null ? null : s.intern();
    }

    /** The value with its detail, as a reviewer reads it ({@code KT-40 [M]}). */
    @FactField(value = "the value with its detail, as a reviewer reads it", example = "KT-40 [M]")
    public String fullValue() {
        return detail == null || detail.isEmpty() ? value : value + " [" + detail + "]";
    }

    /** The words the time was read from, else the quote: what an explanation cites for "when". */
    @FactField(value = "the words the time was read from, else the quote", example = "Last year")
    public String timePhrase() {
        return time == null || time.phrase() == null || time.phrase().isEmpty() ? quote : time.phrase();
    }

    /** The time value, or an empty string. */
    @FactField(value = "the TimeML value of time, empty when there is none", example = "2017")
    public String timeValue() {
        return time == null ? "" : time.value();
    }

    public Claim withOrigin(String newOrigin) {
        return new Claim(id, source, canonical(newOrigin), kind, subject, attribute, value, detail, number, unit, qualifier,
                modality, negated, time, event, series, quote, start, end, sentence, published, extractor, resolution,
                attribution, frame, basis);
    }

    /** The claim with another spelling of its value and detail (one place written two ways); the id stays. */
    public Claim withValue(String newValue, String newDetail) {
        return new Claim(id, source, origin, kind, subject, attribute, canonical(newValue), canonical(newDetail), number,
                unit, qualifier, modality, negated, time, event, series, quote, start, end, sentence, published,
                extractor, resolution, attribution, frame, basis);
    }

    public Claim withEvent(String newEvent, String newSubject) {
        return new Claim(id, source, origin, kind, canonical(newSubject), attribute, value, detail, number, unit,
                qualifier, modality, negated, time, canonical(newEvent), canonical(seriesOf(newSubject)), quote, start,
                end, sentence, published, extractor, resolution, attribution, frame, basis);
    }

    /** The claim with the basis of its grouping, and without the frame grouping has read. */
    public Claim withBasis(String newBasis) {
        return new Claim(id, source, origin, kind, subject, attribute, value, detail, number, unit, qualifier,
                modality, negated, time, event, series, quote, start, end, sentence, published, extractor, resolution,
                attribution, null, canonical(newBasis));
    }

    /** The claim with its repeated strings shared again: a claim read back from disk holds copies of its own. */
    public Claim shared() {
        return new Claim(id, canonical(source), canonical(origin), canonical(kind), canonical(subject),
                canonical(attribute), canonical(value), canonical(detail), number, canonical(unit), canonical(qualifier),
                canonical(modality), negated, time, canonical(event), canonical(series), canonical(quote), start, end,
                sentence, canonical(published), canonical(extractor), resolution, canonical(attribution), frame,
                canonical(basis));
    }

    /** The edition number of the subject ({@code meeting:a+b:name#12} is 12), or 0 when it has none. */
    @FactField(value = "the edition number in the subject (meeting:a+b:name#12 is 12), 0 when it has none", example = "12")
    public int edition() {
        java.util.regex.Matcher m = EDITION.matcher(subject);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * The series of a subject key: the key up to its first edition ({@code #}) or year ({@code @}) mark. An event
     * local to one article ({@code ~} mark) is a series of its own: anonymous events share no series.
     */
    public static String seriesOf(String subject) {
        int local = subject.indexOf('~');
        if (local >= 0) {
            // A figure of an event is in its event's series, so that it meets the event's own claims.
            if (!subject.startsWith(FIGURE_MARK, local)) {
                return subject;
            }
            subject = subject.substring(0, local);
        }
        int cut = subject.length();
        for (char mark : new char[] {'#', '@'}) {
            int i = subject.indexOf(mark);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return subject.substring(0, cut);
    }

    /** A builder with the defaults of a plain, unqualified, happened claim. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds claims; {@link #build()} derives the stable id from source, offsets, attribute and value. */
    public static final class Builder {
        private String source = "";
        private String origin = "";
        private String kind = "";
        private String subject = "";
        private String attribute = "";
        private String value = "";
        private String detail = "";
        private double number = Double.NaN;
        private String unit = "";
        private String qualifier = "";
        private String modality = "HAPPENED";
        private boolean negated;
        private TimeSpan time;
        private String event = "";
        private String quote = "";
        private int start;
        private int end;
        private String sentence = "";
        private String published = "";
        private String extractor = "";
        private double resolution = Double.NaN;
        private String attribution = "";
        private EventFrame frame;

        public Builder source(String v) { source = v; return this; }
        public Builder origin(String v) { origin = v; return this; }
        public Builder kind(String v) { kind = v; return this; }
        public Builder subject(String v) { subject = v; return this; }
        public Builder attribute(String v) { attribute = v; return this; }
        public Builder value(String v) { value = v; return this; }
        public Builder detail(String v) { detail = v; return this; }
        public Builder number(double v) { number = v; return this; }
        public Builder unit(String v) { unit = v; return this; }
        public Builder qualifier(String v) { qualifier = v; return this; }
        public Builder modality(String v) { modality = v; return this; }
        public Builder negated(boolean v) { negated = v; return this; }
        public Builder time(TimeSpan v) { time = v; return this; }
        public Builder event(String v) { event = v; return this; }
        public Builder sentence(String v) { sentence = v; return this; }
        public Builder published(String v) { published = v; return this; }
        public Builder extractor(String v) { extractor = v; return this; }
        public Builder resolution(double v) { resolution = v; return this; }
        public Builder attribution(String v) { attribution = v; return this; }
        public Builder frame(EventFrame v) { frame = v; return this; }

        /** The quoted text and its offsets in the article file. */
        public Builder quote(String text, int from, int to) {
            quote = text;
            start = from;
            end = to;
            return this;
        }

        public Claim build() {
            String o = origin.isEmpty() ? source : origin;
            String id = Ids.of(source, Integer.toString(start), Integer.toString(end), attribute, value, detail);
            return new Claim(id, canonical(source), canonical(o), canonical(kind), canonical(subject),
                    canonical(attribute), canonical(value), canonical(detail), number, canonical(unit),
                    canonical(qualifier), canonical(modality), negated, time, canonical(event),
                    canonical(seriesOf(subject)), canonical(quote), start, end, sentence, canonical(published),
                    canonical(extractor), resolution, canonical(attribution), frame, "");
        }
    }
}
