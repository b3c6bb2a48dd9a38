package org.duoorm.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.duoorm.Database;
import org.duoorm.Mode;
import org.duoorm.PoolTimeoutException;
import org.duoorm.ReactiveSession;
import org.duoorm.Session;
import org.duoorm.testing.Await;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With every pooled connection held, a caller waits at most the configured acquisition timeout and then
 * gets a {@link PoolTimeoutException} naming the database, in both modes; nothing hangs, and callers
 * that gave up (or were cancelled) while waiting leave no slot behind.
 */
class PoolExhaustionTest {
    private static final int POOL = 2;
    private static final Duration ACQUIRE = Duration.ofMillis(800);
    private static final int WAITERS = Scale.of(6);

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.reliability.Suite#allModes")
    void waitersTimeOutWithANamedErrorAndLeaveNoSlotBehind(Target target, Mode mode) throws Exception {
        Ledger.Line line = Ledger.line("pool exhausted", target, mode);
        ExecutorService threads = Executors.newFixedThreadPool(WAITERS, r -> new Thread(r, "rel-pool-waiter"));
        try (Database db = Database.create(Suite.config(target, "pool-" + (mode == Mode.BLOCKING ? "b" : "r"))
                .engineOption("maxSize", POOL).engineOption("acquisitionTimeout", ACQUIRE).build())) {
            db.connect();
            Runnable releaseAll = hold(db, mode);
            int cancelled = 0;
            try {
                List<CompletableFuture<Long>> waiters = new ArrayList<>();
                for (int i = 0; i < WAITERS; i++) {
                    waiters.add(waiter(db, mode, i % 2 == 0, threads));
                }
                if (mode == Mode.REACTIVE) {
                    cancelled = cancelWhileWaiting(db);
                }
                for (CompletableFuture<Long> w : waiters) {
                    expectTimeout(w, db.name(), line);
                }
            } finally {
                releaseAll.run();
            }
            // Every slot came back: the pool serves POOL units of work at once, each holding its connection a while.
            int after = afterwards(db, mode, threads);
            Leaks.assertNoActiveConnections(db);
            line.add(WAITERS + cancelled + after, 0, cancelled, 0, 0);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Holds every connection of the pool of the given mode; returns how to give them back. */
    private static Runnable hold(Database db, Mode mode) {
        if (mode == Mode.BLOCKING) {
            List<Session> held = new ArrayList<>();
            for (int i = 0; i < POOL; i++) {
                held.add(db.syncStandaloneSession());
                held.get(i).execute("select 1");
            }
            return () -> held.forEach(Session::close);
        }
        List<ReactiveSession> held = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            ReactiveSession s = Await.await(db.reactive().standaloneSession());
            Await.await(s.execute("select 1"));
            held.add(s);
        }
        return () -> held.forEach(s -> Await.await(s.close()));
    }

    /** A caller: one statement on its own or a unit of work; completes with the milliseconds it waited. */
    private static CompletableFuture<Long> waiter(Database db, Mode mode, boolean inUnitOfWork, ExecutorService threads) {
        long start = System.nanoTime();
        if (mode == Mode.BLOCKING) {
            return CompletableFuture.supplyAsync(() -> {
                if (inUnitOfWork) {
                    db.useTransaction(tx -> tx.execute("select 1"));
                } else {
                    db.execute("select 1");
                }
                return elapsed(start);
            }, threads);
        }
        Uni<Integer> u = inUnitOfWork ? db.reactive().transaction(s -> s.execute("select 1")) : db.reactive().execute("select 1");
        return u.map(x -> elapsed(start)).subscribeAsCompletionStage();
    }

    private static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static void expectTimeout(CompletableFuture<Long> waiter, String database, Ledger.Line line) throws Exception {
        long start = System.nanoTime();
        try {
            waiter.get(ACQUIRE.toMillis() + 5_000, TimeUnit.MILLISECONDS);
            fail("a caller got a connection although the pool was exhausted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            assertTrue(c instanceof PoolTimeoutException, "a PoolTimeoutException, not " + c);
            assertTrue(c.getMessage().contains("'" + database + "'"), "the message names the database: " + c.getMessage());
            assertTrue(c.getMessage().contains("acquisitionTimeout"), "the message names the setting: " + c.getMessage());
            line.failure(c);
        }
        assertTrue(elapsed(start) <= ACQUIRE.toMillis() + 5_000, "no caller waits much longer than the acquisition timeout");
    }

    /** Reactive callers cancelled while they wait for a connection (hibernate-reactive#4133). */
    private static int cancelWhileWaiting(Database db) throws InterruptedException {
        List<Cancellable> waiting = new ArrayList<>();
        for (int i = 0; i < WAITERS; i++) {
            waiting.add(db.reactive().transaction(s -> s.execute("select 1")).subscribe().with(x -> { }, e -> { }));
        }
        Thread.sleep(ACQUIRE.toMillis() / 4);
        waiting.forEach(Cancellable::cancel);
        return waiting.size();
    }

    private static int afterwards(Database db, Mode mode, ExecutorService threads) throws Exception {
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            if (mode == Mode.BLOCKING) {
                all.add(CompletableFuture.supplyAsync(() -> db.transaction(tx -> {
                    Suite.pause(ACQUIRE.toMillis() / 2);
                    return tx.execute("select 1");
                }), threads));
            } else {
                all.add(db.reactive().transaction(s -> s.execute("select 1")
                        .onItem().delayIt().by(ACQUIRE.dividedBy(2))).subscribeAsCompletionStage());
            }
        }
        for (CompletableFuture<Integer> f : all) {
            f.get(ACQUIRE.toMillis() + 10_000, TimeUnit.MILLISECONDS);
        }
        return all.size();
    }
}
