package org.duoorm;

/** A query that must return exactly one row returned none. */
public class NotFoundException extends DuoOrmException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public NotFoundException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
