package org.duoorm.internal.tx;

import org.duoorm.internal.sql.ParsedSql;

/**
 * Asked by whatever sends a statement of a unit of work (or standalone session), right before it is
 * sent, and told when one fails. A reactive connection asks when the statement's turn on the
 * connection comes, and reports a failure before the next statement's turn, so statements queued
 * behind a failed one are refused too.
 */
public interface StatementGuard {
    /** For connections outside any unit of work: every statement may run, and failures mark nothing. */
    StatementGuard NONE = new StatementGuard() {
        @Override
        public RuntimeException beforeStatement(ParsedSql sql) {
            return null;
        }

        @Override
        public void statementFailed(Throwable failure) {
            // Nothing to mark: each statement is its own transaction.
        }
    };

    /**
     * @param sql the statement about to be sent
     * @return the failure to report instead of sending it, or null when it may be sent
     */
    RuntimeException beforeStatement(ParsedSql sql);

    /** @param failure how a statement (or the reading of its cursor) failed */
    void statementFailed(Throwable failure);

    /** @return the time limit a statement must be stopped at, or null when there is none */
    default Deadline deadline() {
        return null;
    }
}
