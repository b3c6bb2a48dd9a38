package org.duoorm.internal.tx;

import java.util.concurrent.atomic.AtomicReference;
import org.duoorm.ReadOnlyTransactionException;
import org.duoorm.TransactionException;
import org.duoorm.TransactionInactiveException;
import org.duoorm.TransactionOptions;
import org.duoorm.TransactionTimeoutException;
import org.duoorm.internal.sql.Errors;
import org.duoorm.internal.sql.ParsedSql;

/**
 * The life of one unit of work (or standalone session), shared by both modes, and the one place that
 * decides what may still run in it. A unit of work that ended, failed or was cancelled stays dead:
 * nothing falls back to auto-commit. A failure inside it that no NESTED scope took back (a statement,
 * the reading of a cursor, a joined inner scope) leaves it able only to roll back: every later
 * statement is refused before it is sent, and so is the commit, on every database alike.
 */
public class TxState implements StatementGuard {
    private final Deadline limit = new Deadline() {
        @Override
        public long nanos() {
            return deadline;
        }

        @Override
        public RuntimeException timedOut() {
            return TxState.this.timedOut();
        }
    };
    private static final int DESCRIPTION_LIMIT = 500;

    /** The first failure that marked the unit of work rollback-only. */
    private record Failure(String what, Throwable cause) {
    }

    private final String database;
    private final TransactionOptions options;
    private final boolean managed;
    private volatile boolean ended;
    private volatile String endReason;
    private final AtomicReference<Failure> failure = new AtomicReference<>();
    private final long deadline;
    private final java.util.Map<Object, Object> attributes = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.List<SavepointListener> savepointListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * @param managed true for a unit of work, false for a standalone session (its caller commits and rolls back)
     */
    public TxState(String database, TransactionOptions options, boolean managed) {
        this.database = database;
        this.options = options;
        this.managed = managed;
        this.deadline = options.timeout().isZero() ? 0 : System.nanoTime() + options.timeout().toNanos();
    }

    /** The exception for a unit of work past its time limit; the unit of work is dead from now on. */
    public TransactionTimeoutException timedOut() {
        end("it ran past its time limit of " + options.timeout() + " and was rolled back");
        mark(new Failure("it ran past its time limit of " + options.timeout(), null));
        return new TransactionTimeoutException("The unit of work on database '" + database + "' ran past its time limit of "
                + options.timeout() + " and was rolled back. Raise the limit (TransactionOptions.withTimeout) or do less "
                + "in one unit of work.");
    }

