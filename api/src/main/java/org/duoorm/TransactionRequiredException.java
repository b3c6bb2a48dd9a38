package org.duoorm;

/** A unit of work was required ({@code MANDATORY}) but none was open. */
public class TransactionRequiredException extends TransactionException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public TransactionRequiredException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public TransactionRequiredException(String message, Throwable cause) {
        super(message, cause);
    }
}
