package org.duoorm.samples.webapp;

import static org.duoorm.samples.webapp.TckChecks.TIMEOUT;
import static org.duoorm.samples.webapp.TckChecks.equal;
import static org.duoorm.samples.webapp.TckChecks.eventually;
import static org.duoorm.samples.webapp.TckChecks.fails;
import static org.duoorm.samples.webapp.TckChecks.isTrue;
import static org.duoorm.samples.webapp.TckListener.Event.ACQUIRED;
import static org.duoorm.samples.webapp.TckListener.Event.BEGIN;
import static org.duoorm.samples.webapp.TckListener.Event.COMMIT;
import static org.duoorm.samples.webapp.TckListener.Event.RELEASED;
import static org.duoorm.samples.webapp.TckListener.Event.ROLLBACK;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.duoorm.Mode;
import org.duoorm.SerializationFailureException;
import org.duoorm.TransactionRequiredException;

/** The TCK's ReactiveMethodsTest (Uni, Multi, CompletionStage) and RetryTest (both modes). */
@ApplicationScoped
public class TckReactiveChecks {
    @Inject
    TckReactiveService service;
    @Inject
    TckRetryService retry;
    @Inject
    TckRetryCaller retryCaller;

    void run(TckChecks c) {
        reactive(c);
        retries(c);
    }

    private void reactive(TckChecks c) {
        c.check("reactive Uni opens nothing before subscription", () -> {
            service.resetBodyCalls();
            Uni<Void> uni = service.insert("lazy");
            equal(0, service.bodyCalls(), "the method body runs inside the unit of work, at subscription");
            equal(0, c.count(BEGIN), c.counts());
            equal(0, c.count(ACQUIRED), "no connection before subscription: " + c.counts());
            uni.await().atMost(TIMEOUT);
            equal(1, service.bodyCalls(), "body calls");
            equal(1, c.count(Mode.REACTIVE, BEGIN), c.counts());
            equal(1, c.count(Mode.REACTIVE, COMMIT), c.counts());
            equal(1L, c.count("lazy"), "lazy");
        });
        c.check("reactive each subscription runs the unit of work again", () -> {
            service.resetBodyCalls();
            Uni<Void> uni = service.insert("twice");
            uni.await().atMost(TIMEOUT);
            uni.subscribeAsCompletionStage().get(30, TimeUnit.SECONDS);
            equal(2, service.bodyCalls(), "body calls");
            equal(2L, c.count("twice"), "twice");
            equal(2, c.count(Mode.REACTIVE, COMMIT), c.counts());
        });
        c.check("reactive cancelling the Uni rolls back", () -> {
            CountDownLatch inserted = new CountDownLatch(1);
            Cancellable subscription = service.insertThenHang("cancelled", inserted).subscribe().with(x -> { }, f -> { });
            isTrue(inserted.await(30, TimeUnit.SECONDS), "the insert ran");
            subscription.cancel();
            eventually("the cancelled unit of work rolls back: " + c.counts(), () -> c.count(Mode.REACTIVE, ROLLBACK) == 1);
            eventually("the connection went back to the pool: " + c.counts(),
                    () -> c.count(Mode.REACTIVE, ACQUIRED) == c.count(Mode.REACTIVE, RELEASED));
            equal(0L, c.count("cancelled"), "cancelled");
            equal(0, c.count(Mode.REACTIVE, COMMIT), c.counts());
        });
        c.check("reactive Multi spans one unit of work", () -> {
            service.resetBodyCalls();
            Multi<String> multi = service.insertEach(List.of("m1", "m2", "m3"));
            equal(0, service.bodyCalls(), "nothing before subscription");
            List<String> items = multi.collect().asList().await().atMost(TIMEOUT);
            equal(List.of("m1", "m2", "m3"), items, "items");
            equal(3L, c.count(), "rows");
            equal(1, c.count(Mode.REACTIVE, BEGIN), "one unit of work for the stream: " + c.counts());
            equal(1, c.count(Mode.REACTIVE, COMMIT), c.counts());
        });
        c.check("reactive failing Multi rolls back the whole stream", () -> {
            Multi<String> multi = service.insertEachThenFail(List.of("f1", "f2"));
            IllegalStateException e = fails(IllegalStateException.class, () -> multi.collect().asList().await().atMost(TIMEOUT));
            equal("stream failed", e.getMessage(), "message");
            equal(0L, c.count(), "rows");
            equal(1, c.count(Mode.REACTIVE, ROLLBACK), c.counts());
        });
        c.check("reactive Multi failure listed in dontRollbackOn commits and is still emitted", () -> {
            List<String> seen = new CopyOnWriteArrayList<>();
            RuntimeException e = fails(RuntimeException.class, () -> service.insertEachThenKeptFailure(List.of("k1", "k2"))
                    .onItem().invoke(seen::add).collect().asList().await().atMost(TIMEOUT));
            isTrue(TckChecks.unwrap(e) instanceof IOException, "the failure still reaches the subscriber: " + e);
            equal(List.of("k1", "k2"), seen, "seen");
            equal(2L, c.count(), "rows");
            equal(1, c.count(Mode.REACTIVE, COMMIT), c.counts());
        });
        c.check("reactive cancelling the Multi rolls back", () -> {
            String first = service.insertEach(List.of("c1", "c2", "c3")).select().first().toUni().await().atMost(TIMEOUT);
            equal("c1", first, "first");
            eventually("the cancelled stream rolls back: " + c.counts(), () -> c.count(Mode.REACTIVE, ROLLBACK) == 1);
            equal(0L, c.count(), "rows");
            equal(0, c.count(Mode.REACTIVE, COMMIT), c.counts());
        });
        c.check("reactive CompletionStage commits", () -> {
            service.resetBodyCalls();
            equal("value", service.stage("value").toCompletableFuture().get(30, TimeUnit.SECONDS), "value");
            equal(1, service.bodyCalls(), "body calls");
            eventually("committed: " + c.counts(), () -> c.count(Mode.REACTIVE, COMMIT) == 1);
            equal(1, c.count(Mode.REACTIVE, BEGIN), c.counts());
        });
        c.check("reactive failed CompletionStage rolls back", () -> {
            IOException failure = new IOException("stage failed");
            CompletableFuture<String> stage = service.failingStage(failure);
            ExecutionException e = fails(ExecutionException.class, () -> stage.get(30, TimeUnit.SECONDS));
            isTrue(failure == TckChecks.unwrap(e), "the same failure: " + e);
            equal(1, c.count(Mode.REACTIVE, ROLLBACK), c.counts());
        });
        c.check("reactive MANDATORY CompletionStage fails without a unit of work", () -> {
            ExecutionException e = fails(ExecutionException.class,
                    () -> service.mandatoryStage().toCompletableFuture().get(30, TimeUnit.SECONDS));
            isTrue(TckChecks.unwrap(e) instanceof TransactionRequiredException, "TransactionRequiredException: " + e);
        });
    }

