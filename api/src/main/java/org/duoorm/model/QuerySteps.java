package org.duoorm.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The building steps shared by {@link Query} and {@link ReactiveQuery}. Every step returns a new
 * query and leaves this one unchanged, so a base query can be shared and branched safely.
 *
 * @param <T> the model
 * @param <Q> the query type the steps return
 */
public abstract class QuerySteps<T, Q extends QuerySteps<T, Q>> {

    /** For the implementation. */
    protected QuerySteps() {
    }

    /**
     * Adds conditions, ANDed with each other and with those already given.
     *
     * @param conditions none null
     * @return the new query
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Q where(Condition<T>... conditions) {
        return where(Arrays.asList(Columns.notNull(conditions, "conditions")));
    }

    /** @param conditions not null, none null @return the new query */
    public abstract Q where(Collection<? extends Condition<T>> conditions);

    /**
     * Appends sort keys. When any key is given, the primary key is appended as a final tie-breaker so
     * that pages are stable.
     *
     * @param keys none null
     * @return the new query
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Q orderBy(Order<T>... keys) {
        return orderBy(Arrays.asList(Columns.notNull(keys, "keys")));
    }

    /** @param keys not null, none null @return the new query */
    public abstract Q orderBy(List<Order<T>> keys);

    /**
     * Appends sort keys given as field names, {@code "-"} first for descending ({@code "-age"}), as
     * they come from user input: each is checked against the model's metadata and never reaches SQL
     * as text.
     *
     * @param keys field (or column) names, none null
     * @return the new query
     * @throws org.duoorm.ValidationException for a name the model does not have
     */
    public abstract Q orderBy(String... keys);

    /** @param limit at most this many rows, at least 0 @return the new query */
    public abstract Q limit(int limit);

    /** @param offset skip this many rows, at least 0 @return the new query */
    public abstract Q offset(long offset);

    /** @param limit at least 0 @param offset at least 0 @return {@code limit(limit).offset(offset)} */
    public final Q paginate(int limit, long offset) {
        return limit(limit).offset(offset);
    }

    /**
     * Allows {@code updateBulk} and {@code deleteBulk} on this query even without a condition, that
     * is on the whole table. Without this they refuse with a {@link FilterRequiredException}.
     *
     * @return the new query
     */
    public abstract Q wholeTable();

    /** The SQL that {@code all()} runs, with {@code ?} placeholders. */
    public abstract String sql();

    /** The bind values of {@link #sql()}, in order, as sent to the driver. */
    public abstract List<Object> params();

    @Override
    public String toString() {
        return sql();
    }
}
