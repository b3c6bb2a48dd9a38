package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.duoorm.Dialect;
import org.duoorm.Isolation;
import org.duoorm.Mode;
import org.duoorm.Row;
import org.duoorm.TransactionOptions;
import org.duoorm.internal.sql.ParsedSql;
import org.duoorm.internal.sql.SqlParser;
import org.duoorm.internal.tx.StatementGuard;

/** One Vert.x connection with its operations kept in order on a {@link Lane}. */
final class VertxConnection extends VertxClient implements RConnection {
    private final SqlConnection connection;
    private final Dialect dialect;
    private final Lane lane = new Lane();
    private final AtomicBoolean released = new AtomicBoolean();
    private final Runnable onRelease;
    private volatile StatementGuard guard = StatementGuard.NONE;
    /** The server's id of this connection (MariaDB, for KILL QUERY), read when a unit of work with a time limit begins. */
    private volatile long serverId = -1;
    private final SqlClient pool;

    VertxConnection(SqlConnection connection, Dialect dialect, VertxClient template, Runnable onRelease) {
        super(connection, dialect == Dialect.POSTGRESQL, template.values(), template.errors(), template.listeners());
        this.connection = connection;
        this.dialect = dialect;
        this.onRelease = onRelease;
        this.pool = template.client();
    }

    @Override
    public void guard(StatementGuard guard) {
        this.guard = guard;
    }

    /**
     * Runs a statement when its turn comes, unless the guard refuses it; a failure is reported to the guard
     * before the lane moves on to the next statement.
     */
    private <T> java.util.concurrent.CompletionStage<T> guarded(ParsedSql sql, java.util.function.Supplier<Future<T>> statement) {
        StatementGuard g = guard;
        RuntimeException refused = g.beforeStatement(sql);
        if (refused != null) {
            return java.util.concurrent.CompletableFuture.failedFuture(refused);
        }
        Future<T> running;
        try {
            running = statement.get();
        } catch (RuntimeException e) {
            running = Future.failedFuture(e);
        }
        return running.<T>recover(e -> Future.failedFuture(failed(g, sql, e))).toCompletionStage();
    }

    private RuntimeException failed(StatementGuard g, ParsedSql sql, Throwable e) {
        RuntimeException wrapped = errors().wrap(e, sql.original());
        g.statementFailed(wrapped);
        return wrapped;
    }

    @Override
    public Uni<Integer> execute(ParsedSql sql, Object[] params) {
        return lane.submit(() -> guarded(sql, () -> run(sql, params).map(rs -> rs.rowCount())))
                .onFailure().transform(e -> errors().wrap(e, sql.original()));
    }

    @Override
    public Uni<List<Row>> query(ParsedSql sql, Object[] params) {
        return lane.submit(() -> guarded(sql, () -> run(sql, params).map(VertxValues::rows)))
                .onFailure().transform(e -> errors().wrap(e, sql.original()));
    }

    @Override
    public Uni<int[]> batch(ParsedSql sql, List<Object[]> paramSets) {
        return lane.submit(() -> guarded(sql, () -> runBatch(sql, paramSets)))
                .onFailure().transform(e -> errors().wrap(e, sql.original()));
    }

    @Override
    public Multi<Row> stream(ParsedSql sql, Object[] params, int fetchSize) {
        StatementGuard g = guard;
        RuntimeException refused = g.beforeStatement(sql);
        if (refused != null) {
            return Multi.createFrom().failure(refused);
        }
        return Multi.createFrom().publisher(new RowStreamPublisher(connection, text(sql), values().tuple(params),
                fetchSize, e -> failed(g, sql, e), () -> listeners().statement(Mode.REACTIVE, sql.questionMarks())));
    }

    private Uni<Void> command(String sql) {
        ParsedSql p = SqlParser.parse(sql, false);
        return lane.submit(() -> runCommand(p).<Void>mapEmpty().toCompletionStage())
                .onFailure().transform(e -> errors().wrap(e, sql));
    }

    @Override
    public Uni<Void> begin(TransactionOptions o) {
        if (dialect == Dialect.POSTGRESQL) {
            String iso = o.isolation() == Isolation.DEFAULT ? "" : " ISOLATION LEVEL " + level(o.isolation());
            return command("BEGIN" + iso + (o.readOnly() ? " READ ONLY" : ""));
        }
        Uni<Void> iso = o.isolation() == Isolation.DEFAULT ? Uni.createFrom().voidItem()
                : command("SET TRANSACTION ISOLATION LEVEL " + level(o.isolation()));
        Uni<Void> begun = iso.chain(() -> command(o.readOnly() ? "START TRANSACTION READ ONLY" : "START TRANSACTION"));
        if (o.timeout().isZero() || serverId >= 0) {
            return begun;
        }
        // KILL QUERY needs the server's id of the connection; read once per connection, not a statement of the unit
        return begun.chain(() -> lane.submit(() -> connection.query("SELECT CONNECTION_ID()").execute()
                .map(rows -> {
                    serverId = rows.iterator().next().getLong(0);
                    return (Void) null;
                }).toCompletionStage()).onFailure().transform(e -> errors().wrap(e, "SELECT CONNECTION_ID()")));
    }

    @Override
    public Uni<Void> interrupt() {
        Future<?> sent;
        if (dialect == Dialect.POSTGRESQL) {
            sent = PgClients.cancel(connection);
        } else if (serverId >= 0) {
            sent = pool.query("KILL QUERY " + serverId).execute();
        } else {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().completionStage(sent.toCompletionStage()).replaceWithVoid().onFailure().recoverWithNull();
    }

    private static String level(Isolation i) {
        return i.name().replace('_', ' ');
    }

    @Override
    public Uni<Void> commit() {
        ParsedSql p = SqlParser.parse("COMMIT", false);
        return lane.submit(() -> runCommand(p).<Void>mapEmpty().toCompletionStage())
                .onFailure().transform(errors()::commitFailure);
    }

    @Override
    public Uni<Void> rollback() {
        return command("ROLLBACK");
    }

    @Override
    public Uni<Void> savepoint(String name) {
        return command("SAVEPOINT " + name);
    }

    @Override
    public Uni<Void> rollbackToSavepoint(String name) {
        return command("ROLLBACK TO SAVEPOINT " + name);
    }

    @Override
    public Uni<Void> releaseSavepoint(String name) {
        return command("RELEASE SAVEPOINT " + name);
    }

    @Override
    public Uni<Void> release() {
        return Uni.createFrom().deferred(() -> {
            if (!released.compareAndSet(false, true)) {
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().completionStage(lane.drained()
                    .thenCompose(v -> connection.close().toCompletionStage())
                    .handle((v, e) -> {
                        onRelease.run();
                        return (Void) null;
                    }));
        });
    }

    static Future<Void> done() {
        return Future.succeededFuture();
    }
}
