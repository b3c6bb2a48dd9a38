package org.duoorm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.duoorm.Database;
import org.duoorm.Mode;
import org.duoorm.Row;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.Tables;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 32 concurrent workers increment a few counters by read-modify-write (the value written is the value
 * read plus one, so an unprotected race would lose updates): with optimistic locking (a version column,
 * retried on a conflict) and with pessimistic locking ({@code select ... for update}) the counters end
 * with exactly the number of increments. Raw SQL until the model API's {@code @Version} lands.
 */
class LostUpdateTest {
    private static final int WORKERS = 32;
    private static final int COUNTERS = 4;
    private static final int INCREMENTS = Scale.of(2_000);
    private static final int MAX_ATTEMPTS = 10_000;

    private static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Conflict() {
            super("version changed", null, false, false);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.reliability.Suite#allModes")
    void optimisticIncrementsAreNeverLost(Target target, Mode mode) throws Exception {
        run(target, mode, true);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.reliability.Suite#allModes")
    void pessimisticIncrementsAreNeverLost(Target target, Mode mode) throws Exception {
        run(target, mode, false);
    }

    private static void run(Target target, Mode mode, boolean optimistic) throws Exception {
        Ledger.Line line = Ledger.line(optimistic ? "lost upd optimistic" : "lost upd for update", target, mode);
        try (Database db = Database.create(Suite.config(target, "lu-" + (optimistic ? "o" : "p") + (mode == Mode.BLOCKING ? "b" : "r"))
                .engineOption("maxSize", 8).build())) {
            Counters c = new Counters(db);
            AtomicLong conflicts = new AtomicLong();
            long start = System.nanoTime();
            if (mode == Mode.BLOCKING) {
                blocking(c, optimistic, conflicts);
            } else {
                reactive(c, optimistic, conflicts);
            }
            long total = db.queryValue(Long.class, "select sum(n) from " + c.table).orElseThrow();
            long versions = db.queryValue(Long.class, "select sum(version) from " + c.table).orElseThrow();
            Leaks.assertNoActiveConnections(db);
            db.execute("drop table " + c.table);
            line.add(INCREMENTS + conflicts.get(), 0, 0, 0, Math.abs(INCREMENTS - total));
            System.out.printf("lost updates %s %s %s: %d increments, %d conflicts retried, %d ms%n", optimistic ? "optimistic" : "pessimistic",
                    target, mode, INCREMENTS, conflicts.get(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            assertEquals(INCREMENTS, total, "no increment is lost");
            if (optimistic) {
                assertEquals(INCREMENTS, versions, "one version step per increment");
            }
        }
    }

    private static void blocking(Counters c, boolean optimistic, AtomicLong conflicts) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WORKERS, r -> new Thread(r, "rel-lu-worker"));
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> all = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                all.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < INCREMENTS; i = next.getAndIncrement()) {
                        if (optimistic) {
                            conflicts.addAndGet(c.optimistic(i % COUNTERS) - 1);
                        } else {
                            c.pessimistic(i % COUNTERS);
                        }
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get(Scale.seconds(240), TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static void reactive(Counters c, boolean optimistic, AtomicLong conflicts) {
        Multi.createFrom().range(0, INCREMENTS)
                .onItem().transformToUni(i -> optimistic ? c.optimisticUni(i % COUNTERS, conflicts) : c.pessimisticUni(i % COUNTERS))
                .merge(WORKERS)
                .collect().last()
                .await().atMost(Duration.ofSeconds(Scale.seconds(240)));
    }

    /** The counters table: {@code (id, n, version)}. */
    private static final class Counters {
        final Database db;
        final String table = Tables.unique("rel_cnt");
        final String read;
        final String write;
        final String lock;
        final String set;

        Counters(Database db) {
            this.db = db;
            db.execute("create table " + table + " (id int primary key, n bigint not null, version bigint not null)");
            for (int i = 0; i < COUNTERS; i++) {
                db.execute("insert into " + table + " (id, n, version) values (?, 0, 0)", i);
            }
            read = "select n, version from " + table + " where id = ?";
            write = "update " + table + " set n = ?, version = ? where id = ? and version = ?";
            lock = "select n from " + table + " where id = ? for update";
            set = "update " + table + " set n = ? where id = ?";
        }

        /** @return the attempts it took */
        int optimistic(int id) {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                Row r = db.query(read, id).get(0);
                long n = r.get("n", Long.class);
                long v = r.get("version", Long.class);
                if (db.execute(write, n + 1, v + 1, id, v) == 1) {
                    return attempt;
                }
            }
            throw new AssertionError("no success in " + MAX_ATTEMPTS + " attempts");
        }

        void pessimistic(int id) {
            db.useTransaction(tx -> {
                long n = tx.queryValue(Long.class, lock, id).orElseThrow();
                tx.execute(set, n + 1, id);
            });
        }

        Uni<Integer> optimisticUni(int id, AtomicLong conflicts) {
            return db.reactive().query(read, id).chain(rows -> {
                long n = rows.get(0).get("n", Long.class);
                long v = rows.get(0).get("version", Long.class);
                return db.reactive().execute(write, n + 1, v + 1, id, v);
            }).map(changed -> {
                if (changed != 1) {
                    conflicts.incrementAndGet();
                    throw new Conflict();
                }
                return changed;
            }).onFailure(Conflict.class).retry().atMost(MAX_ATTEMPTS);
        }

        Uni<Integer> pessimisticUni(int id) {
            return db.reactive().transaction(s -> s.queryValue(Long.class, lock, id)
                    .chain(n -> s.execute(set, n.orElseThrow() + 1, id)));
        }
    }
}
