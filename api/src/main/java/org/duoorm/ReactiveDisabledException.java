package org.duoorm;

/** A reactive entry point was used on a database configured with {@code deriveAsync(false)}. */
public class ReactiveDisabledException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public ReactiveDisabledException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public ReactiveDisabledException(String message, Throwable cause) {
        super(message, cause);
    }
}
