package org.duoorm.internal.blocking;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;
import org.duoorm.Database;
import org.duoorm.Isolation;
import org.duoorm.Mode;
import org.duoorm.Session;
import org.duoorm.TransactionCallback;
import org.duoorm.TransactionOptions;
import org.duoorm.internal.Listeners;
import org.duoorm.internal.sql.Errors;
import org.duoorm.internal.tx.Propagations;
import org.duoorm.internal.jdbc.JdbcPool;
import org.duoorm.internal.jdbc.BrokenConnections;
import org.duoorm.internal.jdbc.JdbcOps;
import org.duoorm.internal.jdbc.Watchdog;

/**
 * Blocking units of work of one database. The open one is kept per thread and per database, so two
 * databases never share a connection by accident.
 */
public final class BlockingTransactions {
    private final ThreadLocal<BlockingTx> current = new ThreadLocal<>();
    private final Database database;
    private final Supplier<JdbcPool> engine;
    private final JdbcOps ops;
    private final boolean backslash;
    private final Errors errors;
    private final Listeners listeners;
    private final AutoCommitTarget autoCommit;

    public BlockingTransactions(Database database, Supplier<JdbcPool> engine, JdbcOps ops, boolean backslash,
            Errors errors, Listeners listeners) {
        this.database = database;
        this.engine = engine;
        this.ops = ops;
        this.backslash = backslash;
        this.errors = errors;
        this.listeners = listeners;
        this.autoCommit = new AutoCommitTarget(engine);
    }

    /** The target for a statement made on the database: the thread's unit of work, or a connection of its own. */
    public BlockingTarget target() {
        BlockingTx tx = current.get();
        return tx != null ? tx : autoCommit;
    }

    public Session currentSession() {
        BlockingTx tx = current.get();
        return tx == null ? null : tx.session();
    }

    public <R, X extends Exception> R run(TransactionOptions o, TransactionCallback<R, X> work) throws X {
        BlockingTx existing = current.get();
        Propagations.Action action = Propagations.decide(o.propagation(), existing != null);
        switch (action) {
            case JOIN:
                return join(existing, o, work);
            case BEGIN:
            case BEGIN_SUSPENDING:
                return begin(o, work, existing);
            case SAVEPOINT:
                return nested(existing, work);
            case WITHOUT:
            case WITHOUT_SUSPENDING:
                return withoutUnitOfWork(work, existing);
            default:
                throw Propagations.refusal(action, database.name(), "on this thread");
        }
    }

    private <R, X extends Exception> R join(BlockingTx tx, TransactionOptions o, TransactionCallback<R, X> work) throws X {
        tx.checkUsable();
        try {
            tx.checkJoinable(o);
            return work.inTransaction(tx.session());
        } catch (Exception | Error e) {
            tx.scopeFailed(e);
            throw e;
        }
    }

    private <R, X extends Exception> R withoutUnitOfWork(TransactionCallback<R, X> work, BlockingTx suspended) throws X {
        current.remove();
        try {
            return work.inTransaction(JdbcSession.autoCommit(database, ops, backslash, autoCommit, errors));
        } finally {
            restore(suspended);
        }
    }

    private <R, X extends Exception> R begin(TransactionOptions o, TransactionCallback<R, X> work, BlockingTx suspended)
            throws X {
        BlockingTx tx = open(o, true);
        current.set(tx);
        try {
            R result = work.inTransaction(tx.session());
            if (!tx.isRollbackOnly()) {
                tx.runBeforeCommit();
            }
            tx.checkDeadline();
            throwIfRefused(tx.commitRefusal());
            commit(tx);
            return result;
        } catch (Exception | Error e) {
            rollbackAfter(tx, e);
            throw e;
        } finally {
            tx.end("it completed");
            close(tx);
            restore(suspended);
        }
    }

