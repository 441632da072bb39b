package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final Pattern RECT = Pattern.compile("<rect x=\"([\\d.]+)\" y=\"(\\d+)\" width=\"([\\d.]+)\"");

    private static Timeline.Entry entry(String lane, String from, String to, Timeline.Mark mark) {
        return new Timeline.Entry(lane, LocalDate.parse(from), LocalDate.parse(to), false, from, "words", mark);
    }

    @Test
    void eachClaimIsABarAsWideAsItsGranularityInItsSourcesLane() {
        String svg = Timeline.svg("e", List.of(
                entry("Dawn", "2014-01-01", "2014-12-31", Timeline.Mark.OTHER),
                entry("INP", "2014-11-01", "2014-11-30", Timeline.Mark.OTHER),
                entry("INP", "2014-11-20", "2014-11-20", Timeline.Mark.OTHER)));
        List<double[]> bars = bars(svg);
        assertThat(bars).hasSize(3);
        double year = bars.get(0)[2];
        double month = bars.get(1)[2];
        assertThat(month / year).isBetween(28.0 / 366, 32.0 / 365);
        assertThat(bars.get(2)[2]).isLessThan(month).isGreaterThanOrEqualTo(3);
        // Two lanes: the two INP claims share one.
        assertThat(bars.get(1)[1]).isEqualTo(bars.get(2)[1]).isNotEqualTo(bars.get(0)[1]);
        assertThat(svg).contains(">Dawn</text>").contains(">INP</text>");
    }

    @Test
    void conflictIsToldByPatternDashAndLabelNotByColourAlone() {
        String svg = Timeline.svg("e", List.of(entry("a", "2019-01-01", "2019-12-31", Timeline.Mark.CONFLICT),
                entry("b", "2021-03-01", "2021-03-31", Timeline.Mark.AGREEMENT)));
        String conflict = svg.substring(svg.indexOf("<g class=\"mark conflict\">"), svg.indexOf("</g>",
                svg.indexOf("<g class=\"mark conflict\">")));
        assertThat(conflict).contains("url(#hatch)").contains("stroke-dasharray").contains("\u2260 2019-01-01");
        String agreement = svg.substring(svg.indexOf("<g class=\"mark agreement\">"));
        assertThat(agreement).doesNotContain("stroke-dasharray").contains("= 2021-03-01");
    }

    @Test
    void textsAreEscapedAndNoExternalResourceIsNamed() {
        String svg = Timeline.svg("<x>", List.of(new Timeline.Entry("\"><script>alert(1)</script>",
                LocalDate.parse("2020-01-01"), LocalDate.parse("2020-01-31"), true, "2020-01", "</title><img>",
                Timeline.Mark.OTHER)));
        assertThat(svg).doesNotContain("<script").doesNotContain("<img").doesNotContain("href");
        assertThat(svg).contains("&lt;/title&gt;&lt;img&gt;").contains("from 2020-01");
    }

    @Test
    void manySourcesAreCappedAndCounted() {
        List<Timeline.Entry> entries = new ArrayList<>();
        for (int i = 0; i < Timeline.MAX_LANES + 5; i++) {
            entries.add(entry("s" + i, "2020-01-01", "2020-01-31", Timeline.Mark.OTHER));
        }
        String svg = Timeline.svg("e", entries);
        assertThat(bars(svg)).hasSize(Timeline.MAX_LANES);
        assertThat(svg).contains("and 5 more sources");
        assertThat(Timeline.svg("e", List.of())).isEmpty();
    }

    @Test
    void labelsOfClaimsCloseTogetherDoNotOverlap() {
        // Three day claims of one source a few days apart, and a second source with two: every label would sit
        // just after its narrow bar, on top of the next one.
        String svg = Timeline.svg("e", List.of(
                entry("a", "2016-11-20", "2016-11-20", Timeline.Mark.CONFLICT),
                entry("a", "2016-11-21", "2016-11-21", Timeline.Mark.AGREEMENT),
                entry("a", "2016-11-23", "2016-11-23", Timeline.Mark.OTHER),
                entry("b", "2016-11-20", "2016-11-20", Timeline.Mark.AGREEMENT),
                entry("b", "2016-12-28", "2016-12-28", Timeline.Mark.CONFLICT),
                entry("c", "2016-01-01", "2017-12-31", Timeline.Mark.OTHER)));
        List<double[]> labels = labels(svg);
        assertThat(labels).hasSize(6);
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                double[] p = labels.get(i);
                double[] q = labels.get(j);
                boolean sameLine = Math.abs(p[1] - q[1]) < 11;
                boolean apart = p[0] + p[2] <= q[0] || q[0] + q[2] <= p[0];
                assertThat(sameLine && !apart).as("labels %d and %d overlap in %s", i, j, svg).isFalse();
            }
        }
        // The lanes grow to hold the rows they need and the chart grows with them: lane b starts below a's rows.
        double[] bars = bars(svg).stream().mapToDouble(b -> b[1]).distinct().toArray();
        assertThat(bars).hasSize(3);
        assertThat(bars[1] - bars[0]).isGreaterThan(Timeline.LANE);
        Matcher height = Pattern.compile("viewBox=\"0 0 \\d+ (\\d+)\"").matcher(svg);
        assertThat(height.find()).isTrue();
        assertThat(Integer.parseInt(height.group(1))).isGreaterThanOrEqualTo((int) bars[2] + Timeline.LANE - 6);
        // Every label stays inside the chart, below its own bar's top.
        for (double[] l : labels) {
            assertThat(l[0]).isGreaterThanOrEqualTo(Timeline.LABEL - 1);
            assertThat(l[0] + l[2]).isLessThanOrEqualTo(Timeline.WIDTH);
            assertThat(l[1]).isLessThan(Integer.parseInt(height.group(1)));
        }
    }

    @Test
    void labelsThatDoNotTouchStayOnOneRow() {
        String svg = Timeline.svg("e", List.of(
                entry("a", "2010-01-01", "2010-01-01", Timeline.Mark.CONFLICT),
                entry("a", "2019-06-01", "2019-06-01", Timeline.Mark.AGREEMENT)));
        List<double[]> labels = labels(svg);
        assertThat(labels).hasSize(2);
        assertThat(labels.get(0)[1]).isEqualTo(labels.get(1)[1]);
    }

    /** Each mark's label as {x, baseline y, width}, the width at the layout's {@link Timeline#CHAR} per char. */
    private static List<double[]> labels(String svg) {
        Matcher m = Pattern.compile("<text x=\"([\\d.]+)\" y=\"(\\d+)\" font-size=\"11\" fill=\"#222\">([^<]*)</text></g>")
                .matcher(svg);
        List<double[]> out = new ArrayList<>();
        while (m.find()) {
            String text = m.group(3).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
            out.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Timeline.CHAR * text.length()});
        }
        return out;
    }

    private static List<double[]> bars(String svg) {
        List<double[]> out = new ArrayList<>();
        Matcher m = RECT.matcher(svg);
        while (m.find()) {
            out.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3))});
        }
        return out;
    }
}
