package org.duoorm;

/**
 * A blocking session: one connection, raw SQL on it, and (for a standalone session) its own commit
 * and rollback. Inside {@link Database#transaction(TransactionCallback)} the session is managed:
 * commit, rollback and close are the unit of work's to do, and calling them fails.
 */
public interface Session extends SqlOperations, AutoCloseable {
    /** The database this session belongs to. */
    Database database();

    /** Whether this session is managed by a unit of work (it may not be committed by hand). */
    boolean isManaged();

    /** Whether this session can still run statements (not closed, not failed, not ended). */
    boolean isActive();

    /**
     * Commits the work so far; the session stays usable and starts a new transaction.
     *
     * @throws TransactionException on a managed session
     */
    void commit();

    /**
     * Rolls back the work so far; the session stays usable.
     *
     * @throws TransactionException on a managed session
     */
    void rollback();

    /** Rolls back what was not committed and returns the connection. Idempotent. */
    @Override
    void close();
}
