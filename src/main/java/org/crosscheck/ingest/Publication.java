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
 * @param datedBy for an inferred date, the article whose statement decided it (its file name); empty otherwise
 */
public record Publication(LocalDate date, PublishedBasis basis, String outlet, String url,
                          MonthDay partial, DayOfWeek weekday, String datedBy) {

    public static Publication unknown() {
        return new Publication(null, PublishedBasis.UNKNOWN, "", "", null, null, "");
    }

    public Publication withDate(LocalDate newDate, PublishedBasis newBasis) {
        return new Publication(newDate, newBasis, outlet, url, partial, weekday, "");
    }

    /** An inferred date, decided by what article {@code source} states. */
    public Publication inferred(LocalDate newDate, String source) {
        return new Publication(newDate, PublishedBasis.INFERRED, outlet, url, partial, weekday, source);
    }

    public Publication withOutlet(String newOutlet) {
        return new Publication(date, basis, newOutlet, url, partial, weekday, datedBy);
    }

    public Publication withUrl(String newUrl) {
        return new Publication(date, basis, outlet, newUrl, partial, weekday, datedBy);
    }

    public Publication withPartial(MonthDay newPartial) {
        return new Publication(date, basis, outlet, url, newPartial, weekday, datedBy);
    }

    public Publication withWeekday(DayOfWeek newWeekday) {
        return new Publication(date, basis, outlet, url, partial, newWeekday, datedBy);
    }

    /** ISO date or empty. */
    public String isoDate() {
        return date == null ? "" : date.toString();
    }
}
