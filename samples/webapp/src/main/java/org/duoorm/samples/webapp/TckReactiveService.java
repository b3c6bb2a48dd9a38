package org.duoorm.samples.webapp;


import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;
import org.duoorm.Propagation;

/** Reactive {@code @DuoTransaction} methods: Uni, Multi and CompletionStage. */
@ApplicationScoped
public class TckReactiveService {
    private final AtomicInteger bodyCalls = new AtomicInteger();

    @Inject
    @DuoDatabase("orders")
    Database db;

    /** How often a method body ran (the interceptor calls it only inside the unit of work). */
    public int bodyCalls() {
        return bodyCalls.get();
    }

    /** Starts counting the method bodies afresh (one instance serves every check). */
    public void resetBodyCalls() {
        bodyCalls.set(0);
    }

    @DuoTransaction(database = "orders")
    public Uni<Void> insert(String label) {
        bodyCalls.incrementAndGet();
        return TckLedger.insertUni(db, label);
    }

    /** Inserts, signals, and then never completes: only cancellation ends it. */
    @DuoTransaction(database = "orders")
    public Uni<Void> insertThenHang(String label, CountDownLatch inserted) {
        return TckLedger.insertUni(db, label)
                .invoke(inserted::countDown)
                .chain(() -> Uni.createFrom().nothing());
    }

    /** One unit of work for the whole stream: inserts each label and emits it. */
    @DuoTransaction(database = "orders")
    public Multi<String> insertEach(List<String> labels) {
        bodyCalls.incrementAndGet();
        return Multi.createFrom().iterable(labels)
                .onItem().transformToUniAndConcatenate(l -> TckLedger.insertUni(db, l).replaceWith(l));
    }

    @DuoTransaction(database = "orders")
    public Multi<String> insertEachThenFail(List<String> labels) {
        return insertEachUnintercepted(labels).onCompletion().failWith(() -> new IllegalStateException("stream failed"));
    }

    /** Fails after the inserts with a failure its rules let commit. */
    @DuoTransaction(database = "orders", dontRollbackOn = java.io.IOException.class)
    public Multi<String> insertEachThenKeptFailure(List<String> labels) {
        return insertEachUnintercepted(labels).onCompletion().failWith(() -> new java.io.IOException("kept"));
    }

    private Multi<String> insertEachUnintercepted(List<String> labels) {
        return Multi.createFrom().iterable(labels)
                .onItem().transformToUniAndConcatenate(l -> TckLedger.insertUni(db, l).replaceWith(l));
    }

    @DuoTransaction(database = "orders")
    public CompletionStage<String> stage(String value) {
        bodyCalls.incrementAndGet();
        return CompletableFuture.completedFuture(value);
    }

    @DuoTransaction(database = "orders")
    public CompletableFuture<String> failingStage(Exception failure) {
        return CompletableFuture.failedFuture(failure);
    }

    @DuoTransaction(value = Propagation.MANDATORY, database = "orders")
    public CompletionStage<String> mandatoryStage() {
        return CompletableFuture.completedFuture("never");
    }
}
