package org.duoorm.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An immutable, blocking query on model {@code T}. Each terminal runs in the unit of work open on the
 * calling thread for the model's database, or as its own statement when there is none.
 * {@link #reactive()} gives the same query with terminals of the same names returning {@code Uni} or
 * {@code Multi}.
 *
 * <pre>{@code
 * List<User> adults = User_.where(User_.age.ge(18)).orderBy(User_.name.asc()).limit(10).all();
 * }</pre>
 *
 * @param <T> the model
 */
public abstract class Query<T> extends QuerySteps<T, Query<T>> {

    /** For the implementation. */
    protected Query() {
    }

    /** @return every matching row */
    public abstract List<T> all();

    /** @return the first row (the database is asked for one row only), or empty */
    public abstract Optional<T> first();

    /**
     * @return the only matching row
     * @throws org.duoorm.NotFoundException when no row matches
     * @throws org.duoorm.MultipleResultsException when several match
     */
    public abstract T one();

    /** @return the number of matching rows (within limit and offset, when given) */
    public abstract long count();

    /** @return whether any row matches; cheaper than {@link #count()} */
    public abstract boolean exists();

    /**
     * Streams the matching rows from a cursor, 100 per round trip, ordered by primary key when no order
     * is given. The stream holds a connection until closed: use try-with-resources.
     *
     * @return a stream that must be closed
     */
    public abstract Stream<T> iterate();

    /** @param fetchSize rows per round trip, at least 1 @return a stream that must be closed */
    public abstract Stream<T> iterate(int fetchSize);

    /** @param batchSize rows per batch (and per round trip), at least 1 @return lists of up to batchSize rows; close it */
    public abstract Stream<List<T>> iterateBatches(int batchSize);

    /**
     * Runs the query for one page and counts the total.
     *
     * @param number the page number, from 1
     * @param size rows per page, at least 1
     * @return the page
     */
    public abstract Page<T> page(int number, int size);

    /**
     * Updates every matching row in one statement (a {@code @Version} column is incremented).
     *
     * @param assignments at least one
     * @return the number of rows updated
     * @throws FilterRequiredException without a condition, unless {@link #wholeTable()} was called
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final int updateBulk(Assignment<T>... assignments) {
        return updateBulk(Arrays.asList(assignments));
    }

    /** @param assignments at least one @return the number of rows updated */
    public abstract int updateBulk(List<Assignment<T>> assignments);

    /**
     * @param values new values by field name, checked against the metadata (primary key and guarded
     *     fields may not be set), not null
     * @return the number of rows updated
     */
    public abstract int updateBulk(Map<String, ?> values);

    /**
     * Deletes every matching row in one statement.
     *
     * @return the number of rows deleted
     * @throws FilterRequiredException without a condition, unless {@link #wholeTable()} was called
     */
    public abstract int deleteBulk();

    /** @return this query with reactive terminals */
    public abstract ReactiveQuery<T> reactive();
}
