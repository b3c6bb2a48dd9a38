package org.duoorm.tck.reactive;

import static org.duoorm.tck.reactive.ReactiveConfig.LEDGER;

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
import org.duoorm.DuoTransaction;
import org.duoorm.Propagation;

/** Reactive {@code @DuoTransaction} methods: Uni, Multi and CompletionStage. */
@ApplicationScoped
public class ReactiveService {
    private final AtomicInteger bodyCalls = new AtomicInteger();

    @Inject
    Database db;

    /** How often a method body ran (the interceptor calls it only inside the unit of work). */
    public int bodyCalls() {
        return bodyCalls.get();
    }

    @DuoTransaction
    public Uni<Void> insert(String label) {
        bodyCalls.incrementAndGet();
        return LEDGER.insertUni(db, label);
    }

    /** Inserts, signals, and then never completes: only cancellation ends it. */
    @DuoTransaction
    public Uni<Void> insertThenHang(String label, CountDownLatch inserted) {
        return LEDGER.insertUni(db, label)
                .invoke(inserted::countDown)
                .chain(() -> Uni.createFrom().nothing());
    }

    /** One unit of work for the whole stream: inserts each label and emits it. */
    @DuoTransaction
    public Multi<String> insertEach(List<String> labels) {
        bodyCalls.incrementAndGet();
        return Multi.createFrom().iterable(labels)
                .onItem().transformToUniAndConcatenate(l -> LEDGER.insertUni(db, l).replaceWith(l));
    }

    @DuoTransaction
    public Multi<String> insertEachThenFail(List<String> labels) {
        return insertEachUnintercepted(labels).onCompletion().failWith(() -> new IllegalStateException("stream failed"));
    }

    /** Fails after the inserts with a failure its rules let commit. */
    @DuoTransaction(dontRollbackOn = java.io.IOException.class)
    public Multi<String> insertEachThenKeptFailure(List<String> labels) {
        return insertEachUnintercepted(labels).onCompletion().failWith(() -> new java.io.IOException("kept"));
    }

    private Multi<String> insertEachUnintercepted(List<String> labels) {
        return Multi.createFrom().iterable(labels)
                .onItem().transformToUniAndConcatenate(l -> LEDGER.insertUni(db, l).replaceWith(l));
    }

    @DuoTransaction
    public CompletionStage<String> stage(String value) {
        bodyCalls.incrementAndGet();
        return CompletableFuture.completedFuture(value);
    }

    @DuoTransaction
    public CompletableFuture<String> failingStage(Exception failure) {
        return CompletableFuture.failedFuture(failure);
    }

    @DuoTransaction(Propagation.MANDATORY)
    public CompletionStage<String> mandatoryStage() {
        return CompletableFuture.completedFuture("never");
    }
}
