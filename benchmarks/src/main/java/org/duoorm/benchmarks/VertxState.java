package org.duoorm.benchmarks;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The baseline for the reactive mode: a plain Vert.x 5 PostgreSQL pool of the same size, on one event
 * loop as DuoORM's reactive engine uses by default.
 */
@State(Scope.Benchmark)
public class VertxState {
    Vertx vertx;
    Pool pool;

    @Setup(Level.Trial)
    public void open() {
        Schema.prepare();
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        PgConnectOptions connect = PgConnectOptions.fromUri(BenchConfig.url());
        PoolOptions poolOptions = new PoolOptions().setMaxSize(BenchConfig.POOL_SIZE);
        pool = PgBuilder.pool().with(poolOptions).connectingTo(connect).using(vertx).build();
    }

    @TearDown(Level.Trial)
    public void close() {
        pool.close().toCompletionStage().toCompletableFuture().join();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
