package org.duoorm;

/** An engine option whose key is not documented, or whose value has the wrong type. */
public class UnknownEngineOptionException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public UnknownEngineOptionException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public UnknownEngineOptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
