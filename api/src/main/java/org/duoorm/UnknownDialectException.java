package org.duoorm;

/** A dialect name or URL scheme that DuoORM does not support. */
public class UnknownDialectException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public UnknownDialectException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public UnknownDialectException(String message, Throwable cause) {
        super(message, cause);
    }
}
