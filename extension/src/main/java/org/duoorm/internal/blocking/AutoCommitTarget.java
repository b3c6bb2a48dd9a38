package org.duoorm.internal.blocking;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.duoorm.Row;
import org.duoorm.internal.sql.ParsedSql;
import org.duoorm.internal.jdbc.JdbcPool;
import org.duoorm.internal.jdbc.BrokenConnections;

/** Runs each statement on a connection of its own, in auto-commit mode. */
public final class AutoCommitTarget implements BlockingTarget {
    private final Supplier<JdbcPool> engine;

    public AutoCommitTarget(Supplier<JdbcPool> engine) {
        this.engine = engine;
    }

    @Override
    public <T> T apply(ParsedSql sql, Function<Connection, T> work) {
        JdbcPool e = engine.get();
        Connection c = e.acquire();
        try {
            return work.apply(c);
        } finally {
            e.release(c);
        }
    }

    @Override
    public Stream<Row> stream(ParsedSql sql, Cursor cursor) {
        JdbcPool e = engine.get();
        Connection c = e.acquire();
        try {
            c.setAutoCommit(false);
        } catch (SQLException ex) {
            e.release(c);
            throw new org.duoorm.SqlExecutionException("Could not start a cursor: " + ex.getMessage(), ex.getSQLState(),
                    ex.getErrorCode(), ex);
        }
        return cursor.open(c, failure -> { }, () -> endQuietly(e, c));
    }

    private static void endQuietly(JdbcPool e, Connection c) {
        if (BrokenConnections.isBroken(c)) {
            e.release(c);
            return;
        }
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // A read-only cursor has nothing to keep; the connection is released either way.
        } finally {
            e.release(c);
        }
    }
}
