package org.duoorm.internal.blocking;

import java.sql.Connection;
import java.util.function.Function;
import java.util.stream.Stream;
import org.duoorm.Row;
import org.duoorm.TransactionOptions;
import org.duoorm.internal.sql.ParsedSql;
import org.duoorm.internal.tx.TxState;

/**
 * A blocking unit of work (or a standalone session): one connection in a transaction. As a target it
 * asks its state before each statement and reports each failure to it, cursor reads included.
 */
public final class BlockingTx extends TxState implements BlockingTarget {
    private final Connection connection;
    private int savepoints;
    private final java.util.List<Runnable> beforeCommit = new java.util.ArrayList<>();
    private JdbcSession session;

    public BlockingTx(String database, TransactionOptions options, Connection connection, boolean managed) {
        super(database, options, managed);
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }

    /** The one session of this unit of work (or standalone session). */
    public JdbcSession session() {
        return session;
    }

    void session(JdbcSession s) {
        this.session = s;
    }

    /** Work to run (on this connection) just before the unit of work commits, such as writing tracked changes. */
    public void beforeCommit(Runnable work) {
        beforeCommit.add(work);
    }

    /** Runs the before-commit work; a failure rolls the unit of work back. */
    public void runBeforeCommit() {
        for (int i = 0; i < beforeCommit.size(); i++) {
            beforeCommit.get(i).run();
        }
    }

    public String nextSavepointName() {
        return "duoorm_sp_" + (++savepoints);
    }

    @Override
    public <T> T apply(ParsedSql sql, Function<Connection, T> work) {
        RuntimeException refused = beforeStatement(sql);
        if (refused != null) {
            throw refused;
        }
        try {
            return work.apply(connection);
        } catch (RuntimeException | Error e) {
            statementFailed(e);
            throw e;
        }
    }

    @Override
    public Stream<Row> stream(ParsedSql sql, Cursor cursor) {
        return apply(sql, c -> cursor.open(c, this::statementFailed, () -> { }));
    }
}
