package org.duoorm.internal.blocking;

import java.sql.SQLException;
import org.duoorm.Database;
import org.duoorm.Session;
import org.duoorm.TransactionException;
import org.duoorm.internal.sql.Errors;
import org.duoorm.internal.jdbc.JdbcOps;

/**
 * A blocking session. Managed sessions belong to a unit of work (or run auto-commit inside SUPPORTS
 * and friends) and refuse commit and rollback; a standalone session owns its transaction.
 */
public final class JdbcSession extends BlockingSql implements Session {
    private final Database database;
    private final BlockingTarget target;
    private final BlockingTx tx;
    private final Runnable release;
    private final Errors errors;

    private JdbcSession(Database database, JdbcOps ops, boolean backslash, BlockingTarget target, BlockingTx tx,
            Runnable release, Errors errors) {
        super(ops, backslash);
        this.database = database;
        this.target = target;
        this.tx = tx;
        this.release = release;
        this.errors = errors;
    }

    /** The session of a unit of work, which keeps it: the one session of the unit of work. */
    static JdbcSession managed(Database db, JdbcOps ops, boolean backslash, BlockingTx tx, Errors errors) {
        JdbcSession s = new JdbcSession(db, ops, backslash, tx, tx, null, errors);
        tx.session(s);
        return s;
    }

    /** A session whose statements each run on their own (SUPPORTS, NOT_SUPPORTED, NEVER without a unit of work). */
    public static JdbcSession autoCommit(Database db, JdbcOps ops, boolean backslash, BlockingTarget target, Errors errors) {
        return new JdbcSession(db, ops, backslash, target, null, null, errors);
    }

    /** An unmanaged session owning {@code tx}; {@code release} returns its connection. */
    public static JdbcSession standalone(Database db, JdbcOps ops, boolean backslash, BlockingTx tx, Runnable release,
            Errors errors) {
        JdbcSession s = new JdbcSession(db, ops, backslash, tx, tx, release, errors);
        tx.session(s);
        return s;
    }

    /** The unit of work of a managed session, for the model layer's per-unit-of-work state; null otherwise. */
    public BlockingTx unitOfWork() {
        return release == null ? tx : null;
    }

    @Override
    protected BlockingTarget target() {
        if (org.duoorm.internal.tx.EventLoopGuard.refuses()) {
            org.duoorm.internal.tx.EventLoopGuard.check("on a session of database '" + database.name() + "'");
        }
        return target;
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public boolean isManaged() {
        return release == null;
    }

    @Override
    public boolean isActive() {
        return tx == null || tx.isUsable();
    }

    @Override
    public void commit() {
        org.duoorm.internal.tx.EventLoopGuard.check("Session.commit()");
        standaloneTx("commit").checkActive();
        RuntimeException refused = tx.commitRefusal();
        if (refused != null) {
            throw refused;
        }
        try {
            tx.connection().commit();
        } catch (SQLException | RuntimeException e) {
            throw errors.commitFailure(e);
        }
    }

    @Override
    public void rollback() {
        org.duoorm.internal.tx.EventLoopGuard.check("Session.rollback()");
        standaloneTx("rollback").checkActive();
        try {
            tx.connection().rollback();
            tx.clearFailure();
        } catch (SQLException e) {
            throw errors.wrap(e, "ROLLBACK");
        }
    }

    @Override
    public void close() {
        if (release == null || tx.isEnded()) {
            return;
        }
        org.duoorm.internal.tx.EventLoopGuard.check("Session.close()");
        tx.end("the session was closed");
        try {
            tx.connection().rollback();
        } catch (SQLException ignored) {
            // Uncommitted work is discarded either way; the pool resets or drops the connection.
        } finally {
            release.run();
        }
    }

    private BlockingTx standaloneTx(String what) {
        if (release == null) {
            throw new TransactionException("Cannot " + what + " a managed session of database '" + database.name()
                    + "': its unit of work commits when the work completes and rolls back when it fails. "
                    + "Use syncStandaloneSession() to control the transaction yourself.");
        }
        return tx;
    }

    @Override
    public String toString() {
        return "Session[" + database.name() + (isManaged() ? ", managed" : ", standalone") + (tx == null ? "" : tx.stateSuffix()) + "]";
    }
}
