package org.crosscheck.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * The date a line at the top of a page gives for the page itself, in the styles publishers print: a label and
 * a date ("Published: March 3, 2018", "First Published on Mar 9, 2021", "UPDATED: Jan 14, 2021 09:12 IST"), a
 * byline with a date ("By Jane Doe | March 25, 2019"), or a line that is a date and nothing else but a weekday, a
 * clock time and a zone ("Mon 25 Mar 2019 09.00 GMT", "June 03, 2022 07:41 pm", "25.03.2019",
 * "2019-03-25T10:00:00Z"). A published date wins over an updated one on the same line ("Sun 24 Mar 2019 18.21
 * EDT First published on Sun 24 Mar 2019 14.00 EDT"). Lines that embed a tweet or caption a photo never give the
 * page's date. Labels come from {@code rules/data/publication_labels.csv}.
 */
final class HeaderDates {
    static final String FILE = "publication_labels.csv";

    /**
     * A date a header line gives.
     *
     * @param date      the date
     * @param updated   whether a label calls it a revision ("Updated:"), not the first publication
     * @param ambiguous whether its day and month could be either way round (03/02/2020)
     * @param text      the words it was read from
     */
    record Found(LocalDate date, boolean updated, boolean ambiguous, String text) {
    }

    private record Label(Pattern pattern, boolean updated) {
    }

    /** Words a date line may hold besides its date: clock times, zones, "Updated 2 hours ago", separators. */
    private static final Pattern CLOCK = Pattern.compile("(?i)\\bT?\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?:\\.\\d+)?"
            + "(?:\\s*(?:a\\.?m\\.?|p\\.?m\\.?))?(?:Z|[+-]\\d{2}:?\\d{2})?|\\b\\d{1,2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)"
            + "|\\b(?:updated|published)\\s+\\d+\\s+(?:hours?|hrs?|minutes?|mins?|days?)\\s+ago\\b");
    private static final Pattern REST = Pattern.compile("(?:[\\s\\p{Punct}\u2013\u2014\u2022\u00b7|]|\\b[A-Z]{1,5}\\b"
            + "|(?i:\\blocal\\s+time\\b|\\btime\\b|\\bon\\b|\\bat\\b|\\bupdated\\b|\\bpublished\\b))*");
    private static final Pattern BYLINE = Pattern.compile("(?i)^\\W*by\\s+\\p{L}");

    private final DateLiterals literals;
    private final List<Label> labels = new ArrayList<>();
    private final List<Pattern> notPublication = new ArrayList<>();
    private final Pattern weekdays;

    HeaderDates(Vocabulary vocabulary, DateLiterals literals) {
        this.literals = literals;
        if (vocabulary.has(FILE)) {
            for (DataTable.Row row : vocabulary.table(FILE, "kind", "pattern").rows()) {
                String kind = row.require("kind");
                switch (kind) {
                    case "published", "updated" -> labels.add(new Label(Pattern.compile("\\b(?:" + row.require("pattern")
                            + ")\\b\\s*(?:[:\\-\u2013|]\\s*)?(?:on\\s+|at\\s+)?", Pattern.CASE_INSENSITIVE
                            | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS), kind.equals("updated")));
                    case "not_publication" -> notPublication.add(row.pattern("pattern"));
                    default -> throw row.error("kind must be published, updated or not_publication, not '" + kind + "'");
                }
            }
        }
        this.weekdays = Pattern.compile("(?i)\\b" + org.crosscheck.vocab.CalendarWords.from(vocabulary)
                .anyWeekdayPattern() + "\\b");
    }

    /**
     * A publication label and its date opening a line that goes on with the article's text ("date 2024-03-27 The
     * ship ..."), as scrapers join them; {@code end} is where the label and date end in the line.
     */
    record Leading(Found found, int end) {
    }

    /** The published label and date that open a line of body text, or empty. */
    Optional<Leading> leading(String line, DateOrder order) {
        int first = 0;
        while (first < line.length() && Character.isWhitespace(line.charAt(first))) {
            first++;
        }
        for (Label label : labels) {
            if (label.updated()) {
                continue;
            }
            Matcher m = label.pattern().matcher(line).region(first, line.length());
            if (!m.lookingAt()) {
                continue;
            }
            Optional<DateLiterals.Found> d = literals.findDate(line.substring(m.end()), order);
            if (d.isPresent() && d.get().start() == 0) {
                int end = m.end() + d.get().end();
                return Optional.of(new Leading(new Found(d.get().date(), false, d.get().ambiguous(),
                        line.substring(first, end)), end));
            }
        }
        return Optional.empty();
    }

    /** The date a header line gives, or empty when it gives none (or is a tweet or caption). */
    Optional<Found> inLine(String line, DateOrder order) {
        for (Pattern p : notPublication) {
            if (p.matcher(line).find()) {
                return Optional.empty();
            }
        }
        Found published = null;
        Found updated = null;
        for (Label label : labels) {
            Matcher m = label.pattern().matcher(line);
            while (m.find()) {
                Optional<DateLiterals.Found> d = literals.findDate(line.substring(m.end()), order);
                if (d.isPresent() && d.get().start() <= 12 && line.substring(m.end(), m.end() + d.get().start())
                        .matches("(?U)[\\s\\p{L},.]*")) {
                    Found f = new Found(d.get().date(), label.updated(), d.get().ambiguous(),
                            line.substring(m.start(), m.end() + d.get().end()).strip());
                    if (label.updated()) {
                        updated = updated == null ? f : updated;
                    } else {
                        published = published == null ? f : published;
                    }
                }
            }
        }
        if (published != null) {
            return Optional.of(published);
        }
        Optional<DateLiterals.Found> d = literals.findDate(line, order);
        if (d.isPresent()) {
            String rest = line.substring(0, d.get().start()) + " " + line.substring(d.get().end());
            rest = weekdays.matcher(CLOCK.matcher(rest).replaceAll(" ")).replaceAll(" ");
            Found bare = new Found(d.get().date(), false, d.get().ambiguous(),
                    line.substring(d.get().start(), d.get().end()));
            if (REST.matcher(rest).matches()) {
                return Optional.of(updated != null ? updated : bare);
            }
            if (BYLINE.matcher(line).find()) {
                return Optional.of(bare);
            }
        }
        return Optional.ofNullable(updated);
    }
}
