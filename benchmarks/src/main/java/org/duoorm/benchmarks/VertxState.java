package org.duoorm.benchmarks;

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
 * The baseline for the reactive mode: a plain Vert.x 5 PostgreSQL pool configured as DuoORM's reactive
 * engine configures its own: same size, one event loop, prepared statements cached, the builder's own
 * Vert.x instance (closed with the pool).
 */
@State(Scope.Benchmark)
public class VertxState {
    Pool pool;

    @Setup(Level.Trial)
    public void open() {
        Schema.prepare();
        PgConnectOptions connect = PgConnectOptions.fromUri(BenchConfig.url())
                .setCachePreparedStatements(true)
                .setPipeliningLimit(256);
        PoolOptions poolOptions = new PoolOptions().setMaxSize(BenchConfig.POOL_SIZE).setEventLoopSize(1);
        pool = PgBuilder.pool().with(poolOptions).connectingTo(connect).build();
    }

    @TearDown(Level.Trial)
    public void close() {
        pool.close().toCompletionStage().toCompletableFuture().join();
    }
}
