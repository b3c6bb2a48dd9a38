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

    /**
     * Appends a sort key on the number of related rows ({@code Related.count("books").desc()}), then the
     * primary key as a tie-breaker.
     *
     * @param key not null
     * @return the new query
     * @throws org.duoorm.MappingException when the model has no such relationship (at rendering)
     */
    public abstract Q orderBy(Related.CountOrder key);

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

    /**
     * Loads a relationship with the results, so that no query is made per parent: by default with one
     * extra {@code SELECT ... WHERE key IN (...)} for all parents ({@link Fetch#SELECTIN}). Without it, a
     * collection relationship reads as not loaded and a to-one relationship stays null (its foreign key
     * field holds the key). Asking for the same relationship twice with the same strategy changes
     * nothing; with another strategy it fails.
     *
     * @param relation a relationship field of the model, not null
     * @return the new query
     * @throws org.duoorm.MappingException when the model has no such relationship
     */
    public final Q related(String relation) {
        return related(relation, Fetch.SELECTIN);
    }

    /**
     * As {@link #related(String)}, with a strategy. {@link Fetch#JOINED} loads in the parents' own
     * statement; a query has at most one joined relationship, and a joined collection cannot be
     * combined with limit or offset (use {@link Fetch#SELECTIN} there).
     *
     * @param relation a relationship field of the model, not null
     * @param fetch not null
     * @return the new query
     */
    public abstract Q related(String relation, Fetch fetch);

    /** @param relation from the metamodel ({@code Author_.books}), not null @return the new query */
    public final Q related(Relation<T, ?> relation) {
        return related(Columns.notNull(relation, "relation").name(), Fetch.SELECTIN);
    }

    /** @param relation from the metamodel, not null @param fetch not null @return the new query */
    public final Q related(Relation<T, ?> relation, Fetch fetch) {
        return related(Columns.notNull(relation, "relation").name(), fetch);
    }

    /** The SQL that {@code all()} runs, with {@code ?} placeholders. */
    public abstract String sql();

    /** The bind values of {@link #sql()}, in order, as sent to the driver. */
    public abstract List<Object> params();

    @Override
    public String toString() {
        return sql();
    }
}
