package org.duoorm;

/**
 * What a unit of work does when another one is already open for the same database. The names and
 * meanings follow Jakarta Transactions' {@code TxType}, plus {@link #NESTED}.
 */
public enum Propagation {
    /** Join the open unit of work, or open one when there is none. The default. */
    REQUIRED,
    /** Suspend the open unit of work (if any) and run in a new one on another connection. */
    REQUIRES_NEW,
    /** Run inside the open unit of work under a savepoint: a failure undoes only this part. Without an open one, like REQUIRED. */
    NESTED,
    /** Join the open unit of work; fail with {@link TransactionRequiredException} when there is none. */
    MANDATORY,
    /** Join the open unit of work if there is one; otherwise run each statement on its own (auto-commit). */
    SUPPORTS,
    /** Suspend the open unit of work (if any) and run each statement on its own (auto-commit). */
    NOT_SUPPORTED,
    /** Run each statement on its own; fail with {@link TransactionNotAllowedException} when a unit of work is open. */
    NEVER
}
