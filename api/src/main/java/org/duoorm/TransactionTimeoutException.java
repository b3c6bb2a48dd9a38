package org.duoorm;

/** A unit of work ran past its time limit ({@link TransactionOptions#withTimeout}); it was rolled back and is dead. */
public class TransactionTimeoutException extends TransactionException {
    private static final long serialVersionUID = 1L;

    /** @param message what timed out and after how long */
    public TransactionTimeoutException(String message) {
        super(message);
    }
}
