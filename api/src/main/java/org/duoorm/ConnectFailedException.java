package org.duoorm;

/** {@code connect()} could not reach the database (host down, wrong credentials, unknown database). */
public class ConnectFailedException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public ConnectFailedException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public ConnectFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
