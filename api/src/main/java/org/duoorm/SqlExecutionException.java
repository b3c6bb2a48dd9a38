package org.duoorm;

/**
 * A statement failed in the database or its driver. The SQL state and vendor code are kept; the
 * message includes the SQL text (never the bound values, which may be secrets).
 */
public class SqlExecutionException extends DuoOrmException {
    private static final long serialVersionUID = 1L;
    private final String sqlState;
    private final int vendorCode;

    /**
     * @param message what failed
     * @param sqlState the five-character SQL state, may be null when the driver gave none
     * @param vendorCode the driver's error code, 0 when none
     * @param cause the driver exception, may be null
     */
    public SqlExecutionException(String message, String sqlState, int vendorCode, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
        this.vendorCode = vendorCode;
    }

    /** The SQL state reported by the driver, or null. */
    public String sqlState() {
        return sqlState;
    }

    /** The vendor error code reported by the driver, or 0. */
    public int vendorCode() {
        return vendorCode;
    }
}
