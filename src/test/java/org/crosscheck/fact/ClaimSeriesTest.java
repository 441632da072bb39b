package org.crosscheck.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClaimSeriesTest {

    @Test
    void aSeriesIsTheSubjectWithoutEditionOrYear() {
        assertEquals("exercise:belarus+russia:zapad", Claim.seriesOf("exercise:belarus+russia:zapad@2017"));
        assertEquals("meeting:india+vietnam:joint-commission", Claim.seriesOf("meeting:india+vietnam:joint-commission#12"));
    }

    @Test
    void anArticleLocalSubjectIsItsOwnSeries() {
        assertEquals("*::~s1.412", Claim.seriesOf("*::~s1.412"));
        assertEquals("fire:united-kingdom:~s1.40", Claim.seriesOf("fire:united-kingdom:~s1.40"));
    }

    @Test
    void aFigureOfAnEventIsInTheEventsSeries() {
        assertEquals("exercise:belarus+russia:zapad",
                Claim.seriesOf("exercise:belarus+russia:zapad@2017~figure:count:troops:12700"));
        assertEquals("fire:united-kingdom:grenfell-tower",
                Claim.seriesOf("fire:united-kingdom:grenfell-tower" + Claim.FIGURE_MARK + "measure:storeys:24"));
    }
}
