package org.crosscheck.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline of one event as inline SVG: one lane per source, each claimed date or interval a bar as wide as
 * its granularity (a month claim spans the month, a day claim is a narrow mark), an open start ("since 2016") a
 * bar that runs to the right edge with an arrow. A claim in conflict is drawn in red <em>and</em> hatched with a
 * dashed outline and labelled "≠", one in agreement in blue with "=", so the difference never rests on colour
 * alone. Every text is escaped; the SVG names no external resource.
 */
public final class Timeline {
    /** How a mark is drawn. */
    public enum Mark {
        CONFLICT, AGREEMENT, OTHER
    }

    /**
     * One claimed time in a lane.
     *
     * @param lane  the source (lane label)
     * @param start first day
     * @param end   last day (inclusive)
     * @param open  the interval runs on past {@code end} ("since 2016")
     * @param label the value as shown (a TimeML value)
     * @param title what a tooltip says: the words it was read from
     * @param mark  conflict, agreement or neither
     */
    public record Entry(String lane, LocalDate start, LocalDate end, boolean open, String label, String title,
                        Mark mark) {
    }

    static final int WIDTH = 960;
    static final int LABEL = 210;
    static final int LANE = 28;
    static final int AXIS = 26;
    /** Height of a further row of labels in a lane. */
    static final int ROW = 13;
    /** The width a label's character is given (11 px text; wide enough for digits and capitals). */
    static final double CHAR = 7;
    /** Space kept between two labels of one row. */
    static final double GAP = 4;
    /** Lanes drawn at most; the rest are counted below the chart. */
    public static final int MAX_LANES = 16;

    private Timeline() {
    }

