package org.duoorm.samples.webapp;

/** A request the application refuses after it has started writing; its unit of work rolls back. */
public class RejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RejectedException(String message) {
        super(message);
    }
}
