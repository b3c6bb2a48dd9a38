package org.duoorm.internal.reactive;

import io.vertx.sqlclient.PreparedStatement;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.concurrent.Flow;
import java.util.function.Function;
import org.duoorm.Row;
import org.duoorm.internal.sql.Columns;

/**
 * A cursor as a reactive-streams publisher: demand from the subscriber becomes {@code fetch(n)} on the
 * Vert.x {@link RowStream}, so rows are read from the database only as fast as they are consumed.
 * One subscriber per publisher.
 */
final class RowStreamPublisher implements Flow.Publisher<Row> {
    private final SqlConnection connection;
    private final String sql;
    private final Tuple params;
    private final int fetchSize;
    private final Function<Throwable, RuntimeException> errors;
    private final Runnable onStart;

    RowStreamPublisher(SqlConnection connection, String sql, Tuple params, int fetchSize,
            Function<Throwable, RuntimeException> errors, Runnable onStart) {
        this.connection = connection;
        this.sql = sql;
        this.params = params;
        this.fetchSize = fetchSize;
        this.errors = errors;
        this.onStart = onStart;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super Row> subscriber) {
        CursorSubscription s = new CursorSubscription(subscriber);
        subscriber.onSubscribe(s);
    }

    private final class CursorSubscription implements Flow.Subscription {
        private final Flow.Subscriber<? super Row> subscriber;
        private RowStream<io.vertx.sqlclient.Row> stream;
        private PreparedStatement statement;
        private Columns columns;
        private long pending;
        private boolean started;
        private boolean done;

        CursorSubscription(Flow.Subscriber<? super Row> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("Rule 3.9: request must be positive, was " + n));
                return;
            }
            RowStream<io.vertx.sqlclient.Row> s;
            synchronized (this) {
                if (done) {
                    return;
                }
                if (stream == null) {
                    pending = pending + n < 0 ? Long.MAX_VALUE : pending + n;
                    if (!started) {
                        started = true;
                        start();
                    }
                    return;
                }
                s = stream;
            }
            s.fetch(n);
        }

        private void start() {
            onStart.run();
            connection.prepare(sql).onComplete(ar -> {
                if (ar.failed()) {
                    fail(ar.cause());
                    return;
                }
                opened(ar.result());
            });
        }

        private void opened(PreparedStatement ps) {
            RowStream<io.vertx.sqlclient.Row> s = ps.createStream(fetchSize, params);
            s.pause();
            s.exceptionHandler(this::fail);
            s.endHandler(v -> complete());
            s.handler(this::emit);
            long demand;
            synchronized (this) {
                statement = ps;
                stream = s;
                demand = pending;
                pending = 0;
                if (done) {
                    closeQuietly();
                    return;
                }
            }
            if (demand > 0) {
                s.fetch(demand);
            }
        }

        private void emit(io.vertx.sqlclient.Row r) {
            if (columns == null) {
                java.util.List<String> names = new java.util.ArrayList<>(r.size());
                for (int i = 0; i < r.size(); i++) {
                    names.add(r.getColumnName(i));
                }
                columns = new Columns(names);
            }
            subscriber.onNext(VertxValues.row(columns, r));
        }

        private void complete() {
            if (finish()) {
                closeQuietly();
                subscriber.onComplete();
            }
        }

        private void fail(Throwable t) {
            if (finish()) {
                closeQuietly();
                subscriber.onError(errors.apply(t));
            }
        }

        private synchronized boolean finish() {
            if (done) {
                return false;
            }
            done = true;
            return true;
        }

        @Override
        public void cancel() {
            if (finish()) {
                closeQuietly();
            }
        }

        private void closeQuietly() {
            RowStream<io.vertx.sqlclient.Row> s;
            PreparedStatement ps;
            synchronized (this) {
                s = stream;
                ps = statement;
                stream = null;
                statement = null;
            }
            if (s != null) {
                s.close().onComplete(ar -> {
                    if (ps != null) {
                        ps.close();
                    }
                });
            } else if (ps != null) {
                ps.close();
            }
        }
    }
}
