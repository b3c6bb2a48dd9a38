package org.duoorm.internal.cdi;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import org.duoorm.DuoTransaction;

/**
 * Runs {@code @DuoTransaction} methods in a unit of work of the named database, blocking or reactive
 * according to the method's return type (see {@link ReturnTypeAdapters}). The plan for each bean class
 * and method is made once and cached by the extension.
 *
 * <p>Serializable, so that passivation-capable beans ({@code @SessionScoped}, ...) may be transactional:
 * it keeps only the container's (serializable) {@link BeanManager} and finds the extension through it.
 */
@DuoTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class DuoTransactionInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    BeanManager beanManager;

    private transient DuoOrmExtension extension;

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        DuoOrmExtension ext = extension();
        TransactionPlan plan = ext.plan(invocation);
        return plan.invoke(invocation, ext.database(plan.database()));
    }

    private DuoOrmExtension extension() {
        DuoOrmExtension e = extension;
        if (e == null) {
            e = beanManager.getExtension(DuoOrmExtension.class);
            extension = e;
        }
        return e;
    }
}
