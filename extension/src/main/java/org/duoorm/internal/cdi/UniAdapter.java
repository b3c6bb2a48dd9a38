package org.duoorm.internal.cdi;

import io.smallrye.mutiny.Uni;
import jakarta.interceptor.InvocationContext;
import java.util.function.Supplier;
import org.duoorm.Database;
import org.duoorm.internal.tx.Propagations;

/**
 * {@code Uni}: a reactive unit of work opened when the returned {@code Uni} is subscribed, in which the
 * method is called and its {@code Uni} run; commits on item, rolls back on failure and cancellation.
 * Every subscription runs it again from the start.
 */
final class UniAdapter implements ReturnTypeAdapter {
    @Override
    public boolean applies(Class<?> returnType) {
        return returnType == Uni.class;
    }

    @Override
    public String description() {
        return "io.smallrye.mutiny.Uni (a reactive unit of work opened at subscription)";
    }

    @Override
    public Object invoke(InvocationContext invocation, Database database, TransactionPlan plan) {
        return deferred(database, plan, () -> Invocations.uni(invocation));
    }

    /** The lazy unit of work around the work built by {@code work} at subscription. */
    static Uni<Object> deferred(Database database, TransactionPlan plan, Supplier<Uni<Object>> work) {
        Uni<Object> once = Uni.createFrom().deferred(() -> {
            HeldFailure held = new HeldFailure(plan.rules());
            return database.reactive()
                    .transaction(plan.options(), session -> held.recover(work.get()))
                    .onItem().transformToUni(held::rethrowOr);
        });
        if (!plan.retry().enabled()) {
            return once;
        }
        // Only a unit of work opened here is retried; a joined one leaves that to whoever opened it.
        return database.reactive().currentSession().chain(current -> Propagations.decide(
                plan.options().propagation(), current.isPresent()).opensUnitOfWork() ? plan.retry().apply(once) : once);
    }
}
