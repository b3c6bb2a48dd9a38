package org.duoorm.model;

import io.smallrye.common.annotation.CheckReturnValue;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reactive twin of {@link Query}: the same steps and terminals of the same names, returning
 * {@link Uni} or {@link Multi}. Nothing runs before subscription; each subscription runs the query
 * again, in the reactive unit of work of the subscription context or as its own statement.
 *
 * @param <T> the model
 */
public abstract class ReactiveQuery<T> extends QuerySteps<T, ReactiveQuery<T>> {

    /** For the implementation. */
    protected ReactiveQuery() {
    }

    /** @return every matching row */
    @CheckReturnValue
    public abstract Uni<List<T>> all();

    /** @return the first row, or empty */
    @CheckReturnValue
    public abstract Uni<Optional<T>> first();

    /** @return the only row; fails with NotFoundException or MultipleResultsException */
    @CheckReturnValue
    public abstract Uni<T> one();

    /** @return the number of matching rows */
    @CheckReturnValue
    public abstract Uni<Long> count();

    /** @return whether any row matches */
    @CheckReturnValue
    public abstract Uni<Boolean> exists();

    /** @return the rows from a cursor with back-pressure, 100 per round trip */
    @CheckReturnValue
    public abstract Multi<T> iterate();

    /** @param fetchSize rows per round trip, at least 1 @return the rows */
    @CheckReturnValue
    public abstract Multi<T> iterate(int fetchSize);

    /** @param batchSize rows per batch, at least 1 @return lists of up to batchSize rows */
    @CheckReturnValue
    public abstract Multi<List<T>> iterateBatches(int batchSize);

    /** @param number from 1 @param size at least 1 @return the page */
    @CheckReturnValue
    public abstract Uni<Page<T>> page(int number, int size);

    /** @param assignments at least one @return the number of rows updated */
    @SafeVarargs
    @SuppressWarnings("varargs")
    @CheckReturnValue
    public final Uni<Integer> updateBulk(Assignment<T>... assignments) {
        return updateBulk(Arrays.asList(assignments));
    }

    /** @param assignments at least one @return the number of rows updated */
    @CheckReturnValue
    public abstract Uni<Integer> updateBulk(List<Assignment<T>> assignments);

    /** @param values by field name @return the number of rows updated */
    @CheckReturnValue
    public abstract Uni<Integer> updateBulk(Map<String, ?> values);

    /** @return the number of rows deleted */
    @CheckReturnValue
    public abstract Uni<Integer> deleteBulk();

    /** @return this query with blocking terminals */
    public abstract Query<T> blocking();
}
