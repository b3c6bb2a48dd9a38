package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import org.duoorm.Row;
import org.duoorm.TransactionOptions;
import org.duoorm.internal.sql.ParsedSql;

/**
 * One reactive connection. Its operations run one after another in subscription order, and
 * {@link #release()} waits for those still running, so a rollback issued on cancellation never
 * overtakes a statement in flight and the next borrower gets a quiet connection.
 */
public interface RConnection extends RClient {
    Multi<Row> stream(ParsedSql sql, Object[] params, int fetchSize);

    Uni<Void> begin(TransactionOptions options);

    Uni<Void> commit();

    Uni<Void> rollback();

    Uni<Void> savepoint(String name);

    Uni<Void> rollbackToSavepoint(String name);

    Uni<Void> releaseSavepoint(String name);

    /** Gives the connection back to its pool once the statements before it have finished. Idempotent. */
    Uni<Void> release();
}
