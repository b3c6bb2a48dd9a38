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
    private final java.util.Map<Object, Object> attributes = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.List<SavepointListener> savepointListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

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
        RuntimeException e = endedFailure();
        if (e != null) {
            throw e;
        }
    }

    /** @return the failure for a statement that reaches an ended unit of work, or null while it lives */
    public RuntimeException endedFailure() {
        return ended ? new TransactionInactiveException("The unit of work on database '" + database + "' has ended ("
                + endReason + "); nothing more can run in it. Start a new unit of work.") : null;
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

    /**
     * State other layers keep for the length of this unit of work (the model layer's identity map),
     * created on first use.
     */
    @SuppressWarnings("unchecked")
    public <V> V attribute(Class<V> key, java.util.function.Supplier<? extends V> create) {
        return (V) attributes.computeIfAbsent(key, k -> create.get());
    }

    /** @return the attribute, or null when none was created */
    public <V> V attribute(Class<V> key) {
        return key.cast(attributes.get(key));
    }

    static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() != null ? ": " + t.getMessage() : "");
    }

    /** Registers state that must return to a savepoint when a nested scope rolls back. */
    public void onSavepoint(SavepointListener listener) {
        savepointListeners.add(listener);
    }

    /** @return the listeners' marks, taken when a savepoint is set */
    public java.util.List<Object> savepointMarks() {
        java.util.List<Object> marks = new java.util.ArrayList<>();
        for (SavepointListener l : savepointListeners) {
            marks.add(l.mark());
        }
        return marks;
    }

    /** A nested scope rolled back: every listener marked before it returns to its mark. */
    public void rolledBackTo(java.util.List<Object> marks) {
        for (int i = 0; i < marks.size(); i++) {
            savepointListeners.get(i).rolledBackTo(marks.get(i));
        }
    }
}
