package org.duoorm;

/** No connection could be had from the pool within the acquisition timeout. */
public class PoolTimeoutException extends DuoOrmException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public PoolTimeoutException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public PoolTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
