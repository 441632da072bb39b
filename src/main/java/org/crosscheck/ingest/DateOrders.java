package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.vocab.DataTable;
import org.crosscheck.vocab.Vocabulary;

/**
 * The order in which outlets write numeric dates, from {@code rules/data/date_orders.csv}: a pattern searched in
 * an article's outlet and address, and the order it gives.
 */
public final class DateOrders {
    public static final String FILE = "date_orders.csv";

    private record Entry(Pattern pattern, DateOrder order) {
    }

    private final List<Entry> entries;

    private DateOrders(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** No outlet's order known. */
    public static DateOrders none() {
        return new DateOrders(List.of());
    }

    public static DateOrders from(Vocabulary vocabulary) {
        if (!vocabulary.has(FILE)) {
            return none();
        }
        List<Entry> out = new ArrayList<>();
        for (DataTable.Row row : vocabulary.table(FILE, "pattern", "order").rows()) {
            DateOrder order;
            try {
                order = DateOrder.valueOf(row.require("order"));
            } catch (IllegalArgumentException e) {
                throw row.error("order must be MONTH_FIRST or DAY_FIRST, not '" + row.get("order") + "'");
            }
            if (order == DateOrder.UNKNOWN) {
                throw row.error("order must be MONTH_FIRST or DAY_FIRST");
            }
            out.add(new Entry(row.pattern("pattern"), order));
        }
        return new DateOrders(out);
    }

    /** The order of an article's outlet or address, or UNKNOWN. */
    public DateOrder of(Publication publication) {
        for (Entry e : entries) {
            if (!publication.outlet().isEmpty() && e.pattern().matcher(publication.outlet()).find()
                    || !publication.url().isEmpty() && e.pattern().matcher(publication.url()).find()) {
                return e.order();
            }
        }
        return DateOrder.UNKNOWN;
    }
}
