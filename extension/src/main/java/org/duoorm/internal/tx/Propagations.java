package org.duoorm.internal.tx;

import org.duoorm.DuoOrmException;
import org.duoorm.Propagation;
import org.duoorm.TransactionNotAllowedException;
import org.duoorm.TransactionRequiredException;

/**
 * The one propagation decision: given whether a unit of work of the same database is open where the work
 * runs (the thread, or the Mutiny subscription) and the propagation asked for, what to do. Every runner
 * (blocking, {@code Uni}, {@code Multi}, and through them {@code CompletionStage}, the interceptor and the
 * programmatic API) asks this table and only executes the answer.
 *
 * <table>
 * <caption>The decision</caption>
 * <tr><th>propagation</th><th>none open</th><th>one open</th></tr>
 * <tr><td>REQUIRED</td><td>BEGIN</td><td>JOIN</td></tr>
 * <tr><td>REQUIRES_NEW</td><td>BEGIN</td><td>BEGIN_SUSPENDING</td></tr>
 * <tr><td>NESTED</td><td>BEGIN</td><td>SAVEPOINT</td></tr>
 * <tr><td>MANDATORY</td><td>REFUSE_REQUIRED</td><td>JOIN</td></tr>
 * <tr><td>SUPPORTS</td><td>WITHOUT</td><td>JOIN</td></tr>
 * <tr><td>NOT_SUPPORTED</td><td>WITHOUT</td><td>WITHOUT_SUSPENDING</td></tr>
 * <tr><td>NEVER</td><td>WITHOUT</td><td>REFUSE_NOT_ALLOWED</td></tr>
 * </table>
 */
public final class Propagations {
    /** What a runner does. */
    public enum Action {
        /** Run in the open unit of work (its options must agree: {@link TxState#checkJoinable}). */
        JOIN(false),
        /** Open a unit of work on a connection of its own; none was open. */
        BEGIN(true),
        /** Set the open unit of work aside, open another on a connection of its own, then put the first back. */
        BEGIN_SUSPENDING(true),
        /** Run in the open unit of work under a savepoint: a failure undoes only this part. */
        SAVEPOINT(false),
        /** Run each statement on its own (auto-commit); none was open. */
        WITHOUT(false),
        /** Set the open unit of work aside and run each statement on its own, then put it back. */
        WITHOUT_SUSPENDING(false),
        /** Fail with {@link TransactionRequiredException}. */
        REFUSE_REQUIRED(false),
        /** Fail with {@link TransactionNotAllowedException}. */
        REFUSE_NOT_ALLOWED(false);

        private final boolean opens;

        Action(boolean opens) {
            this.opens = opens;
        }

        /** Whether the work runs in a unit of work opened for it: only such a unit of work may be retried whole. */
        public boolean opensUnitOfWork() {
            return opens;
        }
    }

    private Propagations() {
    }

    /** The decision for {@code p} when a unit of work is ({@code open}) or is not open where the work runs. */
    public static Action decide(Propagation p, boolean open) {
        switch (p) {
            case REQUIRED:
                return open ? Action.JOIN : Action.BEGIN;
            case REQUIRES_NEW:
                return open ? Action.BEGIN_SUSPENDING : Action.BEGIN;
            case NESTED:
                return open ? Action.SAVEPOINT : Action.BEGIN;
            case MANDATORY:
                return open ? Action.JOIN : Action.REFUSE_REQUIRED;
            case SUPPORTS:
                return open ? Action.JOIN : Action.WITHOUT;
            case NOT_SUPPORTED:
                return open ? Action.WITHOUT_SUSPENDING : Action.WITHOUT;
            case NEVER:
                return open ? Action.REFUSE_NOT_ALLOWED : Action.WITHOUT;
            default:
                throw new IllegalStateException("no decision for " + p);
        }
    }

    /**
     * The error of a refusing action.
     *
     * @param where where the runner looked for an open unit of work, for the message ("on this thread",
     *     "in this subscription")
     */
    public static DuoOrmException refusal(Action a, String database, String where) {
        if (a == Action.REFUSE_REQUIRED) {
            return new TransactionRequiredException("A unit of work on database '" + database
                    + "' is required (MANDATORY) but none is open " + where
                    + ". Call this from inside a unit of work, or use Propagation.REQUIRED to open one.");
        }
        if (a == Action.REFUSE_NOT_ALLOWED) {
            return new TransactionNotAllowedException("A unit of work on database '" + database + "' is open " + where
                    + ", but this work must run without one (NEVER). Call it outside the unit of work, or use "
                    + "Propagation.NOT_SUPPORTED to set the open one aside.");
        }
        throw new IllegalStateException(a + " is not a refusal");
    }
}
