package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.duoorm.model.Condition;
import org.duoorm.model.Fetch;
import org.duoorm.model.Order;

/**
 * The immutable state of a query: conditions (ANDed), sort keys, limit, offset and the whole-table
 * permission. Each step makes a new one.
 *
 * @param <T> the model
 */
record QuerySpec<T>(List<Condition<T>> conditions, List<Order<T>> orders, Integer limit, Long offset, boolean wholeTable,
        List<Fetched> related) {

    /** A relationship to load with the results. */
    record Fetched(String relation, Fetch fetch) {
    }

    QuerySpec(List<Condition<T>> conditions, List<Order<T>> orders, Integer limit, Long offset, boolean wholeTable) {
        this(conditions, orders, limit, offset, wholeTable, List.of());
    }

    static <T> QuerySpec<T> empty() {
        return new QuerySpec<>(List.of(), List.of(), null, null, false);
    }

    /** Adds a relationship to load; the same one again is a no-op, with another strategy an error. */
    QuerySpec<T> related(ModelMeta<T> meta, String relation, Fetch fetch) {
        if (relation == null || fetch == null) {
            throw new org.duoorm.InvalidArgumentException("relation and fetch must not be null");
        }
        meta.relation(relation);
        List<Fetched> all = new ArrayList<>(related);
        for (Fetched f : related) {
            if (f.relation().equals(relation)) {
                if (f.fetch() != fetch) {
                    throw new org.duoorm.InvalidArgumentException("Relationship " + relation + " is already loaded with " + f.fetch()
                            + "; it cannot also be loaded with " + fetch);
                }
                return this;
            }
        }
        if (fetch == Fetch.JOINED && related.stream().anyMatch(f -> f.fetch() == Fetch.JOINED)) {
            throw new org.duoorm.InvalidArgumentException("A query joins at most one relationship; load " + relation + " with Fetch.SELECTIN");
        }
        all.add(new Fetched(relation, fetch));
        return new QuerySpec<>(conditions, orders, limit, offset, wholeTable, List.copyOf(all));
    }

    Fetched joined() {
        return related.stream().filter(f -> f.fetch() == Fetch.JOINED).findFirst().orElse(null);
    }

    QuerySpec<T> where(Collection<? extends Condition<T>> more) {
        List<Condition<T>> all = new ArrayList<>(conditions);
        for (Condition<T> c : more) {
            if (c == null) {
                throw new org.duoorm.InvalidArgumentException("a condition must not be null");
            }
            all.add(c);
        }
        return new QuerySpec<>(List.copyOf(all), orders, limit, offset, wholeTable, related);
    }

    QuerySpec<T> orderBy(List<Order<T>> more) {
        List<Order<T>> all = new ArrayList<>(orders);
        for (Order<T> o : more) {
            if (o == null) {
                throw new org.duoorm.InvalidArgumentException("a sort key must not be null");
            }
            all.add(o);
        }
        return new QuerySpec<>(conditions, List.copyOf(all), limit, offset, wholeTable, related);
    }

    QuerySpec<T> limit(int n) {
        if (n < 0) {
            throw new org.duoorm.InvalidArgumentException("limit must be at least 0, was " + n);
        }
        return new QuerySpec<>(conditions, orders, n, offset, wholeTable, related);
    }

    QuerySpec<T> offset(long n) {
        if (n < 0) {
            throw new org.duoorm.InvalidArgumentException("offset must be at least 0, was " + n);
        }
        return new QuerySpec<>(conditions, orders, limit, n == 0 ? null : n, wholeTable, related);
    }

    QuerySpec<T> allowWholeTable() {
        return new QuerySpec<>(conditions, orders, limit, offset, true, related);
    }

    /** The limit capped at {@code max}, for first() and one(). */
    QuerySpec<T> capLimit(int max) {
        return new QuerySpec<>(conditions, orders, limit == null ? max : Math.min(limit, max), offset, wholeTable, related);
    }
}
