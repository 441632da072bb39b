/** Aggregating findings and writing the CSV reports atomically, in UTF-8, safe for spreadsheets. */
package org.crosscheck.report;
