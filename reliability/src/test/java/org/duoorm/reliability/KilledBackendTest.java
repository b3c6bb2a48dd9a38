package org.duoorm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Multi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.duoorm.Database;
import org.duoorm.Dialect;
import org.duoorm.DuoOrmException;
import org.duoorm.Mode;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backends killed from an admin connection ({@code pg_terminate_backend} / {@code KILL CONNECTION}) at
 * random instants while transfers run: every unit of work hit fails with a DuoORM exception, no
 * transfer is half committed (the balances agree with the journal), and the same pools then serve new
 * work without a restart.
 */
class KilledBackendTest {
    private static final int TRANSFERS = Scale.of(300);
    private static final int WORKERS = 4;
    private static final int POOL = 4;

    @ParameterizedTest(name = "{0} {1}", allowZeroInvocations = true)
    @MethodSource("org.duoorm.reliability.Suite#networkedModes")
    void killedBackendsFailCleanlyAndThePoolHeals(Target target, Mode mode) throws Exception {
        Ledger.Line line = Ledger.line("backend killed", target, mode);
        String scenario = "kill-" + (mode == Mode.BLOCKING ? "b" : "r");
        Database db = Database.create(Suite.config(target, scenario)
                .engineOption("maxSize", POOL).engineOption("acquisitionTimeout", "10s").build());
        String name = db.name();
        try (Admin admin = Admin.of(target)) {
            Bank bank = new Bank(db);
            Set<Integer> committed = ConcurrentHashMap.newKeySet();
            Set<Long> inFlight = ConcurrentHashMap.newKeySet();
            AtomicLong unclear = new AtomicLong();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong kills = new AtomicLong();
            Thread killer = new Thread(() -> killAtRandom(admin, name, inFlight, running, kills), "rel-killer");
            killer.start();
            try {
                run(bank, mode, 0, TRANSFERS, inFlight, committed, line, unclear);
            } finally {
                running.set(false);
                killer.join(10_000);
            }
            assertEquals(0, unclear.get(), "every failure is a DuoOrmException");
            assertTrue(kills.get() > 0, "faults were injected");
            // before COMMIT a lost connection; during COMMIT an unknown outcome (it may have committed)
            assertTrue(Set.of("ConnectionLostException", "CommitOutcomeUnknownException").containsAll(line.failureTypes.keySet()),
                    "a killed connection is reported as a lost connection, or at COMMIT as an unknown outcome: " + line.examples);
            // Once the faults stop (and longer ago than the pool's idle-validation window), the same pools serve new work.
            Thread.sleep(1_500);
            long lost = bank.verify(committed);
            // The same pools serve new work: twice as many units as connections, and none may fail.
            Set<Integer> healed = ConcurrentHashMap.newKeySet();
            Ledger.Line after = new Ledger.Line("heal", "", "");
            run(bank, mode, TRANSFERS, 2 * POOL + 2, ConcurrentHashMap.newKeySet(), healed, after, unclear);
            assertEquals(0, after.cleanFailures, "after the faults stop, no unit of work fails: " + after.failureTypes);
            assertEquals(2 * POOL + 2, healed.size());
            lost += bank.verify(union(committed, healed));
            Leaks.assertNoActiveConnections(db);
            assertEquals(0, admin.idleInTransaction(name), "no connection is left idle in a transaction");
            bank.drop();
            line.add(TRANSFERS + 2L * POOL + 2, kills.get(), 0, 0, lost + unclear.get());
            System.out.printf("killed %s %s: %d transfers, %d kills, %d committed, %d failed %s%n", target, mode,
                    TRANSFERS, kills.get(), committed.size(), line.cleanFailures, line.failureTypes);
            line.examples.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        } finally {
            db.close();
        }
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> u = ConcurrentHashMap.newKeySet();
        u.addAll(a);
        u.addAll(b);
        return u;
    }

    private static void run(Bank bank, Mode mode, int first, int count, Set<Long> inFlight, Set<Integer> committed,
            Ledger.Line line, AtomicLong unclear) throws Exception {
        if (mode == Mode.BLOCKING) {
            runBlocking(bank, first, count, inFlight, committed, line, unclear);
        } else {
            runReactive(bank, first, count, inFlight, committed, line, unclear);
        }
    }

    private static void runBlocking(Bank bank, int first, int count, Set<Long> inFlight, Set<Integer> committed,
            Ledger.Line line, AtomicLong unclear) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> new Thread(r, "rel-kill-worker"));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                done.add(pool.submit(() -> {
                    Random random = new Random(worker);
                    for (int i = first + worker; i < first + count; i += WORKERS) {
                        AtomicLong connection = new AtomicLong(-1);
                        try {
                            bank.transfer(i, random, Bank.Ids.into(connection, inFlight), Duration.ofMillis(2 + random.nextInt(6)));
                            committed.add(i);
                        } catch (DuoOrmException e) {
                            line.failure(e);
                        } catch (RuntimeException e) {
                            unclear.incrementAndGet();
                            e.printStackTrace();
                        } finally {
                            inFlight.remove(connection.get());
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(Scale.seconds(180), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runReactive(Bank bank, int first, int count, Set<Long> inFlight, Set<Integer> committed,
            Ledger.Line line, AtomicLong unclear) {
        Random random = new Random(first);
        Multi.createFrom().range(first, first + count)
                .onItem().transformToUni(i -> {
                    AtomicLong connection = new AtomicLong(-1);
                    return bank.transferUni(i, random, Bank.Ids.into(connection, inFlight),
                                    Duration.ofMillis(2 + random.nextInt(6)))
                            .onItem().invoke(() -> committed.add(i))
                            .onFailure().invoke(e -> {
                                if (e instanceof DuoOrmException) {
                                    line.failure(e);
                                } else {
                                    unclear.incrementAndGet();
                                    e.printStackTrace();
                                }
                            })
                            .onFailure().recoverWithNull()
                            .onTermination().invoke(() -> inFlight.remove(connection.get()));
                }).merge(WORKERS)
                .collect().last()
                .await().atMost(Duration.ofSeconds(Scale.seconds(180)));
    }

    /**
     * Kills a connection every few milliseconds: mostly one that is inside a transfer (so the kill lands
     * at a random point of it, commit included), sometimes any connection of the database, idle ones too.
     */
    private static void killAtRandom(Admin admin, String database, Set<Long> inFlight, AtomicBoolean running,
            AtomicLong kills) {
        Random random = new Random(7);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Scale.seconds(180));
        while (running.get() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(3 + random.nextInt(10));
            } catch (InterruptedException e) {
                return;
            }
            List<Long> server = admin.backends(database);
            List<Long> candidates = new ArrayList<>(random.nextInt(5) == 0 ? server : inFlight);
            candidates.retainAll(server);
            if (!candidates.isEmpty() && admin.kill(candidates.get(random.nextInt(candidates.size())))) {
                kills.incrementAndGet();
            }
        }
    }

    static boolean isPostgres(Target t) {
        return t.dialect() == Dialect.POSTGRESQL;
    }
}
