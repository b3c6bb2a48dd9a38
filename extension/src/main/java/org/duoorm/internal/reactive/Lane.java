package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Runs a connection's operations one after another. An operation starts when its {@code Uni} is
 * subscribed and the one before it has finished; cancelling the {@code Uni} does not cut the chain,
 * so whatever comes next (a rollback, the release) waits for the statement really to end.
 */
final class Lane {
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    <T> Uni<T> submit(Supplier<CompletionStage<T>> op) {
        return Uni.createFrom().deferred(() -> Uni.createFrom().completionStage(enqueue(op).copy()));
    }

    synchronized <T> CompletableFuture<T> enqueue(Supplier<CompletionStage<T>> op) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture<Void> previous = tail;
        tail = result.handle((v, e) -> null);
        previous.whenComplete((v, e) -> start(op, result));
        return result;
    }

    /** Completes when everything submitted so far has finished. */
    synchronized CompletableFuture<Void> drained() {
        return tail;
    }

    private static <T> void start(Supplier<CompletionStage<T>> op, CompletableFuture<T> result) {
        try {
            op.get().whenComplete((v, e) -> {
                if (e != null) {
                    result.completeExceptionally(e);
                } else {
                    result.complete(v);
                }
            });
        } catch (Throwable t) {
            result.completeExceptionally(t);
        }
    }
}
