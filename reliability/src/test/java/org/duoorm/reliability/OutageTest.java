package org.duoorm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.smallrye.mutiny.Uni;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.duoorm.Database;
import org.duoorm.ConnectionLostException;
import org.duoorm.PoolTimeoutException;
import org.duoorm.Mode;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.Tables;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "The database went down and came back", played with a TCP proxy on 127.0.0.1 in front of the real
 * server (the shared servers are never restarted): while it is down every unit of work fails quickly
 * with a DuoORM exception naming the database; once it is back, work succeeds again with the same
 * {@link Database}, with no redeploy and no manual reset. A restart while the pools sit idle must not
 * fail a single unit of work.
 */
class OutageTest {
    private static final int POOL = 3;
    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration ACQUIRE = Duration.ofSeconds(3);
    private static final int CYCLES = Scale.of(2);
    /** The blocking pool's idleValidationTimeout (JdbcPool.IDLE_VALIDATION). */
    private static final Duration IDLE_VALIDATION = Duration.ofMillis(500);

    @ParameterizedTest(name = "{0} {1}", allowZeroInvocations = true)
    @MethodSource("org.duoorm.reliability.Suite#networkedModes")
    void workFailsClearlyWhileDownAndSucceedsOnceBack(Target target, Mode mode) throws Exception {
        Ledger.Line line = Ledger.line("database down/up", target, mode);
        ExecutorService threads = Executors.newFixedThreadPool(POOL + 2, r -> new Thread(r, "rel-outage-worker"));
        try (TcpProxy proxy = new TcpProxy(URI.create(target.url()).getPort()).start()) {
            try (Database db = throughProxy(target, mode, "out", proxy)) {
                String table = Tables.unique("rel_out");
                db.execute("create table " + table + " (id int primary key)");
                Work work = new Work(db, mode, table, threads);
                AtomicInteger ids = new AtomicInteger();
                int ok = 0;
                int faults = 0;
                for (int cycle = 0; cycle < CYCLES; cycle++) {
                    ok += work.allSucceed(ids, 2 * POOL, "with the database up");

                    proxy.stop();
                    proxy.start();
                    faults++;
                    Thread.sleep(700);
                    ok += work.allSucceed(ids, 2 * POOL, "after a restart while the pools were idle");

                    proxy.stop();
                    faults++;
                    work.allFailClearly(ids, POOL + 2, line, db.name());
                    proxy.start();
                    ok += work.allSucceed(ids, 2 * POOL, "once the database is back");
                }
                long rows = db.queryValue(Long.class, "select count(*) from " + table).orElseThrow();
                assertEquals(ok, rows, "exactly the units of work that succeeded left a row");
                Leaks.assertNoActiveConnections(db);
                db.execute("drop table " + table);
                line.add(ok + line.cleanFailures, faults, 0, 0, Math.abs(rows - ok));
                System.out.printf("outage %s %s: %d ok, %d failed while down %s%n", target, mode, ok, line.cleanFailures,
                        line.failureTypes);
                line.examples.forEach((k, v) -> System.out.println("  " + k + ": " + v));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * The race behind a restart while the pools sat idle, made certain: every pooled connection was dropped on the
     * server's side and the client has not seen it yet (the proxy cuts each one when it is next used). A unit of
     * work that gets such a connection loses it at BEGIN, before any of its work ran: it starts again on another
     * connection instead of failing. The work then runs exactly once.
     */
    @ParameterizedTest(name = "{0} {1}", allowZeroInvocations = true)
    @MethodSource("org.duoorm.reliability.Suite#networkedModes")
    void aConnectionDroppedWhileIdleIsReplacedWhenItsUnitBegins(Target target, Mode mode) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(POOL + 2, r -> new Thread(r, "rel-outage-worker"));
        try (TcpProxy proxy = new TcpProxy(URI.create(target.url()).getPort()).start()) {
            try (Database db = throughProxy(target, mode, "cut", proxy)) {
                String table = Tables.unique("rel_cut");
                db.execute("create table " + table + " (id int primary key)");
                Work work = new Work(db, mode, table, threads);
                AtomicInteger ids = new AtomicInteger();
                int ok = 0;
                for (int round = 0; round < 3; round++) {
                    ok += work.allSucceed(ids, POOL, "to fill the pool");
                    proxy.cutOnNextUse();
                    if (mode == Mode.BLOCKING) {
                        // The blocking pool (Agroal) checks a connection idle for over 500 ms before lending it, and
                        // only then: within that window a dropped connection fails its unit (pgjdbc sends BEGIN with
                        // the first statement, so it cannot be told apart from the work). The reactive engine has
                        // no such window: it begins again on another connection.
                        Thread.sleep(IDLE_VALIDATION.toMillis() + 200);
                    }
                    ok += work.allSucceed(ids, POOL, "on connections dropped while idle");
                    if (mode == Mode.REACTIVE) {
                        // the same for a unit of work that streams (a Multi)
                        proxy.cutOnNextUse();
                        int id = ids.incrementAndGet();
                        List<Long> counted = db.reactive().transactionMulti(org.duoorm.TransactionOptions.defaults(),
                                s -> s.execute("insert into " + table + " (id) values (?)", id)
                                        .onItem().transformToMulti(n -> s.stream("select id from " + table + " where id = ?", 16, id))
                                        .map(r -> r.get(0, Long.class)))
                                .collect().asList().await().atMost(Duration.ofSeconds(30));
                        assertEquals(List.of((long) id), counted, "the streaming unit of work ran once, on a live connection");
                        ok++;
                    }
                }
                Thread.sleep(IDLE_VALIDATION.toMillis() + 200); // the blocking connection of the count was cut too
                long rows = db.queryValue(Long.class, "select count(*) from " + table).orElseThrow();
                assertEquals(ok, rows, "each unit of work ran once");
                Leaks.assertNoActiveConnections(db);
                db.execute("drop table " + table);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** A database reached through the proxy, with the pool size and time limits of these tests. */
    private static Database throughProxy(Target target, Mode mode, String scenario, TcpProxy proxy) {
        String name = Suite.config(target, scenario + "-" + (mode == Mode.BLOCKING ? "b" : "r")).build().name();
        String url = Suite.url(target, "127.0.0.1", proxy.port(), target.dialect().id().equals("postgresql") ? null : Suite.SCHEMA);
        return Database.create(org.duoorm.DatabaseConfig.url(url).name(name).engineOption("maxSize", POOL)
                .engineOption("connectTimeout", CONNECT).engineOption("acquisitionTimeout", ACQUIRE).build());
    }

    /** One unit of work (insert a row, count), run many at once in the mode under test. */
    private static final class Work {
        private final Database db;
        private final Mode mode;
        private final String table;
        private final ExecutorService threads;

        Work(Database db, Mode mode, String table, ExecutorService threads) {
            this.db = db;
            this.mode = mode;
            this.table = table;
            this.threads = threads;
        }

        CompletableFuture<Void> one(int id) {
            String insert = "insert into " + table + " (id) values (?)";
            String count = "select count(*) from " + table;
            if (mode == Mode.BLOCKING) {
                return CompletableFuture.runAsync(() -> db.useTransaction(tx -> {
                    tx.execute(insert, id);
                    tx.queryValue(Long.class, count);
                }), threads);
            }
            Uni<Void> u = db.reactive().useTransaction(s -> s.execute(insert, id).chain(() -> s.queryValue(Long.class, count)));
            return u.subscribeAsCompletionStage();
        }

        int allSucceed(AtomicInteger ids, int n, String when) throws Exception {
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(one(ids.incrementAndGet()));
            }
            for (CompletableFuture<Void> f : all) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    fail("a unit of work failed " + when + ": " + e.getCause(), e.getCause());
                }
            }
            return n;
        }

        void allFailClearly(AtomicInteger ids, int n, Ledger.Line line, String database) throws Exception {
            long bound = CONNECT.plus(ACQUIRE).plusSeconds(5).toMillis();
            List<CompletableFuture<Void>> all = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                all.add(one(ids.incrementAndGet()));
            }
            for (CompletableFuture<Void> f : all) {
                try {
                    f.get(bound, TimeUnit.MILLISECONDS);
                    fail("a unit of work succeeded while the database was down");
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable c = e.getCause();
                    assertTrue(c instanceof ConnectionLostException || c instanceof PoolTimeoutException,
                            "a lost connection or a pool timeout, not " + c);
                    assertTrue(c.getMessage().contains(database), "the message names the database: " + c.getMessage());
                    assertFalse(c.getMessage().contains("password"), c.getMessage());
                    line.failure(c);
                }
            }
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(tookMillis < bound, "failing took " + tookMillis + " ms");
        }
    }
}
