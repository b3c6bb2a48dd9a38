package org.duoorm.internal.tx;

import org.duoorm.TransactionException;
import org.duoorm.TransactionInactiveException;
import org.duoorm.TransactionOptions;
import org.duoorm.TransactionTimeoutException;

/**
 * The life of one unit of work, shared by both modes: whether it may still run statements, and
 * whether it must roll back. A unit of work that ended, failed or was cancelled stays dead: nothing
 * falls back to auto-commit.
 */
public class TxState {
    private final String database;
    private final TransactionOptions options;
    private volatile boolean ended;
    private volatile String endReason;
    private volatile String rollbackOnlyReason;
    private final long deadline;

    public TxState(String database, TransactionOptions options) {
        this.database = database;
        this.options = options;
        this.deadline = options.timeout().isZero() ? 0 : System.nanoTime() + options.timeout().toNanos();
    }

    /** The exception for a unit of work past its time limit; the unit of work is dead from now on. */
    public TransactionTimeoutException timedOut() {
        end("it ran past its time limit of " + options.timeout() + " and was rolled back");
        markRollbackOnly("it timed out");
        return new TransactionTimeoutException("The unit of work on database '" + database + "' ran past its time limit of "
                + options.timeout() + " and was rolled back. Raise the limit (TransactionOptions.withTimeout) or do less "
                + "in one unit of work.");
    }

    /** Fails when the time limit has passed. */
    public void checkDeadline() {
        if (deadline != 0 && System.nanoTime() - deadline > 0) {
            throw timedOut();
        }
    }

    public TransactionOptions options() {
        return options;
    }

    public boolean isEnded() {
        return ended;
    }

    /** Marks the unit of work as over; later statements fail with the reason. */
    public void end(String reason) {
        if (!ended) {
            endReason = reason;
            ended = true;
        }
    }

    public void checkActive() {
        if (!ended) {
            checkDeadline();
        }
        if (ended) {
            throw new TransactionInactiveException("The unit of work on database '" + database + "' has ended ("
                    + endReason + "); nothing more can run in it. Start a new unit of work.");
        }
    }

    /** After a failure inside: the unit of work can only roll back now. */
    public void markRollbackOnly(String reason) {
        if (rollbackOnlyReason == null) {
            rollbackOnlyReason = reason;
        }
    }

    public boolean isRollbackOnly() {
        return rollbackOnlyReason != null;
    }

    public String rollbackOnlyReason() {
        return rollbackOnlyReason;
    }

    /** Restores the flag after a nested (savepoint) scope undid its own failure. */
    public void restoreRollbackOnly(String previous) {
        rollbackOnlyReason = previous;
    }

    public TransactionException rolledBackBecause() {
        return new TransactionException("The unit of work on database '" + database + "' was rolled back instead of "
                + "committed because something inside it failed: " + rollbackOnlyReason
                + ". To recover from a failure inside a unit of work, run that part with Propagation.NESTED.");
    }

    /**
     * Checks that a caller asking for {@code wanted} may join this unit of work.
     *
     * @throws TransactionException when the settings conflict
     */
    public void checkJoinable(TransactionOptions wanted) {
        if (wanted.isolation() != org.duoorm.Isolation.DEFAULT && wanted.isolation() != options.isolation()) {
            throw new TransactionException("Cannot join the unit of work on database '" + database + "': it runs with "
                    + options.isolation() + " isolation but " + wanted.isolation()
                    + " was asked for. Use Propagation.REQUIRES_NEW for a separate unit of work.");
        }
        if (options.readOnly() && !wanted.readOnly()) {
            throw new TransactionException("Cannot join the read-only unit of work on database '" + database
                    + "' for writing. Mark the inner one read-only or use Propagation.REQUIRES_NEW.");
        }
    }

    public String database() {
        return database;
    }

    static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() != null ? ": " + t.getMessage() : "");
    }
}
