package org.duoorm;

/** A unit of work was open where none is allowed ({@code NEVER}). */
public class TransactionNotAllowedException extends TransactionException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public TransactionNotAllowedException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public TransactionNotAllowedException(String message, Throwable cause) {
        super(message, cause);
    }
}
