package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.duoorm.Isolation;
import org.duoorm.Row;
import org.duoorm.SqlExecutionException;
import org.duoorm.TransactionOptions;
import org.duoorm.internal.sql.ParsedSql;
import org.duoorm.internal.tx.StatementGuard;
import org.duoorm.internal.jdbc.BrokenConnections;
import org.duoorm.internal.jdbc.JdbcOps;

/** A JDBC connection driven from worker threads, one operation at a time. */
final class WorkerConnection implements RConnection {
    private final Connection connection;
    private final JdbcOps ops;
    private final ExecutorService workers;
    private final Runnable release;
    private final Lane lane = new Lane();
    private final AtomicBoolean released = new AtomicBoolean();
    private final Map<String, Savepoint> savepoints = new HashMap<>();
    private TransactionOptions options;
    private volatile StatementGuard guard = StatementGuard.NONE;

    WorkerConnection(Connection connection, JdbcOps ops, ExecutorService workers, Runnable release) {
        this.connection = connection;
        this.ops = ops;
        this.workers = workers;
        this.release = release;
    }

    private <T> Uni<T> onWorker(Supplier<T> work) {
        return lane.submit(() -> CompletableFuture.supplyAsync(work, workers));
    }

    private Uni<Void> jdbc(String what, SqlAction action) {
        return onWorker(() -> {
            if (BrokenConnections.isBroken(connection)) {
                // interrupted by an Error: closed by the pool when released, nothing more is sent on it
                throw new SqlExecutionException("Could not " + what + ": the connection was interrupted by an error and "
                        + "is being closed", null, 0, null);
            }
            try {
                action.run();
                return null;
            } catch (SQLException e) {
                throw new SqlExecutionException("Could not " + what + ": " + e.getMessage(), e.getSQLState(),
                        e.getErrorCode(), e);
            } catch (Error e) {
                throw BrokenConnections.mark(connection, e);
            }
        });
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }

    @Override
    public void guard(StatementGuard guard) {
        this.guard = guard;
    }

    /**
     * A statement, asked about when its turn comes on the worker; a failure is reported before the lane
     * moves on to the next statement.
     */
    private <T> Uni<T> statement(ParsedSql sql, Supplier<T> work) {
        return onWorker(() -> {
            StatementGuard g = guard;
            RuntimeException refused = g.beforeStatement(sql);
            if (refused != null) {
                throw refused;
            }
            try {
                return work.get();
            } catch (RuntimeException e) {
                g.statementFailed(e);
                throw e;
            }
        });
    }

    @Override
    public Uni<Integer> execute(ParsedSql sql, Object[] params) {
        return statement(sql, () -> ops.execute(connection, sql, params, guard.deadline()));
    }

    @Override
    public Uni<List<Row>> query(ParsedSql sql, Object[] params) {
        return statement(sql, () -> ops.query(connection, sql, params, guard.deadline()));
    }

    @Override
    public Uni<int[]> batch(ParsedSql sql, List<Object[]> paramSets) {
        return statement(sql, () -> ops.batch(connection, sql, paramSets, guard.deadline()));
    }

    @Override
    public Uni<Void> begin(TransactionOptions o) {
        return jdbc("begin a transaction", () -> {
            options = o;
            if (o.isolation() != Isolation.DEFAULT) {
                connection.setTransactionIsolation(JdbcOps.jdbcIsolation(o.isolation()));
            }
            if (o.readOnly()) {
                connection.setReadOnly(true);
            }
            connection.setAutoCommit(false);
        });
    }

    @Override
    public Uni<Void> commit() {
        return onWorker(() -> {
            try {
                connection.commit();
                return null;
            } catch (SQLException e) {
                throw ops.commitFailure(e);
            } catch (Error e) {
                throw BrokenConnections.mark(connection, e);
            }
        });
    }

    @Override
    public Uni<Void> rollback() {
        return jdbc("roll back", connection::rollback);
    }

    @Override
    public Uni<Void> savepoint(String name) {
        return jdbc("set a savepoint", () -> savepoints.put(name, connection.setSavepoint(name)));
    }

    @Override
    public Uni<Void> rollbackToSavepoint(String name) {
        return jdbc("roll back to a savepoint", () -> connection.rollback(savepoints.remove(name)));
    }

    @Override
    public Uni<Void> releaseSavepoint(String name) {
        return jdbc("release a savepoint", () -> connection.releaseSavepoint(savepoints.remove(name)));
    }

    @Override
    public Multi<Row> stream(ParsedSql sql, Object[] params, int fetchSize) {
        return Multi.createFrom().publisher(new CursorPublisher(sql, params, fetchSize));
    }

    @Override
    public Uni<Void> release() {
        return Uni.createFrom().deferred(() -> {
            if (!released.compareAndSet(false, true)) {
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().completionStage(lane.drained().thenRunAsync(this::reset, workers)
                    .handle((v, e) -> {
                        release.run();
                        return (Void) null;
                    }));
        });
    }

    private void reset() {
        if (BrokenConnections.isBroken(connection)) {
            return;
        }
        try {
            if (options != null && options.readOnly()) {
                connection.setReadOnly(false);
            }
            if (options != null && options.isolation() != Isolation.DEFAULT) {
                connection.setTransactionIsolation(connection.getMetaData().getDefaultTransactionIsolation());
            }
        } catch (SQLException ignored) {
            // The pool validates connections; one that cannot be reset is dropped there.
        }
    }

    /** Reads a JDBC cursor on the lane, as many rows per request as were asked for. */
    private final class CursorPublisher implements Flow.Publisher<Row> {
        private final ParsedSql sql;
        private final Object[] params;
        private final int fetchSize;

        CursorPublisher(ParsedSql sql, Object[] params, int fetchSize) {
            this.sql = sql;
            this.params = params;
            this.fetchSize = fetchSize;
        }

        @Override
        public void subscribe(Flow.Subscriber<? super Row> subscriber) {
            subscriber.onSubscribe(new Flow.Subscription() {
                private Stream<Row> stream;
                private Iterator<Row> rows;
                private boolean done;

                @Override
                public void request(long n) {
                    lane.enqueue(() -> CompletableFuture.runAsync(() -> pull(n), workers));
                }

                private void pull(long n) {
                    if (done) {
                        return;
                    }
                    StatementGuard g = guard;
                    try {
                        if (rows == null) {
                            RuntimeException refused = g.beforeStatement(sql);
                            if (refused != null) {
                                throw refused;
                            }
                            open(g);
                        }
                        for (long i = 0; i < n; i++) {
                            if (!rows.hasNext()) {
                                finish();
                                subscriber.onComplete();
                                return;
                            }
                            subscriber.onNext(rows.next());
                        }
                    } catch (RuntimeException e) {
                        finish();
                        subscriber.onError(e);
                    }
                }

                private void open(StatementGuard g) {
                    try {
                        stream = ops.stream(connection, sql, params, fetchSize, g::statementFailed, () -> { }, g.deadline());
                        rows = stream.iterator();
                    } catch (RuntimeException e) {
                        g.statementFailed(e);
                        throw e;
                    }
                }

                private void finish() {
                    done = true;
                    if (stream != null) {
                        stream.close();
                    }
                }

                @Override
                public void cancel() {
                    lane.enqueue(() -> CompletableFuture.runAsync(() -> {
                        if (!done) {
                            finish();
                        }
                    }, workers));
                }
            });
        }
    }
}
