package org.duoorm;

/** A URL that names a driver ({@code postgresql+asyncpg://}); DuoORM chooses drivers itself, the message says what to write instead. */
public class DriverInUrlException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public DriverInUrlException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public DriverInUrlException(String message, Throwable cause) {
        super(message, cause);
    }
}
