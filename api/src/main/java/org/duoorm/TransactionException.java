package org.duoorm;

/** A unit of work was used in a way its state or settings do not allow. */
public class TransactionException extends DuoOrmException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public TransactionException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public TransactionException(String message, Throwable cause) {
        super(message, cause);
    }
}
