package org.duoorm;

/** A query that must return exactly one row returned several. */
public class MultipleResultsException extends DuoOrmException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public MultipleResultsException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public MultipleResultsException(String message, Throwable cause) {
        super(message, cause);
    }
}
