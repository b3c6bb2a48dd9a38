package org.duoorm.tck.reactive;

import static org.duoorm.tck.CountingListener.Event.ACQUIRED;
import static org.duoorm.tck.CountingListener.Event.BEGIN;
import static org.duoorm.tck.CountingListener.Event.COMMIT;
import static org.duoorm.tck.CountingListener.Event.RELEASED;
import static org.duoorm.tck.CountingListener.Event.ROLLBACK;
import static org.duoorm.tck.reactive.ReactiveConfig.LEDGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.duoorm.Database;
import org.duoorm.Mode;
import org.duoorm.TransactionRequiredException;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.Tck;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code @DuoTransaction} on methods returning Uni, Multi and CompletionStage. */
class ReactiveMethodsTest {
    private static final Class<?>[] CLASSES = {ReactiveConfig.class, ReactiveService.class};
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private interface Scenario {
        void run(ReactiveService service, Database db, CountingListener listener) throws Exception;
    }

    private static void inContainer(Target target, Scenario scenario) throws Exception {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database db = tck.select(Database.class);
            tck.create(LEDGER, db);
            CountingListener listener = tck.listener();
            listener.reset();
            scenario.run(tck.select(ReactiveService.class), db, listener);
            Tck.awaitConnectionsReturned(listener);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void uniOpensNothingBeforeSubscription(Target target) throws Exception {
        inContainer(target, (service, db, listener) -> {
            Uni<Void> uni = service.insert("lazy");
            assertEquals(0, service.bodyCalls(), "the method body runs inside the unit of work, at subscription");
            assertEquals(0, listener.count(BEGIN), listener.toString());
            assertEquals(0, listener.count(ACQUIRED), "no connection before subscription: " + listener);

            uni.await().atMost(TIMEOUT);
            assertEquals(1, service.bodyCalls());
            assertEquals(1, listener.count(Mode.REACTIVE, BEGIN), listener.toString());
            assertEquals(1, listener.count(Mode.REACTIVE, COMMIT), listener.toString());
            assertEquals(1, LEDGER.count(db, "lazy"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void eachSubscriptionRunsTheUnitOfWorkAgain(Target target) throws Exception {
        inContainer(target, (service, db, listener) -> {
            Uni<Void> uni = service.insert("twice");
            uni.await().atMost(TIMEOUT);
            uni.subscribeAsCompletionStage().get(30, TimeUnit.SECONDS);
            assertEquals(2, service.bodyCalls());
            assertEquals(2, LEDGER.count(db, "twice"));
            assertEquals(2, listener.count(Mode.REACTIVE, COMMIT), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void cancellingTheUniRollsBack(Target target) throws Exception {
        inContainer(target, (service, db, listener) -> {
            CountDownLatch inserted = new CountDownLatch(1);
            Cancellable subscription = service.insertThenHang("cancelled", inserted).subscribe().with(x -> { }, f -> { });
            assertTrue(inserted.await(30, TimeUnit.SECONDS), "the insert ran");
            subscription.cancel();
            Tck.eventually("the cancelled unit of work rolls back: " + listener,
                    () -> listener.count(Mode.REACTIVE, ROLLBACK) == 1);
            Tck.eventually("the connection went back to the pool: " + listener,
                    () -> listener.count(Mode.REACTIVE, ACQUIRED) == listener.count(Mode.REACTIVE, RELEASED));
            assertEquals(0, LEDGER.count(db, "cancelled"));
            assertEquals(0, listener.count(Mode.REACTIVE, COMMIT), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void multiSpansOneUnitOfWork(Target target) throws Exception {
        inContainer(target, (service, db, listener) -> {
            Multi<String> multi = service.insertEach(List.of("m1", "m2", "m3"));
            assertEquals(0, service.bodyCalls(), "nothing before subscription");
            List<String> items = multi.collect().asList().await().atMost(TIMEOUT);
            assertEquals(List.of("m1", "m2", "m3"), items);
            assertEquals(3, LEDGER.count(db));
            assertEquals(1, listener.count(Mode.REACTIVE, BEGIN), "one unit of work for the stream: " + listener);
            assertEquals(1, listener.count(Mode.REACTIVE, COMMIT), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void failingMultiRollsBackTheWholeStream(Target target) throws Exception {
        inContainer(target, (service, db, listener) -> {
            Multi<String> multi = service.insertEachThenFail(List.of("f1", "f2"));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> multi.collect().asList().await().atMost(TIMEOUT));
            assertEquals("stream failed", e.getMessage());
            assertEquals(0, LEDGER.count(db));
            assertEquals(1, listener.count(Mode.REACTIVE, ROLLBACK), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void multiFailureListedInDontRollbackOnCommitsAndIsStillEmitted(Target target) throws Exception {
        inContainer(target, (service, db, listener) -> {
            List<String> seen = new CopyOnWriteArrayList<>();
            RuntimeException e = assertThrows(RuntimeException.class, () -> service.insertEachThenKeptFailure(List.of("k1", "k2"))
                    .onItem().invoke(seen::add).collect().asList().await().atMost(TIMEOUT));
            assertInstanceOf(IOException.class, Tck.unwrap(e), "the failure still reaches the subscriber");
            assertEquals(List.of("k1", "k2"), seen);
            assertEquals(2, LEDGER.count(db));
            assertEquals(1, listener.count(Mode.REACTIVE, COMMIT), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void cancellingTheMultiRollsBack(Target target) throws Exception {
        inContainer(target, (service, db, listener) -> {
            String first = service.insertEach(List.of("c1", "c2", "c3")).select().first().toUni().await().atMost(TIMEOUT);
            assertEquals("c1", first);
            Tck.eventually("the cancelled stream rolls back: " + listener, () -> listener.count(Mode.REACTIVE, ROLLBACK) == 1);
            assertEquals(0, LEDGER.count(db));
            assertEquals(0, listener.count(Mode.REACTIVE, COMMIT), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void completionStageCommits(Target target) throws Exception {
        inContainer(target, (service, db, listener) -> {
            assertEquals("value", service.stage("value").toCompletableFuture().get(30, TimeUnit.SECONDS));
            assertEquals(1, service.bodyCalls());
            Tck.eventually("committed: " + listener, () -> listener.count(Mode.REACTIVE, COMMIT) == 1);
            assertEquals(1, listener.count(Mode.REACTIVE, BEGIN), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void failedCompletionStageRollsBack(Target target) throws Exception {
        inContainer(target, (service, db, listener) -> {
            IOException failure = new IOException("stage failed");
            CompletableFuture<String> stage = service.failingStage(failure);
            ExecutionException e = assertThrows(ExecutionException.class, () -> stage.get(30, TimeUnit.SECONDS));
            assertSame(failure, Tck.unwrap(e));
            assertEquals(1, listener.count(Mode.REACTIVE, ROLLBACK), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void mandatoryCompletionStageFailsWithoutAUnitOfWork(Target target) throws Exception {
        inContainer(target, (service, db, listener) -> {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> service.mandatoryStage().toCompletableFuture().get(30, TimeUnit.SECONDS));
            assertInstanceOf(TransactionRequiredException.class, Tck.unwrap(e));
        });
    }
}
