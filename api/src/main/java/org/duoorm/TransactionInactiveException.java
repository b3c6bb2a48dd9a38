package org.duoorm;

/** The unit of work has ended (committed, rolled back, failed, cancelled or timed out); nothing may run in it any more. */
public class TransactionInactiveException extends TransactionException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public TransactionInactiveException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public TransactionInactiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
