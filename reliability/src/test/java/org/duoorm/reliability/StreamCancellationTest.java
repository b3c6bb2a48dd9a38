package org.duoorm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.duoorm.Database;
import org.duoorm.Dialect;
import org.duoorm.DuoOrmException;
import org.duoorm.Mode;
import org.duoorm.Row;
import org.duoorm.TransactionOptions;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.Tables;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cancellation storm of the engine's tests, extended to streams over server cursors: reactive
 * streams (on their own and inside a stream-long unit of work) cancelled at random instants or after a
 * random number of rows, and blocking streams closed early, under a saturated pool. Afterwards no
 * connection is lent, and the server shows no transaction left open by this database.
 */
class StreamCancellationTest {
    private static final int STREAMS = Scale.of(200);
    private static final int ROWS = 2_000;
    private static final int POOL = 3;

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.reliability.Suite#allModes")
    void streamsCancelledAnywhereLeaveNothingOpen(Target target, Mode mode) throws Exception {
        Ledger.Line line = Ledger.line("stream cancel", target, mode);
        try (Database db = Database.create(Suite.config(target, "sc-" + (mode == Mode.BLOCKING ? "b" : "r"))
                .engineOption("maxSize", POOL).engineOption("acquisitionTimeout", "60s").build())) {
            String table = Tables.unique("rel_sc");
            db.execute("create table " + table + " (id int primary key)");
            List<Object[]> ids = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                ids.add(new Object[] {i});
            }
            db.executeBatch("insert into " + table + " (id) values (?)", ids);
            String sql = "select id from " + table + " order by id";
            AtomicLong rows = new AtomicLong();
            long cancels = mode == Mode.BLOCKING ? blocking(db, sql, rows) : reactive(db, sql, rows, line);
            Leaks.assertNoActiveConnections(db);
            assertEquals(0, openTransactions(target, db), "no transaction left open on the server");
            assertEquals(ROWS, db.queryValue(Long.class, "select count(*) from " + table).orElseThrow());
            db.execute("drop table " + table);
            line.add(STREAMS, 0, cancels, 0, 0);
            System.out.printf("stream cancel %s %s: %d streams, %d cancelled early, %d rows read%n", target, mode, STREAMS,
                    cancels, rows.get());
        }
    }

    private static long reactive(Database db, String sql, AtomicLong rows, Ledger.Line line) throws InterruptedException {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(1, r -> new Thread(r, "rel-sc-timer"));
        try {
            Random random = new Random(11);
            CountDownLatch settled = new CountDownLatch(STREAMS);
            long cancels = 0;
            for (int i = 0; i < STREAMS; i++) {
                Multi<Row> stream = i % 2 == 0 ? db.reactive().stream(sql, 1 + random.nextInt(64))
                        : db.reactive().transactionMulti(TransactionOptions.defaults(),
                                s -> s.stream(sql, 1 + random.nextInt(64)));
                if (random.nextBoolean()) {
                    stream = stream.select().first(random.nextInt(ROWS));
                    cancels++;
                }
                Cancellable c = stream.onTermination().invoke(settled::countDown)
                        .subscribe().with(r -> rows.incrementAndGet(), e -> {
                            if (!(e instanceof DuoOrmException)) {
                                line.lost++;
                            }
                            line.failure(e);
                        });
                if (random.nextInt(3) == 0) {
                    timer.schedule(c::cancel, random.nextInt(50_000), TimeUnit.MICROSECONDS);
                    cancels++;
                }
            }
            assertTrue(settled.await(Scale.seconds(180), TimeUnit.SECONDS), "every stream settles");
            assertEquals(0, line.lost, "every failure is a DuoOrmException");
            return cancels;
        } finally {
            timer.shutdownNow();
        }
    }

    private static long blocking(Database db, String sql, AtomicLong rows) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(POOL + 2, r -> new Thread(r, "rel-sc-worker"));
        AtomicLong early = new AtomicLong();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int w = 0; w < POOL + 2; w++) {
                int worker = w;
                all.add(threads.submit(() -> {
                    Random random = new Random(worker);
                    for (int i = worker; i < STREAMS; i += POOL + 2) {
                        long limit = random.nextBoolean() ? random.nextInt(ROWS) : ROWS;
                        try (Stream<Row> s = db.stream(sql, 1 + random.nextInt(64))) {
                            rows.addAndGet(s.limit(limit).count());
                        }
                        early.addAndGet(limit < ROWS ? 1 : 0);
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get(Scale.seconds(180), TimeUnit.SECONDS);
            }
            return early.get();
        } finally {
            threads.shutdownNow();
        }
    }

    private static long openTransactions(Target target, Database db) {
        if (target.dialect() == Dialect.H2) {
            return 0;
        }
        try (Admin admin = Admin.of(target)) {
            if (target.dialect() == Dialect.POSTGRESQL) {
                return admin.idleInTransaction(db.name());
            }
            List<Long> mine = admin.backends(db.name());
            return mine.isEmpty() ? 0 : admin.openInnoDbTransactions(mine);
        }
    }
}
