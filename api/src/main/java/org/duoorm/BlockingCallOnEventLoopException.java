package org.duoorm;

/** A blocking DuoORM call was made on a Vert.x event-loop thread; use the reactive API there. */
public class BlockingCallOnEventLoopException extends DuoOrmException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public BlockingCallOnEventLoopException(String message) {
        super(message);
    }

    /**
     * @param message what failed and what to do about it
     * @param cause the underlying failure, may be null
     */
    public BlockingCallOnEventLoopException(String message, Throwable cause) {
        super(message, cause);
    }
}
