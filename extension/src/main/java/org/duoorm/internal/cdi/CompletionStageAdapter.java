package org.duoorm.internal.cdi;

import jakarta.interceptor.InvocationContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.duoorm.Database;

/**
 * {@code CompletionStage} and {@code CompletableFuture}: the reactive unit of work of {@link UniAdapter},
 * subscribed at once (a stage is eager) and handed back as a stage.
 */
final class CompletionStageAdapter implements ReturnTypeAdapter {
    @Override
    public boolean applies(Class<?> returnType) {
        return returnType == CompletionStage.class || returnType == CompletableFuture.class;
    }

    @Override
    public String description() {
        return "java.util.concurrent.CompletionStage or CompletableFuture (a reactive unit of work, started at the call)";
    }

    @Override
    public Object invoke(InvocationContext invocation, Database database, TransactionPlan plan) {
        return UniAdapter.deferred(database, plan, () -> Invocations.stage(invocation)).subscribeAsCompletionStage();
    }
}
