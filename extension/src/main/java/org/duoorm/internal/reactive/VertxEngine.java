package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Uni;
import io.vertx.core.net.NetClientOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.duoorm.Dialect;
import org.duoorm.DriverNotFoundException;
import org.duoorm.EngineOptions;
import org.duoorm.Mode;
import org.duoorm.internal.Listeners;
import org.duoorm.internal.sql.Errors;
import org.duoorm.internal.url.ResolvedUrl;

/**
 * The reactive engine of PostgreSQL, MySQL and MariaDB: a Vert.x SQL client pool. The pool owns its
 * own Vert.x instance (created by the builder), which closing the pool closes too, so nothing is left
 * running after {@code disconnect()}.
 */
public final class VertxEngine implements ReactiveEngine {
    private final Pool pool;
    private final Dialect dialect;
    private final VertxClient autoCommit;
    private final Listeners listeners;
    private final Errors errors;
    private final AtomicInteger active = new AtomicInteger();

    private VertxEngine(Pool pool, Dialect dialect, Errors errors, Listeners listeners) {
        this.pool = pool;
        this.dialect = dialect;
        this.errors = errors;
        this.listeners = listeners;
        this.autoCommit = new VertxClient(pool, dialect == Dialect.POSTGRESQL, new VertxValues(dialect), errors, listeners);
    }

    public static VertxEngine create(String database, ResolvedUrl url, EngineOptions options, Errors errors,
            Listeners listeners) {
        PoolOptions poolOptions = new PoolOptions()
                .setName("duoorm-" + database)
                .setMaxSize(options.intValue(EngineOptions.MAX_SIZE))
                .setEventLoopSize(options.intValue(EngineOptions.EVENT_LOOPS))
                .setConnectionTimeout(millis(options.durationValue(EngineOptions.ACQUISITION_TIMEOUT)))
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS)
                .setIdleTimeout(millis(options.durationValue(EngineOptions.IDLE_TIMEOUT)))
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setMaxLifetime(millis(options.durationValue(EngineOptions.MAX_LIFETIME)))
                .setMaxLifetimeUnit(TimeUnit.MILLISECONDS);
        NetClientOptions net = new NetClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, options.durationValue(EngineOptions.CONNECT_TIMEOUT).toMillis()));
        Pool pool;
        try {
            pool = url.dialect() == Dialect.POSTGRESQL ? PgClients.pool(database, url, options, poolOptions, net)
                    : MySqlClients.pool(url, options, poolOptions, net);
        } catch (NoClassDefFoundError e) {
            throw missingClient(database, url.dialect(), e);
        }
        return new VertxEngine(pool, url.dialect(), errors, listeners);
    }

    static DriverNotFoundException missingClient(String database, Dialect d, Throwable cause) {
        String artifact = d == Dialect.POSTGRESQL ? "io.vertx:vertx-pg-client" : "io.vertx:vertx-mysql-client";
        return new DriverNotFoundException("Database '" + database + "' needs the Vert.x reactive client for " + d
                + ", which is not on the class path. Add the dependency " + artifact
                + " (version from io.vertx:vertx-stack-depchain), or set deriveAsync(false).", cause);
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }

    @Override
    public RClient autoCommit() {
        return autoCommit;
    }

    @Override
    public CompletionStage<RConnection> acquire() {
        return pool.getConnection().toCompletionStage().handle((c, e) -> {
            if (e != null) {
                throw errors.wrap(e, null);
            }
            active.incrementAndGet();
            listeners.acquired(Mode.REACTIVE);
            return new VertxConnection(c, dialect, autoCommit, this::released);
        });
    }

    private void released() {
        active.decrementAndGet();
        listeners.released(Mode.REACTIVE);
    }

    @Override
    public Uni<Void> ping() {
        return Uni.createFrom().completionStage(pool.getConnection().toCompletionStage())
                .onFailure().transform(e -> errors.wrap(e, null))
                .chain(c -> Uni.createFrom().completionStage(c.query("SELECT 1").execute().toCompletionStage())
                        .eventually(() -> Uni.createFrom().completionStage(c.close().toCompletionStage())))
                .onFailure().transform(e -> errors.wrap(e, "SELECT 1"))
                .replaceWithVoid();
    }

    @Override
    public int activeCount() {
        return active.get();
    }

    @Override
    public Uni<Void> close() {
        return Uni.createFrom().completionStage(() -> pool.close().toCompletionStage());
    }
}
