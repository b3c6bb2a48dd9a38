package org.duoorm;

/**
 * A write was attempted in a read-only unit of work ({@link TransactionOptions#withReadOnly},
 * {@code @DuoTransaction(readOnly = true)}). DuoORM refuses a statement that writes before sending it, on
 * every database; a write it cannot see (inside a function, say) is refused by the database itself
 * (SQL state 25006), which surfaces as this exception too. Nothing was written, and the unit of work can
 * only roll back now. Mark the unit of work writable, or run the write in a unit of work of its own
 * with {@link Propagation#REQUIRES_NEW}.
 */
public class ReadOnlyTransactionException extends TransactionException {
    private static final long serialVersionUID = 1L;
    private final String sqlState;
    private final int vendorCode;

    /** @param message what was refused, on which database, and what to do about it */
    public ReadOnlyTransactionException(String message) {
        this(message, null, 0, null);
    }

    /**
     * @param message what was refused, on which database, and what to do about it
     * @param sqlState the SQL state when the database refused the write, may be null
     * @param vendorCode the driver's error code, 0 when none
     * @param cause the driver exception, may be null
     */
    public ReadOnlyTransactionException(String message, String sqlState, int vendorCode, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
        this.vendorCode = vendorCode;
    }

    /** The SQL state when the database refused the write (25006), or null when DuoORM refused it before sending. */
    public String sqlState() {
        return sqlState;
    }

    /** The vendor error code when the database refused the write, or 0. */
    public int vendorCode() {
        return vendorCode;
    }
}
