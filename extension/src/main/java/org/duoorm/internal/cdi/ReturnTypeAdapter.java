package org.duoorm.internal.cdi;

import jakarta.interceptor.InvocationContext;
import org.duoorm.Database;

/**
 * Runs an intercepted {@code @DuoTransaction} method in the kind of unit of work its return type
 * calls for. One implementation per kind; {@link ReturnTypeAdapters} picks the first that applies.
 */
interface ReturnTypeAdapter {
    /** @param returnType the method's erased return type @return whether this adapter handles it */
    boolean applies(Class<?> returnType);

    /** Describes the handled return types, for error messages. */
    String description();

    /**
     * @param invocation the intercepted call; {@code proceed()} is called inside the unit of work
     * @param database the database of the unit of work
     * @param plan options and rollback rules
     * @return the method's result, wrapped as its return type requires
     * @throws Exception what the method threw (blocking only)
     */
    Object invoke(InvocationContext invocation, Database database, TransactionPlan plan) throws Exception;
}
