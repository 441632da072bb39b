package org.crosscheck.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * What an article says about its own publication.
 *
 * @param date    publication date, or {@code null} when unknown
 * @param basis   how {@code date} was established
 * @param outlet  outlet or agency, empty when unknown
 * @param url     address, empty when unknown
 * @param partial day and month of a dateline that gives no year ({@code Nov 20}), or {@code null}
 * @param weekday weekday the article gives for its own day ({@code on Thursday} next to the dateline), or {@code null}
 */
public record Publication(LocalDate date, PublishedBasis basis, String outlet, String url,
                          MonthDay partial, DayOfWeek weekday) implements java.io.Serializable {

    public static Publication unknown() {
        return new Publication(null, PublishedBasis.UNKNOWN, "", "", null, null);
    }

    public Publication withDate(LocalDate newDate, PublishedBasis newBasis) {
        return new Publication(newDate, newBasis, outlet, url, partial, weekday);
    }

    public Publication withOutlet(String newOutlet) {
        return new Publication(date, basis, newOutlet, url, partial, weekday);
    }

    public Publication withUrl(String newUrl) {
        return new Publication(date, basis, outlet, newUrl, partial, weekday);
    }

    public Publication withWeekday(DayOfWeek newWeekday) {
        return new Publication(date, basis, outlet, url, partial, newWeekday);
    }

    /** ISO date or empty. */
    public String isoDate() {
        return date == null ? "" : date.toString();
    }
}
