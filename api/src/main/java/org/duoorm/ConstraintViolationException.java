package org.duoorm;

/** An integrity constraint was violated (SQL state class 23: unique, foreign key, not null, check). */
public class ConstraintViolationException extends SqlExecutionException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param sqlState the SQL state, may be null
     * @param vendorCode the driver's error code, 0 when none
     * @param cause the driver exception, may be null
     */
    public ConstraintViolationException(String message, String sqlState, int vendorCode, Throwable cause) {
        super(message, sqlState, vendorCode, cause);
    }
}