    /** The SVG of the entries, or an empty string when none has a known interval. */
    public static String svg(String title, List<Entry> entries) {
        List<Entry> known = entries.stream().filter(e -> e.start() != null && e.end() != null
                && !e.end().isBefore(e.start())).toList();
        if (known.isEmpty()) {
            return "";
        }
        Map<String, List<Entry>> lanes = new LinkedHashMap<>();
        for (Entry e : known) {
            lanes.computeIfAbsent(e.lane(), k -> new ArrayList<>()).add(e);
        }
        List<String> names = new ArrayList<>(lanes.keySet());
        int hidden = Math.max(0, names.size() - MAX_LANES);
        names = names.subList(0, Math.min(MAX_LANES, names.size()));
        LocalDate from = known.stream().map(Entry::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = known.stream().map(Entry::end).max(LocalDate::compareTo).orElseThrow();
        // Whole years (or months for a short span) from the earliest claim to the latest.
        boolean months = ChronoUnit.DAYS.between(from, to) < 400;
        from = months ? from.withDayOfMonth(1) : from.withDayOfYear(1);
        to = months ? to.withDayOfMonth(1).plusMonths(1) : to.withDayOfYear(1).plusYears(1);
        if (to.isBefore(from.plusMonths(months ? 2 : 24))) {
            to = months ? from.plusMonths(2) : from.plusYears(2);
        }
        double days = ChronoUnit.DAYS.between(from, to);
        int plot = WIDTH - LABEL - 10;
        Map<String, List<Placed>> placed = new LinkedHashMap<>();
        int height = AXIS + (hidden > 0 ? 18 : 4);
        for (String lane : names) {
            List<Placed> marks = place(lanes.get(lane), from, to, days, plot);
            placed.put(lane, marks);
            height += laneHeight(marks);
        }
        StringBuilder svg = new StringBuilder(4096);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" "
                + "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
                WIDTH, height, WIDTH, height, Xml.escape("Timeline: " + title)));
        svg.append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f4c7c3\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b3261e\" stroke-width=\"3\"/></pattern></defs>");
        // Axis: a tick per year (or month), labelled when there is room.
        LocalDate tick = from;
        int step = months ? 1 : Math.max(1, (int) Math.ceil((to.getYear() - from.getYear()) / 12.0));
        while (!tick.isAfter(to)) {
            double x = LABEL + plot * ChronoUnit.DAYS.between(from, tick) / days;
            svg.append(String.format(Locale.ROOT, "<line class=\"tick\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
                    + "stroke=\"#ccc\"/>", x, AXIS - 6, x, height - 4));
            if (tick.isBefore(to)) {
                String text = months ? tick.toString().substring(0, 7) : Integer.toString(tick.getYear());
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#555\">%s"
                        + "</text>", x + 2, AXIS - 10, text));
            }
            tick = months ? tick.plusMonths(1) : tick.plusYears(step);
        }
        int y = AXIS;
        for (String lane : names) {
            List<Placed> marks = placed.get(lane);
            int laneHeight = laneHeight(marks);
            svg.append(String.format(Locale.ROOT, "<text class=\"lane\" x=\"4\" y=\"%d\" font-size=\"12\" "
                    + "fill=\"#222\">%s</text>", y + 17, Xml.escape(shorten(lane, 30))));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/>",
                    LABEL, y + laneHeight, WIDTH - 10, y + laneHeight));
            for (Placed p : marks) {
                Entry e = p.entry();
                String fill = switch (e.mark()) {
                    case CONFLICT -> "url(#hatch)";
                    case AGREEMENT -> "#9ec5f0";
                    case OTHER -> "#d9d9d9";
                };
                String stroke = switch (e.mark()) {
                    case CONFLICT -> "#b3261e\" stroke-dasharray=\"4 2";
                    case AGREEMENT -> "#1a5fb4";
                    case OTHER -> "#777";
                };
                svg.append(String.format(Locale.ROOT, "<g class=\"mark %s\"><title>%s</title>",
                        e.mark().name().toLowerCase(Locale.ROOT), Xml.escape(e.title())));
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" rx=\"2\" "
                        + "fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>", p.x0(), y + 6, p.w(), fill, stroke));
                if (e.open()) {
                    svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d l8 7 l-8 7 z\" fill=\"#777\"/>",
                            p.x0() + p.w() - 8, y + 6));
                }
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#222\">%s"
                        + "</text></g>", p.tx(), y + 17 + p.row() * ROW, Xml.escape(p.text())));
            }
            y += laneHeight;
        }
        if (hidden > 0) {
            svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"11\" fill=\"#555\">and %d more "
                    + "source%s</text>", height - 4, hidden, hidden == 1 ? "" : "s"));
        }
        return svg.append("</svg>").toString();
    }

    /** A mark laid out: its bar, its label, and the label's row (0 beside the bar, then below it). */
    private record Placed(Entry entry, double x0, double w, String text, double tx, int row) {
        double labelEnd() {
            return tx + CHAR * text.length();
        }
    }

    /**
     * Lays out a lane's marks. A label goes inside a wide bar, else after the bar, else before it; a label that
     * would overlap one placed before it (two claims close together) drops to the first row below where it
     * fits, so no two labels of a lane overlap.
     */
    private static List<Placed> place(List<Entry> entries, LocalDate from, LocalDate to, double days, int plot) {
        List<Placed> out = new ArrayList<>();
        int rows = 1;
        for (Entry e : entries) {
            double x0 = LABEL + plot * ChronoUnit.DAYS.between(from, e.start()) / days;
            LocalDate last = e.open() ? to : e.end().plusDays(1);
            double x1 = LABEL + plot * ChronoUnit.DAYS.between(from, last) / days;
            double w = Math.max(3, x1 - x0);
            String sign = switch (e.mark()) {
                case CONFLICT -> "\u2260 ";
                case AGREEMENT -> "= ";
                case OTHER -> "";
            };
            String text = sign + (e.open() ? "from " : "") + e.label();
            double room = CHAR * text.length() + 8;
            double tx = w > room ? x0 + 4 : x0 + w + room < WIDTH ? x0 + w + 4 : Math.max(LABEL, x0 - room);
            double end = tx + CHAR * text.length();
            int row = 0;
            while (row < rows && overlaps(out, row, tx, end)) {
                row++;
            }
            rows = Math.max(rows, row + 1);
            out.add(new Placed(e, x0, w, text, tx, row));
        }
        return out;
    }

    private static boolean overlaps(List<Placed> placed, int row, double from, double to) {
        for (Placed p : placed) {
            if (p.row() == row && from < p.labelEnd() + GAP && p.tx() < to + GAP) {
                return true;
            }
        }
        return false;
    }

    private static int laneHeight(List<Placed> marks) {
        int rows = 1 + marks.stream().mapToInt(Placed::row).max().orElse(0);
        return LANE + (rows - 1) * ROW;
    }

    private static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "\u2026";
    }
}
