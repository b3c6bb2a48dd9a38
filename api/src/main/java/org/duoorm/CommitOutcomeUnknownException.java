package org.duoorm;

/**
 * The connection broke while the unit of work was committing: the database may have committed it or not, and
 * DuoORM cannot tell. Unlike {@link ConnectionLostException} before the commit, this is <b>not safe to retry</b>
 * blindly: running the unit of work again may apply its changes twice. Check whether its changes are in the
 * database (by a key or a marker it wrote) before running it again. {@code @DuoTransaction} never retries it.
 */
public class CommitOutcomeUnknownException extends SqlExecutionException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed and what to do about it
     * @param sqlState the SQL state, may be null
     * @param vendorCode the driver's error code, 0 when none
     * @param cause the driver exception, may be null
     */
    public CommitOutcomeUnknownException(String message, String sqlState, int vendorCode, Throwable cause) {
        super(message, sqlState, vendorCode, cause);
    }
}