    private void retries(TckChecks c) {
        for (Mode m : Mode.values()) {
            String p = "retry " + m + " ";
            c.check(p + "retries until it commits and keeps only the last attempt", () -> {
                retry.resetAttempts();
                retry.failNext(2);
                write(m);
                equal(3, retry.attempts(), "one call and two retries");
                equal(1L, c.count("row"), "the two failed attempts were rolled back");
            });
            c.check(p + "gives up after the last retry", () -> {
                retry.resetAttempts();
                retry.failNext(10);
                RuntimeException e = fails(RuntimeException.class, () -> write(m));
                isTrue(TckChecks.unwrap(e) instanceof SerializationFailureException, "SerializationFailureException: " + e);
                equal(3, retry.attempts(), "one call and two retries");
                equal(0L, c.count("row"), "row");
                retry.failNext(0);
            });
            c.check(p + "a joined unit of work is left to its opener", () -> {
                retry.resetAttempts();
                retry.failNext(1);
                RuntimeException e = fails(RuntimeException.class, () -> {
                    if (m == Mode.BLOCKING) {
                        retryCaller.joined("row");
                    } else {
                        retryCaller.joinedUni("row").await().atMost(TIMEOUT);
                    }
                });
                isTrue(TckChecks.unwrap(e) instanceof SerializationFailureException, "SerializationFailureException: " + e);
                equal(1, retry.attempts(), "attempts");
                equal(0L, c.count("row"), "row");
                retry.failNext(0);
            });
        }
        c.check("retry other failures are not retried", () -> {
            retry.resetAttempts();
            fails(IllegalStateException.class, () -> retry.failsOtherwise("row"));
            equal(1, retry.attempts(), "attempts");
            equal(0L, c.count("row"), "row");
        });
    }

    private void write(Mode mode) {
        if (mode == Mode.BLOCKING) {
            retry.write("row");
        } else {
            retry.writeUni("row").await().atMost(TIMEOUT);
        }
    }
}
