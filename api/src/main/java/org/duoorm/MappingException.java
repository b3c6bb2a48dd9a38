package org.duoorm;

/** A model class or a value that cannot be mapped to or from a table. */
public class MappingException extends DuoOrmException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public MappingException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
