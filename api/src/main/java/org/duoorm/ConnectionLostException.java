package org.duoorm;

/** The connection broke while a statement or unit of work was running (SQL state class 08); the unit of work did not commit. */
public class ConnectionLostException extends SqlExecutionException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param sqlState the SQL state, may be null
     * @param vendorCode the driver's error code, 0 when none
     * @param cause the driver exception, may be null
     */
    public ConnectionLostException(String message, String sqlState, int vendorCode, Throwable cause) {
        super(message, sqlState, vendorCode, cause);
    }
}
