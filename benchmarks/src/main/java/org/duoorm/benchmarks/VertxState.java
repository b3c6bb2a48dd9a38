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
 * The baseline for the reactive mode: a plain Vert.x 5 PostgreSQL (or MySQL, for MariaDB) pool as a user builds one
 * with Vert.x's defaults: {@code PgBuilder.pool()} ({@code MySQLBuilder.pool()}) with only the size and the connect options read from the URL (the builder's
 * own Vert.x, closed with the pool; Vert.x's default event-loop count; no prepared-statement cache). Nothing
 * copies DuoORM's own settings, so whatever they cost shows in the ratio.
 */
@State(Scope.Benchmark)
public class VertxState {
    Pool pool;

    @Setup(Level.Trial)
    public void open() {
        Schema.prepare();
        pool = BenchConfig.mariadb()
                ? io.vertx.mysqlclient.MySQLBuilder.pool()
                        .with(new PoolOptions().setMaxSize(BenchConfig.POOL_SIZE))
                        .connectingTo(io.vertx.mysqlclient.MySQLConnectOptions.fromUri(BenchConfig.url()))
                        .build()
                : PgBuilder.pool()
                        .with(new PoolOptions().setMaxSize(BenchConfig.POOL_SIZE))
                        .connectingTo(PgConnectOptions.fromUri(BenchConfig.url()))
                        .build();
    }

    @TearDown(Level.Trial)
    public void close() {
        pool.close().toCompletionStage().toCompletableFuture().join();
    }
}
