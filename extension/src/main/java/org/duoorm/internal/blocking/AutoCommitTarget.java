package org.duoorm.internal.blocking;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runs each statement on a connection of its own, in auto-commit mode. */
public final class AutoCommitTarget implements BlockingTarget {
    private final Supplier<BlockingEngine> engine;

    public AutoCommitTarget(Supplier<BlockingEngine> engine) {
        this.engine = engine;
    }

    @Override
    public <T> T apply(Function<Connection, T> work) {
        BlockingEngine e = engine.get();
        Connection c = e.acquire();
        try {
            return work.apply(c);
        } finally {
            e.release(c);
        }
    }

    @Override
    public <T> T stream(Function<Connection, T> open, Consumer<Runnable> onClose) {
        BlockingEngine e = engine.get();
        Connection c = e.acquire();
        try {
            c.setAutoCommit(false);
        } catch (SQLException ex) {
            e.release(c);
            throw new org.duoorm.SqlExecutionException("Could not start a cursor: " + ex.getMessage(), ex.getSQLState(),
                    ex.getErrorCode(), ex);
        }
        onClose.accept(() -> endQuietly(e, c));
        return open.apply(c);
    }

    private static void endQuietly(BlockingEngine e, Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // A read-only cursor has nothing to keep; the connection is released either way.
        } finally {
            e.release(c);
        }
    }
}
