package org.duoorm.engine;

import static org.duoorm.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.duoorm.Propagation;
import org.duoorm.ReactiveDatabase;
import org.duoorm.ReactiveSession;
import org.duoorm.Session;
import org.duoorm.TransactionOptions;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One unit of work, one session object: the one passed to the work is the one {@code currentSession()} gives. */
class SessionIdentityTest {
    private static final String ALL = "org.duoorm.testing.TestDatabases#all";

    @ParameterizedTest
    @MethodSource(ALL)
    void blockingUnitOfWorkHasOneSession(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            AtomicReference<Session> held = new AtomicReference<>();
            AtomicReference<Session> separate = new AtomicReference<>();
            f.db.useTransaction(tx -> {
                held.set(tx);
                assertSame(tx, f.db.currentSession().orElseThrow());
                assertSame(f.db.currentSession().orElseThrow(), f.db.currentSession().orElseThrow());
                f.db.useTransaction(joined -> assertSame(tx, joined));
                f.db.useTransaction(TransactionOptions.of(Propagation.NESTED), nested -> {
                    assertSame(tx, nested);
                    assertSame(tx, f.db.currentSession().orElseThrow());
                });
                f.db.useTransaction(TransactionOptions.of(Propagation.REQUIRES_NEW), other -> {
                    separate.set(other);
                    assertNotSame(tx, other);
                    assertSame(other, f.db.currentSession().orElseThrow());
                });
                assertSame(tx, f.db.currentSession().orElseThrow(), "the outer unit of work is resumed");
                assertFalse(separate.get().isActive());
            });
            assertFalse(held.get().isActive());
            assertFalse(f.db.currentSession().isPresent());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void reactiveUnitOfWorkHasOneSession(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            AtomicReference<ReactiveSession> held = new AtomicReference<>();
            AtomicReference<ReactiveSession> separate = new AtomicReference<>();
            await(db.transaction(s -> {
                held.set(s);
                return db.currentSession().invoke(c -> assertSame(s, c.orElseThrow()))
                        .chain(() -> db.currentSession()).invoke(c -> assertSame(s, c.orElseThrow()))
                        .chain(() -> db.transaction(joined -> Uni.createFrom().item(joined))).invoke(j -> assertSame(s, j))
                        .chain(() -> db.transaction(TransactionOptions.of(Propagation.NESTED), nested -> db.currentSession()
                                .invoke(c -> assertSame(s, nested)).invoke(c -> assertSame(s, c.orElseThrow()))))
                        .chain(() -> db.transaction(TransactionOptions.of(Propagation.REQUIRES_NEW), other -> db.currentSession()
                                .invoke(c -> separate.set(other)).invoke(c -> assertNotSame(s, other))
                                .invoke(c -> assertSame(other, c.orElseThrow()))))
                        .chain(() -> db.currentSession()).invoke(c -> assertSame(s, c.orElseThrow()))
                        .invoke(() -> assertFalse(separate.get().isActive()));
            }));
            assertFalse(held.get().isActive());
            assertFalse(await(db.currentSession()).isPresent());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void streamedUnitOfWorkHasOneSession(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            AtomicReference<ReactiveSession> held = new AtomicReference<>();
            List<Boolean> same = db.transactionMulti(TransactionOptions.defaults(), s -> {
                held.set(s);
                return Multi.createFrom().range(0, 3).onItem().transformToUniAndConcatenate(i -> db.currentSession()
                        .map(c -> c.orElseThrow() == s));
            }).collect().asList().await().atMost(org.duoorm.testing.Await.TIMEOUT);
            assertEquals(List.of(true, true, true), same);
            assertFalse(held.get().isActive());
        }
    }
}
