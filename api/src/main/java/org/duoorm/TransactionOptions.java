package org.duoorm;

import java.time.Duration;
import java.util.Objects;

/**
 * How a unit of work is opened: propagation, isolation and read-only. Immutable; start from
 * {@link #defaults()} or one of the shortcuts and derive with the {@code with...} methods.
 */
public final class TransactionOptions {
    private static final TransactionOptions DEFAULTS =
            new TransactionOptions(Propagation.REQUIRED, Isolation.DEFAULT, false, Duration.ZERO);

    private final Propagation propagation;
    private final Isolation isolation;
    private final boolean readOnly;
    private final Duration timeout;

    private TransactionOptions(Propagation propagation, Isolation isolation, boolean readOnly, Duration timeout) {
        this.propagation = propagation;
        this.isolation = isolation;
        this.readOnly = readOnly;
        this.timeout = timeout;
    }

    /** REQUIRED, the database's default isolation, read-write. */
    public static TransactionOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults with another propagation.
     *
     * @param propagation not null
     * @return the options
     */
    public static TransactionOptions of(Propagation propagation) {
        return DEFAULTS.withPropagation(propagation);
    }

    /** @param propagation not null @return a copy with that propagation */
    public TransactionOptions withPropagation(Propagation propagation) {
        return new TransactionOptions(Checks.notNull(propagation, "propagation"), isolation, readOnly, timeout);
    }

    /** @param isolation not null @return a copy with that isolation */
    public TransactionOptions withIsolation(Isolation isolation) {
        return new TransactionOptions(propagation, Checks.notNull(isolation, "isolation"), readOnly, timeout);
    }

    /**
     * @param readOnly whether the unit of work refuses writes: a statement that writes fails before it is sent with
     *     {@link ReadOnlyTransactionException} (the database refuses those DuoORM cannot see), and changes to loaded
     *     models are never flushed
     * @return a copy
     */
    public TransactionOptions withReadOnly(boolean readOnly) {
        return new TransactionOptions(propagation, isolation, readOnly, timeout);
    }

    /**
     * A time limit for a unit of work this opens: when it runs out the unit of work rolls back, fails with
     * {@link TransactionTimeoutException}, and stays dead (later statements in it fail too, nothing falls
     * back to auto-commit). A reactive unit of work is stopped when the limit passes; a blocking one is
     * checked before each statement and at commit.
     *
     * @param timeout positive, or zero for no limit (the default); not null
     * @return a copy with that limit
     */
    public TransactionOptions withTimeout(Duration timeout) {
        if (Checks.notNull(timeout, "timeout").isNegative()) {
            throw new InvalidArgumentException("timeout must not be negative, but was " + timeout);
        }
        return new TransactionOptions(propagation, isolation, readOnly, timeout);
    }

    /** The propagation. */
    public Propagation propagation() {
        return propagation;
    }

    /** The isolation level. */
    public Isolation isolation() {
        return isolation;
    }

    /** The time limit, {@link Duration#ZERO} for none. */
    public Duration timeout() {
        return timeout;
    }

    /** Whether the unit of work is read-only. */
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TransactionOptions)) {
            return false;
        }
        TransactionOptions t = (TransactionOptions) o;
        return t.propagation == propagation && t.isolation == isolation && t.readOnly == readOnly
                && t.timeout.equals(timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(propagation, isolation, readOnly, timeout);
    }

    @Override
    public String toString() {
        return "TransactionOptions[" + propagation + ", " + isolation + (readOnly ? ", read-only" : "")
                + (timeout.isZero() ? "]" : ", timeout " + timeout + "]");
    }
}
