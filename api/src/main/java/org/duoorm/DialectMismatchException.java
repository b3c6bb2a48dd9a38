package org.duoorm;

/** The expected dialect set with {@code dialect(...)} differs from the dialect of the URL. */
public class DialectMismatchException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public DialectMismatchException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public DialectMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
