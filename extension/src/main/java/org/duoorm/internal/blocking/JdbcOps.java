package org.duoorm.internal.blocking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.duoorm.Dialect;
import org.duoorm.DuoOrmException;
import org.duoorm.Mode;
import org.duoorm.Row;
import org.duoorm.internal.Listeners;
import org.duoorm.internal.sql.Errors;
import org.duoorm.internal.sql.ParsedSql;

/** Runs statements on a JDBC connection the caller holds; shared by the blocking and the worker engine. */
public final class JdbcOps {
    private static final int BATCH_CHUNK = 500;

    private final JdbcValues values;
    private final Errors errors;
    private final Listeners listeners;
    private final Mode mode;

    public JdbcOps(Dialect dialect, Errors errors, Listeners listeners, Mode mode) {
        this.values = new JdbcValues(dialect);
        this.errors = errors;
        this.listeners = listeners;
        this.mode = mode;
    }

    public int execute(Connection c, ParsedSql sql, Object[] params) {
        listeners.statement(mode, sql.questionMarks());
        try (PreparedStatement ps = c.prepareStatement(sql.questionMarks())) {
            values.bind(ps, params);
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
        } catch (SQLException | RuntimeException e) {
            throw errors.wrap(e, sql.original());
        }
    }

    public List<Row> query(Connection c, ParsedSql sql, Object[] params) {
        listeners.statement(mode, sql.questionMarks());
        try (PreparedStatement ps = c.prepareStatement(sql.questionMarks())) {
            values.bind(ps, params);
            if (!ps.execute()) {
                return List.of();
            }
            try (ResultSet rs = ps.getResultSet()) {
                return values.readAll(rs);
            }
        } catch (SQLException | RuntimeException e) {
            throw errors.wrap(e, sql.original());
        }
    }

    public int[] batch(Connection c, ParsedSql sql, List<Object[]> sets) {
        listeners.statement(mode, sql.questionMarks());
        int[] counts = new int[sets.size()];
        try (PreparedStatement ps = c.prepareStatement(sql.questionMarks())) {
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
            throw errors.wrap(e, sql.original());
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
            Consumer<Throwable> onFailure, Runnable onClose) {
        listeners.statement(mode, sql.questionMarks());
        PreparedStatement ps = null;
        try {
            ps = c.prepareStatement(sql.questionMarks(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(fetchSize);
            values.bind(ps, params);
            ResultSet rs = ps.executeQuery();
            CursorSpliterator it = new CursorSpliterator(rs, values.reader(rs), sql.original(), onFailure);
            PreparedStatement statement = ps;
            return StreamSupport.stream(it, false).onClose(() -> closeAll(statement, onClose));
        } catch (SQLException | RuntimeException e) {
            closeQuietly(ps);
            onClose.run();
            throw errors.wrap(e, sql.original());
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
        private final ResultSet rs;
        private final JdbcValues.Reader reader;
        private final String sql;
        private final Consumer<Throwable> onFailure;

        CursorSpliterator(ResultSet rs, JdbcValues.Reader reader, String sql, Consumer<Throwable> onFailure) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.rs = rs;
            this.reader = reader;
            this.sql = sql;
            this.onFailure = onFailure;
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
                DuoOrmException wrapped = errors.wrap(e, sql);
                onFailure.accept(wrapped);
                throw wrapped;
            } catch (RuntimeException e) {
                onFailure.accept(e);
                throw e;
            }
            action.accept(row);
            return true;
        }
    }
}
