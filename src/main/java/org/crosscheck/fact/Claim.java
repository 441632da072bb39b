package org.crosscheck.fact;

/**
 * One thing one article states, in a generic shape rules can compare without knowing the extractor.
 *
 * <p>Rules join claims on {@code subject} and {@code attribute} (hash-indexed equality) and compare
 * {@code value}, {@code detail}, {@code number} and {@code time}. {@code origin} identifies the independent
 * source: copies of one article share an origin, so they neither corroborate nor contradict each other.
 *
 * @param id        stable identifier derived from source, offsets, attribute and value
 * @param source    article file name, relative to the input folder
 * @param origin    independent-source identifier (equal for duplicate articles)
 * @param kind      fact kind: EVENT, EQUIPMENT, COUNT, MONEY, ORDINAL, PERSON, PLACE, TIME
 * @param subject   normalised key of what the claim is about (an event key or an entity key)
 * @param attribute which property is claimed: designation, date, count, title, place, ordinal, ...
 * @param value     normalised value that rules compare
 * @param detail    finer part of the value, empty when unstated (the variant of an equipment family, ...)
 * @param number    numeric value, or {@code NaN} when the claim is not a quantity
 * @param unit      unit or currency of {@code number}, empty when none
 * @param qualifier how exact a quantity is: EXACT, ABOUT, UP_TO, AT_LEAST, OVER, EACH, TOTAL; empty otherwise
 * @param modality  HAPPENED, EXPECTED, PLANNED, INTENDED, PROPOSED, REPORTED, DENIED, CANCELLED, ...
 * @param negated   true when the claim is stated as not having happened
 * @param time      when the claim holds, or {@code null}
 * @param event     resolved event key the claim was grouped under, empty until grouping
 * @param series    the subject without its edition, year or local mark ({@code meeting:a+b:name#12} and
 *                  {@code exercise:a+b:name@2016} belong to {@code meeting:a+b:name} and {@code exercise:a+b:name}):
 *                  what "since", "first-ever" and "previous" claims speak of
 * @param quote     verbatim surface text of the claim
 * @param start     offset of {@code quote} in the article file (characters, inclusive)
 * @param end       offset just past {@code quote} in the article file
 * @param sentence  verbatim sentence holding the claim
 * @param published publication date of the article as ISO text, empty when unknown
 * @param extractor name of the extractor that produced the claim
 * @param frame     what an {@code event} claim's mention says about its event (grouping reads it), else {@code null}
 * @param basis     why the claim's event is the one of its subject, as grouping decided it ("names Druzhba =
 *                  Friendship (alias table), year 2016, participants a+b"), empty until grouping
 */
public record Claim(
        String id,
        String source,
        String origin,
        String kind,
        String subject,
        String attribute,
        String value,
        String detail,
        double number,
        String unit,
        String qualifier,
        String modality,
        boolean negated,
        TimeSpan time,
        String event,
        String series,
        String quote,
        int start,
        int end,
        String sentence,
        String published,
        String extractor,
        EventFrame frame,
        String basis) {

    private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile("#(\\d+)");

    /**
     * One shared copy of a value many claims repeat (subjects, attributes, modalities, dates, short quotes): a
     * corpus holds millions of claims over a few thousand distinct subjects, and the copies would dominate the heap.
     */
    private static String canonical(String s) {
        return s == null ? null : s.intern();
    }

    /** The value with its detail, as a reviewer reads it ({@code Mi-35 [M]}). */
    public String fullValue() {
        return detail == null || detail.isEmpty() ? value : value + " [" + detail + "]";
    }

    /** The words the time was read from, else the quote: what an explanation cites for "when". */
    public String timePhrase() {
        return time == null || time.phrase() == null || time.phrase().isEmpty() ? quote : time.phrase();
    }

    /** The time value, or an empty string. */
    public String timeValue() {
        return time == null ? "" : time.value();
    }

    public Claim withOrigin(String newOrigin) {
        return new Claim(id, source, canonical(newOrigin), kind, subject, attribute, value, detail, number, unit, qualifier,
                modality, negated, time, event, series, quote, start, end, sentence, published, extractor, frame, basis);
    }

    public Claim withEvent(String newEvent, String newSubject) {
        return new Claim(id, source, origin, kind, canonical(newSubject), attribute, value, detail, number, unit,
                qualifier, modality, negated, time, canonical(newEvent), canonical(seriesOf(newSubject)), quote, start,
                end, sentence, published, extractor, frame, basis);
    }

    /** The claim with the basis of its grouping, and without the frame grouping has read. */
    public Claim withBasis(String newBasis) {
        return new Claim(id, source, origin, kind, subject, attribute, value, detail, number, unit, qualifier,
                modality, negated, time, event, series, quote, start, end, sentence, published, extractor, null,
                canonical(newBasis));
    }

    /** The edition number of the subject ({@code meeting:a+b:name#12} is 12), or 0 when it has none. */
    public int edition() {
        java.util.regex.Matcher m = EDITION.matcher(subject);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * The series of a subject key: the key up to its first edition ({@code #}) or year ({@code @}) mark. An event
     * local to one article ({@code ~} mark) is a series of its own: anonymous events share no series.
     */
    public static String seriesOf(String subject) {
        if (subject.indexOf('~') >= 0) {
            return subject;
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
                    canonical(extractor), frame, "");
        }
    }
}
