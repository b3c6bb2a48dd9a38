package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.duoorm.model.Condition;
import org.duoorm.model.Order;

/**
 * The immutable state of a query: conditions (ANDed), sort keys, limit, offset and the whole-table
 * permission. Each step makes a new one.
 *
 * @param <T> the model
 */
record QuerySpec<T>(List<Condition<T>> conditions, List<Order<T>> orders, Integer limit, Long offset, boolean wholeTable) {

    static <T> QuerySpec<T> empty() {
        return new QuerySpec<>(List.of(), List.of(), null, null, false);
    }

    QuerySpec<T> where(Collection<? extends Condition<T>> more) {
        List<Condition<T>> all = new ArrayList<>(conditions);
        for (Condition<T> c : more) {
            if (c == null) {
                throw new IllegalArgumentException("a condition must not be null");
            }
            all.add(c);
        }
        return new QuerySpec<>(List.copyOf(all), orders, limit, offset, wholeTable);
    }

    QuerySpec<T> orderBy(List<Order<T>> more) {
        List<Order<T>> all = new ArrayList<>(orders);
        for (Order<T> o : more) {
            if (o == null) {
                throw new IllegalArgumentException("a sort key must not be null");
            }
            all.add(o);
        }
        return new QuerySpec<>(conditions, List.copyOf(all), limit, offset, wholeTable);
    }

    QuerySpec<T> limit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("limit must be at least 0, was " + n);
        }
        return new QuerySpec<>(conditions, orders, n, offset, wholeTable);
    }

    QuerySpec<T> offset(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("offset must be at least 0, was " + n);
        }
        return new QuerySpec<>(conditions, orders, limit, n == 0 ? null : n, wholeTable);
    }

    QuerySpec<T> allowWholeTable() {
        return new QuerySpec<>(conditions, orders, limit, offset, true);
    }

    /** The limit capped at {@code max}, for first() and one(). */
    QuerySpec<T> capLimit(int max) {
        return new QuerySpec<>(conditions, orders, limit == null ? max : Math.min(limit, max), offset, wholeTable);
    }
}
