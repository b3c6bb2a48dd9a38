package org.duoorm;

/**
 * Work done in a blocking unit of work that returns nothing; see {@link TransactionCallback}.
 *
 * @param <X> the checked exception the work may throw
 */
@FunctionalInterface
public interface TransactionConsumer<X extends Exception> {
    /**
     * @param session the unit of work's session
     * @throws X any failure, which rolls the unit of work back
     */
    void useTransaction(Session session) throws X;
}
