package org.duoorm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.Isolation;
import org.duoorm.Mode;
import org.duoorm.TransactionOptions;
import org.duoorm.TransactionTimeoutException;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.Tables;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A unit of work's time limit stops it even when the server or the network stops answering: a TCP proxy in front of
 * the real server stops forwarding (connections stay open, a cancel request hangs too). A statement is cancelled at
 * the limit and, the cancel going unanswered, its connection is cut; BEGIN's round trips are cut at the limit. The
 * unit fails with {@link TransactionTimeoutException}, its insert is not committed, the cut connection is not lent
 * again, and work succeeds once the proxy forwards again. The bound asserted (20 s) only tells "stopped" from "hung":
 * the measured times are printed.
 */
class StalledNetworkTest {
    private static final TransactionOptions ONE_SECOND = TransactionOptions.defaults().withTimeout(Duration.ofSeconds(1));
    private static final long HUNG_MILLIS = 20_000;

    @ParameterizedTest(name = "{0} {1}", allowZeroInvocations = true)
    @MethodSource("modes")
    void aStatementOnAStalledConnectionEndsAtTheLimit(Target target, Mode mode) throws Exception {
        try (Setup s = new Setup(target, "stall-stmt")) {
            long millis = timed(() -> {
                if (mode == Mode.BLOCKING) {
                    s.db.useTransaction(ONE_SECOND, tx -> {
                        tx.execute("insert into " + s.table + " (id) values (1)");
                        s.proxy.freeze();
                        tx.query("select 1");
                    });
                } else {
                    s.db.reactive().useTransaction(ONE_SECOND, tx -> tx.execute("insert into " + s.table + " (id) values (1)")
                            .invoke(s.proxy::freeze)
                            .chain(() -> tx.query("select 1"))).await().atMost(Duration.ofMillis(HUNG_MILLIS));
                }
            });
            System.out.printf("stalled statement, %s %s: TransactionTimeoutException after %d ms (limit 1000 ms)%n",
                    target, mode, millis);
            s.thawAndCheck(mode);
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("org.duoorm.reliability.Suite#networked")
    void aBeginOnAStalledConnectionEndsAtTheLimit(Target target) throws Exception {
        try (Setup s = new Setup(target, "stall-begin")) {
            s.db.execute("select 1"); // used just now: the pool lends it without validating it first
            s.proxy.freeze();
            // serializable: BEGIN makes a round trip on both databases (the isolation level, auto-commit off)
            long millis = timed(() -> s.db.useTransaction(ONE_SECOND.withIsolation(Isolation.SERIALIZABLE),
                    tx -> tx.execute("insert into " + s.table + " (id) values (1)")));
            System.out.printf("stalled BEGIN, %s blocking: TransactionTimeoutException after %d ms (limit 1000 ms)%n",
                    target, millis);
            s.thawAndCheck(Mode.BLOCKING);
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("org.duoorm.reliability.Suite#networked")
    void anIdleConnectionOnAStalledNetworkIsNotWaitedForEver(Target target) throws Exception {
        try (Setup s = new Setup(target, "stall-idle")) {
            Thread.sleep(800); // idle long enough for the pool to validate it before lending it
            s.proxy.freeze();
            long start = System.nanoTime();
            CompletableFuture<Void> f = CompletableFuture.runAsync(() -> s.db.execute("select 1"));
            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> f.get(HUNG_MILLIS, TimeUnit.MILLISECONDS), "the borrower waited on the validation: it hung");
            assertTrue(failed.getCause() instanceof org.duoorm.DuoOrmException, () -> "got " + failed.getCause());
            System.out.printf("stalled validation, %s blocking: %s after %d ms (connectTimeout 2 s, acquisitionTimeout 3 s)%n",
                    target, failed.getCause().getClass().getSimpleName(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            s.thawAndCheck(Mode.BLOCKING);
        }
    }

    /**
     * Blocking only. The reactive engine cannot pass this yet: at the limit it sends a cancel request (PostgreSQL) or
     * {@code KILL QUERY} (MariaDB) over a new connection, which the stalled network holds, and then a ROLLBACK queued
     * behind the stuck statement; the unit of work does not end (docs/transactions.md, "Time limits").
     */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> modes() {
        return Suite.networkedModes().filter(a -> a.get()[1] == Mode.BLOCKING);
    }

    /** Runs {@code work} off the test thread, expecting TransactionTimeoutException; @return the elapsed millis. */
    private static long timed(ThrowingRunnable work) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Void> f = CompletableFuture.runAsync(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> f.get(HUNG_MILLIS, TimeUnit.MILLISECONDS), "the unit of work did not end: it hung");
        assertTrue(failed.getCause() instanceof TransactionTimeoutException, () -> "expected a time-out, got " + failed.getCause());
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** A database reached through a proxy, a pool of one warmed up, a table. */
    private static final class Setup implements AutoCloseable {
        final TcpProxy proxy;
        final Database db;
        final String table = Tables.unique("rel_stall");

        Setup(Target target, String scenario) throws Exception {
            proxy = new TcpProxy(URI.create(target.url()).getPort()).start();
            String name = Suite.config(target, scenario).build().name();
            String url = Suite.url(target, "127.0.0.1", proxy.port(),
                    target.dialect().id().equals("postgresql") ? null : Suite.SCHEMA);
            db = Database.create(DatabaseConfig.url(url).name(name).engineOption("maxSize", 1)
                    .engineOption("acquisitionTimeout", "3s").engineOption("connectTimeout", "2s").build());
            db.execute("create table " + table + " (id int primary key)");
            db.reactive().execute("select 1").await().atMost(Duration.ofSeconds(10)); // both pools hold a connection
        }

        /** Forwards again: the interrupted unit kept nothing, a unit in {@code mode} works, no connection is lent. */
        void thawAndCheck(Mode mode) {
            proxy.thaw();
            if (mode == Mode.BLOCKING) {
                db.useTransaction(tx -> tx.execute("insert into " + table + " (id) values (2)"));
            } else {
                db.reactive().useTransaction(tx -> tx.execute("insert into " + table + " (id) values (2)"))
                        .await().atMost(Duration.ofSeconds(30));
            }
            assertEquals(1L, db.queryValue(Long.class, "select count(*) from " + table).orElseThrow(),
                    "only the unit of work after the stall left a row");
            Leaks.assertNoActiveConnections(db);
        }

        @Override
        public void close() {
            proxy.thaw();
            try {
                db.execute("drop table " + table);
            } finally {
                db.close();
                proxy.close();
            }
        }
    }
}
