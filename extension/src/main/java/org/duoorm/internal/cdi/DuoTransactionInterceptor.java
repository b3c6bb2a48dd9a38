package org.duoorm.internal.cdi;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.duoorm.DuoTransaction;

/**
 * Runs {@code @DuoTransaction} methods in a unit of work of the named database, blocking or reactive
 * according to the method's return type (see {@link ReturnTypeAdapters}). The plan for each bean class
 * and method is made once and cached by the extension.
 */
@DuoTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class DuoTransactionInterceptor {
    @Inject
    DuoOrmExtension extension;

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        TransactionPlan plan = extension.plan(invocation);
        return plan.invoke(invocation, extension.database(plan.database()));
    }
}
