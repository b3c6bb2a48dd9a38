package org.duoorm;

/** The database aborted the transaction to keep it serializable or to break a deadlock (SQL state 40001, 40P01); retrying the whole unit of work may succeed. */
public class SerializationFailureException extends SqlExecutionException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param sqlState the SQL state, may be null
     * @param vendorCode the driver's error code, 0 when none
     * @param cause the driver exception, may be null
     */
    public SerializationFailureException(String message, String sqlState, int vendorCode, Throwable cause) {
        super(message, sqlState, vendorCode, cause);
    }
}
