package org.duoorm;

/** The JDBC driver or reactive client for a dialect is not on the class path; the message names the artifact to add. */
public class DriverNotFoundException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public DriverNotFoundException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public DriverNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
