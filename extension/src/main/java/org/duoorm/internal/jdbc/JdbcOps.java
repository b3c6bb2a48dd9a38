package org.duoorm.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.duoorm.Isolation;
import org.duoorm.Dialect;
import org.duoorm.Mode;
import org.duoorm.Row;
import org.duoorm.internal.Listeners;
import org.duoorm.internal.sql.Errors;
import org.duoorm.internal.sql.ParsedSql;
import org.duoorm.internal.tx.Deadline;

/**
 * Runs statements on a JDBC connection the caller holds; shared by the blocking and the worker engine. A statement
 * of a unit of work with a time limit is cancelled ({@link Statement#cancel()}: PostgreSQL's cancel request,
 * MariaDB's {@code KILL QUERY}, H2's own) when the limit passes, lock waits included, and fails with the unit's
 * {@code TransactionTimeoutException}.
 */
public final class JdbcOps {
    private static final int BATCH_CHUNK = 500;

    private final Dialect dialect;
    private final Watchdog.Reach reach;
    private final JdbcValues values;
    private final Errors errors;
    private final Listeners listeners;
    private final Mode mode;

    public JdbcOps(Dialect dialect, Errors errors, Listeners listeners, Mode mode) {
        this.dialect = dialect;
        // Over a socket (PostgreSQL, MariaDB, MySQL), or into an embedded engine
        this.reach = dialect == Dialect.POSTGRESQL || dialect == Dialect.MARIADB || dialect == Dialect.MYSQL ? Watchdog.Reach.NETWORK
                : dialect == Dialect.H2 ? Watchdog.Reach.H2 : Watchdog.Reach.EMBEDDED;
        this.values = new JdbcValues(dialect);
        this.errors = errors;
        this.listeners = listeners;
        this.mode = mode;
    }



    /**
     * A statement's failure: the unit's time limit when it has passed (the statement was cancelled for it). A failure
     * that the driver says left the connection unusable (SQL state class 08, or a non-transient connection failure,
     * as H2 reports its own out-of-memory after closing the database) marks the connection broken: nothing more,
     * not even a rollback, is sent on it, and the pool closes it.
     */
    private RuntimeException failure(Connection c, Throwable e, ParsedSql sql, Deadline limit) {
        if (e instanceof java.sql.SQLNonTransientConnectionException
                || e instanceof SQLException && String.valueOf(((SQLException) e).getSQLState()).startsWith("08")) {
            BrokenConnections.markFailed(c);
        }
        if (limit != null && limit.passed()) {
            RuntimeException timedOut = limit.timedOut();
            timedOut.addSuppressed(errors.wrap(e, sql.original()));
            return timedOut;
        }
        return errors.wrap(e, sql.original());
    }

    /** A failure of COMMIT, as {@link Errors#commitFailure} decides it. */
    public RuntimeException commitFailure(Throwable e) {
        return errors.commitFailure(e);
    }

    /** How connections reach the database, for {@link Watchdog#arm}. */
    public Watchdog.Reach reach() {
        return reach;
    }

    /** Refuses what the protocol cannot carry (pgjdbc checks it when preparing), then tells the listeners. */
    private void announce(ParsedSql sql) {
        org.duoorm.internal.sql.BindChecks.count(dialect, sql.count());
        listeners.statement(mode, sql.questionMarks());
    }

    public int execute(Connection c, ParsedSql sql, Object[] params, Deadline limit) {
        announce(sql);
        try (PreparedStatement ps = c.prepareStatement(sql.questionMarks())) {
            values.bind(ps, params);
            Watchdog stop = Watchdog.arm(c, ps, limit, reach);
            try {
                if (!ps.execute()) {
                    return Math.max(0, ps.getUpdateCount());
                }
                int n = 0;
                try (ResultSet rs = ps.getResultSet()) {
                    while (rs.next()) {
                        n++;
                    }
                }
                return n;
            } finally {
                Watchdog.disarm(stop);
            }
        } catch (SQLException | RuntimeException e) {
            throw failure(c, e, sql, limit);
        } catch (Error e) {
            throw BrokenConnections.mark(c, e);
        }
    }

    public List<Row> query(Connection c, ParsedSql sql, Object[] params, Deadline limit) {
        announce(sql);
        try (PreparedStatement ps = c.prepareStatement(sql.questionMarks())) {
            values.bind(ps, params);
            Watchdog stop = Watchdog.arm(c, ps, limit, reach);
            try {
                if (!ps.execute()) {
                    return List.of();
                }
                try (ResultSet rs = ps.getResultSet()) {
                    return values.readAll(rs);
                }
            } finally {
                Watchdog.disarm(stop);
            }
        } catch (SQLException | RuntimeException e) {
            throw failure(c, e, sql, limit);
        } catch (Error e) {
            throw BrokenConnections.mark(c, e);
        }
    }

