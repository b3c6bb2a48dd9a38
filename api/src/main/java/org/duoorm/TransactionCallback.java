package org.duoorm;

/**
 * Work done in a blocking unit of work that returns a value. Checked exceptions of type {@code X}
 * pass through {@link Database#transaction(TransactionCallback)} unchanged (after rollback).
 *
 * @param <R> the result type
 * @param <X> the checked exception the work may throw
 */
@FunctionalInterface
public interface TransactionCallback<R, X extends Exception> {
    /**
     * @param session the unit of work's session; model and raw SQL calls made on this thread join it
     *     without being handed the session
     * @return the result
     * @throws X any failure, which rolls the unit of work back
     */
    R inTransaction(Session session) throws X;
}
