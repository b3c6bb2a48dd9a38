package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.function.Function;
import org.duoorm.Database;
import org.duoorm.ReactiveSession;
import org.duoorm.Row;
import org.duoorm.TransactionException;
import org.duoorm.internal.sql.ParsedSql;

/**
 * A reactive session: managed (a unit of work's, or auto-commit inside SUPPORTS and friends) or
 * standalone (it owns its transaction and its connection).
 */
public final class VSession extends ReactiveSql implements ReactiveSession {
    private final Database database;
    private final ReactiveTarget target;
    private final ReactiveTx tx;
    private final boolean standalone;

    private VSession(Database database, boolean backslash, ReactiveTarget target, ReactiveTx tx, boolean standalone) {
        super(backslash);
        this.database = database;
        this.target = target;
        this.tx = tx;
        this.standalone = standalone;
    }

    /** The session of a unit of work, which keeps it: the one session of the unit of work. */
    static VSession managed(Database db, boolean backslash, ReactiveTx tx) {
        VSession s = new VSession(db, backslash, tx, tx, false);
        tx.session(s);
        return s;
    }

    public static VSession autoCommit(Database db, boolean backslash, ReactiveTarget target) {
        return new VSession(db, backslash, target, null, false);
    }

    static VSession standalone(Database db, boolean backslash, ReactiveTx tx) {
        VSession s = new VSession(db, backslash, tx, tx, true);
        tx.session(s);
        return s;
    }

    /** The unit of work of a managed session, for the model layer's per-unit-of-work state; null otherwise. */
    public ReactiveTx unitOfWork() {
        return standalone ? null : tx;
    }

    @Override
    protected <T> Uni<T> run(ParsedSql sql, Function<RClient, Uni<T>> op) {
        return target.run(sql, op);
    }

    @Override
    protected Multi<Row> streamRows(ParsedSql sql, Object[] params, int fetchSize) {
        return target.stream(sql, params, fetchSize);
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public boolean isManaged() {
        return !standalone;
    }

    @Override
    public boolean isActive() {
        return tx == null || tx.isUsable();
    }

    @Override
    public Uni<Void> commit() {
        return Uni.createFrom().deferred(() -> {
            standaloneTx("commit").checkActive();
            RuntimeException refused = tx.commitRefusal();
            if (refused != null) {
                return Uni.createFrom().failure(refused);
            }
            return tx.connection().commit().chain(() -> tx.connection().begin(tx.options()));
        });
    }

    @Override
    public Uni<Void> rollback() {
        return Uni.createFrom().deferred(() -> {
            standaloneTx("rollback").checkActive();
            return tx.connection().rollback().chain(() -> tx.connection().begin(tx.options())).invoke(tx::clearFailure);
        });
    }

    @Override
    public Uni<Void> close() {
        return Uni.createFrom().deferred(() -> {
            if (!standalone || tx.isEnded()) {
                return Uni.createFrom().voidItem();
            }
            tx.end("the session was closed");
            return tx.connection().rollback().onFailure().recoverWithNull().eventually(() -> tx.connection().release());
        });
    }

    private ReactiveTx standaloneTx(String what) {
        if (!standalone) {
            throw new TransactionException("Cannot " + what + " a managed session of database '" + database.name()
                    + "': its unit of work commits when the work's Uni emits an item and rolls back on failure or "
                    + "cancellation. Use standaloneSession() to control the transaction yourself.");
        }
        return tx;
    }

    @Override
    public String toString() {
        return "ReactiveSession[" + database.name() + (standalone ? ", standalone" : ", managed")
                + (tx == null ? "" : tx.stateSuffix()) + "]";
    }
}
