package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import org.duoorm.Row;
import org.duoorm.TransactionOptions;
import org.duoorm.internal.sql.ParsedSql;
import org.duoorm.internal.tx.StatementGuard;

/**
 * One reactive connection. Its operations run one after another in subscription order, and
 * {@link #release()} waits for those still running, so a rollback issued on cancellation never
 * overtakes a statement in flight and the next borrower gets a quiet connection.
 */
public interface RConnection extends RClient {
    Multi<Row> stream(ParsedSql sql, Object[] params, int fetchSize);

    /**
     * Asked by every statement when its turn on the connection comes, not when it is submitted: a
     * statement that raced with a cancellation and was queued behind the rollback must fail there rather
     * than run in what the connection does next (auto-commit, or a transaction JDBC opens by itself), and
     * one queued behind a failed statement must fail rather than run in a unit of work that can only roll
     * back. Told of each statement's failure (cursor reads included) before the next statement's turn.
     * The connection's own commands (begin, commit, rollback, savepoints) are not guarded.
     *
     * @param guard the unit of work's state; {@link StatementGuard#NONE} until one is set
     */
    void guard(StatementGuard guard);

    Uni<Void> begin(TransactionOptions options);

    Uni<Void> commit();

    Uni<Void> rollback();

    Uni<Void> savepoint(String name);

    Uni<Void> rollbackToSavepoint(String name);

    Uni<Void> releaseSavepoint(String name);

    /**
     * Stops the statement running on the connection now, if any, when its unit of work's time limit passed; the
     * statement then fails and the statements after it (the rollback) run. Never fails.
     */
    default Uni<Void> interrupt() {
        return Uni.createFrom().voidItem();
    }

    /** Gives the connection back to its pool once the statements before it have finished. Idempotent. */
    Uni<Void> release();
}