    @Override
    public Deadline deadline() {
        return deadline == 0 ? null : limit;
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

    /** Whether the unit of work is read-only (writes are refused before they are sent). */
    public boolean isReadOnly() {
        return options.readOnly();
    }

    /** Whether this is a unit of work (true) or a standalone session (false). */
    public boolean managed() {
        return managed;
    }

    public String database() {
        return database;
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

    /** Fails when the unit of work has ended or run past its time limit; a rollback-only one passes. */
    public void checkActive() {
        if (!ended) {
            checkDeadline();
        }
        RuntimeException e = endedFailure();
        if (e != null) {
            throw e;
        }
    }

    /** Fails unless more work may run in the unit of work: it lives, and nothing in it failed. */
    public void checkUsable() {
        RuntimeException e = refusal();
        if (e != null) {
            throw e;
        }
    }

    /** @return the failure for a statement that reaches an ended unit of work, or null while it lives */
    public RuntimeException endedFailure() {
        return ended ? new TransactionInactiveException("The unit of work on database '" + database + "' has ended ("
                + endReason + "); nothing more can run in it. Start a new unit of work.") : null;
    }

    private RuntimeException refusal() {
        if (ended) {
            return endedFailure();
        }
        if (deadline != 0 && System.nanoTime() - deadline > 0) {
            return timedOut();
        }
        Failure f = failure.get();
        return f == null ? null : new TransactionInactiveException(where() + " can only roll back now: " + f.what
                + ". Nothing more runs in it; no statement was sent. " + whatToDo(), f.cause);
    }

    // ---- statements ----

    /**
     * Refuses a statement when the unit of work has ended, timed out or failed, and a statement that writes
     * in a read-only unit of work; that refusal counts as a failed statement.
     */
    @Override
    public RuntimeException beforeStatement(ParsedSql sql) {
        RuntimeException refused = refusal();
        if (refused != null || !options.readOnly() || !sql.writes()) {
            return refused;
        }
        ReadOnlyTransactionException e = new ReadOnlyTransactionException("Database '" + database + "' did not run ["
                + shorten(sql.original()) + "]: it writes, and the unit of work is read-only. Nothing was sent. "
                + Errors.READ_ONLY_ADVICE);
        statementFailed(e);
        return e;
    }

    @Override
    public void statementFailed(Throwable failure) {
        mark(new Failure("a statement in it failed with " + describe(failure), failure));
    }

    /** A joined inner scope ended with a failure (or was refused): the whole unit of work fails with it. */
    public void scopeFailed(Throwable failure) {
        mark(new Failure("an inner unit of work joined to it failed with " + describe(failure), failure));
    }

    /** A joined inner scope was cancelled. */
    public void scopeCancelled() {
        mark(new Failure("an inner unit of work joined to it was cancelled", null));
    }

    private void mark(Failure f) {
        failure.compareAndSet(null, f);
    }

    public boolean isRollbackOnly() {
        return failure.get() != null;
    }

    /** Whether statements may still run: not ended, and nothing failed. */
    public boolean isUsable() {
        return !ended && failure.get() == null;
    }

    /** For a session's {@code toString()}: ", ended", ", rollback-only", or nothing while it may run statements. */
    public String stateSuffix() {
        return ended ? ", ended" : isRollbackOnly() ? ", rollback-only" : "";
    }

    /** The failure is undone: a nested scope rolled back to its savepoint, or a standalone session rolled back. */
    public void clearFailure() {
        failure.set(null);
    }

    // ---- ends ----

    /** @return the failure for committing now, or null when the unit of work may commit */
    public RuntimeException commitRefusal() {
        Failure f = failure.get();
        if (f == null) {
            return null;
        }
        String text = managed
                ? where() + " was rolled back instead of committed because " + f.what + ". " + whatToDo()
                : "Cannot commit the standalone session of database '" + database + "': " + f.what + ". " + whatToDo();
        return new TransactionInactiveException(text, f.cause);
    }

    /** @return the failure for a nested scope that ends while something inside it failed, or null */
    public RuntimeException nestedRefusal() {
        Failure f = failure.get();
        return f == null ? null : new TransactionInactiveException("The nested unit of work on database '" + database
                + "' was rolled back to its savepoint because " + f.what + ". The enclosing unit of work goes on as it "
                + "was before the nested one began.", f.cause);
    }

    private String where() {
        return managed ? "The unit of work on database '" + database + "'"
                : "The standalone session of database '" + database + "'";
    }

    private String whatToDo() {
        return managed ? "Run the part that may fail with Propagation.NESTED (its failure then undoes only that part), "
                + "or start a new unit of work."
                : "Call rollback() to undo its uncommitted work and go on; run a part that may fail in a unit of work "
                + "with Propagation.NESTED, or start a new unit of work.";
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
            throw new ReadOnlyTransactionException("Cannot join the read-only unit of work on database '" + database
                    + "' for writing. Mark the inner one read-only if it only reads; otherwise " + Errors.READ_ONLY_ADVICE);
        }
    }

    private static String shorten(String sql) {
        return sql.length() > DESCRIPTION_LIMIT ? sql.substring(0, DESCRIPTION_LIMIT) + "..." : sql;
    }

    /** The class and message of a failure, bounded: driver text was scrubbed of passwords where it was wrapped. */
    static String describe(Throwable t) {
        String m = t.getMessage();
        if (m != null && m.length() > DESCRIPTION_LIMIT) {
            m = m.substring(0, DESCRIPTION_LIMIT) + "...";
        } else if (m != null && m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return t.getClass().getSimpleName() + (m != null ? ": " + m : "");
    }

    // ---- state of other layers ----

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
