package org.duoorm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Raw SQL, blocking. Parameters are written {@code ?} (positional) or {@code :name} (named) in every
 * dialect; DuoORM translates them for each driver. Every value is sent as a bind parameter, never
 * spliced into the SQL. On a {@link Database} each call joins the unit of work open on this thread, or
 * runs on its own (auto-commit) when there is none.
 *
 * @see ReactiveSqlOperations the same operations, reactive
 */
public interface SqlOperations {
    /**
     * Runs an insert, update, delete or DDL statement.
     *
     * @param sql the statement with {@code ?} placeholders, not null
     * @param params one value per placeholder; null values are allowed
     * @return the number of rows affected (0 for DDL)
     */
    int execute(String sql, Object... params);

    /**
     * @param sql the statement with {@code :name} placeholders, not null
     * @param params a value per name, not null
     * @return the number of rows affected
     */
    int execute(String sql, Map<String, ?> params);

    /**
     * Runs one statement for many parameter sets in driver batches.
     *
     * @param sql the statement with {@code ?} placeholders, not null
     * @param paramSets one array per execution, not null
     * @return the rows affected per execution (drivers may report -2 for "unknown")
     */
    int[] executeBatch(String sql, List<Object[]> paramSets);

    /**
     * @param sql a query with {@code ?} placeholders, not null
     * @param params one value per placeholder
     * @return every row, in the database's order
     */
    List<Row> query(String sql, Object... params);

    /**
     * @param sql a query with {@code :name} placeholders, not null
     * @param params a value per name, not null
     * @return every row
     */
    List<Row> query(String sql, Map<String, ?> params);

    /**
     * Runs a query for one value: the first column of the first row.
     *
     * @param type the value's type (numbers convert between widths), not null
     * @param sql the query, not null
     * @param params one value per placeholder
     * @param <T> the type
     * @return the value, or empty when there is no row or the value is NULL
     */
    <T> Optional<T> queryValue(Class<T> type, String sql, Object... params);

    /**
     * Streams a query's rows from a cursor, {@code fetchSize} rows per round trip. The stream holds a
     * connection until it is closed: use try-with-resources.
     *
     * @param sql the query, not null
     * @param fetchSize rows per round trip, at least 1
     * @param params one value per placeholder
     * @return a stream that must be closed
     */
    Stream<Row> stream(String sql, int fetchSize, Object... params);
}
