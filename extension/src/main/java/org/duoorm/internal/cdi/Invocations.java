package org.duoorm.internal.cdi;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.CompletionStage;

/** Calls {@code proceed()} and turns what the method returned, or threw, into a Mutiny type. */
final class Invocations {
    private Invocations() {
    }

    @SuppressWarnings("unchecked")
    static Uni<Object> uni(InvocationContext invocation) {
        try {
            return (Uni<Object>) notNull(invocation, invocation.proceed());
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Multi<Object> multi(InvocationContext invocation) {
        try {
            return (Multi<Object>) notNull(invocation, invocation.proceed());
        } catch (Exception e) {
            return Multi.createFrom().failure(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Uni<Object> stage(InvocationContext invocation) {
        try {
            CompletionStage<Object> stage = (CompletionStage<Object>) notNull(invocation, invocation.proceed());
            return Uni.createFrom().completionStage(stage);
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }

    private static Object notNull(InvocationContext invocation, Object result) {
        if (result == null) {
            throw new NullPointerException("@DuoTransaction method " + invocation.getMethod()
                    + " returned null; a method returning " + invocation.getMethod().getReturnType().getSimpleName()
                    + " must return an instance.");
        }
        return result;
    }
}
