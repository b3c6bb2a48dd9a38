package org.duoorm;

/** A database URL that cannot be understood; the message shows the accepted forms. */
public class InvalidUrlException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public InvalidUrlException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public InvalidUrlException(String message, Throwable cause) {
        super(message, cause);
    }
}
