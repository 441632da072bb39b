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
