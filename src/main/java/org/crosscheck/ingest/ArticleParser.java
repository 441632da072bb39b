package org.crosscheck.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.vocab.Vocabulary;

/**
 * Reads one decoded article: its publication date and outlet from header, byline, dateline or signature lines;
 * what is not article text (those lines, page furniture); and the sentences of what remains.
 */
public final class ArticleParser {
    /** Lines at the top of a file searched for header fields. */
    private static final int HEADER_LINES = 6;
    private static final int HEADER_LINE_MAX = 160;
    private static final int DATELINE_WINDOW = 800;

    private static final String DATE_TEXT = "(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[-/ ]+" + DateLiterals.MONTH
            + "[-/ ,]+\\d{4}|" + DateLiterals.MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})";
    /** The warning of an article whose text gives no publication date; metadata may still give one. */
    public static final String NO_DATE = "no publication date found in the text";
    /** {@code Source : Agencies}. */
    private static final Pattern SOURCE_LABEL = Pattern.compile(
            "\\b(?:source|by)\\s*:\\s*(\\p{L}[\\p{L} .&'-]*?)(?=\\s{2,}|\\s+date\\b|\\s*$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * {@code Published in Dawn, March 3rd, 2018}: a signature line naming outlet and date. Matched against one
     * line at a time ({@link #signature}): as a multi-line pattern its leading white space ran across every blank
     * line of the file, once per line, which made a file of blank lines quadratic.
     */
    private static final Pattern SIGNATURE = Pattern.compile(
            "\\h*(?:published|printed|first published)\\h+in\\h+(?:the\\h+)?([^,]{2,60}?),\\h*(" + DATE_TEXT
                    + ")\\h*\\.?\\h*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** A line that reads as a sentence of prose: it opens with a capital, digit or quote and ends one. */
    private static final Pattern SENTENCE_LINE = Pattern.compile("[\"\u201c\u2018'\\p{Lu}\\d].*[.!?][\"\u201d\u2019']?");
    /** Words of a line that is surely a paragraph of the article rather than a teaser's headline. */
    private static final int PROSE_WORDS = 15;
    /** The words of a headline that may close the page ({@link #titleCase}). */
    private static final int HEADLINE_MIN_WORDS = 3;
    private static final int HEADLINE_MAX_WORDS = 14;
    private final Furniture furniture;
    private final SentenceSplitter splitter;
    private final DateLiterals dates;
    private final HeaderDates headerDates;
    private final DateOrders dateOrders;
    /**
     * A dateline opening a paragraph: a place in capitals or followed by a date or agency, then a colon or dash:
     * {@code ISLAMABAD:}, {@code Islamabad, December 14:}, {@code DNA 20-30ISLAMABAD, Nov 20 (INP):},
     * {@code JAKARTA, March 25, 2019 (Reuters) - }, {@code SEOUL (Wire News / Agency - 14th November, 2022) }
     * (a bracket closing on a date needs no dash).
     */
    private final Pattern dateline;
    /** One name of an agency or outlet in a dateline's brackets: up to three capitalised words. */
    private static final String AGENCY = "\\p{Lu}[\\p{L}.]{1,15}(?: \\p{Lu}[\\p{L}.]{1,15}){0,2}";

    private ArticleParser(Furniture furniture, SentenceSplitter splitter, DateLiterals dates, HeaderDates headerDates,
                          DateOrders dateOrders) {
        this.furniture = furniture;
        this.splitter = splitter;
        this.dates = dates;
        this.headerDates = headerDates;
        this.dateOrders = dateOrders;
        // "(Agency - 14th November, 2022)": agencies joined by slashes only before a date, the stamp of a wire copy.
        String dated = "\\s*(?:-|\\u2013|\\u2014|,)\\s*((?i:" + dates.datePattern() + "))";
        this.dateline = Pattern.compile(
                "(?m)^[^\\n\\p{Ll}]{0,20}?((?:\\p{Lu}{2,}[ -]?)+|\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)*)"
                        + "(?:,\\s*(" + dates.monthPattern() + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s*\\d{4})?))?"
                        + "(?:\\s*\\((" + AGENCY + "(?:\\s*/\\s*" + AGENCY + ")*(?=" + dated + "\\))|" + AGENCY + ")"
                        + "(?:" + dated + ")?\\))?"
                        + "(?:\\s*(?::|\\u2014|\\u2013|--|\\s-)\\s+|(?<=\\d\\))\\s+)", Pattern.UNICODE_CHARACTER_CLASS);
    }

    public static ArticleParser from(Vocabulary vocabulary) {
        DateLiterals dates = new DateLiterals(org.crosscheck.vocab.CalendarWords.from(vocabulary));
        return new ArticleParser(Furniture.from(vocabulary), SentenceSplitter.from(vocabulary), dates,
                new HeaderDates(vocabulary, dates), DateOrders.from(vocabulary));
    }

    /**
     * The line after line {@code n} where the article goes on after a related-story box, or -1 when none does: the
     * first of two consecutive non-blank lines that each end a sentence, one of them of at least
     * {@value #PROSE_WORDS} words. The teasers of a box under an article stand between headlines; the article's own
     * paragraphs follow one another.
     */
    private static int proseAfter(String text, List<int[]> lines, int n, int articleEnd) {
        int previous = -1;
        boolean previousLong = false;
        for (int k = n + 1; k < lines.size() && lines.get(k)[0] < articleEnd; k++) {
            String content = text.substring(lines.get(k)[0], lines.get(k)[1]).strip();
            if (content.isEmpty()) {
                continue;
            }
            boolean sentence = SENTENCE_LINE.matcher(content).matches();
            boolean isLong = sentence && content.split("\\s+").length >= PROSE_WORDS;
            if (sentence && previous >= 0 && (isLong || previousLong)) {
                return previous;
            }
            previous = sentence ? k : -1;
            previousLong = isLong;
        }
        return -1;
    }

    /** Parses decoded text; {@code warnings} are the decoder's, carried into the article. */
    public Article parse(String source, String text, List<String> warnings) {
        List<String> notes = new ArrayList<>(warnings);
        List<Removal> removed = new ArrayList<>();
        Publication publication = Publication.unknown();

        // Header lines: labelled dates and sources near the top are metadata, not prose. A header never reaches a
        // signature: date lines after it belong to teasers of other articles ("Updated 1 September, 2024").
        List<int[]> lines = lines(text);
        HeaderDates.Found published = null;
        HeaderDates.Found updated = null;
        Matcher signature = signature(text, lines);
        boolean signed = signature != null;
        int headerEnd = signed ? signature.start() : text.length();
        for (int n = 0; n < Math.min(HEADER_LINES, lines.size()); n++) {
            int[] line = lines.get(n);
            String content = text.substring(line[0], line[1]);
            if (line[0] >= headerEnd) {
                break;
            }
            if (content.strip().length() > HEADER_LINE_MAX) {
                Optional<HeaderDates.Leading> lead = n == 0 ? headerDates.leading(content, DateOrder.UNKNOWN)
                        : Optional.empty();
                if (lead.isPresent()) {
                    published = published == null ? lead.get().found() : published;
                    removed.add(new Removal(line[0], line[0] + lead.get().end(), "header",
                            content.substring(0, lead.get().end())));
                }
                continue;
            }
            Matcher src = SOURCE_LABEL.matcher(content);
            boolean isHeader = false;
            Optional<HeaderDates.Found> date = headerDates.inLine(content, DateOrder.UNKNOWN);
            if (date.isPresent()) {
                isHeader = true;
                if (date.get().updated() ? updated == null : published == null) {
                    if (date.get().updated()) {
                        updated = date.get();
                    } else {
                        published = date.get();
                    }
                }
            }
            if (src.find() && publication.outlet().isEmpty()) {
                publication = publication.withOutlet(src.group(1).strip());
                isHeader = true;
            }
            if (isHeader) {
                removed.add(new Removal(line[0], line[1], "header", content));
            }
        }
        HeaderDates.Found headerDate = published != null ? published : updated;
        if (headerDate != null) {
            LocalDate date = headerDate.date();
            DateOrder order = dateOrders.of(publication);
            if (headerDate.ambiguous() && order != DateOrder.UNKNOWN) {
                date = dates.findDate(headerDate.text(), order).map(DateLiterals.Found::date).orElse(date);
            } else if (headerDate.ambiguous()) {
                notes.add("publication date '" + headerDate.text() + "' reads two ways; taken day first as " + date);
            }
            publication = publication.withDate(date, PublishedBasis.HEADER);
        }

        // A signature ("Published in Dawn, March 3rd, 2018") ends the article; what follows is furniture.
        int articleEnd = text.length();
        if (signed) {
            Optional<DateLiterals.Found> found = dates.findDate(signature.group(2));
            if (found.isPresent() && publication.date() == null) {
                publication = publication.withDate(found.get().date(), PublishedBasis.HEADER);
            }
            if (publication.outlet().isEmpty()) {
                publication = publication.withOutlet(signature.group(1).strip());
            }
            removed.add(new Removal(signature.start(), signature.end(), "signature",
                    text.substring(signature.start(), signature.end())));
            articleEnd = signature.end();
            if (articleEnd < text.length() && !text.substring(articleEnd).isBlank()) {
                removed.add(new Removal(articleEnd, text.length(), "footer", text.substring(articleEnd)));
            }
        }

        // Furniture from the data file.
        int resume = -1;
        // Only the header and signature cuts made before this loop can cover a line it reaches: its own cuts end
        // on a line it then skips or end the article. Searching all of them made a page of furniture quadratic.
        List<Removal> earlier = List.copyOf(removed);
        for (int n = 0; n < lines.size(); n++) {
            int[] line = lines.get(n);
            if (line[0] >= articleEnd) {
                break;
            }
            if (n < resume) {
                continue;
            }
            // A line whose start was cut as a header is matched on what the header left of it: a photo caption
            // glued to the page's date ("date 2022-04-25 Photo taken on ... in Berlin. Photo: Jane Doe / AFP").
            int from = line[0];
            Removal cut = removalAt(earlier, from);
            if (cut != null && cut.end() >= line[1]) {
                continue; // already cut as a header line
            } else if (cut != null) {
                from = cut.end();
            }
            String content = text.substring(from, line[1]);
            String folded = org.crosscheck.vocab.LiteralGate.fold(content);
            for (Furniture.Entry entry : furniture.entries()) {
                if (!entry.matchesWhole(content, folded)) {
                    continue;
                }
                if (entry.scope() == Furniture.Scope.AD) {
                    // An advertisement's label counts only with its call to action after it; alone it is a heading.
                    int action = actionAfter(text, lines, n, articleEnd);
                    if (action < 0) {
                        continue;
                    }
                    int to = lines.get(action)[1];
                    removed.add(new Removal(from, to, "furniture", text.substring(from, to)));
                    resume = action + 1;
                    break;
                }
                int prose = entry.scope() == Furniture.Scope.RELATED ? proseAfter(text, lines, n, articleEnd) : -1;
                if (entry.scope() == Furniture.Scope.LINE || entry.scope() == Furniture.Scope.ACTION) {
                    removed.add(new Removal(from, line[1], "furniture", content));
                } else if (prose > 0) {
                    // A related-story box inside the article: its label and headlines go, the article resumes.
                    int to = lines.get(prose)[0];
                    removed.add(new Removal(from, to, "furniture", text.substring(from, to)));
                    resume = prose;
                } else if (entry.scope() == Furniture.Scope.RELATED || entry.scope() == Furniture.Scope.END
                        || (entry.scope() == Furniture.Scope.TAIL && line[0] * 2 >= articleEnd)) {
                    removed.add(new Removal(from, articleEnd, "footer", text.substring(from, articleEnd)));
                    articleEnd = from;
                }
                break;
            }
        }
        int[] closing = trailingHeadline(text, lines, removed, articleEnd);
        if (closing != null) {
            removed.add(new Removal(closing[0], closing[1], "furniture", text.substring(closing[0], closing[1])));
        }

        // A dateline opens the first paragraph that follows the header; it may carry a year-less date and agency.
        // Datelines open an article: only its first few hundred characters are searched.
        Matcher dateline = dateline(text, removed, Math.min(articleEnd, DATELINE_WINDOW));
        if (dateline != null) {
            int at = dateline.start();
            removed.add(new Removal(at, dateline.end(), "dateline", text.substring(at, dateline.end())));
            if (dateline.group(3) != null && publication.outlet().isEmpty()) {
                publication = publication.withOutlet(dateline.group(3));
            }
            String datelineDate = dateline.group(4) != null ? dateline.group(4) : dateline.group(2);
            if (datelineDate != null) {
                Optional<DateLiterals.Found> full = dates.findDate(datelineDate);
                if (full.isPresent() && publication.date() == null) {
                    publication = publication.withDate(full.get().date(), PublishedBasis.HEADER);
                } else if (full.isEmpty() && publication.date() == null) {
                    Optional<MonthDay> partial = dates.findMonthDay(datelineDate);
                    if (partial.isPresent()) {
                        publication = Publication.unknown().withOutlet(publication.outlet())
                                .withUrl(publication.url()).withPartial(partial.get());
                        notes.add("dateline gives " + datelineDate.strip() + " with no year; year unknown");
                    }
                }
            }
        }
        if (publication.date() == null && publication.partial() == null) {
            notes.add(NO_DATE);
        }

        removed.sort(Comparator.comparingInt(Removal::start));
        List<Sentence> sentences = new ArrayList<>();
        int cursor = 0;
        for (Removal r : merge(removed)) {
            addSentences(text, cursor, Math.min(r.start(), articleEnd), sentences);
            cursor = Math.max(cursor, r.end());
        }
        addSentences(text, cursor, articleEnd, sentences);
        return new Article(source, text, publication, sentences, removed, notes);
    }

    /** The first signature line, matched within the line; {@code null} when there is none. */
    private static Matcher signature(String text, List<int[]> lines) {
        Matcher m = SIGNATURE.matcher(text);
        for (int[] line : lines) {
            if (m.region(line[0], line[1]).matches()) {
                return m;
            }
        }
        return null;
    }

    private void addSentences(String text, int from, int to, List<Sentence> out) {
        if (to <= from) {
            return;
        }
        for (int[] span : splitter.split(text, from, to)) {
            out.add(new Sentence(out.size(), span[0], span[1], text.substring(span[0], span[1])));
        }
    }

    /**
     * The article's dateline within {@code [0, end)}, or {@code null}: one opening a line, or one right after a
     * header cut from the start of its own line ({@code date 2022-11-14 SEOUL (Wire / Agency - 14th November, 2022)
     * The ...}), which a dateline's date stamps as the page's, never as a statement of the story.
     */
    private Matcher dateline(String text, List<Removal> removed, int end) {
        for (Removal r : removed) {
            if (r.reason().equals("header") && r.end() > 0 && r.end() < end && text.charAt(r.end() - 1) != '\n') {
                Matcher m = dateline.matcher(text).region(r.end(), end);
                if (m.lookingAt() && datelineShape(m)) {
                    return m;
                }
            }
        }
        Matcher m = dateline.matcher(text).region(0, end);
        while (m.find()) {
            if (!insideRemoval(removed, m.start()) && datelineShape(m)) {
                return m;
            }
        }
        return null;
    }

    /** A place in capitals, or a place with a date or an agency: "Islamabad:" alone is a heading, not a dateline. */
    private static boolean datelineShape(Matcher m) {
        return m.group(1).equals(m.group(1).toUpperCase(java.util.Locale.ROOT)) || m.group(2) != null
                || m.group(3) != null;
    }

    private static boolean insideRemoval(List<Removal> removed, int offset) {
        return removalAt(removed, offset) != null;
    }

    /** The removal that covers an offset, or {@code null}. */
    private static Removal removalAt(List<Removal> removed, int offset) {
        for (Removal r : removed) {
            if (offset >= r.start() && offset < r.end()) {
                return r;
            }
        }
        return null;
    }

    /**
     * The line of the call to action that closes the advertisement labelled on line {@code n}, or -1: the first
     * {@code action} line among the next {@value Furniture#AD_LINES} non-blank lines (and within four times as
     * many lines, so that a label above a run of blank lines looks no further).
     */
    private int actionAfter(String text, List<int[]> lines, int n, int articleEnd) {
        int seen = 0;
        int last = Math.min(lines.size(), n + 1 + 4 * Furniture.AD_LINES);
        for (int k = n + 1; k < last && lines.get(k)[0] < articleEnd && seen < Furniture.AD_LINES; k++) {
            String content = text.substring(lines.get(k)[0], lines.get(k)[1]);
            if (content.isBlank()) {
                continue;
            }
            if (furniture.isAction(content)) {
                return k;
            }
            seen++;
        }
        return -1;
    }

    /**
     * The span of a headline that closes the page after the article's last sentence, or {@code null}: the last
     * line of the article, in title case ({@link #titleCase}), after a line that ends a sentence. The article ends
     * on its own sentence, or is cut off in one; a headline after it is a link to another story ("Top 10 Travel
     * Destinations in the USA").
     */
    private static int[] trailingHeadline(String text, List<int[]> lines, List<Removal> removed, int articleEnd) {
        int[] last = null;
        for (int k = lines.size() - 1; k >= 0; k--) {
            int[] line = lines.get(k);
            if (line[1] > articleEnd || text.substring(line[0], line[1]).isBlank()) {
                continue;
            }
            if (insideRemoval(removed, line[0])) {
                return null;
            }
            if (last != null) {
                return SENTENCE_LINE.matcher(text.substring(line[0], line[1]).strip()).matches() ? last : null;
            }
            if (!titleCase(text.substring(line[0], line[1]).strip())) {
                return null;
            }
            last = line;
        }
        return null;
    }

    /**
     * Whether a line reads as a headline in title case: {@value #HEADLINE_MIN_WORDS} to {@value #HEADLINE_MAX_WORDS}
     * words, no closing punctuation, the first and last word and every word of four letters or more capitalised
     * (title case leaves only short words such as "in" or "the" lower case), at least two of them.
     */
    static boolean titleCase(String line) {
        if (line.isEmpty() || ".!?:;,\"\u201d\u2019')]".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length < HEADLINE_MIN_WORDS || words.length > HEADLINE_MAX_WORDS) {
            return false;
        }
        if (!capitalOrDigit(words[0]) || !capitalOrDigit(words[words.length - 1])) {
            return false; // "But Kingsley Coman an": a sentence cut off, not a headline
        }
        int capitalised = 0;
        for (String word : words) {
            int letters = (int) word.codePoints().filter(Character::isLetter).count();
            if (letters >= 4 && !capitalOrDigit(word)) {
                return false;
            }
            if (letters >= 4) {
                capitalised++;
            }
        }
        return capitalised >= 2;
    }

    /** Whether a word's first letter or digit is a capital or a digit. */
    private static boolean capitalOrDigit(String word) {
        int first = word.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(' ');
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    private static List<Removal> merge(List<Removal> sorted) {
        List<Removal> out = new ArrayList<>();
        for (Removal r : sorted) {
            if (!out.isEmpty() && r.start() <= out.get(out.size() - 1).end()) {
                Removal last = out.remove(out.size() - 1);
                out.add(new Removal(last.start(), Math.max(last.end(), r.end()), last.reason(), last.text()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** Line spans [start, end) without their terminators; CR, LF and CRLF all end a line. */
    static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(new int[] {start, i});
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(new int[] {start, text.length()});
        }
        return out;
    }
}
