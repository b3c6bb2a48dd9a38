package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.duoorm.Mode;
import org.duoorm.Row;
import org.duoorm.internal.Listeners;
import org.duoorm.internal.sql.Errors;
import org.duoorm.internal.sql.ParsedSql;

/** Statements on a Vert.x pool or connection, bridged from {@link Future} to {@link Uni}. */
class VertxClient implements RClient {
    private static final int BATCH_CHUNK = 1000;

    private final SqlClient client;
    private final boolean dollars;
    private final VertxValues values;
    private final Errors errors;
    private final Listeners listeners;

    VertxClient(SqlClient client, boolean dollars, VertxValues values, Errors errors, Listeners listeners) {
        this.client = client;
        this.dollars = dollars;
        this.values = values;
        this.errors = errors;
        this.listeners = listeners;
    }

    final String text(ParsedSql sql) {
        return dollars ? sql.dollars() : sql.questionMarks();
    }

    final <T> Uni<T> bridge(Future<T> f, String sql) {
        return Uni.createFrom().completionStage(f.toCompletionStage())
                .onFailure().transform(e -> errors.wrap(e, sql));
    }

    /** The future of a statement; subclasses may queue it behind others. */
    Future<RowSet<io.vertx.sqlclient.Row>> run(ParsedSql sql, Object[] params) {
        String text = text(sql);
        listeners.statement(Mode.REACTIVE, sql.questionMarks()); // as the JDBC engine reports it
        return params.length == 0 ? client.query(text).execute() : client.preparedQuery(text).execute(values.tuple(params));
    }

    /**
     * A transaction command of the engine itself (BEGIN, COMMIT, ROLLBACK, SAVEPOINT, ...): listeners hear of it as
     * onBegin/onCommit/onRollback, not as a statement, as with the JDBC engine, whose driver sends them unseen.
     */
    Future<RowSet<io.vertx.sqlclient.Row>> runCommand(ParsedSql sql) {
        return client.query(text(sql)).execute();
    }

    Future<int[]> runBatch(ParsedSql sql, List<Object[]> sets) {
        String text = text(sql);
        listeners.statement(Mode.REACTIVE, sql.questionMarks());
        int[] counts = new int[sets.size()];
        Future<Void> chain = Future.succeededFuture();
        for (int start = 0; start < sets.size(); start += BATCH_CHUNK) {
            int from = start;
            int to = Math.min(sets.size(), start + BATCH_CHUNK);
            chain = chain.compose(v -> chunk(text, sql, sets, from, to, counts));
        }
        return chain.map(v -> counts);
    }

    private Future<Void> chunk(String text, ParsedSql sql, List<Object[]> sets, int from, int to, int[] counts) {
        List<Tuple> tuples = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            tuples.add(values.tuple(sql.bind(sets.get(i))));
        }
        return client.preparedQuery(text).executeBatch(tuples).map(rs -> {
            int i = from;
            for (RowSet<io.vertx.sqlclient.Row> r = rs; r != null && i < to; r = r.next()) {
                counts[i++] = r.rowCount();
            }
            return null;
        });
    }

    @Override
    public Uni<Integer> execute(ParsedSql sql, Object[] params) {
        return Uni.createFrom().deferred(() -> bridge(run(sql, params).map(RowSet::rowCount), sql.original()));
    }

    @Override
    public Uni<List<Row>> query(ParsedSql sql, Object[] params) {
        return Uni.createFrom().deferred(() -> bridge(run(sql, params).map(VertxValues::rows), sql.original()));
    }

    @Override
    public Uni<int[]> batch(ParsedSql sql, List<Object[]> paramSets) {
        return Uni.createFrom().deferred(() -> bridge(runBatch(sql, paramSets), sql.original()));
    }

    /** The Vert.x client (the pool, for the engine's own client). */
    final SqlClient client() {
        return client;
    }

    final Errors errors() {
        return errors;
    }

    final Listeners listeners() {
        return listeners;
    }

    final VertxValues values() {
        return values;
    }
}
