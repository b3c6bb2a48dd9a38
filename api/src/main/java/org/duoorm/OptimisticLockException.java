package org.duoorm;

/** An update or delete of a versioned row found another version: someone changed it first. */
public class OptimisticLockException extends DuoOrmException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public OptimisticLockException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public OptimisticLockException(String message, Throwable cause) {
        super(message, cause);
    }
}
