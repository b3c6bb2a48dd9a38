package org.duoorm;

/** The {@code Database} was closed; create a new one. */
public class DatabaseClosedException extends DuoOrmException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public DatabaseClosedException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public DatabaseClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
