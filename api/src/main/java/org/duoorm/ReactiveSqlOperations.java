package org.duoorm;

import io.smallrye.common.annotation.CheckReturnValue;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raw SQL, reactive: {@link SqlOperations} name for name, returning Mutiny types. Nothing runs until
 * the result is subscribed; a connection is taken at subscription and returned on every kind of
 * termination. On a database, each call joins the reactive unit of work found in the subscription's
 * context, or runs on its own when there is none.
 */
public interface ReactiveSqlOperations {
    /** @param sql statement with {@code ?} @param params values @return rows affected */
    @CheckReturnValue
    Uni<Integer> execute(String sql, Object... params);

    /** @param sql statement with {@code :name} @param params values by name @return rows affected */
    @CheckReturnValue
    Uni<Integer> execute(String sql, Map<String, ?> params);

    /** @param sql statement with {@code ?} @param paramSets one array per execution @return rows affected each */
    @CheckReturnValue
    Uni<int[]> executeBatch(String sql, List<Object[]> paramSets);

    /** @param sql query with {@code ?} @param params values @return every row */
    @CheckReturnValue
    Uni<List<Row>> query(String sql, Object... params);

    /** @param sql query with {@code :name} @param params values by name @return every row */
    @CheckReturnValue
    Uni<List<Row>> query(String sql, Map<String, ?> params);

    /**
     * @param type value type @param sql query @param params values @param <T> the type
     * @return the first column of the first row, empty for no row or NULL
     */
    @CheckReturnValue
    <T> Uni<Optional<T>> queryValue(Class<T> type, String sql, Object... params);

    /**
     * Streams rows from a cursor with back-pressure, {@code fetchSize} rows per round trip. Outside a
     * unit of work the stream runs in its own short transaction (cursors need one on PostgreSQL).
     *
     * @param sql query @param fetchSize rows per round trip, at least 1 @param params values
     * @return the rows
     */
    @CheckReturnValue
    Multi<Row> stream(String sql, int fetchSize, Object... params);
}
