package org.duoorm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.duoorm.Database;
import org.duoorm.Dialect;
import org.duoorm.Isolation;
import org.duoorm.Mode;
import org.duoorm.SerializationFailureException;
import org.duoorm.TransactionOptions;
import org.duoorm.testing.CountingListener;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.Tables;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Retrying: re-subscribing a failed reactive unit of work runs it again from the start on a fresh
 * connection, with nothing of the failed attempt left (quarkus#42267); real deadlocks and serialization
 * failures surface as {@link SerializationFailureException} with the database's SQL state, and a retry
 * of the unit of work then succeeds.
 */
class RetryTest {
    private static final int UNITS = Scale.of(40);
    private static final int ROUNDS = Scale.of(2);
    private static final int ATTEMPTS = 6;

    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Boom(int attempt) {
            super("planned failure of attempt " + attempt, null, false, false);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.reliability.Suite#all")
    void reSubscribingRerunsTheUnitOfWorkFromTheStart(Target target) throws Exception {
        Ledger.Line line = Ledger.line("retry re-runs", target, Mode.REACTIVE);
        CountingListener events = new CountingListener();
        ExecutorService hop = Executors.newFixedThreadPool(2, r -> new Thread(r, "rel-retry-hop"));
        try (Database db = Database.create(Suite.config(target, "retry").engineOption("maxSize", 2).listener(events).build())) {
            String table = Tables.unique("rel_retry");
            db.execute("create table " + table + " (id int primary key, note varchar(20))");
            int begins = events.begins.get();
            int acquired = events.acquired.get();
            Map<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();
            Multi.createFrom().range(0, UNITS).onItem().transformToUni(i -> {
                AtomicInteger attempt = attempts.computeIfAbsent(i, k -> new AtomicInteger());
                return db.reactive().transaction(s -> s.execute("insert into " + table + " values (?, ?)", i, "a")
                                .emitOn(hop)
                                .chain(() -> s.execute("insert into " + table + " values (?, ?)", i + 1_000_000, "b"))
                                .map(n -> {
                                    int a = attempt.incrementAndGet();
                                    if (a < 3) {
                                        throw new Boom(a);
                                    }
                                    return n;
                                }))
                        .onFailure(Boom.class).retry().atMost(3);
            }).merge(8).collect().last().await().atMost(Duration.ofSeconds(Scale.seconds(120)));

            long rows = db.queryValue(Long.class, "select count(*) from " + table).orElseThrow();
            assertEquals(2L * UNITS, rows, "each unit's rows exist once: the failed attempts left nothing");
            attempts.values().forEach(a -> assertEquals(3, a.get(), "every unit ran three times from the start"));
            assertEquals(3 * UNITS, events.begins.get() - begins, "every attempt began its own transaction");
            assertEquals(3 * UNITS, events.acquired.get() - acquired - 1, "every attempt borrowed its own connection");
            assertEquals(2 * UNITS, events.rollbacks.get(), "every failed attempt rolled back");
            Leaks.assertNoActiveConnections(db);
            db.execute("drop table " + table);
            line.add(3L * UNITS, 2L * UNITS, 0, 0, Math.abs(rows - 2L * UNITS));
        } finally {
            hop.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0} {1}", allowZeroInvocations = true)
    @MethodSource("org.duoorm.reliability.Suite#networkedModes")
    void deadlocksSurfaceAsSerializationFailures(Target target, Mode mode) throws Exception {
        Ledger.Line line = Ledger.line("deadlock", target, mode);
        try (Database db = Database.create(Suite.config(target, "dl-" + (mode == Mode.BLOCKING ? "b" : "r"))
                .engineOption("maxSize", 4).build())) {
            String table = Tables.unique("rel_dl");
            db.execute("create table " + table + " (id int primary key, v int not null)");
            db.execute("insert into " + table + " values (1, 0), (2, 0)");
            String update = "update " + table + " set v = v + 1 where id = ?";
            Conflict c = new Conflict(db, mode, TransactionOptions.defaults(), update, update);
            for (int round = 0; round < ROUNDS; round++) {
                c.round(1, 2);
            }
            assertEquals(2L * ROUNDS, db.queryValue(Long.class, "select min(v) from " + table).orElseThrow());
            assertEquals(2L * ROUNDS, db.queryValue(Long.class, "select max(v) from " + table).orElseThrow());
            c.check(target, line, Map.of(Dialect.POSTGRESQL, "40P01", Dialect.MARIADB, "40001"));
            Leaks.assertNoActiveConnections(db);
            db.execute("drop table " + table);
        }
    }

    /** PostgreSQL only: MariaDB's SERIALIZABLE takes locks, so the same pattern is a deadlock, covered above. */
    @ParameterizedTest(name = "{0} {1}", allowZeroInvocations = true)
    @MethodSource("org.duoorm.reliability.Suite#postgresModes")
    void writeSkewUnderSerializableIsASerializationFailure(Target target, Mode mode) throws Exception {
        Ledger.Line line = Ledger.line("serializable skew", target, mode);
        try (Database db = Database.create(Suite.config(target, "ser-" + (mode == Mode.BLOCKING ? "b" : "r"))
                .engineOption("maxSize", 4).build())) {
            String table = Tables.unique("rel_ser");
            db.execute("create table " + table + " (id serial primary key, k int not null)");
            Conflict c = new Conflict(db, mode, TransactionOptions.defaults().withIsolation(Isolation.SERIALIZABLE),
                    "select count(*) from " + table + " where k = ?", "insert into " + table + " (k) values (?)");
            for (int round = 0; round < ROUNDS; round++) {
                c.round(1, 2);
            }
            assertEquals(2L * ROUNDS, db.queryValue(Long.class, "select count(*) from " + table).orElseThrow());
            c.check(target, line, Map.of(Dialect.POSTGRESQL, "40001"));
            Leaks.assertNoActiveConnections(db);
            db.execute("drop table " + table);
        }
    }

    /**
     * Two units of work that each run {@code first} on their own key, wait for each other, then run
     * {@code second} on the other's key; a serialization failure is retried with a jittered back-off.
     */
    private static final class Conflict {
        final Database db;
        final Mode mode;
        final TransactionOptions options;
        final String first;
        final String second;
        final List<SerializationFailureException> seen = new CopyOnWriteArrayList<>();
        int units;

        Conflict(Database db, Mode mode, TransactionOptions options, String first, String second) {
            this.db = db;
            this.mode = mode;
            this.options = options;
            this.first = first;
            this.second = second;
        }

        void round(int a, int b) throws Exception {
            int before = seen.size();
            if (mode == Mode.BLOCKING) {
                CyclicBarrier barrier = new CyclicBarrier(2);
                CompletableFuture<Void> one = CompletableFuture.runAsync(() -> blocking(a, b, barrier));
                CompletableFuture<Void> two = CompletableFuture.runAsync(() -> blocking(b, a, barrier));
                CompletableFuture.allOf(one, two).get(60, TimeUnit.SECONDS);
            } else {
                CompletableFuture<Void> oneReady = new CompletableFuture<>();
                CompletableFuture<Void> twoReady = new CompletableFuture<>();
                Uni.join().all(reactive(a, b, oneReady, twoReady), reactive(b, a, twoReady, oneReady)).andFailFast()
                        .await().atMost(Duration.ofSeconds(60));
            }
            units += 2;
            // PostgreSQL may abort both when their deadlock checks run at the same instant, and two retries
            // may collide again; the jittered back-off settles it.
            assertTrue(seen.size() > before, "a unit of work was chosen as the victim");
        }

        private void blocking(int mine, int other, CyclicBarrier barrier) {
            java.util.Random jitter = new java.util.Random();
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                boolean wait = attempt == 1;
                if (!wait) {
                    Suite.pause(20 + jitter.nextInt(200));
                }
                try {
                    db.useTransaction(options, tx -> {
                        tx.execute(first, mine);
                        if (wait) {
                            barrier.await(20, TimeUnit.SECONDS);
                        }
                        tx.execute(second, other);
                    });
                    return;
                } catch (SerializationFailureException e) {
                    seen.add(e);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
            throw new AssertionError("no success in " + ATTEMPTS + " attempts");
        }

        private Uni<Void> reactive(int mine, int other, CompletableFuture<Void> ready, CompletableFuture<Void> otherReady) {
            return db.reactive().useTransaction(options, s -> s.execute(first, mine)
                            .invoke(() -> ready.complete(null))
                            .chain(() -> Uni.createFrom().completionStage(otherReady))
                            .chain(() -> s.execute(second, other)))
                    .onFailure(SerializationFailureException.class).invoke(e -> seen.add((SerializationFailureException) e))
                    .onFailure(SerializationFailureException.class).retry()
                    .withBackOff(Duration.ofMillis(20), Duration.ofMillis(400)).withJitter(0.9).atMost(ATTEMPTS - 1);
        }

        void check(Target target, Ledger.Line line, Map<Dialect, String> states) {
            for (SerializationFailureException e : seen) {
                line.failure(e);
                assertEquals(states.get(target.dialect()), e.sqlState(), e.getMessage());
                if (target.dialect() == Dialect.MARIADB) {
                    assertEquals(1213, e.vendorCode(), e.getMessage());
                }
                assertTrue(e.getMessage().contains(db.name()), e.getMessage());
            }
            line.add(units + seen.size(), seen.size(), 0, 0, 0);
        }
    }
}
