package org.duoorm.internal.cdi;

import jakarta.interceptor.InvocationContext;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.stream.BaseStream;
import org.duoorm.Database;
import org.duoorm.internal.tx.Propagations;

/**
 * Any other return type, and {@code void}: a blocking unit of work around the call, bound to the
 * calling thread. A failure that {@code dontRollbackOn} lets commit is held, the unit of work
 * commits, and the failure is thrown afterwards.
 */
final class BlockingAdapter implements ReturnTypeAdapter {
    /** Lazy or asynchronous results that a blocking unit of work would end before they are consumed. */
    private static final String[] DEFERRED = {"org.reactivestreams.Publisher"};

    @Override
    public boolean applies(Class<?> returnType) {
        return !Flow.Publisher.class.isAssignableFrom(returnType)
                && !Future.class.isAssignableFrom(returnType)
                && !CompletionStage.class.isAssignableFrom(returnType)
                && !BaseStream.class.isAssignableFrom(returnType)
                && !isNamed(returnType);
    }

    private static boolean isNamed(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (String name : DEFERRED) {
                if (c.getName().equals(name) || implementsNamed(c, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean implementsNamed(Class<?> c, String name) {
        for (Class<?> i : c.getInterfaces()) {
            if (i.getName().equals(name) || implementsNamed(i, name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String description() {
        return "any other type or void (a blocking unit of work around the call)";
    }

    @Override
    public Object invoke(InvocationContext invocation, Database database, TransactionPlan plan) throws Exception {
        if (plan.retry().enabled() && opensItsOwn(database, plan)) {
            return plan.retry().run(() -> once(invocation, database, plan));
        }
        return once(invocation, database, plan);
    }

    /** Whether this call opens a unit of work rather than joining one: only such a unit of work can be retried. */
    private static boolean opensItsOwn(Database database, TransactionPlan plan) {
        return Propagations.decide(plan.options().propagation(), database.currentSession().isPresent())
                .opensUnitOfWork();
    }

    private static Object once(InvocationContext invocation, Database database, TransactionPlan plan) throws Exception {
        Throwable[] held = new Throwable[1];
        Object result = database.transaction(plan.options(), session -> {
            try {
                return invocation.proceed();
            } catch (Exception | Error e) {
                if (!plan.rules().commitsDespite(e)) {
                    throw e;
                }
                held[0] = e;
                return null;
            }
        });
        if (held[0] instanceof Exception) {
            throw (Exception) held[0];
        }
        if (held[0] instanceof Error) {
            throw (Error) held[0];
        }
        return result;
    }
}
