package org.duoorm.engine;

import static org.duoorm.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.duoorm.ConstraintViolationException;
import org.duoorm.Propagation;
import org.duoorm.ReactiveDatabase;
import org.duoorm.ReactiveSession;
import org.duoorm.TransactionException;
import org.duoorm.TransactionInactiveException;
import org.duoorm.TransactionNotAllowedException;
import org.duoorm.TransactionOptions;
import org.duoorm.TransactionRequiredException;
import org.duoorm.testing.ConnectionIds;
import org.duoorm.testing.CountingListener;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reactive units of work on every database. */
class ReactiveTransactionTest {
    private static final String ALL = "org.duoorm.testing.TestDatabases#all";
    private static final ExecutorService OTHER_THREAD = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "test-hop");
        t.setDaemon(true);
        return t;
    });

    @AfterAll
    static void stop() {
        OTHER_THREAD.shutdownNow();
    }

    private static Uni<Integer> insert(ReactiveDatabase db, String table, int id, String name) {
        return db.execute("insert into " + table + " values (?, ?)", id, name);
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void commitsWhenTheUniEmits(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            Long n = await(db.transaction(s -> s.execute("insert into " + f.table + " values (?, ?)", 1, "Ada")
                    .chain(() -> insert(db, f.table, 2, "Grace"))
                    .chain(() -> s.queryValue(Long.class, "select count(*) from " + f.table))
                    .map(o -> o.orElseThrow())));
            assertEquals(2L, n);
            assertEquals(2L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void rollsBackOnAFailedUniAndOnAThrownException(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> await(db.transaction(s ->
                    insert(db, f.table, 1, "Ada").chain(() -> Uni.createFrom().failure(new IllegalStateException("late"))))));
            assertEquals("late", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> await(db.transaction(s -> {
                throw new IllegalArgumentException("thrown while building");
            })));
            assertEquals(0L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void nothingHappensBeforeSubscription(Target target) {
        CountingListener l = new CountingListener();
        try (DbFixture f = new DbFixture(target, target.config().listener(l))) {
            int before = l.acquired.get();
            int statements = l.statements.size();
            Uni<Integer> tx = f.db.reactive().transaction(s -> insert(f.db.reactive(), f.table, 1, "Ada"));
            Uni<Integer> plain = f.db.reactive().execute("insert into " + f.table + " values (?, ?)", 2, "Grace");
            assertEquals(before, l.acquired.get());
            assertEquals(statements, l.statements.size());
            assertEquals(0L, f.count());
            await(tx);
            await(plain);
            assertEquals(2L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void cancellationRollsBackAndReturnsTheConnection(Target target) throws Exception {
        CountingListener l = new CountingListener();
        try (DbFixture f = new DbFixture(target, target.config().listener(l))) {
            ReactiveDatabase db = f.db.reactive();
            CountDownLatch inserted = new CountDownLatch(1);
            Cancellable c = db.transaction(s -> insert(db, f.table, 1, "Ada")
                    .invoke(inserted::countDown)
                    .chain(() -> Uni.createFrom().<Integer>nothing()))
                    .subscribe().with(x -> { }, e -> { });
            assertTrue(inserted.await(30, TimeUnit.SECONDS));
            int rollbacks = l.rollbacks.get();
            c.cancel();
            org.duoorm.testing.Leaks.assertNoActiveConnections(f.db);
            assertEquals(rollbacks + 1, l.rollbacks.get());
            assertEquals(0L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void cancellationWhileWaitingForTheConnectionDoesNotLeakIt(Target target) throws Exception {
        try (DbFixture f = new DbFixture(target, target.config().engineOption("maxSize", 1))) {
            ReactiveDatabase db = f.db.reactive();
            CountDownLatch holding = new CountDownLatch(1);
            CompletableFuture<Void> release = new CompletableFuture<>();
            Cancellable holder = db.transaction(s -> insert(db, f.table, 1, "holder").invoke(holding::countDown)
                    .chain(() -> Uni.createFrom().completionStage(release)))
                    .subscribe().with(x -> { }, e -> { });
            assertTrue(holding.await(30, TimeUnit.SECONDS));
            for (int i = 0; i < 20; i++) {
                int id = 100 + i;
                db.transaction(s -> insert(db, f.table, id, "waiter")).subscribe().with(x -> { }, e -> { }).cancel();
            }
            release.complete(null);
            org.duoorm.testing.Leaks.assertNoActiveConnections(f.db);
            assertEquals(1L, f.count());
            assertEquals(1, await(insert(db, f.table, 2, "after")));
            holder.cancel();
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void theUnitOfWorkKeepsOneConnectionAcrossThreadHops(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            String id = ConnectionIds.sql(target.dialect());
            AtomicReference<String> hopThread = new AtomicReference<>();
            List<Object> ids = await(db.transaction(s -> s.query(id).map(r -> r.get(0).get(0))
                    .emitOn(OTHER_THREAD)
                    .invoke(() -> hopThread.set(Thread.currentThread().getName()))
                    .chain(first -> db.query(id).map(r -> List.of(first, r.get(0).get(0))))
                    .runSubscriptionOn(OTHER_THREAD)));
            assertEquals("test-hop", hopThread.get());
            assertEquals(ids.get(0), ids.get(1));
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void everyTerminalSeesTheUnitOfWork(Target target) throws Exception {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            String id = ConnectionIds.sql(target.dialect());
            Uni<Boolean> sameConnection = db.transaction(s -> s.query(id).chain(a -> db.query(id)
                    .map(b -> a.get(0).get(0).equals(b.get(0).get(0)))));
            assertTrue(sameConnection.await().indefinitely());
            assertTrue(sameConnection.subscribeAsCompletionStage().get(30, TimeUnit.SECONDS));
            CompletableFuture<Boolean> viaSubscribe = new CompletableFuture<>();
            sameConnection.subscribe().with(viaSubscribe::complete, viaSubscribe::completeExceptionally);
            assertTrue(viaSubscribe.get(30, TimeUnit.SECONDS));
            List<Boolean> viaMulti = Multi.createFrom().uni(sameConnection).collect().asList().await().atMost(Duration.ofSeconds(30));
            assertEquals(List.of(true), viaMulti);
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void anInnerTransactionJoinsAndAnInnerFailureRollsBackTheOuter(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            TransactionException e = assertThrows(TransactionException.class, () -> await(db.transaction(outer ->
                    insert(db, f.table, 1, "Ada")
                            .chain(() -> db.transaction(inner -> insert(db, f.table, 2, "Grace")
                                    .chain(() -> Uni.createFrom().<Integer>failure(new IllegalStateException("inner")))))
                            .onFailure(IllegalStateException.class).recoverWithItem(0))));
            assertTrue(e.getMessage().contains("rolled back"));
            assertEquals(0L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void requiresNewAndNested(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            String id = ConnectionIds.sql(target.dialect());
            assertThrows(IllegalStateException.class, () -> await(db.transaction(outer -> outer.query(id)
                    .chain(outerId -> insert(db, f.table, 1, "rolled back")
                            .chain(() -> db.transaction(TransactionOptions.of(Propagation.REQUIRES_NEW), inner ->
                                    inner.query(id).invoke(innerId -> assertNotEquals(outerId.get(0).get(0), innerId.get(0).get(0)))
                                            .chain(() -> insert(db, f.table, 2, "kept")))))
                    .chain(() -> Uni.createFrom().failure(new IllegalStateException("outer fails"))))));
            assertEquals(1L, f.count());
            await(db.transaction(outer -> insert(db, f.table, 3, "kept")
                    .chain(() -> db.transaction(TransactionOptions.of(Propagation.NESTED), inner ->
                            insert(db, f.table, 4, "undone").chain(() -> insert(db, f.table, 3, "duplicate")))
                            .onFailure(ConstraintViolationException.class).recoverWithItem(-1))
                    .chain(() -> insert(db, f.table, 5, "kept too"))));
            assertEquals(3L, f.count());
            assertEquals(0L, f.db.queryValue(Long.class, "select count(*) from " + f.table + " where id = 4").orElseThrow());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void mandatoryNeverSupportsAndNotSupported(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            assertThrows(TransactionRequiredException.class, () -> await(db.transaction(
                    TransactionOptions.of(Propagation.MANDATORY), s -> insert(db, f.table, 9, "x"))));
            await(db.transaction(TransactionOptions.of(Propagation.SUPPORTS), s -> insert(db, f.table, 1, "auto")
                    .chain(() -> db.currentSession()).invoke(cur -> assertFalse(cur.isPresent(), "the other database has no unit of work"))));
            assertThrows(IllegalStateException.class, () -> await(db.transaction(outer ->
                    db.transaction(TransactionOptions.of(Propagation.MANDATORY), s -> insert(db, f.table, 2, "joined"))
                            .chain(() -> db.transaction(TransactionOptions.of(Propagation.NEVER), s -> insert(db, f.table, 3, "never"))
                                    .onFailure(TransactionNotAllowedException.class).recoverWithItem(-1))
                            .chain(() -> db.transaction(TransactionOptions.of(Propagation.NOT_SUPPORTED), s ->
                                    insert(db, f.table, 4, "alone").chain(() -> s.execute("insert into " + f.table
                                            + " values (?, ?)", 5, "alone too"))))
                            .chain(() -> Uni.createFrom().failure(new IllegalStateException("outer fails"))))));
            assertEquals(3L, f.count());
            assertEquals(0L, f.db.queryValue(Long.class, "select count(*) from " + f.table + " where id in (2, 3)").orElseThrow());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void retryRunsTheWholeUnitOfWorkAgainOnAFreshConnection(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            AtomicInteger attempts = new AtomicInteger();
            AtomicReference<ReactiveSession> first = new AtomicReference<>();
            Integer n = await(db.transaction(s -> {
                int attempt = attempts.incrementAndGet();
                first.compareAndSet(null, s);
                return insert(db, f.table, 1, "Ada").chain(() -> attempt < 3
                        ? Uni.createFrom().<Integer>failure(new IllegalStateException("flaky " + attempt))
                        : Uni.createFrom().item(attempt));
            }).onFailure().retry().atMost(5));
            assertEquals(3, n);
            assertEquals(1L, f.count());
            assertFalse(first.get().isActive());
            assertThrows(TransactionInactiveException.class, () -> await(first.get().execute("select 1")));
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void concurrentUnitsOfWorkInOneSubscriptionStayApart(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            Uni<Integer> good = db.transaction(s -> insert(db, f.table, 1, "good"));
            Uni<Integer> bad = db.transaction(s -> insert(db, f.table, 2, "bad")
                    .chain(() -> Uni.createFrom().<Integer>failure(new IllegalStateException("bad"))))
                    .onFailure().recoverWithItem(-1);
            await(Uni.combine().all().unis(good, bad).asTuple());
            assertEquals(1L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void aStreamInOneUnitOfWork(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            List<Integer> ids = db.transactionMulti(TransactionOptions.defaults(), s ->
                    Multi.createFrom().range(1, 6).onItem().transformToUniAndConcatenate(i -> insert(db, f.table, i, "n" + i)
                            .replaceWith(i)))
                    .collect().asList().await().atMost(Duration.ofSeconds(30));
            assertEquals(List.of(1, 2, 3, 4, 5), ids);
            assertEquals(5L, f.count());
            assertThrows(IllegalStateException.class, () -> db.transactionMulti(TransactionOptions.defaults(), s ->
                    Multi.createFrom().range(10, 13).onItem().transformToUniAndConcatenate(i -> insert(db, f.table, i, "x"))
                            .onCompletion().failWith(new IllegalStateException("stream failed")))
                    .collect().asList().await().atMost(Duration.ofSeconds(30)));
            List<Integer> firstTwo = db.transactionMulti(TransactionOptions.defaults(), s ->
                    Multi.createFrom().range(20, 30).onItem().transformToUniAndConcatenate(i -> insert(db, f.table, i, "x")
                            .replaceWith(i)))
                    .select().first(2).collect().asList().await().atMost(Duration.ofSeconds(30));
            assertEquals(List.of(20, 21), firstTwo);
            org.duoorm.testing.Leaks.assertNoActiveConnections(f.db);
            assertEquals(5L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void reactiveUnitsOfWorkArePerDatabase(Target target) {
        try (DbFixture one = new DbFixture(target); DbFixture two = new DbFixture(target)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> await(one.db.reactive().transaction(s ->
                    insert(one.db.reactive(), one.table, 1, "rolled back")
                            .chain(() -> insert(two.db.reactive(), two.table, 1, "committed alone"))
                            .chain(() -> two.db.reactive().currentSession())
                            .invoke(cur -> assertFalse(cur.isPresent(), "the other database has no unit of work"))
                            .chain(() -> Uni.createFrom().failure(new IllegalStateException("fail one"))))));
            assertEquals("fail one", e.getMessage());
            assertEquals(0L, one.count());
            assertEquals(1L, two.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void managedSessionsRefuseCommitAndHandOutTheSameUnitOfWork(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            assertThrows(TransactionException.class, () -> await(db.transaction(ReactiveSession::commit)));
            ReactiveSession outside = await(db.transaction(s -> db.currentSession().map(cur -> {
                assertTrue(cur.isPresent());
                assertNotSame(null, cur.get());
                return s;
            })));
            assertFalse(outside.isActive());
        }
    }
}
