package org.duoorm.internal.cdi;

import io.smallrye.mutiny.Multi;
import jakarta.interceptor.InvocationContext;
import org.duoorm.Database;

/**
 * {@code Multi}: one reactive unit of work spanning the stream, opened at subscription; commits when
 * the stream completes, rolls back on failure and cancellation.
 */
final class MultiAdapter implements ReturnTypeAdapter {
    @Override
    public boolean applies(Class<?> returnType) {
        return returnType == Multi.class;
    }

    @Override
    public String description() {
        return "io.smallrye.mutiny.Multi (one reactive unit of work spanning the stream)";
    }

    @Override
    public Object invoke(InvocationContext invocation, Database database, TransactionPlan plan) {
        return Multi.createFrom().deferred(() -> {
            HeldFailure held = new HeldFailure(plan.rules());
            return database.reactive()
                    .transactionMulti(plan.options(), session -> held.recover(Invocations.multi(invocation)))
                    .onCompletion().call(held::rethrow);
        });
    }
}
