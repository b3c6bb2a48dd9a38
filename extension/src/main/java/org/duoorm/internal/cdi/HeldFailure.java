package org.duoorm.internal.cdi;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the failure of a reactive {@code @DuoTransaction} method that {@code dontRollbackOn} lets
 * commit: the work completes normally inside the unit of work (which commits), and the failure is
 * re-emitted after it. One instance per subscription.
 */
final class HeldFailure {
    private final RollbackRules rules;
    private volatile Throwable failure;

    HeldFailure(RollbackRules rules) {
        this.rules = rules;
    }

    <T> Uni<T> recover(Uni<T> work) {
        return work.onFailure(rules::commitsDespite).recoverWithItem(this::hold);
    }

    <T> Multi<T> recover(Multi<T> work) {
        return work.onFailure(rules::commitsDespite).invoke(this::hold)
                .onFailure(rules::commitsDespite).recoverWithCompletion();
    }

    private <T> T hold(Throwable t) {
        failure = t;
        return null;
    }

    /** @return the item, or the held failure once the unit of work has committed */
    <T> Uni<T> rethrowOr(T item) {
        Throwable f = failure;
        return f == null ? Uni.createFrom().item(item) : Uni.createFrom().failure(f);
    }

    /** @return completion, or the held failure once the unit of work has committed */
    Uni<Void> rethrow() {
        Throwable f = failure;
        return f == null ? Uni.createFrom().voidItem() : Uni.createFrom().failure(f);
    }
}
