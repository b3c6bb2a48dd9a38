package org.duoorm;

/**
 * The root of every exception DuoORM throws. It is unchecked; catch a subclass to handle one kind of
 * failure. Messages never contain a password.
 */
public class DuoOrmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public DuoOrmException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public DuoOrmException(String message, Throwable cause) {
        super(message, cause);
    }
}
