package org.crosscheck.ingest;

/**
 * The order in which a document writes the day and month of numeric dates: {@code 03/02/2020} is 2 March in the
 * United States and 3 February in most other places. The outlet's locale decides it when known; otherwise a
 * numeric date whose first number cannot be a month (14/02/2020) shows the document's order.
 */
public enum DateOrder {
    MONTH_FIRST, DAY_FIRST, UNKNOWN
}
