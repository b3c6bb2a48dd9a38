package org.duoorm;

/** A configuration that cannot work: a bad URL, an unknown option, a dialect mismatch, a missing driver, an unreachable database at {@code connect()}. */
public class ConfigurationException extends DuoOrmException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
