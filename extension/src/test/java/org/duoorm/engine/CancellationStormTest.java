package org.duoorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.Dialect;
import org.duoorm.ReactiveDatabase;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.Tables;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reactive units of work cancelled at random instants (waiting for a connection, mid-statement, before
 * commit) under a saturated pool: afterwards exactly the rows of the units of work that reported
 * success exist (nothing half-committed, no open transaction inherited by a later borrower), every
 * pool slot is free, and PostgreSQL shows no connection idle in a transaction. The count is bounded
 * for CI; {@code -Dduoorm.storm=1000} runs the full size.
 */
class CancellationStormTest {
    private static final int UNITS = Integer.getInteger("duoorm.storm", 300);

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void randomCancellationsLeaveNothingBehind(Target target) throws Exception {
        DatabaseConfig.Builder config = target.config().name("storm").engineOption("maxSize", 4);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        try (Database db = Database.create(config.build())) {
            String table = Tables.unique("e_storm");
            db.execute("create table " + table + " (id int primary key, note varchar(20))");
            ReactiveDatabase r = db.reactive();
            Set<Integer> committed = new ConcurrentSkipListSet<>();
            Set<Integer> reachedCommit = new ConcurrentSkipListSet<>();
            CountDownLatch settled = new CountDownLatch(UNITS);
            Random random = new Random(42);
            int cancelled = 0;
            for (int i = 0; i < UNITS; i++) {
                int id = i;
                Uni<Integer> unit = r.transaction(s -> s.execute("insert into " + table + " values (?, ?)", id, "a")
                        .chain(() -> s.execute("update " + table + " set note = ? where id = ?", "b", id))
                        .chain(() -> s.execute("insert into " + table + " values (?, ?)", id + 1_000_000, "c"))
                        .invoke(() -> reachedCommit.add(id)));
                Cancellable c = unit.onTermination().invoke(settled::countDown)
                        .subscribe().with(n -> committed.add(id), e -> { });
                if (random.nextInt(3) > 0) {
                    cancelled++;
                    long delayMicros = random.nextInt(60_000);
                    timer.schedule(c::cancel, delayMicros, TimeUnit.MICROSECONDS);
                }
            }
            assertTrue(settled.await(120, TimeUnit.SECONDS), "every unit of work settles");
            Leaks.assertNoActiveConnections(db);
            Set<Integer> rows = db.query("select id from " + table + " where id < 1000000").stream()
                    .map(row -> row.get("id", Integer.class)).collect(Collectors.toCollection(TreeSet::new));
            Set<Integer> pairs = db.query("select id from " + table + " where id >= 1000000").stream()
                    .map(row -> row.get("id", Integer.class) - 1_000_000).collect(Collectors.toCollection(TreeSet::new));
            // A cancellation that arrives once COMMIT is on its way cannot undo it: such a unit is in the
            // table without having reported success. Nothing that had not reached its commit may be there.
            assertTrue(rows.containsAll(committed), "every unit that reported success is in the table");
            assertTrue(reachedCommit.containsAll(rows), "only units that reached their commit are in the table");
            assertEquals(rows, pairs, "no unit of work is half committed");
            assertEquals(0L, db.queryValue(Long.class, "select count(*) from " + table + " where id < 1000000 and note <> 'b'").orElseThrow());
            checkNextBorrowersStartClean(db, r, table);
            if (target.dialect() == Dialect.POSTGRESQL) {
                assertEquals(0L, db.queryValue(Long.class, "select count(*) from pg_stat_activity where application_name = ?"
                        + " and state like 'idle in transaction%'", "duoorm-storm").orElseThrow());
            }
            db.execute("drop table " + table);
            System.out.printf("storm %s: %d units, %d cancel requests, %d reported committed, %d rows, %d reached commit%n",
                    target, UNITS, cancelled, committed.size(), rows.size(), reachedCommit.size());
        } finally {
            timer.shutdownNow();
        }
    }

    /**
     * Every pooled connection is borrowed at once; a connection left inside someone else's transaction
     * would commit that leftover work here, which the row count catches.
     */
    private static void checkNextBorrowersStartClean(Database db, ReactiveDatabase r, String table) {
        long before = db.queryValue(Long.class, "select count(*) from " + table).orElseThrow();
        List<Uni<Integer>> borrowers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            borrowers.add(r.transaction(s -> s.execute("select 1")
                    .chain(() -> Uni.createFrom().item(0).onItem().delayIt().by(Duration.ofMillis(50)))));
        }
        Uni.join().all(borrowers).andFailFast().await().atMost(Duration.ofSeconds(30));
        assertEquals(before, db.queryValue(Long.class, "select count(*) from " + table).orElseThrow());
        Leaks.assertNoActiveConnections(db);
    }
}