    public int[] batch(Connection c, ParsedSql sql, List<Object[]> sets, Deadline limit) {
        announce(sql);
        int[] counts = new int[sets.size()];
        Watchdog stop = null;
        try (PreparedStatement ps = c.prepareStatement(sql.questionMarks())) {
            stop = Watchdog.arm(c, ps, limit, reach);
            int done = 0;
            while (done < sets.size()) {
                int end = Math.min(sets.size(), done + BATCH_CHUNK);
                for (int i = done; i < end; i++) {
                    values.bind(ps, sql.bind(sets.get(i)));
                    ps.addBatch();
                }
                int[] chunk = ps.executeBatch();
                System.arraycopy(chunk, 0, counts, done, chunk.length);
                done = end;
            }
            return counts;
        } catch (SQLException | RuntimeException e) {
            throw failure(c, e, sql, limit);
        } catch (Error e) {
            throw BrokenConnections.mark(c, e);
        } finally {
            Watchdog.disarm(stop);
        }
    }

    /**
     * Streams rows from a cursor. The connection must not be in auto-commit mode (PostgreSQL only
     * honours the fetch size inside a transaction).
     *
     * @param onFailure told when reading the cursor fails (opening it fails with an exception)
     * @param onClose runs once when the stream is closed, after the statement is closed
     */
    public Stream<Row> stream(Connection c, ParsedSql sql, Object[] params, int fetchSize,
            Consumer<Throwable> onFailure, Runnable onClose, Deadline limit) {
        PreparedStatement ps = null;
        Watchdog stop = null;
        try {
            announce(sql);
            ps = c.prepareStatement(sql.questionMarks(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(fetchSize);
            values.bind(ps, params);
            stop = Watchdog.arm(c, ps, limit, reach);
            ResultSet rs = ps.executeQuery();
            CursorSpliterator it = new CursorSpliterator(c, rs, values.reader(rs), sql, onFailure, limit);
            PreparedStatement statement = ps;
            Watchdog armed = stop;
            return StreamSupport.stream(it, false).onClose(() -> {
                Watchdog.disarm(armed);
                closeAll(statement, onClose);
            });
        } catch (SQLException | RuntimeException e) {
            Watchdog.disarm(stop);
            closeQuietly(ps);
            onClose.run();
            throw failure(c, e, sql, limit);
        } catch (Error e) {
            BrokenConnections.mark(c, e);
            onClose.run();
            throw e;
        }
    }

    private static void closeAll(PreparedStatement ps, Runnable onClose) {
        try {
            closeQuietly(ps);
        } finally {
            onClose.run();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // The connection is released next; a failure to close a statement changes nothing for the caller.
            }
        }
    }

    private final class CursorSpliterator extends Spliterators.AbstractSpliterator<Row> {
        private final Connection connection;
        private final ResultSet rs;
        private final JdbcValues.Reader reader;
        private final ParsedSql sql;
        private final Consumer<Throwable> onFailure;
        private final Deadline limit;

        CursorSpliterator(Connection connection, ResultSet rs, JdbcValues.Reader reader, ParsedSql sql,
                Consumer<Throwable> onFailure, Deadline limit) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.connection = connection;
            this.rs = rs;
            this.reader = reader;
            this.sql = sql;
            this.onFailure = onFailure;
            this.limit = limit;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Row> action) {
            Row row;
            try {
                if (!rs.next()) {
                    return false;
                }
                row = reader.read(rs);
            } catch (SQLException e) {
                // Only the cursor's own failure counts against the unit of work, not the consumer's.
                RuntimeException wrapped = failure(connection, e, sql, limit);
                onFailure.accept(wrapped);
                throw wrapped;
            } catch (RuntimeException e) {
                onFailure.accept(e);
                throw e;
            } catch (Error e) {
                BrokenConnections.mark(connection, e);
                onFailure.accept(e);
                throw e;
            }
            action.accept(row);
            return true;
        }
    }

    /** The JDBC constant of an isolation level other than DEFAULT. */
    public static int jdbcIsolation(Isolation i) {
        switch (i) {
            case READ_UNCOMMITTED: return Connection.TRANSACTION_READ_UNCOMMITTED;
            case READ_COMMITTED: return Connection.TRANSACTION_READ_COMMITTED;
            case REPEATABLE_READ: return Connection.TRANSACTION_REPEATABLE_READ;
            default: return Connection.TRANSACTION_SERIALIZABLE;
        }
    }
}
