package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Uni;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.duoorm.EngineOptions;
import org.duoorm.Row;
import org.duoorm.internal.sql.ParsedSql;
import org.duoorm.internal.jdbc.JdbcPool;
import org.duoorm.internal.jdbc.JdbcOps;

/**
 * The reactive engine of H2 and SQLite, which have no non-blocking driver: JDBC on a bounded pool of
 * worker threads, sharing the blocking engine's connection pool. Waiting for a pooled connection runs
 * on separate threads from statements, so units of work holding connections always get a thread to
 * finish on and the two waits cannot deadlock.
 */
public final class WorkerEngine implements ReactiveEngine {
    private final Supplier<JdbcPool> pool;
    private final JdbcOps ops;
    private final ExecutorService workers;
    private final ExecutorService acquirers;
    private final AtomicInteger active = new AtomicInteger();
    private final RClient autoCommit = new AutoCommit();

    public WorkerEngine(String database, Supplier<JdbcPool> pool, JdbcOps ops, EngineOptions options) {
        this.pool = pool;
        this.ops = ops;
        this.workers = executor("duoorm-" + database + "-worker", options.intValue(EngineOptions.WORKER_THREADS), true);
        this.acquirers = executor("duoorm-" + database + "-acquire", options.intValue(EngineOptions.MAX_SIZE), true);
    }

    /** @param reactive whether the threads run reactive work (blocking calls made on them are refused) */
    private static ExecutorService executor(String name, int threads, boolean reactive) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory f = r -> {
            Thread t = new Thread(reactive ? org.duoorm.internal.tx.EventLoopGuard.reactiveWorker(r) : r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor e = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), f);
        e.allowCoreThreadTimeOut(true);
        return e;
    }

    @Override
    public RClient autoCommit() {
        return autoCommit;
    }

    @Override
    public CompletionStage<RConnection> acquire() {
        return CompletableFuture.supplyAsync(() -> {
            Connection c = pool.get().acquire(org.duoorm.Mode.REACTIVE);
            active.incrementAndGet();
            return new WorkerConnection(c, ops, workers, () -> release(c));
        }, acquirers);
    }

    private void release(Connection c) {
        active.decrementAndGet();
        pool.get().release(c, org.duoorm.Mode.REACTIVE);
    }

    @Override
    public Uni<Void> ping() {
        return Uni.createFrom().completionStage(() -> CompletableFuture.runAsync(() -> {
            Connection c = pool.get().acquire();
            pool.get().release(c);
        }, acquirers));
    }

    @Override
    public int activeCount() {
        return active.get();
    }

    @Override
    public Uni<Void> close() {
        return Uni.createFrom().item(() -> {
            workers.shutdown();
            acquirers.shutdown();
            try {
                workers.awaitTermination(10, TimeUnit.SECONDS);
                acquirers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
    }

    /** Each statement borrows a connection, runs on a worker thread, and gives it back. */
    private final class AutoCommit implements RClient {
        private <T> Uni<T> once(java.util.function.Function<RConnection, Uni<T>> op) {
            return Scopes.using(WorkerEngine.this::acquire, (c, ctx) -> op.apply(c), (c, outcome) -> c.release());
        }

        @Override
        public Uni<Integer> execute(ParsedSql sql, Object[] params) {
            return once(c -> c.execute(sql, params));
        }

        @Override
        public Uni<List<Row>> query(ParsedSql sql, Object[] params) {
            return once(c -> c.query(sql, params));
        }

        @Override
        public Uni<int[]> batch(ParsedSql sql, List<Object[]> paramSets) {
            return once(c -> c.batch(sql, paramSets));
        }
    }
}
