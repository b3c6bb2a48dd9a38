package org.duoorm.benchmarks;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The hand-written Vert.x side's row mapping to {@link Item}. */
final class VertxMapping {
    private VertxMapping() {
    }

    static Item item(Row r) {
        return new Item(r.getLong(0), r.getString(1), r.getInteger(2));
    }

    static Optional<Item> first(RowSet<Row> set) {
        Iterator<Row> it = set.iterator();
        return it.hasNext() ? Optional.of(item(it.next())) : Optional.empty();
    }

    static List<Item> all(RowSet<Row> set) {
        List<Item> items = new ArrayList<>(set.size());
        for (Row r : set) {
            items.add(item(r));
        }
        return items;
    }
}
