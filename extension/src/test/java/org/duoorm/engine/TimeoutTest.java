package org.duoorm.engine;

import static org.duoorm.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.duoorm.Mode;
import org.duoorm.ReactiveSession;
import org.duoorm.Session;
import org.duoorm.TransactionInactiveException;
import org.duoorm.TransactionOptions;
import org.duoorm.TransactionTimeoutException;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A unit of work past its time limit rolls back and stays dead; nothing falls back to auto-commit. */
class TimeoutTest {
    private static final TransactionOptions SHORT = TransactionOptions.defaults().withTimeout(Duration.ofMillis(300));

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void blockingUnitOfWorkTimesOut(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            AtomicReference<Session> session = new AtomicReference<>();
            assertThrows(TransactionTimeoutException.class, () -> f.db.useTransaction(SHORT, tx -> {
                session.set(tx);
                f.insert(1, "before");
                Thread.sleep(500);
                try {
                    f.insert(2, "after the limit");
                } finally {
                    assertThrows(TransactionInactiveException.class, () -> tx.execute("insert into " + f.table
                            + " values (?, ?)", 3, "later still"));
                }
            }));
            assertEquals(0L, f.count());
            assertThrows(TransactionInactiveException.class, () -> session.get().query("select 1"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void reactiveUnitOfWorkTimesOutAndLaterStatementsInItFail(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            AtomicReference<ReactiveSession> session = new AtomicReference<>();
            assertThrows(TransactionTimeoutException.class, () -> await(f.db.reactive().transaction(SHORT, s -> {
                session.set(s);
                return s.execute("insert into " + f.table + " values (?, ?)", 1, "before")
                        .chain(() -> Uni.createFrom().item(0).onItem().delayIt().by(Duration.ofSeconds(2)));
            })));
            assertThrows(TransactionInactiveException.class, () -> await(session.get().execute(
                    "insert into " + f.table + " values (?, ?)", 2, "would have been auto-committed")));
            assertThrows(TransactionTimeoutException.class, () -> await(f.db.reactive().transaction(SHORT, s ->
                    s.execute("insert into " + f.table + " values (?, ?)", 3, "x")
                            .onItem().delayIt().by(Duration.ofSeconds(1))
                            .onFailure().recoverWithUni(() -> s.execute("insert into " + f.table + " values (?, ?)", 4, "y"))
                            .chain(() -> s.execute("insert into " + f.table + " values (?, ?)", 5, "z")))));
            org.duoorm.testing.Leaks.assertNoActiveConnections(f.db);
            assertEquals(0L, f.count());
        }
    }

    /**
     * A statement waiting on a row lock that another unit of work holds (for longer than any lock timeout of the
     * databases' defaults) is cancelled at the unit's 1 s time limit: it fails with TransactionTimeoutException,
     * not after the lock is released, the unit rolls back and no connection stays busy. The time taken is printed
     * (a bound of 8 s is asserted only to tell a cancelled wait from one that ran its course).
     */
    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void aBlockingStatementWaitingOnALockIsStoppedAtTheLimit(Target target) throws Exception {
        try (DbFixture f = new DbFixture(target)) {
            f.insert(1, "locked");
            java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            Thread holder = new Thread(() -> {
                try {
                    f.db.useTransaction(tx -> {
                        tx.execute("update " + f.table + " set name = ? where id = ?", "holder", 1);
                        locked.countDown();
                        release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            holder.start();
            Long h2LockTimeout = target.dialect() == org.duoorm.Dialect.H2
                    ? f.db.queryValue(Long.class, "select lock_timeout()").orElseThrow() : null;
            try {
                locked.await(10, java.util.concurrent.TimeUnit.SECONDS);
                TransactionOptions oneSecond = TransactionOptions.defaults().withTimeout(Duration.ofSeconds(1));
                for (Mode mode : Mode.values()) {
                    if (mode == Mode.REACTIVE) {
                        // The limit runs from the unit's connection (acquiring one is bounded by acquisitionTimeout):
                        // start the reactive engine and open a connection first, so that the time printed is the limit's.
                        await(f.db.reactive().query("select 1"));
                    }
                    long start = System.nanoTime();
                    TransactionTimeoutException e = assertThrows(TransactionTimeoutException.class, () -> {
                        if (mode == Mode.BLOCKING) {
                            f.db.useTransaction(oneSecond, tx -> tx.execute("update " + f.table + " set name = ? where id = ?", "waiter", 1));
                        } else {
                            await(f.db.reactive().transaction(oneSecond, s -> s.execute("update " + f.table + " set name = ? where id = ?",
                                    "waiter", 1)));
                        }
                    });
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    System.out.println("time limit 1 s, lock wait stopped after " + millis + " ms on " + target + " (" + mode + ")");
                    org.junit.jupiter.api.Assertions.assertTrue(millis < 8_000, mode + ": stopped at the limit, not by the lock: "
                            + millis + " ms");
                    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("time limit"), e.getMessage());
                }
            } finally {
                release.countDown();
                holder.join(30_000);
            }
            assertEquals("holder", f.db.queryValue(String.class, "select name from " + f.table + " where id = 1").orElseThrow());
            if (h2LockTimeout != null) {
                // H2's session lock timeout, set to the time left for each statement, is set back after it
                for (int i = 0; i < 5; i++) {
                    assertEquals(h2LockTimeout, f.db.transaction(tx -> tx.queryValue(Long.class, "select lock_timeout()").orElseThrow()));
                    assertEquals(h2LockTimeout, await(f.db.reactive().transaction(s -> s.queryValue(Long.class,
                            "select lock_timeout()").map(v -> v.orElseThrow()))));
                }
            }
            org.duoorm.testing.Leaks.assertNoActiveConnections(f.db);
        }
    }

    /** A long statement (a server-side sleep of 10 s) is stopped at a 1 s limit, in both modes; the pool serves new work. */
    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("org.duoorm.testing.TestDatabases#networked")
    void aLongStatementIsStoppedAtTheLimit(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            String sleep = target.dialect() == org.duoorm.Dialect.POSTGRESQL ? "select pg_sleep(10)" : "select sleep(10)";
            TransactionOptions oneSecond = TransactionOptions.defaults().withTimeout(Duration.ofSeconds(1));
            for (Mode mode : Mode.values()) {
                long start = System.nanoTime();
                assertThrows(TransactionTimeoutException.class, () -> {
                    if (mode == Mode.BLOCKING) {
                        f.db.useTransaction(oneSecond, tx -> tx.query(sleep));
                    } else {
                        await(f.db.reactive().transaction(oneSecond, s -> s.query(sleep)));
                    }
                });
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.println("time limit 1 s, " + sleep + " stopped after " + millis + " ms on " + target + " (" + mode + ")");
                org.junit.jupiter.api.Assertions.assertTrue(millis < 8_000, mode + ": stopped, not run to its end: " + millis + " ms");
                assertEquals(1L, f.db.queryValue(Long.class, "select 1").orElseThrow());
                assertEquals(1L, (long) await(f.db.reactive().queryValue(Long.class, "select 1")).orElseThrow());
            }
            // a stream in its own unit of work: transactionMulti keeps the limit too
            long start = System.nanoTime();
            assertThrows(TransactionTimeoutException.class, () -> f.db.reactive().transactionMulti(oneSecond, s -> s.stream(sleep, 10))
                    .collect().asList().await().atMost(Duration.ofSeconds(30)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("time limit 1 s, streamed " + sleep + " stopped after " + millis + " ms on " + target + " (Multi)");
            org.junit.jupiter.api.Assertions.assertTrue(millis < 8_000, "Multi: stopped, not run to its end: " + millis + " ms");
            org.duoorm.testing.Leaks.assertNoActiveConnections(f.db);
        }
    }
}