    private <R, X extends Exception> R nested(BlockingTx tx, TransactionCallback<R, X> work) throws X {
        tx.checkUsable();
        // Pending tracked changes belong to the outer scope: written before the savepoint, they survive it.
        tx.runBeforeCommit();
        java.util.List<Object> marks = tx.savepointMarks();
        Savepoint sp = savepoint(tx);
        try {
            R result = work.inTransaction(tx.session());
            throwIfRefused(tx.nestedRefusal());
            releaseSavepoint(tx, sp);
            return result;
        } catch (Exception | Error e) {
            if (BrokenConnections.isBroken(tx.connection())) {
                throw e;
            }
            try {
                // Nothing had failed when the scope began (checkUsable): undoing it undoes its failure too.
                tx.connection().rollback(sp);
                tx.clearFailure();
                tx.rolledBackTo(marks);
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
    }

    /**
     * Opens a connection in a transaction: for a unit of work (managed) or a standalone session. The unit's time limit
     * starts before BEGIN and bounds it: if BEGIN's round trips (isolation, read-only, auto-commit off) have not
     * returned at the limit, the connection's read times out ({@link Watchdog}) and the unit fails with
     * {@link org.duoorm.TransactionTimeoutException}, instead of holding the caller for as long as a server or
     * network that stopped answering. Waiting for a pooled connection is bounded by {@code acquisitionTimeout}.
     */
    public BlockingTx open(TransactionOptions o, boolean managed) {
        JdbcPool e = engine.get();
        Connection c = e.acquire();
        BlockingTx tx = new BlockingTx(database.name(), o, c, managed); // its time limit runs from here
        org.duoorm.internal.tx.Deadline limit = tx.deadline();
        Watchdog stop = null;
        try {
            stop = Watchdog.arm(c, null, limit, ops.reach());
            if (o.isolation() != Isolation.DEFAULT) {
                c.setTransactionIsolation(JdbcOps.jdbcIsolation(o.isolation()));
            }
            if (o.readOnly()) {
                c.setReadOnly(true);
            }
            c.setAutoCommit(false);
        } catch (SQLException ex) {
            e.release(c);
            if (limit != null && limit.passed()) {
                RuntimeException timedOut = limit.timedOut();
                timedOut.addSuppressed(errors.wrap(ex, "BEGIN"));
                throw timedOut;
            }
            throw errors.wrap(ex, "BEGIN");
        } catch (RuntimeException ex) {
            e.release(c);
            throw ex;
        } catch (Error err) {
            BrokenConnections.mark(c, err);
            e.release(c);
            throw err;
        } finally {
            Watchdog.disarm(stop);
        }
        listeners.begin(Mode.BLOCKING);
        if (managed) {
            JdbcSession.managed(database, ops, backslash, tx, errors);
        }
        return tx;
    }

    private static void throwIfRefused(RuntimeException refusal) {
        if (refusal != null) {
            throw refusal;
        }
    }

    /** Resets a unit of work's connection and gives it back to the pool. */
    public void close(BlockingTx tx) {
        Connection c = tx.connection();
        if (BrokenConnections.isBroken(c)) {
            release(c);
            return;
        }
        try {
            if (tx.options().readOnly()) {
                c.setReadOnly(false);
            }
            if (tx.options().isolation() != Isolation.DEFAULT) {
                c.setTransactionIsolation(c.getMetaData().getDefaultTransactionIsolation());
            }
        } catch (SQLException ignored) {
            // The pool resets what it tracks; a connection that cannot be reset fails its next validation.
        } finally {
            release(c);
        }
    }

    /** Gives a connection back; once the database is closed (its pool with it), closing the session is a no-op. */
    private void release(Connection c) {
        JdbcPool e;
        try {
            e = engine.get();
        } catch (org.duoorm.DatabaseClosedException closed) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the pool closed it already
            }
            return;
        }
        e.release(c);
    }

    private void commit(BlockingTx tx) {
        try {
            tx.connection().commit();
            listeners.commit(Mode.BLOCKING);
        } catch (SQLException | RuntimeException e) {
            throw errors.commitFailure(e);
        } catch (Error e) {
            throw BrokenConnections.mark(tx.connection(), e);
        }
    }

    private void rollbackAfter(BlockingTx tx, Throwable cause) {
        if (BrokenConnections.isBroken(tx.connection())) {
            return; // closed by the pool when released: the server rolls back what it had
        }
        try {
            tx.connection().rollback();
            listeners.rollback(Mode.BLOCKING);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private Savepoint savepoint(BlockingTx tx) {
        try {
            return tx.connection().setSavepoint(tx.nextSavepointName());
        } catch (SQLException e) {
            throw errors.wrap(e, "SAVEPOINT");
        }
    }

    private void releaseSavepoint(BlockingTx tx, Savepoint sp) {
        try {
            tx.connection().releaseSavepoint(sp);
        } catch (SQLException | UnsupportedOperationException e) {
            // Not every driver releases savepoints; the savepoint ends with the transaction anyway.
        }
    }

    private void restore(BlockingTx suspended) {
        if (suspended != null) {
            current.set(suspended);
        } else {
            current.remove();
        }
    }

}
