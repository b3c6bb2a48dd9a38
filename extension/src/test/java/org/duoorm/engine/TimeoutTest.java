package org.duoorm.engine;

import static org.duoorm.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
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
}
