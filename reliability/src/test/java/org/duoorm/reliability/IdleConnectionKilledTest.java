package org.duoorm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import org.duoorm.Database;
import org.duoorm.Mode;
import org.duoorm.testing.Await;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pooled connection that died while idle (killed by an administrator, a failover, a server restart,
 * a firewall) is never handed to a unit of work: the next operation gets a live connection. Before the
 * blocking pool validated idle connections on borrow, the first operations after such an event each
 * failed with a lost connection, up to one per pooled connection.
 */
class IdleConnectionKilledTest {
    private static final int POOL = 3;

    @ParameterizedTest(name = "{0} {1}", allowZeroInvocations = true)
    @MethodSource("org.duoorm.reliability.Suite#networkedModes")
    void idleConnectionsKilledAreNotHandedOut(Target target, Mode mode) throws Exception {
        Ledger.Line line = Ledger.line("idle conn killed", target, mode);
        try (Database db = Database.create(Suite.config(target, "idle-" + (mode == Mode.BLOCKING ? "b" : "r"))
                .engineOption("maxSize", POOL).build());
                Admin admin = Admin.of(target)) {
            fillPool(db, mode);
            List<Long> backends = admin.backends(db.name());
            assertFalse(backends.isEmpty(), "the pool holds idle connections");
            int killed = 0;
            for (Long id : backends) {
                killed += admin.kill(id) ? 1 : 0;
            }
            Thread.sleep(1_500);
            for (int i = 0; i < 2 * POOL; i++) {
                assertEquals(1, one(db, mode), "operation " + i + " after the idle connections were killed");
            }
            Leaks.assertNoActiveConnections(db);
            line.add(3L * POOL, killed, 0, 0, 0);
        }
    }

    /** Uses every connection of the pool at once, so that all of them are idle afterwards. */
    private static void fillPool(Database db, Mode mode) throws Exception {
        if (mode == Mode.BLOCKING) {
            Thread[] threads = new Thread[POOL];
            for (int i = 0; i < POOL; i++) {
                threads[i] = new Thread(() -> db.useTransaction(tx -> {
                    tx.execute("select 1");
                    pause(200);
                }));
                threads[i].start();
            }
            for (Thread t : threads) {
                t.join(10_000);
            }
        } else {
            List<io.smallrye.mutiny.Uni<Integer>> all = new java.util.ArrayList<>();
            for (int i = 0; i < POOL; i++) {
                all.add(db.reactive().transaction(s -> s.execute("select 1")
                        .onItem().delayIt().by(Duration.ofMillis(200))));
            }
            Await.await(io.smallrye.mutiny.Uni.join().all(all).andFailFast());
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int one(Database db, Mode mode) {
        String sql = "select 1";
        return mode == Mode.BLOCKING ? db.queryValue(Integer.class, sql).orElseThrow()
                : Await.await(db.reactive().queryValue(Integer.class, sql)).orElseThrow();
    }
}
